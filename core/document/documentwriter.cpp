// Writing a document into a fresh .shienplan database: one step per table, each statement
// prepared once and run for every row.

#include "core/base/catalogue.h"
#include "core/document/documentfile.h"
#include "core/document/documentsql.h"

#include <QDateTime>

namespace shienplan::docsql
{

namespace
{

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
                           "next_year_menu, eligible_expenditure, budgeted_national, "
                           "budgeted_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
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
        , costLine(prepare(db,
              QStringLiteral("INSERT INTO cost_line (program_id, position, item, amount, "
                             "eligible, reason) VALUES (?,?,?,?,?,?)")))
    {
    }
    QSqlQuery program;
    QSqlQuery subproject;
    QSqlQuery staff;
    QSqlQuery joint;
    QSqlQuery served;
    QSqlQuery costLine;
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

void writeCostLines(QSqlQuery &cl, qint64 programId, const QList<CostLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        cl.addBindValue(programId);
        cl.addBindValue(int(i));
        cl.addBindValue(text(lines[i].item));
        cl.addBindValue(toStored(lines[i].amount));
        cl.addBindValue(lines[i].eligible ? 1 : 0);
        cl.addBindValue(text(lines[i].reason));
        run(cl);
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
    pr.addBindValue(nullable(storedEnd(prog.eligibleExpenditure)));
    pr.addBindValue(nullable(storedEnd(prog.budgeted)));
    pr.addBindValue(text(prog.budgetedReason));
    run(pr);
    const qint64 programId = pr.lastInsertId().toLongLong();
    writeSubprojects(q.subproject, programId, prog.subprojects);
    writeStaff(q.staff, programId, prog.staff);
    writeJointMembers(q.joint, programId, prog.joint);
    writeServedMunicipalities(q.served, programId, prog.served);
    writeCostLines(q.costLine, programId, prog.costLines);
}

void writeScenarios(const QSqlDatabase &db, const QList<Scenario> &scenarios)
{
    QSqlQuery sc = prepare(db,
        QStringLiteral("INSERT INTO scenario (position, name, title, fiscal_year, "
                       "body_code, body_name, body_kind, body_prefecture, "
                       "population, juso, welfare_office, adopted) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    ProgramInserts programs(db);
    for (qsizetype s = 0; s < scenarios.size(); ++s) {
        const Scenario &scen = scenarios[s];
        const Plan &plan = scen.plan;
        sc.addBindValue(int(s));
        sc.addBindValue(text(scen.plan.alternative));
        sc.addBindValue(text(plan.title));
        sc.addBindValue(plan.fiscalYear);
        sc.addBindValue(text(plan.body.code));
        sc.addBindValue(text(plan.body.name));
        sc.addBindValue(text(plan.body.kind ? bodyKindId(*plan.body.kind) : QString()));
        sc.addBindValue(text(plan.body.prefectureCode));
        sc.addBindValue(nullable(plan.body.population));
        sc.addBindValue(plan.body.juso ? 1 : 0);
        sc.addBindValue(plan.body.welfareOffice ? 1 : 0);
        sc.addBindValue(plan.adopted ? 1 : 0);
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

} // namespace

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

} // namespace shienplan::docsql
