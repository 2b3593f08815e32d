#!/usr/bin/env bash
# Installs what ShienPlan needs to build, test and run on Debian 12 (bookworm).
# Idempotent: packages already present are not fetched again. Uses sudo when not root.
set -euo pipefail

# clang-format-14: the formatting check (ctest clang_format, scripts/check-format.sh).
# zlib1g-dev: xlsxwriter.pc links -lz (libxlsxwriter-dev does not pull it in), and tests/tst_reports
# reads workbooks back with zlib.
PACKAGES=(
  g++ cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libboost-dev libsqlite3-dev libxlsxwriter-dev
  zlib1g-dev
  fonts-noto-cjk fonts-morisawa-bizud-gothic
  xvfb xauth poppler-utils
  clang-format-14
  # tests/report/tst_shoyogaku recalculates the 所要額調書 workbook with LibreOffice (soffice).
  libreoffice-calc-nogui
  # The prefecture's server (issue 16): Qt's PostgreSQL driver (QPSQL) for the program, and a
  # real PostgreSQL 15 (initdb, pg_ctl) plus openssl (a test CA) for tests/server/tst_server.
  libqt6sql6-psql postgresql openssl
  # The sanitizer suite and the fuzz targets (scripts/sanitize.sh, scripts/fuzz.sh): clang with
  # its ASan, UBSan and libFuzzer runtimes; llvm-14 for llvm-symbolizer (file:line in reports).
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages are installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
