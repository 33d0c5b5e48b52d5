#!/usr/bin/env bash
# Set up HeatAdvisor on a fresh machine and start it, or run the whole test suite.
#   bash tools/dev.sh run     install into .venv and start the program
#   bash tools/dev.sh test    install into .venv (with test extras) and run every test
# Extra arguments after "test" go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${HEATADVISOR_VENV:-.venv}

system_packages() {
    # Qt's xcb/offscreen platforms need a few shared libraries a minimal Debian lacks;
    # poppler-utils gives pdftotext/pdffonts for the advice-sheet tests.
    local missing=()
    for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
    done
    command -v pdftotext >/dev/null || missing+=(poppler)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils >/dev/null
    else
        echo "missing system libraries: ${missing[*]} (install libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils)" >&2
    fi
}

install() {
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".$1" 2>&1 | grep -v "^WARNING: Location" || true
}

case "${1:-}" in
    run)
        system_packages
        install ""
        exec "$VENV/bin/heatadvisor"
        ;;
    test)
        shift
        system_packages
        install "[test]"
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
        ;;
    *)
        echo "usage: bash tools/dev.sh run | test [pytest args]" >&2
        exit 64
        ;;
esac
