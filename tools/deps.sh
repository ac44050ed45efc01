#!/usr/bin/env bash
# Installs the Debian 12 packages Verrijkt needs to build, test and run. Idempotent: only missing
# packages are installed, and apt-get is not called at all when nothing is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml
  qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtcharts
  catch2 libsodium-dev qtkeychain-qt6-dev libxlsxwriter-dev libsqlite3-dev libsimdjson-dev
  sqlite3 postgresql xvfb xauth libgl1-mesa-dri
  poppler-utils zlib1g-dev fonts-dejavu-core fontconfig procps curl
  dpkg-dev desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
