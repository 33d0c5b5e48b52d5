#!/usr/bin/env bash
# CI step for the installable program: build the one-folder program and its zip, run the frozen
# program's self-test offscreen (both executables, and once more from the unpacked zip), and
# compile the installer script over the folder as a stand-in for the Windows one.
#   time bash packaging/ci.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/build.sh --installer

unset HEATADVISOR_RESOURCES
export QT_QPA_PLATFORM=offscreen
HEATADVISOR_DATA_DIR=$(mktemp -d)  # the self-test also reads imported packs: none here
export HEATADVISOR_DATA_DIR
unpacked=$(mktemp -d)
trap 'rm -rf "$HEATADVISOR_DATA_DIR" "$unpacked"' EXIT

dist/HeatAdvisor/heatadvisor-cli self-test
dist/HeatAdvisor/HeatAdvisor --self-test
unzip -q dist/HeatAdvisor-*-linux-*.zip -d "$unpacked"
"$unpacked/HeatAdvisor/heatadvisor-cli" self-test --lang en
