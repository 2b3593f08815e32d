// The statements and column conversions shared by the .shienplan reader and writer.

#include "core/document/documentsql.h"

#include <limits>

namespace shienplan::docsql
{

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlFailure { q.lastError().text() + QStringLiteral(" [") + sql + u']' };
    return q;
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        throw SqlFailure { q.lastError().text() };
}

void runScript(const QSqlDatabase &db, const char *script)
{
    for (const QString &stmt : QString::fromUtf8(script).split(u';', Qt::SkipEmptyParts)) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q = prepare(db, stmt);
        run(q);
    }
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 toStored(const Yen &v)
{
    if (v > Yen(std::numeric_limits<qint64>::max()) || v < Yen(std::numeric_limits<qint64>::min()))
        throw SqlFailure {
            QStringLiteral("an amount of %1 yen is too large to store").arg(formatYen(v))
        };
    return v.convert_to<qint64>();
}

std::optional<qint64> storedEnd(const std::optional<Yen> &v)
{
    if (!v)
        return std::nullopt;
    return toStored(*v);
}

// Qt binds a null QString as SQL NULL; every text column is NOT NULL, and an unset text is
// simply empty.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = prepare(
        db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    run(q);
    return q.next();
}

// One line, whatever SQLite said (its integrity reports span several lines).
QString bilingual(const QString &ja, const QString &en)
{
    return (ja + QStringLiteral(" / ") + en).simplified();
}

} // namespace shienplan::docsql
