#pragma once

// What the .shienplan reader and writer share (internal to core/document): one SQLite
// connection per read or write, prepared statements that throw instead of returning false, the
// conversions of amounts and texts to columns, and the schema. Not for use outside
// core/document: documentfile.h is the public face.

#include "core/base/money.h"
#include "core/document/document.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace shienplan::docsql
{

// SQLite said no (a statement, a constraint, a full disk): the caller words it for the user.
struct SqlFailure {
    QString what;
};

// The file is SQLite of ours but holds a value ShienPlan would never write.
struct Corrupt {
    QString what;
};

// One connection to one database file for the duration of one read or write.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("shienplan-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            throw SqlFailure { db.lastError().text() };
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

private:
    QString m_name;
};

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql); // throws SqlFailure
void run(QSqlQuery &q); // throws SqlFailure
void runScript(const QSqlDatabase &db, const char *script); // statements split at ';'
bool hasTable(const QSqlDatabase &db, const QString &table);

QVariant nullable(const std::optional<qint64> &v);
qint64 toStored(const Yen &v); // throws SqlFailure past 64 bits
std::optional<qint64> storedEnd(const std::optional<Yen> &v);
QVariant text(const QString &s);

// Japanese, then English, on one line: the message of a DocumentError.
QString bilingual(const QString &ja, const QString &en);

// The schema steps fromVersion+1 … toVersion, each recorded in schema_version.
void applySchema(const QSqlDatabase &db, int fromVersion, int toVersion);

// The whole document into a fresh database (schema included), and back from one of
// kSchemaVersion (migrated before), table by table.
void writeAll(const QSqlDatabase &db, const Document &doc);
Document readAll(const QSqlDatabase &db, int version);

// The first thing about the plans that the plan JSON reader refuses too, as one line naming the
// scenario (and program): cost lines that do not add up to the stored (A) or (D), D above A, a
// negative amount (settleCosts), two adopted alternatives of one plan or one name used twice
// (checkAlternatives); empty when there is none. Sets each program's A and D from its cost lines.
// The reader refuses such a file as damaged, the writer refuses to write one, so that every file
// ShienPlan writes opens again.
QString settlePlans(QList<Scenario> &scenarios);

// Files before version 5 could hold two scenarios of one body and year with the same name; they
// are now alternatives of one plan, where a name is unique, so the later ones become 「名前（2）」…
void nameAlternativesApart(QList<Scenario> &scenarios);

} // namespace shienplan::docsql
