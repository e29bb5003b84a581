#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages TwinStudio needs to build, test and run; installs nothing
# when every one of them is already present.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    libgtest-dev libgmock-dev libbenchmark-dev
    qt6-base-dev qt6-declarative-dev qt6-quick3d-dev qt6-shadertools-dev qt6-tools-dev
    qt6-l10n-tools qt6-base-dev-tools qt6-translations-l10n
    qml6-module-qtquick qml6-module-qtqml-workerscript qml6-module-quick3d
    qml6-module-qtquick-window qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates
    libqt6sql6-sqlite libsqlite3-dev sqlite3
    libqcustomplot-dev libqscintilla2-qt6-dev node-acorn
    libpaho-mqttpp-dev libpaho-mqtt-dev libssl-dev openssl
    # Broker passwords in the system keychain (optional for the build: found, it is used).
    qtkeychain-qt6-dev
    nlohmann-json3-dev libsimdjson-dev
    mosquitto mosquitto-clients libmosquitto-dev
    # The shared history: libpq to talk to PostgreSQL; the server binaries (initdb,
    # pg_ctl) for the tests, which start a private one.
    libpq-dev postgresql
    xvfb xauth libgl1-mesa-dri libgl-dev
    # The fuzz targets (scripts/fuzz.sh) need clang with libFuzzer and its sanitizers.
    clang-14 libclang-rt-14-dev
    # The screenshot tests and the README pictures assume Qt's default sans-serif font
    # resolves to DejaVu Sans (fontconfig's default on Debian).
    fonts-dejavu-core fontconfig
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
# --no-install-recommends keeps the image small; the packages recommended by others that
# are actually needed (libqt6sql6-sqlite, xauth) are named above explicitly.
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
