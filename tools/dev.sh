#!/usr/bin/env bash
# Set up HeatAdvisor on a fresh machine and start it, or run the whole test suite.
#   bash tools/dev.sh run     install into .venv and start the program
#   bash tools/dev.sh test    install into .venv (with test extras), lint, type-check and run every test
#   bash tools/dev.sh install install into .venv with what a window needs, start nothing
#   bash tools/dev.sh install --packaging   the same, and what packaging/build.sh needs to build and check
# Extra arguments after "test" go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${HEATADVISOR_VENV:-.venv}

# Debian packages, each with a library (or program) that shows whether it is there.
# Qt's offscreen platform (tests) needs the first five; poppler-utils gives pdftotext/pdffonts
# for the advice-sheet tests.
TEST_PACKAGES="libegl1:libEGL.so.1 libgl1:libGL.so.1 libxkbcommon0:libxkbcommon.so.0 libfontconfig1:libfontconfig.so.1
    libdbus-1-3:libdbus-1.so.3 poppler-utils:pdftotext"
# A real window on an X11 desktop: Qt's xcb platform plugin loads these (ldd of libqxcb.so).
WINDOW_PACKAGES="libx11-xcb1:libX11-xcb.so.1 libxcb-cursor0:libxcb-cursor.so.0 libxcb-icccm4:libxcb-icccm.so.4
    libxcb-image0:libxcb-image.so.0 libxcb-keysyms1:libxcb-keysyms.so.1 libxcb-randr0:libxcb-randr.so.0
    libxcb-render-util0:libxcb-render-util.so.0 libxcb-shape0:libxcb-shape.so.0 libxcb-xkb1:libxcb-xkb.so.1
    libxkbcommon-x11-0:libxkbcommon-x11.so.0"
# packaging/build.sh: PyInstaller needs binutils' objdump on Linux, makensis compiles the installer,
# unzip unpacks the zip as staff do (packaging/ci.sh runs the program from it).
PACKAGING_PACKAGES="binutils:objdump nsis:makensis unzip:unzip"

system_packages() {
    local missing=() entry
    for entry in $1; do
        local package=${entry%%:*} probe=${entry#*:}
        if [[ $probe == *.so* ]]; then
            ldconfig -p 2>/dev/null | grep -q "$probe" || missing+=("$package")
        else
            command -v "$probe" >/dev/null || missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "missing system packages: ${missing[*]} (install them with your package manager)" >&2
    fi
}

install() {
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".$1" 2>&1 | grep -v "^WARNING: Location" || true
}

fail() {
    echo >&2
    echo "tools/dev.sh: $1" >&2
    exit 1
}

# Lint, format and type checks before the tests (rules in pyproject.toml). mypy keeps a cache in
# .mypy_cache: the first run takes ~30 s, later ones a few seconds.
check() {
    "$VENV/bin/ruff" check --quiet . ||
        fail "ruff check found the problems above; fix them (\`$VENV/bin/ruff check --fix\` does the safe ones)."
    "$VENV/bin/ruff" format --check --quiet . ||
        fail "ruff format would change the files above; run \`$VENV/bin/ruff format FILE\` on them."
    "$VENV/bin/mypy" ||
        fail "mypy found the type errors above (settings in pyproject.toml, [tool.mypy])."
}

case "${1:-}" in
    run)
        system_packages "$TEST_PACKAGES $WINDOW_PACKAGES"
        install ""
        exec "$VENV/bin/heatadvisor"
        ;;
    install)
        packages="$TEST_PACKAGES $WINDOW_PACKAGES"
        [ "${2:-}" = --packaging ] && packages="$packages $PACKAGING_PACKAGES"
        system_packages "$packages"
        install ""
        ;;
    test)
        shift
        system_packages "$TEST_PACKAGES"
        install "[test]"
        check
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
        ;;
    *)
        echo "usage: bash tools/dev.sh run | install | test [pytest args]" >&2
        exit 64
        ;;
esac
