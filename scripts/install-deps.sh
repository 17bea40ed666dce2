#!/usr/bin/env bash
# Installs the Debian 12 packages Dealboard needs to build, run and test, if any is missing.
# Works as root or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build ccache g++ pkg-config clang-format clang-tidy git
    clang libclang-rt-dev
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6svg6 qt6-translations-l10n
    libsqlite3-dev libgl-dev sqlite3 libcurl4-openssl-dev
    python3-aiosmtpd
    xvfb xauth poppler-utils dbus gnome-keyring appstream desktop-file-utils
    fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
