#!/bin/sh
# Put HeatAdvisor (供暖参谋) in this user's application menu, started from this folder.
# Run it again after moving the folder. No administrator rights needed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$share/applications" "$share/icons/hicolor/256x256/apps"
cp "$here/heatadvisor.png" "$share/icons/hicolor/256x256/apps/heatadvisor.png"
sed "s|@FOLDER@|$here|g" "$here/heatadvisor.desktop" > "$share/applications/heatadvisor.desktop"
echo "供暖参谋 added to the application menu / 已加入应用程序菜单: $share/applications/heatadvisor.desktop"
