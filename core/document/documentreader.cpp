// Reading a .shienplan database of the current format into a Document: one step per table,
// every stored value checked (an impossible one is Corrupt, reported as a damaged file), and the
// plans checked as the plan JSON reader checks them (settlePlans).

#include "core/base/catalogue.h"
#include "core/document/documentfile.h"
#include "core/document/documentsql.h"
#include "core/engine/alternatives.h"
#include "core/engine/costcheck.h"

#include <QDateTime>
#include <QSet>

namespace shienplan::docsql
{

namespace
{

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
    if (q.costLine) {
        q.costLine->addBindValue(programId);
        run(*q.costLine);
        while (q.costLine->next())
            p.costLines << CostLine { q.costLine->value(0).toString(),
                Yen(q.costLine->value(1).toLongLong()), q.costLine->value(2).toInt() != 0,
                q.costLine->value(3).toString() };
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
        if (!pr.value(11).isNull())
            p.eligibleExpenditure = Yen(pr.value(11).toLongLong());
        if (!pr.value(12).isNull())
            p.budgeted = Yen(pr.value(12).toLongLong());
        p.budgetedReason = pr.value(13).toString();
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
                       "welfare_office, %1 FROM scenario ORDER BY position")
            .arg(version >= 5 ? QStringLiteral("adopted") : QStringLiteral("0")));
    run(sc);
    ProgramQueries programs(db, version);
    QList<Scenario> scenarios;
    while (sc.next()) {
        Scenario s;
        s.plan.alternative = sc.value(1).toString();
        Plan &plan = s.plan;
        plan.title = sc.value(2).toString();
        plan.fiscalYear = sc.value(3).toInt();
        plan.body.code = sc.value(4).toString();
        plan.body.name = sc.value(5).toString();
        plan.body.kind = bodyKindFromId(sc.value(6).toString());
        if (!plan.body.kind)
            throw Corrupt { QStringLiteral("scenario \"%1\": unknown body kind \"%2\"")
                                .arg(s.plan.alternative, sc.value(6).toString()) };
        plan.body.prefectureCode = sc.value(7).toString();
        if (!sc.value(8).isNull())
            plan.body.population = sc.value(8).toLongLong();
        plan.body.juso = sc.value(9).toInt() != 0;
        plan.body.welfareOffice = sc.value(10).toInt() != 0;
        plan.adopted = sc.value(11).toInt() != 0;
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

} // namespace

QString settlePlans(QList<Scenario> &scenarios)
{
    for (auto &s : scenarios)
        for (auto &p : s.plan.programs)
            if (const auto problem = settleCosts(p))
                return QStringLiteral("scenario \"%1\", program \"%2\", %3: %4")
                    .arg(s.plan.alternative, p.id, problem->field, problem->message);
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
