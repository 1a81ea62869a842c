#!/usr/bin/env bash
# Runs a test program inside a private D-Bus session that has its own gnome-keyring secret
# service, with a throw-away login keyring unlocked without a prompt. The keyring lives in a
# fresh temporary directory that is removed afterwards, so the user's own keyring is never
# opened, read or written.
#
#   run-with-keyring.sh <test program> [arguments...]
#
# When dbus-run-session or gnome-keyring-daemon is missing the program still runs, without the
# session, and DWS_KEYRING_MISSING names what is missing so that the keyring tests can skip.
set -euo pipefail

if [[ "${1:-}" == --inside-session ]]; then
    shift
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/dws-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -m 700 "$scratch/runtime" "$scratch/home"
    # Without XDG_RUNTIME_DIR the daemon has nowhere to put its control socket.
    export XDG_RUNTIME_DIR="$scratch/runtime"
    # The password only protects this run's keyring file, which is deleted on exit.
    keyring_env=(HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share")
    printf '%s' "dws-throwaway-$$" |
        env "${keyring_env[@]}" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # --unlock alone leaves the D-Bus name to activation, which may race with the test; --start
    # asks the daemon just started to publish the secret service now.
    # It chats on stderr even when all is well, so its words are shown only when it fails.
    if ! started=$(env "${keyring_env[@]}" gnome-keyring-daemon --start --components=secrets 2>&1); then
        printf '%s\n' "$started" >&2
        exit 1
    fi
    export DWS_KEYRING_SESSION=1
    "$@"
    exit
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        export DWS_KEYRING_MISSING="$tool is not installed (scripts/bootstrap.sh installs it)"
        exec "$@"
    fi
done

exec dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@"
