#!/usr/bin/env bash
# CI step for the installable program (.ci/run calls it after the tests): build the one-folder
# program and its zip, compile the installer script over the folder as a stand-in for the Windows
# one, and run the self-test offscreen in the folder as staff get it: unpacked from the zip.
#   time bash packaging/ci.sh
# Kept within CI's time: the installer is compiled uncompressed (LZMA took 6 of the 9 minutes
# here; bench/bench_frozen.py measures the compressed one), and the self-test runs once, through
# the window's executable; the command line's executable, the same code and files, only starts.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh --installer-uncompressed

unset HEATADVISOR_RESOURCES
export QT_QPA_PLATFORM=offscreen
HEATADVISOR_DATA_DIR=$(mktemp -d)  # the self-test also reads imported packs: none here
export HEATADVISOR_DATA_DIR
unpacked=$(mktemp -d)
trap 'rm -rf "$HEATADVISOR_DATA_DIR" "$unpacked"' EXIT

unzip -q dist/HeatAdvisor-*-linux-*.zip -d "$unpacked"
"$unpacked/HeatAdvisor/HeatAdvisor" --self-test
"$unpacked/HeatAdvisor/heatadvisor-cli" --help >/dev/null
