#!/usr/bin/env bash
# The demo run of duban.exe under Wine against the Linux build: both run with no arguments
# in a folder with a Chinese name holding a copy of input/, the way the office runs it.
# Checks: the same exit status; the same console (stdout and stderr; duban.exe's redirected
# output is in the console's code page, GBK here, and its paths use "\"); every output file
# byte-identical (compared with cmp; each .duban/manifest.json holds the run time and is
# left out).
# Exits non-zero on the first difference, printing it.
set -euo pipefail
. "$(dirname "$0")/windows-env.sh"
exe=$("$REPO/scripts/build-windows.sh")
win_wine
cd "$REPO"
# rustup's cargo (the project's toolchain), not Debian's that windows-env.sh set up.
env -u RUSTC -u RUSTDOC -u RUSTC_BOOTSTRAP cargo build --release --locked --bin duban >&2
linux=$REPO/target/release/duban

work=$WIN_TARGET_DIR/demo
rm -rf "$work"
for side in linux windows; do
    mkdir -p "$work/$side/督办 演示"
    cp -r "$REPO/input" "$work/$side/督办 演示/"
done
cp "$linux" "$work/linux/督办 演示/duban"
cp "$exe" "$work/windows/督办 演示/duban.exe"

# A Chinese Windows: code page 936. duban takes its language from DUBAN_LANG or a bare
# LANG=en only, so both speak Chinese.
run() { # side, command...
    local side=$1 dir="$work/$1/督办 演示"
    shift
    set +e
    (cd "$dir" && LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$@" </dev/null >"$work/$side.out" 2>"$work/$side.err")
    echo $? >"$work/$side.status"
    set -e
}
start=$(date +%s)
run linux ./duban
echo "wine-demo: Linux run $(($(date +%s) - start)) s, status $(cat "$work/linux.status")" >&2
start=$(date +%s)
run windows wine duban.exe
echo "wine-demo: Wine run $(($(date +%s) - start)) s, status $(cat "$work/windows.status")" >&2

failed=0
differ() { echo "wine-demo: DIFFERENT: $*" >&2; failed=1; }
cmp -s "$work/linux.status" "$work/windows.status" ||
    differ "exit status $(cat "$work/linux.status") (Linux) and $(cat "$work/windows.status") (Wine)"
for stream in out err; do
    iconv -f GBK -t UTF-8 "$work/windows.$stream" | tr '\\' / >"$work/windows.$stream.utf8"
    diff -u "$work/linux.$stream" "$work/windows.$stream.utf8" >&2 || differ "std$stream"
done
lin="$work/linux/督办 演示/output" win="$work/windows/督办 演示/output"
list() { (cd "$1" && find . -type f | LC_ALL=C sort); }
diff <(list "$lin") <(list "$win") >&2 || differ "the output files' names"
files=0
while IFS= read -r rel; do
    case $rel in */.duban/manifest.json) continue ;; esac # the run time
    files=$((files + 1))
    [ -f "$win/$rel" ] && { cmp "$lin/$rel" "$win/$rel" >&2 || differ "$rel"; }
done < <(list "$lin")
[ "$failed" -eq 0 ] || exit 1
echo "wine-demo: same exit status ($(cat "$work/linux.status")), same console, $files output files byte-identical" >&2
