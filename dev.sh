#!/usr/bin/env bash
# DWS Console developer entry point.
#   ./dev.sh demo    install what is missing, build, start the console on the built-in emulator
#   ./dev.sh test    install what is missing, build, run every test
#   ./dev.sh build   install what is missing, build
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

build_dir=${DWS_BUILD_DIR:-build}
build_type=${DWS_BUILD_TYPE:-RelWithDebInfo}

configure_and_build() {
    scripts/bootstrap.sh
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DDWS_WARNINGS_AS_ERRORS=ON "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "${1:-}" in
demo)
    configure_and_build
    shift
    exec "$build_dir/ui/dws-console" --demo "$@"
    ;;
test)
    configure_and_build
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
    ;;
build)
    configure_and_build
    ;;
*)
    echo "usage: $0 demo|test|build" >&2
    exit 2
    ;;
esac
