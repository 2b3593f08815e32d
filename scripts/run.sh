#!/usr/bin/env bash
# The README's first command: set everything up on a fresh Debian 12 machine and start ShienPlan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found; starting ShienPlan under Xvfb (set DISPLAY to use your own)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/bin/shienplan "$@"
fi
exec build/bin/shienplan "$@"
