# Cross-building ShienPlan (and the Qt, zlib and libxlsxwriter it links) for 64-bit Windows
# on Debian with MinGW-w64. The posix-thread variant of the compilers: std::thread and
# std::mutex need it, and Qt's own MinGW builds use it too.
#
# SHIENPLAN_WINDOWS_PREFIXES: the folders holding the Windows builds of Qt and the libraries
# (scripts/windows/build.sh passes them); the search for libraries and packages stays inside
# them and MinGW's own sysroot, so nothing of the Linux system leaks into a Windows program.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# try_compile projects do not see the cache: hand the prefixes on explicitly.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SHIENPLAN_WINDOWS_PREFIXES)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${SHIENPLAN_WINDOWS_PREFIXES})
# Programs (moc, rcc, lrelease, pkg-config) are the host's; everything linked is Windows'.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
