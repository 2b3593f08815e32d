#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build
# folder (build-asan, clang). The same build holds the fuzz targets (scripts/fuzz.sh): every
# library is compiled once, with the sanitizers and libFuzzer's coverage.
# Any report stops the test that made it and fails it (halt_on_error, no recovery).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
bash scripts/configure-asan.sh
cmake --build "$BUILD_DIR"
source scripts/sanitizer-env.sh
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# The formatting check is the native build's; it says nothing about memory.
ctest --test-dir "$BUILD_DIR" --output-on-failure -E '^clang_format$' "$@"
