#!/usr/bin/env bash
# The test suite built for Windows and run under Wine (Debian's wine 8): what differs from
# Linux in paths, file handles and console shows up here. Arguments go to `cargo test`:
#   scripts/wine-test.sh                     # every test
#   scripts/wine-test.sh --test it e2e       # the integration tests whose name has e2e
# Release profile, as build-windows.sh, so the dependencies it compiled are reused.
set -euo pipefail
. "$(dirname "$0")/windows-env.sh"
win_toolchain
win_wine
cd "$REPO"
# A UTF-8 Unix locale that is not Chinese: Wine's code page is then not 936, so duban.exe's
# piped output stays UTF-8 as the tests read it (wine-demo.sh checks the GBK case).
export LC_ALL=C.UTF-8 LANG=C.UTF-8
t=$(echo "$WIN_TARGET" | tr 'a-z-' 'A-Z_')
export "CARGO_TARGET_${t}_RUNNER=wine"
mapfile -t args < <(win_cargo_args)
CARGO_PROFILE_RELEASE_STRIP=symbols "$WIN_CARGO" test --release "${args[@]}" "$@"
