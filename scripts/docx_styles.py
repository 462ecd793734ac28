#!/usr/bin/env python3
"""Does every paragraph of a .docx have a style name when python-docx reads it?

usage: docx_styles.py FILE.docx...   Exit 1 naming the first paragraphs without one.

Word gives a paragraph without a w:pStyle the default paragraph style; python-docx (and
other readers) find that style only when styles.xml marks it w:default="1". Paragraphs in
the body, in table cells and in headers and footers are all checked.
"""
import sys

import docx


def paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    for section in document.sections:
        for part in (section.header, section.footer, section.even_page_footer, section.even_page_header):
            if not part.is_linked_to_previous:
                yield from part.paragraphs


def main(files):
    bad = 0
    for path in files:
        doc = docx.Document(path)
        count = missing = 0
        for i, p in enumerate(paragraphs(doc)):
            count += 1
            name = p.style.name if p.style is not None else None
            if not name:
                missing += 1
                if missing <= 5:
                    print(f"{path}: paragraph {i + 1} has no style name: {p.text[:40]!r}")
        print(f"{path}: {count} paragraphs, {missing} without a style name")
        bad += missing
    if bad:
        print(f"{bad} paragraphs without a style name")
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
