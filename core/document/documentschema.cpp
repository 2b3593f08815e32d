// The .shienplan schema, one step per format version, and its forward migration: a file of
// format n gets steps n+1 … kSchemaVersion, on the reader's private copy.

#include "core/document/documentfile.h"
#include "core/document/documentsql.h"

#include <QDateTime>

namespace shienplan
{

namespace
{

// The schema, one step per version. A file of version n gets steps n+1 … kSchemaVersion.
const char *const kSchemaSteps[] = {
    // 1: scenarios and their programs
    "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE scenario (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '', fiscal_year INTEGER NOT NULL, body_code TEXT NOT NULL "
    "DEFAULT '',"
    " body_name TEXT NOT NULL, body_kind TEXT NOT NULL, body_prefecture TEXT NOT NULL DEFAULT '',"
    " population INTEGER, juso INTEGER NOT NULL DEFAULT 0, welfare_office INTEGER NOT NULL DEFAULT "
    "1);"
    "CREATE TABLE program (id INTEGER PRIMARY KEY,"
    " scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE, position INTEGER NOT "
    "NULL,"
    " program_key TEXT NOT NULL, menu TEXT NOT NULL, expenditure INTEGER NOT NULL,"
    " other_income INTEGER NOT NULL DEFAULT 0, years_running INTEGER NOT NULL DEFAULT 1,"
    " startup INTEGER NOT NULL DEFAULT 0, startup_share_num INTEGER, startup_share_den INTEGER,"
    " startup_year INTEGER, next_year_menu TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE program_subproject (program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE "
    "CASCADE,"
    " position INTEGER NOT NULL, subproject TEXT NOT NULL, PRIMARY KEY (program_id, subproject));"
    "CREATE TABLE program_staff (program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE "
    "CASCADE,"
    " kind TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (program_id, kind));"
    "CREATE TABLE joint_member (program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE "
    "CASCADE,"
    " position INTEGER NOT NULL, code TEXT NOT NULL, share_num INTEGER NOT NULL, share_den INTEGER "
    "NOT NULL);",
    // 2: the user's rule-book values with their sources, and notes
    "CREATE TABLE rule_override (id INTEGER PRIMARY KEY, fiscal_year INTEGER NOT NULL, menu TEXT "
    "NOT NULL,"
    " item TEXT NOT NULL, key TEXT NOT NULL DEFAULT '', amount_min INTEGER, amount_max INTEGER,"
    " rate_num INTEGER, rate_den INTEGER, cell TEXT, count INTEGER, source TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE note (id INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, text TEXT "
    "NOT NULL,"
    " scenario_position INTEGER);",
    // 3: the change log
    "CREATE TABLE change_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL,"
    " action TEXT NOT NULL, detail TEXT NOT NULL);",
    // 4: the municipalities a prefecture's center or satellite serves (担当区域)
    "CREATE TABLE served_municipality (program_id INTEGER NOT NULL REFERENCES program(id) ON "
    "DELETE CASCADE,"
    " position INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (program_id, code));",
    // 5: plans and their alternatives (採用案), (D) 対象経費, 予算計上額, and the cost lines
    // (経費内訳). An older file's scenarios of one body and year simply become the alternatives of
    // one plan, none adopted; its programs have no D (= A), no budgeted amount and no lines.
    "ALTER TABLE scenario ADD COLUMN adopted INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE program ADD COLUMN eligible_expenditure INTEGER;"
    "ALTER TABLE program ADD COLUMN budgeted_national INTEGER;"
    "ALTER TABLE program ADD COLUMN budgeted_reason TEXT NOT NULL DEFAULT '';"
    "CREATE TABLE cost_line (program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE "
    "CASCADE,"
    " position INTEGER NOT NULL, item TEXT NOT NULL, amount INTEGER NOT NULL,"
    " eligible INTEGER NOT NULL DEFAULT 1, reason TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (program_id, position));",
};
static_assert(sizeof(kSchemaSteps) / sizeof(kSchemaSteps[0]) == kSchemaVersion);

} // namespace

namespace docsql
{

void applySchema(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        runScript(db, kSchemaSteps[v - 1]);
        QSqlQuery q = prepare(
            db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        run(q);
    }
}

} // namespace docsql

using namespace docsql;

void createSchemaForTest(const QString &path, int version)
{
    Connection c(path);
    QSqlDatabase db = c.db();
    QSqlQuery q = prepare(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    run(q);
    applySchema(db, 0, version);
}

} // namespace shienplan
