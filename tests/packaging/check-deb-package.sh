#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks what an operator gets from it: the
# control fields, the file list, the desktop entry, AppStream metadata, icon and man pages, and
# that the installed programs start.
#
# usage: check-deb-package.sh BUILD_DIR PROJECT_VERSION SCRATCH_DIR
set -uo pipefail

if (($# != 3)); then
    echo "usage: $0 BUILD_DIR PROJECT_VERSION SCRATCH_DIR" >&2
    exit 2
fi
build_dir=$(realpath "$1")
version=$2
scratch=$3

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND... : passes when the command succeeds
    local description=$1
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli groff gzip timeout; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing; run scripts/bootstrap.sh"
        exit 1
    fi
done

rm -rf "$scratch"
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config
export XDG_DATA_HOME=$scratch/home/.local/share QT_QPA_PLATFORM=offscreen

# --- build the package -------------------------------------------------------------------
if ! (cd "$build_dir" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" \
    -B "$scratch/out") >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack could not build the package (is the build tree fully built?)"
    exit 1
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
if ((${#debs[@]} != 1)); then
    echo "FAIL: expected one .deb in $scratch/out, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
check "package file is named dws-console_${version}_${arch}.deb" \
    test "$(basename "$deb")" = "dws-console_${version}_${arch}.deb"

# --- control fields ------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is dws-console" test "$(field Package)" = dws-console
check "Version is the project version $version" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
depends=$(field Depends)
echo "Depends: $depends"
for dependency in libqt6core6 libqt6widgets6 qt6-qpa-plugins qt6-translations-l10n libqt6svg6; do
    check "Depends names $dependency" contains "$depends" "$dependency"
done
check "Depends carries versions computed by dpkg-shlibdeps" contains "$depends" "libc6 (>="
recommends=$(field Recommends)
check "Recommends a CJK font" test "$recommends" = "fonts-wqy-microhei | fonts-noto-cjk"
for name in Maintainer Section Homepage Description; do
    check "$name is set" test -n "$(field "$name")"
done

# --- file list -----------------------------------------------------------------------------
app_id=io.github.dws_console.DwsConsole
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
expected_files=(
    ./usr/bin/dws-console
    ./usr/bin/dwsctl
    ./usr/bin/dws-emulator
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    ./usr/share/icons/hicolor/scalable/apps/dws-console.svg
    ./usr/share/man/man1/dws-console.1.gz
    ./usr/share/man/man1/dwsctl.1.gz
    ./usr/share/man/man1/dws-emulator.1.gz
)
for file in "${expected_files[@]}"; do
    check "package contains $file" grep -qxF -- "$file" <<<"$contents"
done
outside_usr=$(grep -v '^\./usr/' <<<"$contents" | grep -vx '\./' || true)
check "everything installs under /usr" test -z "$outside_usr"

# --- unpack into a scratch root ------------------------------------------------------------
root=$scratch/root
if ! dpkg -x "$deb" "$root"; then
    echo "FAIL: dpkg -x could not unpack the package"
    exit 1
fi

desktop_file=$root/usr/share/applications/$app_id.desktop
check "desktop entry passes desktop-file-validate" desktop-file-validate "$desktop_file"
desktop_key() { sed -n "s/^$1=//p" "$desktop_file" | head -n 1; }
for key in 'Name\[zh_CN\]' 'Comment\[zh_CN\]' Categories Keywords StartupWMClass; do
    check "desktop entry sets ${key//\\/}" test -n "$(desktop_key "$key")"
done
icon=$(desktop_key Icon)
check "desktop entry's icon '$icon' is installed" \
    test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
exec_program=$(desktop_key Exec | cut -d' ' -f1)
check "desktop entry starts an installed program ($exec_program)" \
    test -x "$root/usr/bin/$exec_program"

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
check "metainfo passes appstreamcli validate --no-net" \
    appstreamcli validate --no-net "$metainfo"
check "metainfo launches the installed desktop entry" \
    grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
check "metainfo has a Chinese name" grep -qF '<name xml:lang="zh_CN">' "$metainfo"
check "metainfo has a Chinese summary" grep -qF '<summary xml:lang="zh_CN">' "$metainfo"
check "metainfo has screenshots under docs/screenshots" \
    grep -qE '<image>[^<]*/docs/screenshots/[^<]+\.png</image>' "$metainfo"
newest_release=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -n 1 | cut -d'"' -f2)
check "metainfo's newest release notes are for $version (found '$newest_release')" \
    test "$newest_release" = "$version"

svg=$root/usr/share/icons/hicolor/scalable/apps/$icon.svg
check "icon is an SVG with a viewBox" grep -qE '<svg[^>]*viewBox=' "$svg"
if command -v xmllint >/dev/null; then
    check "icon is well-formed XML" xmllint --noout "$svg"
fi

for page in dws-console dwsctl dws-emulator; do
    man_page=$root/usr/share/man/man1/$page.1.gz
    warnings=$(gzip -dc "$man_page" | groff -man -ww -z -t 2>&1)
    check "man page $page.1 renders without warnings" test -z "$warnings"
    [[ -z "$warnings" ]] || echo "$warnings"
    check "man page $page.1 carries version $version" \
        bash -c "gzip -dc '$man_page' | head -n 1 | grep -qF 'DWS Console $version'"
done

# --- the installed programs ---------------------------------------------------------------
for program in dws-console dwsctl dws-emulator; do
    missing_libraries=$(ldd "$root/usr/bin/$program" 2>&1 | grep -F 'not found' || true)
    check "every library $program needs is found" test -z "$missing_libraries"
    [[ -z "$missing_libraries" ]] || echo "$missing_libraries"
done
for program in dws-console dwsctl dws-emulator; do
    runpath=$(readelf -d "$root/usr/bin/$program" 2>/dev/null | grep -E 'R(UN)?PATH' || true)
    check "$program carries no build-tree RUNPATH" test -z "$runpath"
done

run_installed() { # run_installed PROGRAM ARGS... : output in $output, exit status in $status
    local program=$1
    shift
    output=$(timeout 15 "$root/usr/bin/$program" "$@" 2>&1)
    status=$?
}
declare -A documented_option=([dws-console]=--demo [dwsctl]=--output [dws-emulator]=--port)
for program in dwsctl dws-emulator dws-console; do
    run_installed "$program" --version
    check "$program --version exits 0 (exit $status)" test "$status" -eq 0
    check "$program --version prints $version" contains "$output" "$version"
    [[ $status -eq 0 ]] || echo "$output" | head -n 5

    run_installed "$program" --help
    check "$program --help exits 0 (exit $status)" test "$status" -eq 0
    check "$program --help lists ${documented_option[$program]}" \
        contains "$output" "${documented_option[$program]}"
done
run_installed dws-console --help
check "dws-console --help lists --lang" contains "$output" "--lang"

# The console has no flag to quit on its own: five seconds alive in demo mode (timeout's exit
# status 124) or a clean exit both mean it started without crashing.
timeout 5 "$root/usr/bin/dws-console" --demo >"$scratch/demo.log" 2>&1
status=$?
check "dws-console --demo runs offscreen without crashing (exit $status)" \
    test "$status" -eq 124 -o "$status" -eq 0
[[ $status -eq 124 || $status -eq 0 ]] || tail -n 20 "$scratch/demo.log"

# The demo signs in once the first frame is shown; --screenshot saves the window after the
# first data arrives and quits, so a saved image shows the whole start-up worked.
timeout 60 "$root/usr/bin/dws-console" --demo --screenshot "$scratch/demo.png" \
    >"$scratch/screenshot.log" 2>&1
status=$?
check "dws-console --demo --screenshot exits 0 (exit $status)" test "$status" -eq 0
check "dws-console --demo --screenshot saves a PNG" \
    bash -c "head -c 8 '$scratch/demo.png' 2>/dev/null | grep -q PNG"
[[ $status -eq 0 ]] || tail -n 20 "$scratch/screenshot.log"

echo
if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
