#!/usr/bin/env bash
# zlib and libxlsxwriter for x86_64 Windows, from Debian's sources, as static libraries: the
# report code links them into shienplan_report, so no extra DLL has to travel with the program.
# Called by build.sh (libs step) with SRC, WORK, PREFIX, TOOLCHAIN and JOBS set; its text is part
# of the libraries' cache key, so a change here rebuilds them (a minute) and not Qt.
set -euo pipefail
: "${SRC:?}" "${WORK:?}" "${PREFIX:?}" "${TOOLCHAIN:?}" "${JOBS:=2}"
orig() { ls "$SRC/${1}_"*.orig.tar.* | sort -V | tail -1; }

rm -rf "$WORK" "$PREFIX"
mkdir -p "$WORK/zlib" "$WORK/xlsxwriter" "$PREFIX/include" "$PREFIX/lib"

# zlib: only its static library, renamed libz.a: the name pkg-config's "-lz" and FindZLIB look
# for. (Debian's +dfsg tarball has no win32/ makefiles; zlib's CMake build is used.)
tar -C "$WORK/zlib" --strip-components=1 -xf "$(orig zlib)"
cmake -G Ninja -S "$WORK/zlib" -B "$WORK/zlib-build" -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DSHIENPLAN_WINDOWS_PREFIXES="$PREFIX" -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$WORK/zlib-build" -j"$JOBS" zlibstatic >/dev/null
cp "$WORK/zlib-build/libzlibstatic.a" "$PREFIX/lib/libz.a"
cp "$WORK/zlib/zlib.h" "$WORK/zlib-build/zconf.h" "$PREFIX/include/"

# libxlsxwriter with its bundled minizip (Debian's is a Linux library).
tar -C "$WORK/xlsxwriter" --strip-components=1 -xf "$(orig libxlsxwriter)"
cmake -G Ninja -S "$WORK/xlsxwriter" -B "$WORK/xlsxwriter-build" -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DSHIENPLAN_WINDOWS_PREFIXES="$PREFIX" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
    -DZLIB_ROOT="$PREFIX" -DZLIB_INCLUDE_DIR="$PREFIX/include" -DZLIB_LIBRARY="$PREFIX/lib/libz.a" \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
ninja -C "$WORK/xlsxwriter-build" -j"$JOBS" install >/dev/null
test -f "$PREFIX/lib/libxlsxwriter.a" && test -f "$PREFIX/lib/pkgconfig/xlsxwriter.pc"
