#!/usr/bin/env bash
# Regenerates tests/data/golden/NAME.json from tests/data/plans/NAME.json with the built CLI:
# the exact stdout of `shienplan-cli evaluate PLAN --format json`, which tst_cli compares byte
# for byte.
#
# Use it only for a deliberate change of the output (a new field, a reworded explanation, a
# new plan). It writes whatever the program prints, right or wrong. BEFORE COMMITTING, CHECK
# EVERY CHANGED FIGURE BY HAND against decisions.md ("The calculation"):
#   net = max(0, expenditure − other_income); adopted = min(基準額, net);
#   national = floor_to_1000(adopted × rate); prefecture_support = floor_to_1000(adopted × p);
#   local = net − national − prefecture_support (interval ends crossed; unknown ends null).
# `git diff tests/data/golden` shows what changed; a changed number that you have not
# recomputed yourself must not be committed. tst_cli also asserts the key figures of every
# plan explicitly, so update its table too when a figure changes on purpose.
#
# Usage: scripts/regenerate-golden.sh [PLAN_NAME ...]   (default: every plan)
# BUILD_DIR may be set (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
CLI="$BUILD_DIR/bin/shienplan-cli"
PLANS=tests/data/plans
GOLDEN=tests/data/golden

if [ ! -x "$CLI" ]; then
    echo "regenerate-golden: $CLI not found; build first (cmake --build $BUILD_DIR)" >&2
    exit 2
fi

# The developer's own rule books must not leak into the golden files: point the CLI at an
# empty folder, exactly as the tests do.
empty_rules=$(mktemp -d)
trap 'rm -rf "$empty_rules"' EXIT
export SHIENPLAN_RULES_DIR="$empty_rules"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
export QT_QPA_PLATFORM=offscreen

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in "$PLANS"/*.json; do
        names+=("$(basename "$f" .json)")
    done
fi

mkdir -p "$GOLDEN"
for name in "${names[@]}"; do
    name=${name%.json}
    plan="$PLANS/$name.json"
    out="$GOLDEN/$name.json"
    tmp="$out.tmp"
    status=0
    "$CLI" evaluate "$plan" --format json >"$tmp" || status=$?
    # 0 = eligible, 1 = evaluated but not eligible: both are valid golden outputs.
    # 2 = the plan could not be used: a plan in tests/data/plans must never do that.
    if [ "$status" -gt 1 ]; then
        rm -f "$tmp"
        echo "regenerate-golden: $plan: exit status $status; not writing $out" >&2
        exit 2
    fi
    if [ -f "$out" ] && cmp -s "$tmp" "$out"; then
        rm -f "$tmp"
        echo "unchanged  $out (exit $status)"
    else
        mv "$tmp" "$out"
        echo "WRITTEN    $out (exit $status) -- check its figures by hand before committing"
    fi
done
