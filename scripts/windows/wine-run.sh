#!/usr/bin/env bash
# Runs a Windows program of the cross build under Wine: ctest's emulator
# (CMAKE_CROSSCOMPILING_EMULATOR), and the way to run one by hand:
#   scripts/windows/wine-run.sh build-windows/bin/shienplan-cli.exe --help
#
# The Wine prefix (the simulated Windows user profile) lives in the build, beside bin/, unless
# WINEPREFIX says otherwise, so a test run never touches the developer's own ~/.wine. Its first
# creation takes a few seconds; parallel tests wait for it under a lock.
set -euo pipefail
exe="${1:?usage: wine-run.sh PROGRAM.exe [ARGS...]}"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine="$(command -v wine64 || command -v wine)"
if [ -z "${WINEPREFIX:-}" ]; then
    WINEPREFIX="$(cd "$(dirname "$exe")/.." && pwd)/wine-prefix"
fi
export WINEPREFIX
export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko download prompts: nothing here needs .NET or a browser engine.
# No Linux menu entries for what an installer test puts in the Start menu (winemenubuilder).
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}"
# Wine keeps QT_* variables for Linux's own Qt and hands them to Windows programs only when
# they are spelt WINEQT_* (measured: QT_QPA_PLATFORM=offscreen alone left the program on the
# windows platform, where no window is ever exposed). Each QT_* is passed on that way.
for v in $(compgen -e); do
    case "$v" in QT_*) export "WINE$v=${!v}" ;; esac
done
# The prefix is ready once wineboot has finished and its server has gone: the marker says so
# (system.reg appears half-way through wineboot, too early for a parallel test to go on).
ready="$WINEPREFIX/.shienplan-ready"
if [ ! -f "$ready" ]; then
    mkdir -p "$WINEPREFIX"
    (
        flock 9
        if [ ! -f "$ready" ]; then
            "$wine" wineboot --init >/dev/null 2>&1 ||
                { echo "wine-run.sh: wineboot could not make the prefix $WINEPREFIX" >&2; exit 1; }
            "${wine%64}server" -w 2>/dev/null || wineserver -w 2>/dev/null || true
            touch "$ready"
        fi
    ) 9>"$WINEPREFIX.lock"
fi
exec "$wine" "$@"
