#!/usr/bin/env bash
# Runs each fuzz target (tests/fuzz) for FUZZ_SECONDS (60 by default) under ASan and UBSan,
# from seeds made of the project's own files. First, each target replays its regression inputs
# (tests/fuzz/regressions/TARGET/: every input that once failed). Builds build-asan first
# (scripts/sanitize.sh builds the same folder) unless FUZZ_NO_BUILD=1.
# A failing input is kept in build-asan/fuzz/TARGET/ (crash-…, leak-…, timeout-…) and the script
# fails; copy it into tests/fuzz/regressions/TARGET/ with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
SECONDS_EACH=${FUZZ_SECONDS:-60}
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  bash scripts/setup.sh
  bash scripts/configure-asan.sh
  cmake --build "$BUILD_DIR" --target fuzz_planjson fuzz_rulebook fuzz_roster fuzz_document \
    shienplan-cli
fi
source scripts/sanitizer-env.sh
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 SHIENPLAN_RULES_DIR="$ROOT/$BUILD_DIR/fuzz/no-user-rules"
WORK="$ROOT/$BUILD_DIR/fuzz"
rm -rf "$WORK"
mkdir -p "$WORK"

# Seeds: the files each reader is given in the tests and in the product.
seed() { mkdir -p "$WORK/$1/seeds" "$WORK/$1/corpus"; }
seed fuzz_planjson
cp tests/data/plans/*.json tests/data/bad/*.json resources/samples/*.json "$WORK/fuzz_planjson/seeds/"
seed fuzz_rulebook
cp resources/rules/*.json "$WORK/fuzz_rulebook/seeds/"
seed fuzz_roster
cp resources/rosters/*.csv "$WORK/fuzz_roster/seeds/"
seed fuzz_document
# Documents and rosters: the sample and each test plan written by the command line.
i=0
for f in resources/samples/*.json tests/data/plans/*.json; do
  i=$((i + 1))
  "$BUILD_DIR/bin/shienplan-cli" convert "$f" "$WORK/fuzz_document/seeds/doc$i.shienplan" >/dev/null
  "$BUILD_DIR/bin/shienplan-cli" convert "$f" "$WORK/fuzz_roster/seeds/plan$i.csv" >/dev/null
done
cp tests/fuzz/seeds/fuzz_document/*.shienplan "$WORK/fuzz_document/seeds/"

# One target: its regression inputs once each, then FUZZ_SECONDS of fuzzing. Exit 1 on a failure.
run_target() {
  local target=$1 exe="$ROOT/$BUILD_DIR/bin/$1" dir="$WORK/$1" reg="$ROOT/tests/fuzz/regressions/$1"
  # A document is an SQLite file of 18 tables, 72 kB at the least; the other inputs are text.
  local max_len=65536
  [ "$target" = fuzz_document ] && max_len=262144
  if [ -n "$(ls "$reg")" ]; then
    if ! (cd "$dir" && "$exe" "$reg"/* >"$dir/regressions.log" 2>&1); then
      echo "fuzz: $target: a regression input fails again (see $dir/regressions.log)" >&2
      grep -E "ERROR|defect|SUMMARY|runtime error|Running:" "$dir/regressions.log" | tail -10 >&2
      return 1
    fi
  fi
  # -timeout: one input that takes 20 s is a defect (the readers are linear);
  # -rss_limit_mb: libFuzzer's default.
  if (cd "$dir" && "$exe" -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=20 \
      -rss_limit_mb=2048 -artifact_prefix="$dir/" -print_final_stats=1 \
      "$dir/corpus" "$dir/seeds" >"$dir/fuzz.log" 2>&1); then
    echo "fuzz: $target: $(awk '/^stat::number_of_executed_units/ {print $2}' "$dir/fuzz.log") inputs in ${SECONDS_EACH} s, no failure"
  else
    echo "fuzz: $target failed; the input is kept in $dir/ (see $dir/fuzz.log)" >&2
    grep -E "ERROR|defect|SUMMARY|runtime error|Test unit written" "$dir/fuzz.log" | head -10 >&2
    return 1
  fi
}

# Two at a time (one per core of the CI machine): four targets in twice FUZZ_SECONDS.
failed=0
for pair in "fuzz_planjson fuzz_rulebook" "fuzz_roster fuzz_document"; do
  pids=()
  for target in $pair; do
    run_target "$target" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
done
exit $failed
