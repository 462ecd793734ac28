#!/usr/bin/env python3
"""How large does the text of a rendered output print? Renders .xlsx/.docx files with
../shared/tools/render (LibreOffice) unless given PDFs, then measures every word box of every
page with `pdftotext -bbox` (poppler) and prints per page the paper size, the number of words
and the median box height in points (about the printed font size), and per file the median
over all words and the smallest page median.

usage: print_size.py [--min PT] FILE...   (FILE: .pdf, or .xlsx/.docx to render first)
Exit 1 when a file's median word height is below --min (default 8).
"""
import html, os, re, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = os.path.join(HERE, '..', '..', 'shared', 'tools', 'render')


def pdf_of(path, out):
    if path.endswith('.pdf'):
        return path
    subprocess.run([RENDER, path, '-o', out], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.pdf')


def pages(pdf):
    xml = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        w, h, body = float(page.group(1)), float(page.group(2)), page.group(3)
        words = [(float(m.group(2)) - float(m.group(1)), html.unescape(m.group(3)))
                 for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', body)]
        yield w, h, words


def paper(w, h):
    a, b = sorted((w, h))
    name = {(595, 842): 'A4', (842, 1191): 'A3'}.get((round(a), round(b)), f'{a:.0f}x{b:.0f}')
    return f"{name} {'landscape' if w > h else 'portrait'}"


def main(args):
    least = 8.0
    if args[:1] == ['--min']:
        least, args = float(args[1]), args[2:]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in args:
            heights, medians = [], []
            for i, (w, h, words) in enumerate(pages(pdf_of(path, tmp)), 1):
                hs = [x for x, _ in words]
                if not hs:
                    continue
                m = statistics.median(hs)
                heights += hs
                medians.append(m)
                print(f'{os.path.basename(path)} page {i}: {paper(w, h)}, {len(hs)} words, median {m:.1f} pt')
            if not heights:
                continue
            overall = statistics.median(heights)
            print(f'{path}: median word height {overall:.1f} pt over {len(heights)} words, '
                  f'smallest page median {min(medians):.1f} pt')
            bad += overall < least
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
