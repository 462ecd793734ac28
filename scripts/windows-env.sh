# Sourced by the Windows scripts (build-windows.sh, wine-demo.sh, wine-test.sh, release.sh):
# installs what a cross build needs when it is missing and sets up the environment for it.
#
# The toolchain is Debian's own: rustc-web / cargo-web 1.96 (bookworm-security) with their
# standard library source (rust-web-src), built for Windows with -Zbuild-std, and linked by
# MinGW-w64's gcc. Debian ships no prebuilt Windows std for a current compiler and nothing is
# downloaded but Debian packages and crates. The std source's own crates (libc, hashbrown, …)
# come from crates.io, pinned by library/Cargo.lock, like every other dependency.
#
# Target: x86_64-win7-windows-gnu by default. Its exe runs on Windows 7 to 11 and on Debian's
# Wine 8 as it is; x86_64-pc-windows-gnu (DUBAN_WIN_TARGET) imports bcryptprimitives.dll,
# which Windows 10+ has and Wine 8 lacks.

WIN_TARGET=${DUBAN_WIN_TARGET:-x86_64-win7-windows-gnu}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Its own target dir: another compiler's artefacts would make cargo rebuild target/ each time.
WIN_TARGET_DIR=${DUBAN_WIN_TARGET_DIR:-$REPO/target/windows}
WIN_EXE=$WIN_TARGET_DIR/$WIN_TARGET/release/duban.exe

# apt-get with retries: a fresh CI machine may meet a busy mirror.
win_apt() {
    local try
    for try in 1 2 3; do
        if DEBIAN_FRONTEND=noninteractive "$@"; then return 0; fi
        echo "windows-env: '$*' failed (try $try of 3)" >&2
        sleep $((try * 10))
    done
    echo "windows-env: giving up on '$*'" >&2
    return 1
}

# Installs the Debian packages given when any is missing (apt-get update once, first).
win_need() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "windows-env: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    win_apt "${sudo[@]}" apt-get update -q
    win_apt "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The cross toolchain: Debian's rustc/cargo 1.96 (not rustup's, which has no Windows std here).
win_toolchain() {
    win_need rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64
    export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
    WIN_CARGO=/usr/bin/cargo
    local have
    have=$("$RUSTC" --version | awk '{print $2}')
    # Cargo.toml's rust-version; the Debian stable compiler (1.63) would fail far less clearly.
    if ! printf '1.88.0\n%s\n' "$have" | sort -V -C; then
        echo "windows-env: /usr/bin/rustc is $have; rustc-web >= 1.88 is needed (bookworm-security)" >&2
        return 1
    fi
    # -Zbuild-std on a stable compiler.
    export RUSTC_BOOTSTRAP=1
    local t
    t=$(echo "$WIN_TARGET" | tr 'a-z-' 'A-Z_')
    export "CARGO_TARGET_${t}_LINKER=x86_64-w64-mingw32-gcc"
    # C parts (mimalloc) by the same gcc; the cc crate cannot guess it for the win7 triple.
    local u=${WIN_TARGET//-/_}
    export "CC_${u}=x86_64-w64-mingw32-gcc" "AR_${u}=x86_64-w64-mingw32-ar"
    export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
}

# Wine (Debian's 8), its prefix kept under the target dir so nothing touches ~/.wine.
# zh_CN.UTF-8 is generated when missing: Wine takes its Windows locale (a Chinese Windows,
# code page 936) from the Unix one, and names with Chinese characters need a UTF-8 one.
win_wine() {
    win_need wine wine64 locales
    if ! locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
        localedef -i zh_CN -c -f UTF-8 zh_CN.UTF-8
    fi
    export WINEPREFIX=${DUBAN_WINEPREFIX:-$WIN_TARGET_DIR/wineprefix}
    export WINEDEBUG=${WINEDEBUG:--all}
    export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        mkdir -p "$WINEPREFIX"
        wineboot --init >/dev/null 2>&1 || true
        wineserver -w
    fi
}

# The cargo arguments every cross command shares.
win_cargo_args() {
    printf '%s\n' -Zbuild-std=std,panic_unwind --target "$WIN_TARGET" --target-dir "$WIN_TARGET_DIR" --locked
}
