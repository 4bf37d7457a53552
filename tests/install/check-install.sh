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

# One application ID everywhere (the desktop finds the icon and the metainfo by it, Wayland the .desktop
# file by QGuiApplication::desktopFileName()), and a release that is this build's version with a date.
grep -q "<id>$app_id</id>" "$metainfo" || { echo "FAIL: the metainfo's <id> is not $app_id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || { echo "FAIL: the metainfo does not launch $app_id.desktop"; exit 1; }
# (QStringLiteral keeps the name as UTF-16.)
strings -e l "$prefix/bin/authdesk" | grep -x "$app_id" >/dev/null \
    || { echo "FAIL: the binary does not name its desktop file $app_id"; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
release=$(grep -o '<release version="[^"]*" date="[^"]*"' "$metainfo" || true)
if ! [[ "$release" =~ ^\<release\ version=\"$version\"\ date=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"$ ]]; then
    echo "FAIL: the metainfo's release is '$release', not version $version with a date"
    exit 1
fi
date -d "$(sed 's/.*date="\([^"]*\)"/\1/' <<<"$release")" >/dev/null \
    || { echo "FAIL: the metainfo's release date is not a date: $release"; exit 1; }

# Both validators print their findings; errors (and for appstreamcli, warnings) fail the test.
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
echo "PASS: installed under a temporary prefix; the .desktop file and the metainfo validate"
