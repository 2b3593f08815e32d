#pragma once

// Writing an output file whole or not at all, and only where a file belongs. Every writer of
// the program (documents, reports, workbooks, rosters, rule books, converted plans) goes through
// here, so they all refuse the same targets and fail the same way.

#include <QByteArray>
#include <QString>

namespace shienplan
{

// Why `path` may not be written as an output file, or "" when it may: a new name, or an
// existing regular file (or a link to one). A device, pipe, socket or folder is refused:
// QSaveFile renames its temporary file into place, which would put a file where /dev/null or
// a pipe was (run as root, it can).
QString outputTargetProblem(const QString &path);

// Writes `bytes` to `path` through QSaveFile: a temporary file beside it, renamed into place
// once it is whole, so the old file stays as it was until then and a failure leaves nothing.
// Returns "" or why not, in the system's words ("No space left on device").
QString saveWhole(const QString &path, const QByteArray &bytes);

} // namespace shienplan
