#pragma once

// Reading what users hand us: a file that may be empty, huge, not JSON, or JSON of the wrong
// shape. Every failure becomes an InputError that names the place (a field path like
// "programs[0].expenditure", or a line) and the problem, in one line, so the command line can
// print it and a dialog can show it; nothing here crashes or asserts on bad input.

#include <QByteArray>
#include <QString>

#include "core/base/money.h"
#include "core/interchange/jsontree.h"

#include <exception>
#include <optional>

namespace shienplan
{

struct InputError : std::exception {
    QString where; // "programs[0].menu", "line 3, column 15", or empty for the whole file
    QString message; // what is wrong, in English (the contract's language for stderr)
    InputError(QString w, QString m)
        : where(std::move(w))
        , message(std::move(m))
    {
    }
    const char *what() const noexcept override { return "shienplan input error"; }
    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// The largest input the program reads (a plan, a batch, a rule book). A whole country of plans
// is about 1 MB; anything near this size is not a plan.
inline constexpr qint64 kMaxInputBytes = 32LL * 1024 * 1024;

// Reads a whole file; throws InputError for a missing, unreadable, empty or oversized file.
QByteArray readInputFile(const QString &path, qint64 maxBytes = kMaxInputBytes);

// Parses JSON (a leading UTF-8 byte order mark is skipped); a syntax error names its line and
// column. The values read from the tree live as long as it does.
json::Tree parseJson(const QByteArray &bytes);
// 1-based line and column of a byte offset, counting UTF-8 characters for the column.
QPair<int, int> lineColumnAt(const QByteArray &bytes, qsizetype offset);

// Typed access with paths. Each throws InputError naming `path` (or path.key).
namespace json
{
QString join(const QString &path, const QString &key);
QString index(const QString &path, qsizetype i);

// Where a value is ("programs[0].staff.coordinators"), written out only when something there is
// wrong: a reader of a country's plans names thousands of places and uses none of them. A path is
// a written one (from a QString) or a member or element of another path, which must outlive it
// (a parameter, a local, or a temporary of the same expression).
class Path
{
public:
    Path() = default;
    Path(QString written) // NOLINT(google-explicit-constructor): any QString is a path
        : m_written(std::move(written))
    {
    }
    Path member(const char *key) const;
    Path member(const QString &key) const;
    Path element(qsizetype i) const;
    QString text() const;
    operator QString() const { return text(); } // NOLINT(google-explicit-constructor)

private:
    const Path *m_parent = nullptr;
    QString m_written; // a written path, or a member's key given as text
    const char *m_key = nullptr; // a member's key written in the code
    qsizetype m_index = -1; // an element's index
};

QString typeName(const Value &v);
Object object(const Value &v, const Path &path);
Array array(const Value &v, const Path &path);
QString string(const Value &v, const Path &path);
// A whole number in [min, max]; "1.5" is refused, "1e3" is 1000.
qint64 integer(const Value &v, const Path &path, qint64 min, qint64 max);
// A non-negative whole number of yen.
Yen yen(const Value &v, const Path &path);
// "n/d" within [0, 1].
Fraction fraction(const Value &v, const Path &path);
bool boolean(const Value &v, const Path &path);
// Member access: required fails when missing; optional returns nullopt when missing or null.
Value required(const Object &o, const Path &path, const char *key);
std::optional<Value> optional(const Object &o, const char *key);
} // namespace json

} // namespace shienplan
