#!/usr/bin/env bash
# Builds duban.exe for 64-bit Windows on Debian (see windows-env.sh for the toolchain) and
# prints its path. Idempotent: installs only what is missing, rebuilds only what changed.
#   scripts/build-windows.sh                 # x86_64-win7-windows-gnu (Windows 7-11, Wine 8)
#   DUBAN_WIN_TARGET=x86_64-pc-windows-gnu scripts/build-windows.sh
# A clean build takes about 15 minutes on 2 cores (the standard library is compiled too).
set -euo pipefail
. "$(dirname "$0")/windows-env.sh"
win_toolchain
cd "$REPO"
mapfile -t args < <(win_cargo_args)
# Stripped: symbols are a third of the exe and the office has no debugger.
CARGO_PROFILE_RELEASE_STRIP=symbols "$WIN_CARGO" build --release --bin duban "${args[@]}" >&2
echo "$WIN_EXE"
