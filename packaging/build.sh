#!/usr/bin/env bash
# Build HeatAdvisor for laptops without Python or internet, on a machine like this one:
#   dist/HeatAdvisor/                          the one-folder program (HeatAdvisor, heatadvisor-cli)
#   dist/HeatAdvisor-<version>-linux-<arch>.zip the same folder, for copying from a USB stick
# With --installer also dist/HeatAdvisor-<version>-setup.exe, packaging/installer.nsi compiled by
# makensis over that folder: here a stand-in that proves the script compiles; on Windows the same
# step over the Windows folder gives the real installer (README, "Building the installer").
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${HEATADVISOR_VENV:-.venv}

bash tools/dev.sh install  # the project and the libraries Qt's window needs, into $VENV
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r packaging/requirements.txt 2>&1 \
    | grep -v "^WARNING: Location" || true
VERSION=$("$VENV/bin/python" -c "import heatadvisor; print(heatadvisor.__version__)")

rm -rf dist/HeatAdvisor build/pyinstaller
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/heatadvisor.spec
cp packaging/icon/heatadvisor.png packaging/linux/heatadvisor.desktop packaging/linux/install-desktop-entry.sh \
    dist/HeatAdvisor/
ZIP=dist/HeatAdvisor-$VERSION-linux-$(uname -m).zip
rm -f "$ZIP"
"$VENV/bin/python" packaging/make_zip.py dist/HeatAdvisor "$ZIP"

if [ "${1:-}" = --installer ]; then
    # makensis compiles the installer; unzip lets packaging/ci.sh check the zip as staff unpack it
    missing=()
    for entry in nsis:makensis unzip:unzip; do command -v "${entry#*:}" >/dev/null || missing+=("${entry%%:*}"); done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "missing: ${missing[*]} (install them with your package manager)" >&2
            exit 1
        fi
    fi
    makensis -V2 -DVERSION="$VERSION" -DSOURCE="$PWD/dist/HeatAdvisor" \
        -DOUTFILE="$PWD/dist/HeatAdvisor-$VERSION-setup.exe" packaging/installer.nsi
fi
du -sh dist/HeatAdvisor dist/HeatAdvisor-"$VERSION"-*
