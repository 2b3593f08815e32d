#!/usr/bin/env bash
# The README's second command: set everything up on a fresh Debian 12 machine, build, and run
# the whole test suite (unit, engine, command line, widgets offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure "$@"
