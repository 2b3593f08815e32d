// The importer's reading of one row (see rosterimporter.h), step by step: the body, the fiscal
// year, the program and the body's attributes; then, when nothing is wrong, the row joins the
// scenario of its body and year.

#include "core/roster/rosterimporter.h"

#include "core/base/fiscalyear.h"
#include "core/engine/planchecks.h"
#include "core/prefecture/workspaceedits.h"
#include "core/roster/namefolding.h"
#include "core/roster/rostervalues.h"

namespace shienplan::roster
{

void Importer::readRow(const Record &r)
{
    Row row(r);
    readBody(row);
    readFiscalYear(row);
    readProgram(row);
    readBodyAttributes(row);
    if (!row.problems.isEmpty() || !row.body || row.fiscalYear == 0) {
        m_out.problems << row.problems;
        return;
    }
    addRow(row);
}

// The body, by code (checked against the name and the prefecture when given) or by name.
void Importer::readBody(Row &row)
{
    const Record &r = row.record;
    if (has(r, Col::Prefecture)) {
        row.pref = m_names.prefecture(cell(r, Col::Prefecture));
        if (!row.pref) {
            const QStringList sug = m_names.prefectureSuggestions(cell(r, Col::Prefecture));
            problem(row.problems, r, Col::Prefecture, QStringLiteral("unknown_prefecture"),
                QStringLiteral("「%1」という都道府県はありません。%2")
                    .arg(cell(r, Col::Prefecture),
                        sug.isEmpty() ? QString()
                                      : QStringLiteral("候補: ") + sug.join(QStringLiteral("、"))),
                QStringLiteral("%1: no such prefecture%2")
                    .arg(cell(r, Col::Prefecture),
                        sug.isEmpty() ? QString()
                                      : QStringLiteral(" (did you mean %1?)")
                                            .arg(sug.join(QStringLiteral(", ")))),
                sug);
        }
    }
    if (has(r, Col::Code)) {
        readBodyByCode(row);
    } else if (has(r, Col::Name)) {
        if (!has(r, Col::Prefecture) || row.pref) {
            const auto res = m_names.byName(cell(r, Col::Name), row.pref);
            if (res.body) {
                row.body = res.body;
                row.noticeJa = res.noticeJa;
                row.noticeEn = res.noticeEn;
            } else {
                problem(
                    row.problems, r, Col::Name, res.problemCode, res.ja, res.en, res.suggestions);
            }
        }
    } else {
        problem(row.problems, r, m_cols.contains(Col::Name) ? Col::Name : Col::Code,
            QStringLiteral("missing_value"), QStringLiteral("団体コードも団体名も空です。"),
            QStringLiteral("%1: empty; give the code or the name of the body")
                .arg(m_cols.contains(Col::Name) ? header(Col::Name) : header(Col::Code)));
    }
}

void Importer::readBodyByCode(Row &row)
{
    const Record &r = row.record;
    const auto res = m_names.byCode(
        cell(r, Col::Code), has(r, Col::Name) ? cell(r, Col::Name) : QString(), row.pref);
    if (!res.body) {
        QString fromName;
        if (has(r, Col::Name)) {
            const auto byName = m_names.byName(cell(r, Col::Name), row.pref);
            if (byName.body)
                fromName = bodyWithPlace(*byName.body, m_registry);
        }
        problem(row.problems, r, Col::Code, res.problemCode,
            res.ja
                + (fromName.isEmpty() ? QString()
                                      : QStringLiteral("団体名からは %1").arg(fromName)),
            res.en
                + (fromName.isEmpty() ? QString()
                                      : QStringLiteral(" (the name gives %1)").arg(fromName)),
            fromName.isEmpty() ? res.suggestions : QStringList { fromName } + res.suggestions);
        return;
    }
    const LocalBody *body = res.body;
    row.noticeJa = res.noticeJa;
    row.noticeEn = res.noticeEn;
    if (has(r, Col::Name)) {
        const QString given = cell(r, Col::Name);
        const auto byName = m_names.byName(given, m_registry.prefectureOf(*body));
        if (byName.body != body) {
            problem(row.problems, r, Col::Name, QStringLiteral("code_name_mismatch"),
                QStringLiteral("団体コード %1 は %2 で、「%3」ではありません。")
                    .arg(body->code, bodyWithPlace(*body, m_registry), given),
                QStringLiteral("%1: code %2 is %3, not %1")
                    .arg(given, body->code, bodyWithPlace(*body, m_registry)),
                { bodyWithPlace(*body, m_registry) });
            return;
        }
    }
    if (row.pref && m_registry.prefectureOf(*body) != row.pref) {
        problem(row.problems, r, Col::Prefecture, QStringLiteral("code_name_mismatch"),
            QStringLiteral("団体コード %1 の %2 は%3ではありません。")
                .arg(body->code, bodyWithPlace(*body, m_registry), row.pref->name),
            QStringLiteral("%1: code %2 is %3, not in %1")
                .arg(row.pref->name, body->code, bodyWithPlace(*body, m_registry)));
        return;
    }
    row.body = body;
}

void Importer::readFiscalYear(Row &row)
{
    const Record &r = row.record;
    if (!has(r, Col::FiscalYear)) {
        problem(row.problems, r, Col::FiscalYear, QStringLiteral("missing_value"),
            QStringLiteral("年度が空です。"),
            QStringLiteral("%1: empty; give the fiscal year (2025, R7 or 令和7年度)")
                .arg(header(Col::FiscalYear)));
    } else if (const auto fy = parseFiscalYear(cell(r, Col::FiscalYear))) {
        row.fiscalYear = *fy;
    } else {
        problem(row.problems, r, Col::FiscalYear, QStringLiteral("bad_year"),
            QStringLiteral("「%1」は年度として読めません（例: 2025、R7、令和7年度）。")
                .arg(cell(r, Col::FiscalYear)),
            QStringLiteral("%1: \"%2\" is not a fiscal year (e.g. 2025, R7 or 令和7年度)")
                .arg(header(Col::FiscalYear), cell(r, Col::FiscalYear)));
    }
}

// The program of the row, when 事業 is given; a row without 事業 lists the body only and must
// carry no program data.
void Importer::readProgram(Row &row)
{
    const Record &r = row.record;
    QList<RosterProblem> &problems = row.problems;
    const BodyKind kind = row.body ? row.body->kind : BodyKind::City;
    const bool programColumnsEmpty = !has(r, Col::Subprojects) && !has(r, Col::Expenditure)
        && !has(r, Col::OtherIncome) && !has(r, Col::Coordinators) && !has(r, Col::Professionals)
        && !has(r, Col::VisitingSupporters) && !has(r, Col::Startup)
        && !has(r, Col::PrefectureShare) && !has(r, Col::StartupYear) && !has(r, Col::YearsRunning)
        && !has(r, Col::NextYearMenu) && !has(r, Col::Joint) && !has(r, Col::Served);
    if (!has(r, Col::Menu)) {
        if (!programColumnsEmpty)
            problem(problems, r, Col::Menu, QStringLiteral("missing_value"),
                QStringLiteral("事業が空なのに、事業の内容や金額が入っています。"),
                QStringLiteral("%1: empty, but the row has program data (sub-projects, amounts …); "
                               "give the menu")
                    .arg(header(Col::Menu)));
        return;
    }
    Program p;
    p.menu = menu(problems, r, Col::Menu, kind);
    p.subprojects = subprojects(problems, r);
    if (auto v = amount(problems, r, Col::Expenditure))
        p.expenditure = *v;
    else if (!has(r, Col::Expenditure))
        row.emptyExpenditure = true;
    if (auto v = amount(problems, r, Col::OtherIncome))
        p.otherIncome = *v;
    for (const auto &[c, kindId] : { std::pair { Col::Coordinators, "coordinators" },
             std::pair { Col::Professionals, "professionals" },
             std::pair { Col::VisitingSupporters, "visiting_supporters" } })
        if (auto v = count(problems, r, c, 10'000))
            p.staff.insert(QString::fromLatin1(kindId), int(*v));
    if (auto v = count(problems, r, Col::YearsRunning, 100)) {
        if (*v < 1)
            problem(problems, r, Col::YearsRunning, QStringLiteral("bad_number"),
                QStringLiteral("実施年数は1以上です。"),
                QStringLiteral("%1: years running starts at 1").arg(header(Col::YearsRunning)));
        else
            p.yearsRunning = int(*v);
    }
    readStartup(row, p);
    if (has(r, Col::NextYearMenu))
        p.nextYearMenu = menu(problems, r, Col::NextYearMenu, kind);
    // Joint members and served towns are looked up in the body's prefecture first.
    const LocalBody *pref = row.body ? m_registry.prefectureOf(*row.body) : row.pref;
    p.joint = joint(problems, r, pref);
    p.served = served(problems, r, pref);
    row.program = p;
}

// 立ち上げ支援 and its share and year: a share or a year alone also means start-up support.
void Importer::readStartup(Row &row, Program &p)
{
    const Record &r = row.record;
    QList<RosterProblem> &problems = row.problems;
    const auto startup = flag(problems, r, Col::Startup);
    std::optional<Fraction> share;
    if (has(r, Col::PrefectureShare)) {
        share = parseShare(cell(r, Col::PrefectureShare));
        if (!share)
            problem(problems, r, Col::PrefectureShare, QStringLiteral("bad_fraction"),
                QStringLiteral("「%1」は 0〜1 の分数（1/4）か百分率（25%）ではありません。")
                    .arg(cell(r, Col::PrefectureShare)),
                QStringLiteral(
                    "%1: \"%2\" is not a fraction from 0 to 1 (1/4) or a percentage (25%)")
                    .arg(header(Col::PrefectureShare), cell(r, Col::PrefectureShare)));
    }
    const auto startupYear = count(problems, r, Col::StartupYear, 100);
    if (!startup.value_or(false) && !share && !startupYear)
        return;
    if (!startup.value_or(false)) {
        if (startup.has_value()) { // marked なし, yet a share or a year: contradictory
            problem(problems, r, Col::Startup, QStringLiteral("conflicting_value"),
                QStringLiteral("立ち上げ支援が「なし」なのに、負担割合か年次が入っています。"),
                QStringLiteral(
                    "%1: marked no, but the row gives a prefecture share or a start-up year")
                    .arg(header(Col::Startup)));
        } else {
            m_out.notices << RosterNotice { r.line,
                QStringLiteral(
                    "都道府県負担割合（または年次）があるので、立ち上げ支援ありとして読みました。"),
                QStringLiteral(
                    "a prefecture share (or start-up year) is given: read as start-up support") };
        }
    }
    StartupSupport s;
    s.prefectureShare = share;
    if (startupYear) {
        if (*startupYear < 1)
            problem(problems, r, Col::StartupYear, QStringLiteral("bad_number"),
                QStringLiteral("年次は1以上です。"),
                QStringLiteral("%1: the start-up year starts at 1").arg(header(Col::StartupYear)));
        else
            s.year = int(*startupYear);
    }
    p.startup = s;
}

void Importer::readBodyAttributes(Row &row)
{
    row.population = count(row.problems, row.record, Col::Population, 100'000'000);
    row.juso = flag(row.problems, row.record, Col::Juso);
    row.welfare = flag(row.problems, row.record, Col::WelfareOffice);
}

// A second row of the same body and year: its body attributes must agree with the earlier
// rows', and it must not repeat a menu.
QList<RosterProblem> Importer::conflictsWithEarlierRow(
    const Row &row, int index, const QString &key)
{
    const Record &r = row.record;
    const PlanBody &pb = m_out.scenarios[index].plan.body;
    QList<RosterProblem> conflicts;
    auto conflict = [&](Col c, const QString &was) {
        problem(conflicts, r, c, QStringLiteral("conflicting_value"),
            QStringLiteral("%1行目の同じ団体・年度の値（%2）と違います。")
                .arg(m_out.scenarioLines[index])
                .arg(was),
            QStringLiteral("%1: differs from line %2 for the same body and year (%3)")
                .arg(header(c))
                .arg(m_out.scenarioLines[index])
                .arg(was));
    };
    if (row.population && pb.population && *pb.population != *row.population)
        conflict(Col::Population, QString::number(*pb.population));
    if (row.juso && *row.juso != pb.juso && m_jusoGiven.contains(index))
        conflict(Col::Juso, flagText(pb.juso));
    if (row.welfare && *row.welfare != pb.welfareOffice && m_welfareGiven.contains(index))
        conflict(Col::WelfareOffice, flagText(pb.welfareOffice));
    if (!row.program)
        return conflicts;
    for (const auto &other : m_out.scenarios[index].plan.programs)
        if (other.menu == row.program->menu)
            problem(conflicts, r, Col::Menu, QStringLiteral("duplicate_row"),
                QStringLiteral("同じ団体・年度・事業の行が%1行目にもあります。")
                    .arg(m_lineOfProgram.value(key + u'/' + other.id)),
                QStringLiteral("%1: %2 already runs %3 in %4 (line %5)")
                    .arg(header(Col::Menu), row.body->name, row.program->menu,
                        fiscalYearLabel(row.fiscalYear, u"en"))
                    .arg(m_lineOfProgram.value(key + u'/' + other.id)));
    return conflicts;
}

namespace
{
// The column a problem of the plan (checkPlan) is in: the field as plan JSON names it.
Col columnOfPlanField(const QString &field)
{
    static const QList<std::pair<QLatin1String, Col>> prefixes {
        { QLatin1String("fiscal_year"), Col::FiscalYear },
        { QLatin1String("body.population"), Col::Population },
        { QLatin1String("body."), Col::Name },
        { QLatin1String("menu"), Col::Menu },
        { QLatin1String("subprojects"), Col::Subprojects },
        { QLatin1String("expenditure"), Col::Expenditure },
        { QLatin1String("eligible_expenditure"), Col::Expenditure },
        { QLatin1String("other_income"), Col::OtherIncome },
        { QLatin1String("staff.coordinators"), Col::Coordinators },
        { QLatin1String("staff.professionals"), Col::Professionals },
        { QLatin1String("staff.visiting_supporters"), Col::VisitingSupporters },
        { QLatin1String("years_running"), Col::YearsRunning },
        { QLatin1String("startup_support.prefecture_share"), Col::PrefectureShare },
        { QLatin1String("startup_support.year"), Col::StartupYear },
        { QLatin1String("next_year_menu"), Col::NextYearMenu },
        { QLatin1String("joint"), Col::Joint },
        { QLatin1String("served_municipalities"), Col::Served },
    };
    for (const auto &[prefix, col] : prefixes)
        if (field.startsWith(prefix))
            return col;
    return Col::Menu;
}
} // namespace

// A row without problems, that makes with the rows before it a plan every reader accepts
// (checkPlan): into the scenario of its body and year, made on its first row.
void Importer::addRow(const Row &row)
{
    const Record &r = row.record;
    const QString key = row.body->code + u'/' + QString::number(row.fiscalYear);
    const int existing = m_scenarioOf.value(key, -1);
    if (existing >= 0) {
        const QList<RosterProblem> conflicts = conflictsWithEarlierRow(row, existing, key);
        if (!conflicts.isEmpty()) {
            m_out.problems << conflicts;
            return;
        }
    }
    Scenario scenario
        = existing >= 0 ? m_out.scenarios[existing] : scenarioFor(*row.body, row.fiscalYear);
    PlanBody &pb = scenario.plan.body;
    if (row.population)
        pb.population = *row.population;
    if (row.juso)
        pb.juso = *row.juso;
    if (row.welfare)
        pb.welfareOffice = *row.welfare;
    if (row.program) {
        auto &programs = scenario.plan.programs;
        Program program = *row.program;
        program.id = QStringLiteral("p%1").arg(programs.size() + 1);
        programs << program;
    }
    if (const auto wrong = checkPlan(scenario.plan, m_registry)) {
        const Col c = columnOfPlanField(wrong->field);
        problem(m_out.problems, r, c, QStringLiteral("invalid_value"),
            QStringLiteral("計画として受け付けられない値です（%1: %2）。")
                .arg(wrong->field, wrong->message),
            (m_cols.contains(c) ? header(c) + QStringLiteral(": ") : QString())
                + QStringLiteral("%1: %2").arg(wrong->field, wrong->message));
        return;
    }
    int index = existing;
    if (index < 0) {
        index = int(m_out.scenarios.size());
        m_out.scenarios << std::move(scenario);
        m_out.scenarioLines << r.line;
        m_scenarioOf.insert(key, index);
    } else {
        m_out.scenarios[index] = std::move(scenario);
    }
    if (row.juso)
        m_jusoGiven.insert(index);
    if (row.welfare)
        m_welfareGiven.insert(index);
    if (row.program)
        m_lineOfProgram.insert(key + u'/' + m_out.scenarios[index].plan.programs.last().id, r.line);
    if (row.emptyExpenditure)
        m_emptyExpenditure << r.line;
    if (!row.noticeEn.isEmpty())
        m_out.notices << RosterNotice { r.line, row.noticeJa, row.noticeEn };
    ++m_out.importedRows;
}

} // namespace shienplan::roster
