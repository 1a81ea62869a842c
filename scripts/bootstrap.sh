#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing, packaging and running DWS Console
# needs. Idempotent: packages already present are skipped, and nothing runs when all are there.
set -euo pipefail

packages=(
    # toolchain
    cmake g++ ninja-build file dpkg-dev
    # Qt 6 and the libraries the project links
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6svg6
    libgl-dev nlohmann-json3-dev qtkeychain-qt6-dev
    # running the GUI headless (the tray tests on an Xvfb display), and showing Chinese text
    xvfb xauth fonts-wqy-microhei
    # package validation
    desktop-file-utils appstream
    # keychain tests against a real secret service (QtKeychain loads libsecret-1 at run time);
    # tray tests on a private D-Bus session
    gnome-keyring dbus dbus-x11 libsecret-tools libsecret-1-0
    # HTTPS tests and the quick-start sequence with curl
    openssl curl ca-certificates
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "bootstrap: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
