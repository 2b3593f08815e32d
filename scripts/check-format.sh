#!/usr/bin/env bash
# Fails (exit 1) naming every C++ source that clang-format-14 would change under .clang-format.
# Run by ctest (test clang_format) and so by CI; `bash scripts/check-format.sh --fix` rewrites
# the files in place instead. Generated files (the build folders) are not tracked, so not read.
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
  echo "check-format: $CLANG_FORMAT not found (scripts/setup.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- 'app/*.cpp' 'core/*.cpp' 'core/*.h' 'cli/*.cpp' 'cli/*.h' \
  'report/*.cpp' 'report/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
if [ "${1:-}" = "--fix" ]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  if ! "$CLANG_FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'check-format: %s is not formatted (bash scripts/check-format.sh --fix)\n' "${bad[@]}" >&2
  echo "check-format: ${#bad[@]} of ${#files[@]} files need clang-format" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
