#!/usr/bin/env bash
# check-install.sh BUILD_DIR — `cmake --install` into a temporary prefix, then checks that a desktop
# would find AuthDesk there: the binary, a valid .desktop file, the hicolor SVG icon it names, valid
# AppStream metainfo and the documentation Help > Documentation opens (issue #14, point 9).
set -euo pipefail

build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >/dev/null

app_id=org.authdesk.AuthDesk
desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
icon="$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
status=0
for file in "$prefix/bin/authdesk" "$desktop" "$metainfo" "$icon" "$prefix/share/doc/authdesk/README.md"; do
    if [ ! -f "$file" ]; then
        echo "FAIL: not installed: ${file#"$prefix"/}"
        status=1
    fi
done
[ "$status" -eq 0 ] || exit 1

[ -x "$prefix/bin/authdesk" ] || { echo "FAIL: bin/authdesk is not executable"; exit 1; }
grep -qx "Icon=$app_id" "$desktop" || { echo "FAIL: the .desktop file does not name the icon $app_id"; exit 1; }
grep -qx "Exec=authdesk" "$desktop" || { echo "FAIL: the .desktop file does not start authdesk"; exit 1; }

# Both validators print their findings; errors (and for appstreamcli, warnings) fail the test.
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
echo "PASS: installed under a temporary prefix; the .desktop file and the metainfo validate"
