#!/usr/bin/env bash
# The Windows shienplan-cli against a Linux one built from the same sources: the same bytes on
# stdout and the same exit status for every plan in tests/data/plans (evaluate, JSON and text),
# for all of them as one batch (with and without --summary), and for the shipped rosters.
# Usage: compare-cli.sh LINUX_CLI WINDOWS_CLI.exe
# (tst_cli already compares the Windows CLI with the golden files; this covers the rest.)
set -euo pipefail
linux="${1:?Linux shienplan-cli}"
windows="${2:?Windows shienplan-cli.exe}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
same=0
differ=0

check() { # NAME ARGS...
    local name="$1"
    shift
    local a=0 b=0
    (cd "$root" && "$linux" "$@" >"$work/linux.out" 2>/dev/null) || a=$?
    (cd "$root" && "$here/wine-run.sh" "$windows" "$@" >"$work/windows.out" 2>/dev/null) || b=$?
    if [ "$a" = "$b" ] && cmp -s "$work/linux.out" "$work/windows.out"; then
        same=$((same + 1))
    else
        differ=$((differ + 1))
        echo "DIFFERENT: $name (exit $a on Linux, $b on Windows): $(cmp "$work/linux.out" "$work/windows.out" 2>&1 | head -1)"
    fi
}

for f in "$root"/tests/data/plans/*.json; do
    rel="tests/data/plans/$(basename "$f")"
    check "evaluate $rel" evaluate "$rel" --format json
    check "evaluate $rel (text)" evaluate "$rel" --format text
done
# One plan a line (JSON Lines); the Windows program reads the same /tmp file through Wine's Z:.
for f in "$root"/tests/data/plans/*.json; do tr -d '\n' <"$f"; echo; done >"$work/plans.jsonl"
check "batch of all plans" batch "$work/plans.jsonl"
check "batch --summary of all plans" batch "$work/plans.jsonl" --summary
for r in "$root"/resources/rosters/*.csv; do
    check "batch --summary $(basename "$r")" batch "resources/rosters/$(basename "$r")" --summary
done
echo "CLI Linux vs Windows: $same the same, $differ different"
[ "$differ" = 0 ]
