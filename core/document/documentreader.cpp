// Reading a .shienplan database of the current format into a Document: one step per table,
// every stored value read as what its column holds (a number stored as text, or past the 32 bits
// of a count, is Corrupt, reported as a damaged file, never read as 0 or cut), and the plans
// checked by the checks every reader makes (settlePlans: settleCosts and checkPlan).

#include "core/base/catalogue.h"
#include "core/document/documentfile.h"
#include "core/document/documentsql.h"
#include "core/engine/alternatives.h"
#include "core/engine/costcheck.h"
#include "core/engine/planchecks.h"
#include "core/registry/registry.h"

#include <QDateTime>
#include <QSet>

namespace shienplan::docsql
{

namespace
{

// SQLite keeps whatever a column is given; a damaged or hand-edited file may hold text or a real
// where a whole number belongs. Those are refused rather than read as 0 by toLongLong().
qint64 wholeAt(const QVariant &v, const QString &where)
{
    const int type = v.typeId();
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt)
        return v.toLongLong();
    if (v.isNull())
        throw Corrupt { QStringLiteral("%1: the value is missing").arg(where) };
    throw Corrupt {
        QStringLiteral("%1: \"%2\" is not a whole number").arg(where, v.toString().left(40))
    };
}

// A count, a year or a position: within 32 bits, or refused (never cut to another number).
int intAt(const QVariant &v, const QString &where)
{
    const qint64 n = wholeAt(v, where);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        throw Corrupt { QStringLiteral("%1: %2 is out of range").arg(where).arg(n) };
    return int(n);
}

// A yes/no column: 0 or 1.
bool flagAt(const QVariant &v, const QString &where)
{
    const qint64 n = wholeAt(v, where);
    if (n != 0 && n != 1)
        throw Corrupt { QStringLiteral("%1: %2 is neither 0 nor 1").arg(where).arg(n) };
    return n == 1;
}

Yen yenAt(const QVariant &v, const QString &where)
{
    return Yen(wholeAt(v, where));
}

QString field(const QString &where, const char *name)
{
    return where + QStringLiteral(", ") + QLatin1String(name);
}

QDateTime readTime(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

Fraction readFraction(const QVariant &num, const QVariant &den, const QString &where)
{
    const qint64 d = wholeAt(den, where);
    const qint64 n = wholeAt(num, where);
    if (d <= 0 || n < 0)
        throw Corrupt {
            QStringLiteral("%1: the fraction %2/%3 is not valid").arg(where).arg(n).arg(d)
        };
    return Fraction(Yen(n), Yen(d));
}

QString readTitle(const QSqlDatabase &db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT value FROM meta WHERE key = 'title'"));
    run(q);
    return q.next() ? q.value(0).toString() : QString();
}

// The statements that read a program and the tables that hang from it, prepared once per file.
// A file before version 4 has no served_municipality table; before version 5 no cost_line table
// and no eligible_expenditure, budgeted_national, budgeted_reason columns (read as NULL, '').
struct ProgramQueries {
    ProgramQueries(const QSqlDatabase &db, int version)
        : program(prepare(db,
            QStringLiteral("SELECT id, program_key, menu, expenditure, other_income, "
                           "years_running, startup, startup_share_num, "
                           "startup_share_den, startup_year, next_year_menu, %1 FROM "
                           "program WHERE scenario_id = ? ORDER BY position")
                .arg(version >= 5 ? QStringLiteral("eligible_expenditure, budgeted_national, "
                                                   "budgeted_reason")
                                  : QStringLiteral("NULL, NULL, ''"))))
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
        if (version >= 5)
            costLine = prepare(db,
                QStringLiteral("SELECT item, amount, eligible, reason FROM cost_line WHERE "
                               "program_id = ? ORDER BY position"));
    }
    QSqlQuery program;
    QSqlQuery subproject;
    QSqlQuery staff;
    QSqlQuery joint;
    std::optional<QSqlQuery> served;
    std::optional<QSqlQuery> costLine;
};

// The tables that hang from a program: sub-projects, staff, joint members, served area.
// `where` names the program ("scenario "B案", program "p1"").
void readProgramChildren(
    ProgramQueries &q, const QVariant &programId, const QString &where, Program &p)
{
    q.subproject.addBindValue(programId);
    run(q.subproject);
    while (q.subproject.next())
        p.subprojects << q.subproject.value(0).toString();
    q.staff.addBindValue(programId);
    run(q.staff);
    while (q.staff.next())
        p.staff.insert(q.staff.value(0).toString(),
            intAt(q.staff.value(1),
                where + QStringLiteral(", staff.") + q.staff.value(0).toString()));
    q.joint.addBindValue(programId);
    run(q.joint);
    while (q.joint.next())
        p.joint << JointMember { q.joint.value(0).toString(),
            readFraction(q.joint.value(1), q.joint.value(2), field(where, "joint.members")) };
    if (q.served) {
        q.served->addBindValue(programId);
        run(*q.served);
        while (q.served->next())
            p.served << q.served->value(0).toString();
    }
    if (q.costLine) {
        q.costLine->addBindValue(programId);
        run(*q.costLine);
        while (q.costLine->next())
            p.costLines << CostLine { q.costLine->value(0).toString(),
                yenAt(q.costLine->value(1), field(where, "cost_lines.amount")),
                flagAt(q.costLine->value(2), field(where, "cost_lines.eligible")),
                q.costLine->value(3).toString() };
    }
}

// The programs of one scenario, in position order. `scenario` names it.
QList<Program> readPrograms(ProgramQueries &q, const QVariant &scenarioId, const QString &scenario)
{
    QList<Program> programs;
    QSqlQuery &pr = q.program;
    pr.addBindValue(scenarioId);
    run(pr);
    while (pr.next()) {
        Program p;
        const QVariant programId = pr.value(0);
        p.id = pr.value(1).toString();
        const QString where = QStringLiteral("%1, program \"%2\"").arg(scenario, p.id);
        p.menu = pr.value(2).toString();
        p.expenditure = yenAt(pr.value(3), field(where, "expenditure"));
        p.otherIncome = yenAt(pr.value(4), field(where, "other_income"));
        p.yearsRunning = intAt(pr.value(5), field(where, "years_running"));
        if (flagAt(pr.value(6), field(where, "startup_support"))) {
            StartupSupport su;
            if (!pr.value(7).isNull())
                su.prefectureShare = readFraction(
                    pr.value(7), pr.value(8), field(where, "startup_support.prefecture_share"));
            if (!pr.value(9).isNull())
                su.year = intAt(pr.value(9), field(where, "startup_support.year"));
            p.startup = su;
        }
        p.nextYearMenu = pr.value(10).toString();
        if (!pr.value(11).isNull())
            p.eligibleExpenditure = yenAt(pr.value(11), field(where, "eligible_expenditure"));
        if (!pr.value(12).isNull())
            p.budgeted = yenAt(pr.value(12), field(where, "budgeted_national"));
        p.budgetedReason = pr.value(13).toString();
        readProgramChildren(q, programId, where, p);
        programs << p;
    }
    return programs;
}

QList<Scenario> readScenarios(const QSqlDatabase &db, int version)
{
    QSqlQuery sc = prepare(db,
        QStringLiteral("SELECT id, name, title, fiscal_year, body_code, body_name, "
                       "body_kind, body_prefecture, population, juso, "
                       "welfare_office, %1 FROM scenario ORDER BY position")
            .arg(version >= 5 ? QStringLiteral("adopted") : QStringLiteral("0")));
    run(sc);
    ProgramQueries programs(db, version);
    QList<Scenario> scenarios;
    while (sc.next()) {
        Scenario s;
        s.plan.alternative = sc.value(1).toString();
        const QString where = QStringLiteral("scenario \"%1\"").arg(s.plan.alternative);
        Plan &plan = s.plan;
        plan.title = sc.value(2).toString();
        plan.fiscalYear = intAt(sc.value(3), field(where, "fiscal_year"));
        plan.body.code = sc.value(4).toString();
        plan.body.name = sc.value(5).toString();
        plan.body.kind = bodyKindFromId(sc.value(6).toString());
        // A body not chosen yet (a new document) is stored with no code, name or kind.
        const bool unchosen = plan.body.code.isEmpty() && plan.body.name.isEmpty()
            && sc.value(6).toString().isEmpty();
        if (!plan.body.kind && !unchosen)
            throw Corrupt {
                QStringLiteral("%1: unknown body kind \"%2\"").arg(where, sc.value(6).toString())
            };
        plan.body.prefectureCode = sc.value(7).toString();
        if (!sc.value(8).isNull())
            plan.body.population = wholeAt(sc.value(8), field(where, "body.population"));
        plan.body.juso = flagAt(sc.value(9), field(where, "body.juso"));
        plan.body.welfareOffice = flagAt(sc.value(10), field(where, "body.welfare_office"));
        plan.adopted = flagAt(sc.value(11), field(where, "adopted"));
        plan.programs = readPrograms(programs, sc.value(0), where);
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
        const QString where = QStringLiteral("rule value %1").arg(ov.value(2).toString());
        o.fiscalYear = intAt(ov.value(0), field(where, "fiscal_year"));
        o.menu = ov.value(1).toString();
        const auto item = overrideItemFromId(ov.value(2).toString());
        if (!item)
            throw Corrupt {
                QStringLiteral("rule value: unknown item \"%1\"").arg(ov.value(2).toString())
            };
        o.item = *item;
        o.key = ov.value(3).toString();
        if (!ov.value(4).isNull())
            o.amount.min = yenAt(ov.value(4), field(where, "amount_min"));
        if (!ov.value(5).isNull())
            o.amount.max = yenAt(ov.value(5), field(where, "amount_max"));
        o.rate = readFraction(ov.value(6), ov.value(7), o.describe());
        o.cell = cellFromId(ov.value(8).toString()).value_or(Cell::Optional);
        if (!ov.value(9).isNull())
            o.count = intAt(ov.value(9), field(where, "count"));
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
            nt.value(3).isNull() ? -1 : intAt(nt.value(3), QStringLiteral("note, scenario")) };
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

} // namespace

QString settlePlans(QList<Scenario> &scenarios)
{
    for (auto &s : scenarios) {
        for (auto &p : s.plan.programs)
            if (const auto problem = settleCosts(p))
                return QStringLiteral("scenario \"%1\", program \"%2\", %3: %4")
                    .arg(s.plan.alternative, p.id, problem->field, problem->message);
        if (const auto problem
            = checkPlan(s.plan, Registry::bundled(), BodyChoice::MayBeUnchosen)) {
            const QString program = problem->program < 0
                ? QString()
                : QStringLiteral(", program \"%1\"").arg(s.plan.programs[problem->program].id);
            return QStringLiteral("scenario \"%1\"%2, %3: %4")
                .arg(s.plan.alternative, program, problem->field, problem->message);
        }
    }
    const auto problem = checkAlternatives(
        scenarios.size(), [&](qsizetype i) -> const Plan & { return scenarios[i].plan; },
        [&](qsizetype i) {
            return QStringLiteral("scenario %1 \"%2\"")
                .arg(i + 1)
                .arg(scenarios[i].plan.alternative);
        });
    return problem ? problem->message : QString();
}

void nameAlternativesApart(QList<Scenario> &scenarios)
{
    QSet<QString> used;
    auto keyOf = [](const Plan &p, const QString &name) {
        return planBodyKey(p) + u'/' + QString::number(p.fiscalYear) + u'/' + name;
    };
    for (auto &s : scenarios) {
        const QString base = s.plan.alternative.trimmed();
        if (base.isEmpty())
            continue;
        for (int n = 2; used.contains(keyOf(s.plan, s.plan.alternative.trimmed())); ++n)
            s.plan.alternative = QStringLiteral("%1（%2）").arg(base).arg(n);
        used.insert(keyOf(s.plan, s.plan.alternative.trimmed()));
    }
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

} // namespace shienplan::docsql
