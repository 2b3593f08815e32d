#!/usr/bin/env bash
# The installer and the ZIP as a planner meets them, under Wine, in a Wine prefix of their own:
#   1. `setup.exe /S` installs for this user only: files in %LOCALAPPDATA%\Programs\ShienPlan,
#      the Start-menu entry, the .shienplan association and the uninstall entry under HKCU,
#      nothing under HKLM;
#   2. the installed shienplan.exe renders its window (--screenshot, offscreen) and the installed
#      shienplan-cli.exe evaluates a plan;
#   3. uninstall.exe /S removes the program, the menu entry and the registry keys;
#   4. the portable ZIP runs from the folder it was unpacked into.
# Usage: test-installer.sh SETUP.exe PORTABLE.zip WORKDIR   (build.sh's package step runs it)
set -euo pipefail
setup="$(realpath "${1:?setup.exe}")"
zip="$(realpath "${2:?portable.zip}")"
work="${3:?work dir}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
plan="$root/tests/data/plans/station_basic.json"

rm -rf "$work"
mkdir -p "$work"
work="$(realpath "$work")"
export WINEPREFIX="$work/wine-prefix" WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
fail() { printf '[installer test] FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf '[installer test] ok: %s\n' "$*"; }
reg_has() { "$wine" reg query "$1" >/dev/null 2>&1; }

"$wine" wineboot --init >/dev/null 2>&1
"$wineserver" -w
user="$(ls "$WINEPREFIX/drive_c/users" | grep -v -x Public | head -1)"
profile="$WINEPREFIX/drive_c/users/$user"
inst="$profile/AppData/Local/Programs/ShienPlan"
menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/ShienPlan"

# 1. Silent install, as the normal user.
"$wine" "$setup" /S
"$wineserver" -w
for f in shienplan.exe shienplan-cli.exe Qt6Core.dll Qt6Widgets.dll qt.conf uninstall.exe \
    plugins/platforms/qwindows.dll plugins/sqldrivers/qsqlite.dll translations/qtbase_ja.qm \
    fonts/BIZUDPGothic-Regular.ttf; do
    [ -f "$inst/$f" ] || fail "not installed: $inst/$f"
done
ok "installed into %LOCALAPPDATA%\\Programs\\ShienPlan ($(du -sh "$inst" | cut -f1))"
[ -f "$menu/ShienPlan.lnk" ] || fail "no Start-menu entry in $menu"
ok "Start-menu entry"
reg_has 'HKCU\Software\Classes\.shienplan' || fail "no .shienplan association under HKCU"
"$wine" reg query 'HKCU\Software\Classes\ShienPlan.Plan\shell\open\command' /ve 2>/dev/null |
    grep -q 'shienplan.exe' || fail "the association does not open shienplan.exe"
reg_has 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ShienPlan' || fail "no uninstall entry under HKCU"
! reg_has 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ShienPlan' || fail "an uninstall entry under HKLM"
! reg_has 'HKLM\Software\Classes\.shienplan' || fail "a machine-wide .shienplan association (HKLM)"
ok ".shienplan association and uninstall entry under HKCU only"

# 2. The installed programs run.
shot="$work/installed-window.png"
# Wine hands a Windows program QT_* variables only as WINEQT_* (wine-run.sh says more).
WINEQT_QPA_PLATFORM=offscreen "$wine" "$inst/shienplan.exe" --screenshot "$shot"
"$wineserver" -w
[ -s "$shot" ] || fail "the installed shienplan.exe wrote no screenshot"
ok "installed shienplan.exe --screenshot: $shot ($(stat -c %s "$shot") bytes)"
out="$("$wine" "$inst/shienplan-cli.exe" evaluate "$plan" --format json)" || [ $? -le 1 ] ||
    fail "the installed shienplan-cli.exe failed on $plan"
[ -n "$out" ] || fail "the installed shienplan-cli.exe printed nothing"
ok "installed shienplan-cli.exe evaluate (${#out} characters of JSON)"

# 3. Uninstall.
"$wine" "$inst/uninstall.exe" /S
"$wineserver" -w
sleep 1
"$wineserver" -w
[ ! -e "$inst" ] || fail "uninstall left $inst: $(ls -A "$inst" | head -5 | tr '\n' ' ')"
[ ! -e "$menu" ] || fail "uninstall left the Start-menu folder"
! reg_has 'HKCU\Software\Classes\.shienplan' || fail "uninstall left the .shienplan association"
! reg_has 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ShienPlan' || fail "uninstall left its entry"
ok "uninstalled: program folder, Start menu and registry keys removed"

# 4. The portable ZIP, unpacked into a folder with a Japanese name. Not the prefix's Desktop:
# Wine links that to the Linux home folder, which a test must leave alone.
portable="$work/支援計画ツール"
rm -rf "$portable"
mkdir -p "$portable"
(cd "$portable" && unzip -q "$zip")
exe="$(ls "$portable"/*/shienplan-cli.exe)"
out="$("$wine" "$exe" evaluate "$plan" --format json)" || [ $? -le 1 ] || fail "the portable shienplan-cli.exe failed"
[ -n "$out" ] || fail "the portable shienplan-cli.exe printed nothing"
WINEQT_QPA_PLATFORM=offscreen "$wine" "$(dirname "$exe")/shienplan.exe" --screenshot "$work/portable-window.png"
"$wineserver" -w
[ -s "$work/portable-window.png" ] || fail "the portable shienplan.exe wrote no screenshot"
ok "portable ZIP runs from $(basename "$portable")"
