#pragma once

// A report could not be written. `message` names the file and says what happened; the target
// file is untouched (every format is written beside it and renamed into place).

#include <QString>
#include <exception>

namespace shienplan
{

struct ReportError : std::exception {
    QString file;
    QString message;
    ReportError(QString f, QString m)
        : file(std::move(f))
        , message(std::move(m))
    {
    }
    const char *what() const noexcept override { return "shienplan report error"; }
    QString toString() const { return file + QStringLiteral(": ") + message; }
};

} // namespace shienplan
