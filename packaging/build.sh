#!/usr/bin/env bash
# Build HeatAdvisor for laptops without Python or internet, on a machine like this one:
#   dist/HeatAdvisor/                          the one-folder program (HeatAdvisor, heatadvisor-cli)
#   dist/HeatAdvisor-<version>-linux-<arch>.zip the same folder, for copying from a USB stick
# With --installer also dist/HeatAdvisor-<version>-setup.exe, packaging/installer.nsi compiled by
# makensis over that folder: here a stand-in that proves the script compiles; on Windows the same
# step over the Windows folder gives the real installer (README, "Build it on Windows").
# --installer-uncompressed compiles the same script storing the files uncompressed, into
# HeatAdvisor-<version>-setup-uncompressed.exe: seconds instead of LZMA's minutes, for CI (packaging/ci.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${HEATADVISOR_VENV:-.venv}
INSTALLER=${1:-}
case "$INSTALLER" in
    "" | --installer | --installer-uncompressed) ;;
    *) echo "usage: bash packaging/build.sh [--installer | --installer-uncompressed]" >&2; exit 64 ;;
esac

# the project and the libraries Qt's window needs into $VENV; binutils, nsis and unzip from apt-get
bash tools/dev.sh install --packaging
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r packaging/requirements.txt 2>&1 \
    | grep -v "^WARNING: Location" || true
VERSION=$("$VENV/bin/python" -c "import heatadvisor; print(heatadvisor.__version__)")

rm -rf dist/HeatAdvisor build/pyinstaller dist/HeatAdvisor-*-setup*.exe  # no installer of an older folder stays
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/heatadvisor.spec
cp packaging/icon/heatadvisor.png packaging/linux/heatadvisor.desktop packaging/linux/install-desktop-entry.sh \
    dist/HeatAdvisor/
ZIP=dist/HeatAdvisor-$VERSION-linux-$(uname -m).zip
rm -f "$ZIP"
"$VENV/bin/python" packaging/make_zip.py dist/HeatAdvisor "$ZIP"

if [ -n "$INSTALLER" ]; then
    setup=dist/HeatAdvisor-$VERSION-setup.exe options=()
    if [ "$INSTALLER" = --installer-uncompressed ]; then  # named apart: bench/bench_frozen.py wants the release one
        setup=dist/HeatAdvisor-$VERSION-setup-uncompressed.exe options=(-DUNCOMPRESSED)
    fi
    makensis -V2 "${options[@]}" -DVERSION="$VERSION" -DSOURCE="$PWD/dist/HeatAdvisor" -DOUTFILE="$PWD/$setup" \
        packaging/installer.nsi
fi
du -sh dist/HeatAdvisor dist/HeatAdvisor-"$VERSION"-*
