#include "core/document/documentfile.h"

#include "core/base/catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

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
};
static_assert(sizeof(kSchemaSteps) / sizeof(kSchemaSteps[0]) == kSchemaVersion);

struct SqlFailure {
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

// ---- Writing: one step per table -------------------------------------------------------------

void writeMeta(const QSqlDatabase &db, const Document &doc)
{
    QSqlQuery meta = prepare(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[k, v] :
        { std::pair { QStringLiteral("application"), QStringLiteral("ShienPlan") },
            std::pair { QStringLiteral("application_version"), QStringLiteral(SHIENPLAN_VERSION) },
            std::pair { QStringLiteral("title"), doc.title },
            std::pair { QStringLiteral("saved_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } }) {
        meta.addBindValue(text(k));
        meta.addBindValue(text(v));
        run(meta);
    }
}

// The statements that write a program and the tables that hang from it, prepared once per file.
struct ProgramInserts {
    explicit ProgramInserts(const QSqlDatabase &db)
        : program(prepare(db,
            QStringLiteral("INSERT INTO program (scenario_id, position, program_key, menu, "
                           "expenditure, other_income, years_running, startup, "
                           "startup_share_num, startup_share_den, startup_year, "
                           "next_year_menu) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")))
        , subproject(prepare(db,
              QStringLiteral("INSERT INTO program_subproject (program_id, position, "
                             "subproject) VALUES (?,?,?)")))
        , staff(prepare(db,
              QStringLiteral("INSERT INTO program_staff (program_id, kind, count) VALUES (?,?,?)")))
        , joint(prepare(db,
              QStringLiteral("INSERT INTO joint_member (program_id, position, code, share_num, "
                             "share_den) VALUES (?,?,?,?,?)")))
        , served(prepare(db,
              QStringLiteral("INSERT INTO served_municipality (program_id, position, code) "
                             "VALUES (?,?,?)")))
    {
    }
    QSqlQuery program;
    QSqlQuery subproject;
    QSqlQuery staff;
    QSqlQuery joint;
    QSqlQuery served;
};

void writeSubprojects(QSqlQuery &sp, qint64 programId, const QStringList &subprojects)
{
    for (qsizetype i = 0; i < subprojects.size(); ++i) {
        sp.addBindValue(programId);
        sp.addBindValue(int(i));
        sp.addBindValue(text(subprojects[i]));
        run(sp);
    }
}

void writeStaff(QSqlQuery &st, qint64 programId, const QMap<QString, int> &staff)
{
    for (auto it = staff.cbegin(); it != staff.cend(); ++it) {
        st.addBindValue(programId);
        st.addBindValue(text(it.key()));
        st.addBindValue(it.value());
        run(st);
    }
}

void writeJointMembers(QSqlQuery &jm, qint64 programId, const QList<JointMember> &joint)
{
    for (qsizetype i = 0; i < joint.size(); ++i) {
        jm.addBindValue(programId);
        jm.addBindValue(int(i));
        jm.addBindValue(text(joint[i].code));
        jm.addBindValue(toStored(boost::multiprecision::numerator(joint[i].share)));
        jm.addBindValue(toStored(boost::multiprecision::denominator(joint[i].share)));
        run(jm);
    }
}

void writeServedMunicipalities(QSqlQuery &sv, qint64 programId, const QStringList &served)
{
    for (qsizetype i = 0; i < served.size(); ++i) {
        sv.addBindValue(programId);
        sv.addBindValue(int(i));
        sv.addBindValue(text(served[i]));
        run(sv);
    }
}

void writeProgram(ProgramInserts &q, qint64 scenarioId, int position, const Program &prog)
{
    QSqlQuery &pr = q.program;
    pr.addBindValue(scenarioId);
    pr.addBindValue(position);
    pr.addBindValue(text(prog.id));
    pr.addBindValue(text(prog.menu));
    pr.addBindValue(toStored(prog.expenditure));
    pr.addBindValue(toStored(prog.otherIncome));
    pr.addBindValue(prog.yearsRunning);
    pr.addBindValue(prog.startup ? 1 : 0);
    std::optional<qint64> num, den, year;
    if (prog.startup) {
        year = prog.startup->year;
        if (prog.startup->prefectureShare) {
            num = toStored(boost::multiprecision::numerator(*prog.startup->prefectureShare));
            den = toStored(boost::multiprecision::denominator(*prog.startup->prefectureShare));
        }
    }
    pr.addBindValue(nullable(num));
    pr.addBindValue(nullable(den));
    pr.addBindValue(nullable(year));
    pr.addBindValue(text(prog.nextYearMenu));
    run(pr);
    const qint64 programId = pr.lastInsertId().toLongLong();
    writeSubprojects(q.subproject, programId, prog.subprojects);
    writeStaff(q.staff, programId, prog.staff);
    writeJointMembers(q.joint, programId, prog.joint);
    writeServedMunicipalities(q.served, programId, prog.served);
}

void writeScenarios(const QSqlDatabase &db, const QList<Scenario> &scenarios)
{
    QSqlQuery sc = prepare(db,
        QStringLiteral("INSERT INTO scenario (position, name, title, fiscal_year, "
                       "body_code, body_name, body_kind, body_prefecture, "
                       "population, juso, welfare_office) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    ProgramInserts programs(db);
    for (qsizetype s = 0; s < scenarios.size(); ++s) {
        const Scenario &scen = scenarios[s];
        const Plan &plan = scen.plan;
        sc.addBindValue(int(s));
        sc.addBindValue(text(scen.name));
        sc.addBindValue(text(plan.title));
        sc.addBindValue(plan.fiscalYear);
        sc.addBindValue(text(plan.body.code));
        sc.addBindValue(text(plan.body.name));
        sc.addBindValue(text(plan.body.kind ? bodyKindId(*plan.body.kind) : QString()));
        sc.addBindValue(text(plan.body.prefectureCode));
        sc.addBindValue(nullable(plan.body.population));
        sc.addBindValue(plan.body.juso ? 1 : 0);
        sc.addBindValue(plan.body.welfareOffice ? 1 : 0);
        run(sc);
        const qint64 scenarioId = sc.lastInsertId().toLongLong();
        for (qsizetype p = 0; p < plan.programs.size(); ++p)
            writeProgram(programs, scenarioId, int(p), plan.programs[p]);
    }
}

void writeOverrides(const QSqlDatabase &db, const QList<RuleOverride> &overrides)
{
    QSqlQuery ov = prepare(db,
        QStringLiteral("INSERT INTO rule_override (fiscal_year, menu, item, key, "
                       "amount_min, amount_max, rate_num, rate_den, cell, count, "
                       "source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const auto &o : overrides) {
        ov.addBindValue(o.fiscalYear);
        ov.addBindValue(text(o.menu));
        ov.addBindValue(text(overrideItemId(o.item)));
        ov.addBindValue(text(o.key));
        ov.addBindValue(nullable(storedEnd(o.amount.min)));
        ov.addBindValue(nullable(storedEnd(o.amount.max)));
        ov.addBindValue(toStored(boost::multiprecision::numerator(o.rate)));
        ov.addBindValue(toStored(boost::multiprecision::denominator(o.rate)));
        ov.addBindValue(text(cellId(o.cell)));
        ov.addBindValue(o.count);
        ov.addBindValue(text(o.source));
        ov.addBindValue(text(o.note));
        run(ov);
    }
}

void writeNotes(const QSqlDatabase &db, const QList<Note> &notes)
{
    QSqlQuery nt = prepare(db,
        QStringLiteral("INSERT INTO note (at, author, text, scenario_position) "
                       "VALUES (?,?,?,?)"));
    for (const auto &n : notes) {
        nt.addBindValue(n.at.toUTC().toString(Qt::ISODateWithMs));
        nt.addBindValue(text(n.author));
        nt.addBindValue(text(n.text));
        nt.addBindValue(
            n.scenario < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(n.scenario));
        run(nt);
    }
}

void writeChangeLog(const QSqlDatabase &db, const QList<ChangeEntry> &log)
{
    QSqlQuery lg = prepare(db,
        QStringLiteral("INSERT INTO change_log (at, author, action, detail) "
                       "VALUES (?,?,?,?)"));
    for (const auto &c : log) {
        lg.addBindValue(c.at.toUTC().toString(Qt::ISODateWithMs));
        lg.addBindValue(text(c.author));
        lg.addBindValue(text(c.action));
        lg.addBindValue(text(c.detail));
        run(lg);
    }
}

// A new file: our application id, the whole schema, then the document table by table.
void writeAll(const QSqlDatabase &db, const Document &doc)
{
    {
        QSqlQuery q = prepare(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        run(q);
    }
    applySchema(db, 0, kSchemaVersion);
    writeMeta(db, doc);
    writeScenarios(db, doc.scenarios);
    writeOverrides(db, doc.overrides);
    writeNotes(db, doc.notes);
    writeChangeLog(db, doc.log);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = prepare(
        db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    run(q);
    return q.next();
}

struct Corrupt {
    QString what;
};

QDateTime readTime(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

Fraction readFraction(const QVariant &num, const QVariant &den, const QString &where)
{
    const qint64 d = den.toLongLong();
    const qint64 n = num.toLongLong();
    if (d <= 0 || n < 0)
        throw Corrupt {
            QStringLiteral("%1: the fraction %2/%3 is not valid").arg(where).arg(n).arg(d)
        };
    return Fraction(Yen(n), Yen(d));
}

// ---- Reading: one step per table -------------------------------------------------------------

QString readTitle(const QSqlDatabase &db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT value FROM meta WHERE key = 'title'"));
    run(q);
    return q.next() ? q.value(0).toString() : QString();
}

// The statements that read a program and the tables that hang from it, prepared once per file.
// A file before version 4 has no served_municipality table.
struct ProgramQueries {
    ProgramQueries(const QSqlDatabase &db, int version)
        : program(prepare(db,
            QStringLiteral("SELECT id, program_key, menu, expenditure, other_income, "
                           "years_running, startup, startup_share_num, "
                           "startup_share_den, startup_year, next_year_menu FROM "
                           "program WHERE scenario_id = ? ORDER BY position")))
        , subproject(prepare(db,
              QStringLiteral("SELECT subproject FROM program_subproject WHERE "
                             "program_id = ? ORDER BY position")))
        , staff(prepare(
              db, QStringLiteral("SELECT kind, count FROM program_staff WHERE program_id = ?")))
        , joint(prepare(db,
              QStringLiteral("SELECT code, share_num, share_den FROM joint_member WHERE "
                             "program_id = ? ORDER BY position")))
    {
        if (version >= 4)
            served = prepare(db,
                QStringLiteral("SELECT code FROM served_municipality WHERE "
                               "program_id = ? ORDER BY position"));
    }
    QSqlQuery program;
    QSqlQuery subproject;
    QSqlQuery staff;
    QSqlQuery joint;
    std::optional<QSqlQuery> served;
};

// The tables that hang from a program: sub-projects, staff, joint members, served area.
void readProgramChildren(ProgramQueries &q, const QVariant &programId, Program &p)
{
    q.subproject.addBindValue(programId);
    run(q.subproject);
    while (q.subproject.next())
        p.subprojects << q.subproject.value(0).toString();
    q.staff.addBindValue(programId);
    run(q.staff);
    while (q.staff.next())
        p.staff.insert(q.staff.value(0).toString(), q.staff.value(1).toInt());
    q.joint.addBindValue(programId);
    run(q.joint);
    while (q.joint.next())
        p.joint << JointMember { q.joint.value(0).toString(),
            readFraction(q.joint.value(1), q.joint.value(2), p.id) };
    if (q.served) {
        q.served->addBindValue(programId);
        run(*q.served);
        while (q.served->next())
            p.served << q.served->value(0).toString();
    }
}

// The programs of one scenario, in position order.
QList<Program> readPrograms(ProgramQueries &q, const QVariant &scenarioId)
{
    QList<Program> programs;
    QSqlQuery &pr = q.program;
    pr.addBindValue(scenarioId);
    run(pr);
    while (pr.next()) {
        Program p;
        const QVariant programId = pr.value(0);
        p.id = pr.value(1).toString();
        p.menu = pr.value(2).toString();
        if (!findMenu(p.menu))
            throw Corrupt {
                QStringLiteral("program \"%1\": unknown menu \"%2\"").arg(p.id, p.menu)
            };
        p.expenditure = Yen(pr.value(3).toLongLong());
        p.otherIncome = Yen(pr.value(4).toLongLong());
        if (p.expenditure < 0 || p.otherIncome < 0)
            throw Corrupt { QStringLiteral("program \"%1\": negative amount").arg(p.id) };
        p.yearsRunning = pr.value(5).toInt();
        if (pr.value(6).toInt() != 0) {
            StartupSupport su;
            if (!pr.value(7).isNull())
                su.prefectureShare = readFraction(pr.value(7), pr.value(8), p.id);
            su.year = pr.value(9).isNull() ? 1 : pr.value(9).toInt();
            p.startup = su;
        }
        p.nextYearMenu = pr.value(10).toString();
        readProgramChildren(q, programId, p);
        programs << p;
    }
    return programs;
}

QList<Scenario> readScenarios(const QSqlDatabase &db, int version)
{
    QSqlQuery sc = prepare(db,
        QStringLiteral("SELECT id, name, title, fiscal_year, body_code, body_name, "
                       "body_kind, body_prefecture, population, juso, "
                       "welfare_office FROM scenario ORDER BY position"));
    run(sc);
    ProgramQueries programs(db, version);
    QList<Scenario> scenarios;
    while (sc.next()) {
        Scenario s;
        s.name = sc.value(1).toString();
        Plan &plan = s.plan;
        plan.title = sc.value(2).toString();
        plan.fiscalYear = sc.value(3).toInt();
        plan.body.code = sc.value(4).toString();
        plan.body.name = sc.value(5).toString();
        plan.body.kind = bodyKindFromId(sc.value(6).toString());
        if (!plan.body.kind)
            throw Corrupt { QStringLiteral("scenario \"%1\": unknown body kind \"%2\"")
                                .arg(s.name, sc.value(6).toString()) };
        plan.body.prefectureCode = sc.value(7).toString();
        if (!sc.value(8).isNull())
            plan.body.population = sc.value(8).toLongLong();
        plan.body.juso = sc.value(9).toInt() != 0;
        plan.body.welfareOffice = sc.value(10).toInt() != 0;
        plan.programs = readPrograms(programs, sc.value(0));
        scenarios << s;
    }
    return scenarios;
}

// Version 2 on.
QList<RuleOverride> readOverrides(const QSqlDatabase &db)
{
    QSqlQuery ov = prepare(db,
        QStringLiteral("SELECT fiscal_year, menu, item, key, amount_min, amount_max, "
                       "rate_num, rate_den, cell, count, source, note"
                       " FROM rule_override ORDER BY id"));
    run(ov);
    QList<RuleOverride> overrides;
    while (ov.next()) {
        RuleOverride o;
        o.fiscalYear = ov.value(0).toInt();
        o.menu = ov.value(1).toString();
        const auto item = overrideItemFromId(ov.value(2).toString());
        if (!item)
            throw Corrupt {
                QStringLiteral("rule value: unknown item \"%1\"").arg(ov.value(2).toString())
            };
        o.item = *item;
        o.key = ov.value(3).toString();
        if (!ov.value(4).isNull())
            o.amount.min = Yen(ov.value(4).toLongLong());
        if (!ov.value(5).isNull())
            o.amount.max = Yen(ov.value(5).toLongLong());
        o.rate = readFraction(ov.value(6), ov.value(7), o.describe());
        o.cell = cellFromId(ov.value(8).toString()).value_or(Cell::Optional);
        o.count = ov.value(9).toInt();
        o.source = ov.value(10).toString();
        o.note = ov.value(11).toString();
        overrides << o;
    }
    return overrides;
}

// Version 2 on.
QList<Note> readNotes(const QSqlDatabase &db)
{
    QSqlQuery nt = prepare(
        db, QStringLiteral("SELECT at, author, text, scenario_position FROM note ORDER BY id"));
    run(nt);
    QList<Note> notes;
    while (nt.next())
        notes << Note { readTime(nt.value(0)), nt.value(1).toString(), nt.value(2).toString(),
            nt.value(3).isNull() ? -1 : nt.value(3).toInt() };
    return notes;
}

// Version 3 on.
QList<ChangeEntry> readChangeLog(const QSqlDatabase &db)
{
    QSqlQuery lg = prepare(
        db, QStringLiteral("SELECT at, author, action, detail FROM change_log ORDER BY id"));
    run(lg);
    QList<ChangeEntry> log;
    while (lg.next())
        log << ChangeEntry { readTime(lg.value(0)), lg.value(1).toString(), lg.value(2).toString(),
            lg.value(3).toString() };
    return log;
}

// A file of `version` (already checked), table by table; the tables its version lacks are
// left empty.
Document readAll(const QSqlDatabase &db, int version)
{
    Document doc;
    doc.title = readTitle(db);
    doc.scenarios = readScenarios(db, version);
    if (version >= 2) {
        doc.overrides = readOverrides(db);
        doc.notes = readNotes(db);
    }
    if (version >= 3)
        doc.log = readChangeLog(db);
    return doc;
}

// One line, whatever SQLite said (its integrity reports span several lines).
QString bilingual(const QString &ja, const QString &en)
{
    return (ja + QStringLiteral(" / ") + en).simplified();
}

} // namespace

Document readDocument(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルが見つかりません。"),
                QStringLiteral("The file does not exist.")));
    if (!info.isFile())
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルではありません（フォルダー）。"),
                QStringLiteral("This is a folder, not a file.")));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルを読めません（%1）。アクセス権を確認してください。")
                          .arg(f.errorString()),
                QStringLiteral("The file cannot be read (%1). Check its permissions.")
                    .arg(f.errorString())));
    const QByteArray header = f.read(16);
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        throw DocumentError(path,
            bilingual(
                QStringLiteral(
                    "ShienPlan の文書ではありません（SQLite データベースではありません）。計画の "
                    "JSON なら「読み込み」を使ってください。"),
                QStringLiteral("Not a ShienPlan document (not an SQLite database). Use Import for "
                               "a JSON plan.")));

    // Work on a private copy: the user's file is never opened for writing, so it stays byte for
    // byte what it was, whatever the outcome.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw DocumentError(path,
            bilingual(
                QStringLiteral("一時フォルダーを作れません。ディスクの空きを確認してください。"),
                QStringLiteral("Cannot create a temporary folder; check free disk space.")));
    const QString copy = tmp.filePath(QStringLiteral("open.shienplan"));
    if (!QFile::copy(path, copy))
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルを読めません。"),
                QStringLiteral("The file cannot be read.")));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString damaged = QStringLiteral(
        "ファイルが壊れています（%1）。バックアップか自動保存の復元版を開いてください。");
    const QString damagedEn
        = QStringLiteral("The file is damaged (%1). Open a backup or the recovered copy.");
    try {
        Connection c(copy);
        QSqlDatabase db = c.db();
        qint64 appId = 0;
        {
            QSqlQuery q = prepare(db, QStringLiteral("PRAGMA application_id"));
            run(q);
            if (q.next())
                appId = q.value(0).toLongLong();
        }
        if (appId != kApplicationId || !hasTable(db, QStringLiteral("schema_version")))
            throw DocumentError(path,
                bilingual(
                    QStringLiteral(
                        "ShienPlan の文書ではありません（他のプログラムのデータベースです）。"),
                    QStringLiteral("Not a ShienPlan document (a database of another program).")));
        int version = 0;
        {
            QSqlQuery q = prepare(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
            run(q);
            if (q.next())
                version = q.value(0).toInt();
        }
        if (version > kSchemaVersion)
            throw DocumentError(path,
                bilingual(
                    QStringLiteral(
                        "新しい版の ShienPlan で作られた文書です（形式 %1、この版が読めるのは形式 "
                        "%2 まで）。ShienPlan を更新してください。")
                        .arg(version)
                        .arg(kSchemaVersion),
                    QStringLiteral("Made by a newer ShienPlan (format %1; this version reads up to "
                                   "%2). Update ShienPlan.")
                        .arg(version)
                        .arg(kSchemaVersion)));
        if (version < 1)
            throw DocumentError(path,
                bilingual(damaged.arg(QStringLiteral("形式の版がありません")),
                    damagedEn.arg(QStringLiteral("no format version"))));
        {
            QSqlQuery q = prepare(db, QStringLiteral("PRAGMA quick_check"));
            run(q);
            if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
                throw DocumentError(path,
                    bilingual(
                        damaged.arg(q.value(0).toString()), damagedEn.arg(q.value(0).toString())));
        }
        if (version < kSchemaVersion) { // forward migration, on the private copy
            if (!db.transaction())
                throw SqlFailure { db.lastError().text() };
            applySchema(db, version, kSchemaVersion);
            if (!db.commit())
                throw SqlFailure { db.lastError().text() };
        }
        return readAll(db, kSchemaVersion);
    } catch (const SqlFailure &e) {
        throw DocumentError(path, bilingual(damaged.arg(e.what), damagedEn.arg(e.what)));
    } catch (const Corrupt &e) {
        throw DocumentError(path, bilingual(damaged.arg(e.what), damagedEn.arg(e.what)));
    }
}

void writeDocument(const Document &doc, const QString &path)
{
    const QFileInfo target(path);
    const QString cannot = QStringLiteral(
        "保存できません: "
        "%1。「名前を付けて保存」で別の場所に保存してください。元のファイルは変更されていません。");
    const QString cannotEn = QStringLiteral(
        "Cannot save: %1. Use Save As to save elsewhere; the original file is unchanged.");
    if (target.exists() && !target.isWritable())
        throw DocumentError(path,
            bilingual(cannot.arg(QStringLiteral("ファイルが読み取り専用です")),
                cannotEn.arg(QStringLiteral("the file is read-only"))));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw DocumentError(path,
            bilingual(
                cannot.arg(QStringLiteral("一時フォルダーを作れません（ディスクの空き不足？）")),
                cannotEn.arg(QStringLiteral("no temporary folder (disk full?)"))));
    const QString built = tmp.filePath(QStringLiteral("save.shienplan"));
    try {
        Connection c(built);
        QSqlDatabase db = c.db();
        {
            QSqlQuery q = prepare(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            run(q);
        }
        if (!db.transaction())
            throw SqlFailure { db.lastError().text() };
        writeAll(db, doc);
        if (!db.commit())
            throw SqlFailure { db.lastError().text() };
    } catch (const SqlFailure &e) {
        throw DocumentError(path, bilingual(cannot.arg(e.what), cannotEn.arg(e.what)));
    }
    QFile builtFile(built);
    if (!builtFile.open(QIODevice::ReadOnly))
        throw DocumentError(path,
            bilingual(cannot.arg(builtFile.errorString()), cannotEn.arg(builtFile.errorString())));
    const QByteArray bytes = builtFile.readAll();
    builtFile.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw DocumentError(
            path, bilingual(cannot.arg(out.errorString()), cannotEn.arg(out.errorString())));
    if (out.write(bytes) != bytes.size()) {
        const QString why = out.errorString();
        out.cancelWriting();
        throw DocumentError(path, bilingual(cannot.arg(why), cannotEn.arg(why)));
    }
    if (!out.commit())
        throw DocumentError(
            path, bilingual(cannot.arg(out.errorString()), cannotEn.arg(out.errorString())));
}

void createSchemaForTest(const QString &path, int version)
{
    Connection c(path);
    QSqlDatabase db = c.db();
    QSqlQuery q = prepare(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    run(q);
    applySchema(db, 0, version);
}

} // namespace shienplan
