// Linked into shienplan-cli.exe in the Windows build only (cmake/ShienPlanWindows.cmake).
//
// The C runtime on Windows opens stdout and stderr in text mode, which turns every "\n" the
// command line writes into "\r\n". shienplan-cli writes UTF-8 bytes (JSON, CSV, text) that
// must be the same on every platform — the golden files are compared byte for byte — so both
// are switched to binary before main() runs.

#include <cstdio>
#include <fcntl.h>
#include <io.h>

namespace
{

const bool binaryStdio = [] {
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    return true;
}();

} // namespace
