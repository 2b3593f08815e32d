# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: how the sanitizers report.
# halt_on_error: the first report ends the process with a failure. Leaks are reported too,
# except those of the system libraries ShienPlan does not build (tests/sanitizer/lsan.supp).
# abort_on_error=0 and a distinct exit code: a report fails a test as a plain error, not as the
# crash handler of Qt Test would show it.
supp="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/sanitizer"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:exitcode=86:detect_leaks=1:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87:suppressions=$supp/ubsan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
