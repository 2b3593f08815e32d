#!/usr/bin/env bash
# Configures the sanitizer build (build-asan, or SANITIZE_BUILD_DIR): clang-14 at -O0 with line
# tables, ASan and UBSan, libFuzzer coverage; no benchmarks. scripts/sanitize.sh builds all of it
# and runs the suite; scripts/fuzz.sh builds the fuzz targets from the same folder.
# -O0: the build takes about half the time of -O1 and the suite still runs in minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang-14 CXX=clang++-14 cmake -S . -B "${SANITIZE_BUILD_DIR:-build-asan}" -G Ninja \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O0 -gline-tables-only" \
  -DSHIENPLAN_SANITIZE=ON -DSHIENPLAN_FUZZ=ON -DSHIENPLAN_BUILD_BENCHMARKS=OFF
