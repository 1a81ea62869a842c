#!/usr/bin/env bash
# Runs a test program on a throw-away desktop: a private D-Bus session and its own Xvfb
# display, so that tray icons and notifications reach the test's fake notification host and
# never the user's desktop.
#
#   run-in-desktop-session.sh <test program> [arguments...]
#
# When a tool is missing the program still runs, outside any session, and DWS_DESKTOP_MISSING
# names what is missing so that the tests can skip.
set -euo pipefail

if [[ "${1:-}" == --inside-session ]]; then
    shift
    runtime=$(mktemp -d "${TMPDIR:-/tmp}/dws-desktop.XXXXXX")
    trap 'rm -rf "$runtime"' EXIT
    chmod 700 "$runtime"
    export XDG_RUNTIME_DIR="$runtime"
    export QT_QPA_PLATFORM=xcb
    export DWS_DESKTOP_SESSION=1
    xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
    exit
fi

for tool in dbus-run-session xvfb-run Xvfb xauth; do
    if ! command -v "$tool" >/dev/null; then
        export DWS_DESKTOP_MISSING="$tool is not installed (scripts/bootstrap.sh installs it)"
        exec "$@"
    fi
done

exec dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@"
