#!/usr/bin/env bash
# The release folder the office unzips: duban/ with duban.exe, input/ (the notice, duban.toml
# and an empty returns/ folder: no demo returns), templates/ and 使用说明.txt, packed into
# target/windows/dist/duban-<version>-windows-x64.zip; prints the zip's path.
#
# Names in the zip are written in GBK (code page 936) with the UTF-8 name beside them in an
# Info-ZIP Unicode Path field: Windows Explorer's own unzip reads names in the system code
# page and ignores the UTF-8 flag on older Windows, so 使用说明.txt would come out garbled;
# 7-Zip, Bandizip, WinRAR and Info-ZIP's unzip read the UTF-8 name. 使用说明.txt itself is
# UTF-8 with a BOM and CRLF line ends, which every Notepad (Windows 7 on) opens as Chinese.
# Entry times are the last commit's, so the same commit gives the same zip.
set -euo pipefail
. "$(dirname "$0")/windows-env.sh"
exe=$("$REPO/scripts/build-windows.sh")
cd "$REPO"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
dist=$WIN_TARGET_DIR/dist
stage=$dist/duban
rm -rf "$stage"
mkdir -p "$stage/input/returns" "$stage/templates"
cp "$exe" "$stage/duban.exe"
cp input/notice.txt input/duban.toml "$stage/input/"
[ -f input/notice.docx ] && cp input/notice.docx "$stage/input/"
cp templates/*.hbs "$stage/templates/"
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' scripts/release/使用说明.txt; } >"$stage/使用说明.txt"
zip=$dist/duban-$version-windows-x64.zip
python3 - "$stage" "$zip" "$(git log -1 --format=%ct 2>/dev/null || echo 315532800)" <<'PY'
import os, struct, sys, time, zipfile, zlib

stage, out, epoch = sys.argv[1], sys.argv[2], int(sys.argv[3])
when = time.gmtime(max(epoch, 315532800))[:6]

class GbkName(zipfile.ZipInfo):
    """A name in GBK (no UTF-8 flag) with an Info-ZIP Unicode Path extra field (0x7075)."""
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits

def info(rel, is_dir):
    z = GbkName(rel + ("/" if is_dir else ""), date_time=when)
    name = z.filename.encode("gbk")
    if any(b > 0x7f for b in name):
        utf8 = z.filename.encode("utf-8")
        body = struct.pack("<BI", 1, zlib.crc32(name)) + utf8
        z.extra = struct.pack("<HH", 0x7075, len(body)) + body
    z.external_attr = (0o40755 << 16 | 0x10) if is_dir else (0o100755 << 16)
    z.create_system = 3
    z.compress_type = zipfile.ZIP_DEFLATED
    return z

root = os.path.dirname(stage)
entries = []
for d, dirs, files in os.walk(stage):
    dirs.sort()
    rel = os.path.relpath(d, root).replace(os.sep, "/")
    entries.append((rel, None))
    entries += [(rel + "/" + f, os.path.join(d, f)) for f in sorted(files)]
with zipfile.ZipFile(out, "w") as z:
    for rel, path in entries:
        if path is None:
            z.writestr(info(rel, True), b"")
        else:
            with open(path, "rb") as f:
                z.writestr(info(rel, False), f.read(), compresslevel=9)
PY
echo "$zip"
