#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build
# folder (build-asan, clang). The same build holds the fuzz targets (scripts/fuzz.sh): every
# library is compiled once, with the sanitizers and libFuzzer's coverage.
# Any report stops the test that made it and fails it (halt_on_error, no recovery).
# -O0: the build is about half the time of -O1 and the suite still runs in minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="-O0 -gline-tables-only" -DSHIENPLAN_SANITIZE=ON -DSHIENPLAN_FUZZ=ON \
  -DSHIENPLAN_BUILD_BENCHMARKS=OFF
cmake --build "$BUILD_DIR"
source scripts/sanitizer-env.sh
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# The formatting check is the native build's; it says nothing about memory.
ctest --test-dir "$BUILD_DIR" --output-on-failure -E '^clang_format$' "$@"
