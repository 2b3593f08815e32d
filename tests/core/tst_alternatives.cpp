// Plans and their alternatives (案, core/engine/alternatives.h) and what the prefecture workspace
// makes of them (core/prefecture/workspace.h): several scenarios of one body and year are ONE
// plan, counted once — its adopted alternative (採用案), or the hull of its alternatives while
// none is adopted — never the sum of the alternatives. Grouping, the checks a reader makes (two
// adopted, one name twice), the counted totals with unknown ends, the labels, and the totals,
// timeline, rows, year-on-year changes and checks across years of a document with alternatives,
// to the yen.
#include "core/engine/alternatives.h"
#include "core/prefecture/prefecturecsv.h"
#include "core/prefecture/prefecturerows.h"
#include "core/prefecture/workspace.h"
#include "core/prefecture/workspaceedits.h"
#include "tests/csvparse.h"
#include "tests/workspacefixtures.h"

#include <QTest>

using namespace shienplan;

Q_DECLARE_METATYPE(QList<shienplan::Plan>)

namespace
{

Plan planOf(const char *code, int fy, const char *name = "", bool adopted = false)
{
    Plan p;
    p.fiscalYear = fy;
    p.body = registryBody(code);
    p.alternative = QString::fromUtf8(name);
    p.adopted = adopted;
    return p;
}

Evaluation withTotals(YenRange national, YenRange support, YenRange local)
{
    Evaluation e;
    e.totals = { national, support, local };
    return e;
}

const PrefectureRow &rowOf(const PrefectureTable &t, const char *code)
{
    for (const PrefectureRow &r : t.rows)
        if (r.code == QLatin1String(code))
            return r;
    static const PrefectureRow none;
    return none;
}

const char *kImizu = "162116"; // 射水市

// 富山県, 令和7年度 (and 令和6年度 for the year before), the rule book of the year: support
// (相談 only) 基準額 1,000,000, station (相談・居場所・ネットワーク) 10,000,000, both at 1/2,
// start-up support 1/4 of the 補助基本額.
//   [0] 高岡市 R7 「サポート事業」   support 3,200,000          national   500,000  local 2,700,000
//   [1] 高岡市 R7 「ステーション」   station 14,000,000 採用案  national 5,000,000  local 9,000,000
//   [2] 魚津市 R7 「小さく」         support 600,000            national   300,000  local   300,000
//   [3] 魚津市 R7 「ステーション」   station 12,000,000         national 5,000,000  local 7,000,000
//   [4] 魚津市 R7 「立ち上げ支援」   support 2,000,000, 1/4     national   500,000  support 250,000
//                                                   local 2,000,000 − 750,000 = 1,250,000
//       (魚津市: none adopted → the hull: national [300,000, 5,000,000], support [0, 250,000],
//        local [300,000, 7,000,000])
//   [5] 立山町 R7 support 1,000,000, 1/4 (alone)              national   500,000  support 250,000
//                                                   local 250,000
//   [6] 射水市 R7 station 12,000,000 joint with 舟橋村 1/2 each national 5,000,000  local 7,000,000
//                                                   (3,500,000 each)
//   [7] 高岡市 R6 support 4,000,000                            national   500,000  local 3,500,000
//   [8] 魚津市 R6 preparation (next year: station)
Document withAlternatives()
{
    return doc({
        alternative(scenario(kTakaoka, 2025, { program("support", 3'200'000) }), "サポート事業"),
        alternative(
            scenario(kTakaoka, 2025, { program("station", 14'000'000) }), "ステーション", true),
        alternative(scenario(kUozu, 2025, { program("support", 600'000) }), "小さく"),
        alternative(scenario(kUozu, 2025, { program("station", 12'000'000) }), "ステーション"),
        alternative(
            scenario(kUozu, 2025, { withStartup(program("support", 2'000'000)) }), "立ち上げ支援"),
        scenario(kTateyama, 2025, { withStartup(program("support", 1'000'000)) }),
        scenario(kImizu, 2025,
            { joint(program("station", 12'000'000),
                { member(kImizu, 1, 2), member(kFunahashi, 1, 2) }) }),
        scenario(kTakaoka, 2024, { program("support", 4'000'000) }),
        scenario(kUozu, 2024, { nextYear(program("preparation", 1'000'000), "station") }),
    });
}

} // namespace

class TestAlternatives : public QObject
{
    Q_OBJECT
private slots:
    void groupsByBodyAndYear();
    void checkAlternatives_data();
    void checkAlternatives();
    void countedTotalsTakeTheAdoptedOrTheHull();
    void labels();
    void totalsCountEachPlanOnce();
    void aTownWhoseAlternativeRunsNothing();
    void timelineHasOneEntryPerYear();
    void rowsOfAnUndecidedPlan();
    void yearOnYearComparesPlans();
    void checksAcrossYearsLeaveUndecidedYearsAlone();
    void nextYearFromTheAdoptedAlternative();
};

// Same body and year: one plan, in the order of its first alternative. A body without a code is
// told by its name. A plan alone counts as adopted; two with none adopted are undecided.
void TestAlternatives::groupsByBodyAndYear()
{
    Plan x1 = planOf(kTakaoka, 2025), x2 = planOf(kTakaoka, 2025);
    x1.body.code.clear();
    x2.body.code.clear();
    x1.body.name = x2.body.name = QStringLiteral("架空町");
    const QList<Plan> plans { planOf(kTakaoka, 2025, "A"), planOf(kUozu, 2025),
        planOf(kTakaoka, 2025, "B", true), planOf(kTakaoka, 2024), x1, x2,
        planOf(kTakaoka, 2025, "C") };
    const QList<PlanGroup> g = groupAlternatives(plans);
    QCOMPARE(g.size(), 4);
    QCOMPARE(g[0].bodyKey, QString::fromLatin1(kTakaoka));
    QCOMPARE(g[0].fiscalYear, 2025);
    QCOMPARE(g[0].alternatives, (QList<int> { 0, 2, 6 }));
    QCOMPARE(g[0].adopted, 2);
    QCOMPARE(g[0].representative(), 2);
    QCOMPARE(g[1].alternatives, QList<int> { 1 });
    QCOMPARE(g[1].adopted, 1); // alone: adopted without a mark
    QCOMPARE(g[2].fiscalYear, 2024); // another year is another plan
    QCOMPARE(g[3].bodyKey, QStringLiteral("name:架空町"));
    QCOMPARE(g[3].alternatives, (QList<int> { 4, 5 }));
    QVERIFY(g[3].undecided());
    QCOMPARE(g[3].representative(), 4); // the first stands for it
}

void TestAlternatives::checkAlternatives_data()
{
    QTest::addColumn<QList<Plan>>("plans");
    QTest::addColumn<int>("at"); // -1: no problem
    QTest::addColumn<QString>("message");
    QTest::newRow("one adopted, names apart: fine") << QList<Plan> { planOf(kTakaoka, 2025, "A"),
        planOf(kTakaoka, 2025, "B", true) } << -1 << QString();
    QTest::newRow("two adopted: told at the later one, naming both")
        << QList<Plan> { planOf(kUozu, 2025), planOf(kTakaoka, 2025, "A", true),
               planOf(kTakaoka, 2025, "B"), planOf(kTakaoka, 2025, "C", true) }
        << 3 << QStringLiteral("高岡市 令和7年度 has two adopted alternatives ([1], [3])");
    QTest::newRow("one name twice")
        << QList<Plan> { planOf(kTakaoka, 2025, "ステーション"),
               planOf(kTakaoka, 2025, " ステーション ") }
        << 1
        << QStringLiteral(
               "高岡市 令和7年度 has two alternatives named \"ステーション\" ([0], [1])");
    QTest::newRow("unnamed alternatives (version 1 files) are no duplicates")
        << QList<Plan> { planOf(kTakaoka, 2025), planOf(kTakaoka, 2025) } << -1 << QString();
    QTest::newRow("the same name and mark in other years or bodies: fine")
        << QList<Plan> { planOf(kTakaoka, 2025, "A", true), planOf(kTakaoka, 2024, "A", true),
               planOf(kUozu, 2025, "A", true) }
        << -1 << QString();
}

void TestAlternatives::checkAlternatives()
{
    QFETCH(QList<Plan>, plans);
    QFETCH(int, at);
    QFETCH(QString, message);
    const auto problem = shienplan::checkAlternatives(
        plans.size(), [&](qsizetype i) -> const Plan & { return plans[i]; },
        [](qsizetype i) { return QStringLiteral("[%1]").arg(i); });
    QCOMPARE(problem ? problem->at : -1, at);
    if (problem)
        QCOMPARE(problem->message, message);
}

// Adopted: that alternative's totals, not a hull. Undecided: each end the lowest minimum and the
// highest maximum; an unknown end on any alternative stays unknown, never 0.
void TestAlternatives::countedTotalsTakeTheAdoptedOrTheHull()
{
    const QList<Evaluation> e {
        withTotals(YenRange::exact(500'000), YenRange::exact(0), YenRange::exact(2'700'000)),
        withTotals(range(std::nullopt, 15'000'000), YenRange::between(0, 250'000),
            range(15'000'000, std::nullopt)),
        withTotals(YenRange::exact(5'000'000), YenRange::exact(0), YenRange::exact(9'000'000)),
    };
    PlanGroup adopted { QString(), 2025, { 0, 1, 2 }, 2 };
    const Totals a = countedTotals(adopted, e);
    compareRange(a.national, YenRange::exact(5'000'000), "adopted national");
    compareRange(a.local, YenRange::exact(9'000'000), "adopted local");

    PlanGroup undecided { QString(), 2025, { 0, 2 }, -1 };
    const Totals h = countedTotals(undecided, e);
    compareRange(h.national, YenRange::between(500'000, 5'000'000), "hull national");
    compareRange(h.local, YenRange::between(2'700'000, 9'000'000), "hull local");

    // With the center whose 基準額 is unknown: no lower end of the national subsidy and no upper
    // end of the local burden, whatever the others say.
    undecided.alternatives = { 0, 1, 2 };
    const Totals u = countedTotals(undecided, e);
    compareRange(u.national, range(std::nullopt, 15'000'000), "hull with an unknown minimum");
    compareRange(u.prefectureSupport, YenRange::between(0, 250'000), "hull of the support");
    compareRange(u.local, range(2'700'000, std::nullopt), "hull with an unknown maximum");
}

void TestAlternatives::labels()
{
    const QList<Plan> plans { planOf(kTakaoka, 2025, "サポート事業"), planOf(kTakaoka, 2025),
        planOf(kTakaoka, 2025, "センター") };
    auto at = [&](qsizetype i) -> const Plan & { return plans[i]; };
    const PlanGroup undecided { QString(), 2025, { 0, 1, 2 }, -1 };
    QCOMPARE(decisionLabel(undecided, at, u"ja"), QStringLiteral("未決定（3案）"));
    QCOMPARE(decisionLabel(undecided, at, u"en"), QStringLiteral("undecided (3 alternatives)"));
    QCOMPARE(undecidedLabel(3, u"ja"), QStringLiteral("未決定（3案）"));
    // An adopted alternative by its name, or by its place when it has none.
    QCOMPARE(
        decisionLabel({ QString(), 2025, { 0, 1, 2 }, 2 }, at, u"ja"), QStringLiteral("センター"));
    QCOMPARE(decisionLabel({ QString(), 2025, { 0, 1, 2 }, 1 }, at, u"ja"), QStringLiteral("案2"));
    QCOMPARE(alternativeLabel(plans[1], 1, u"en"), QStringLiteral("Alternative 2"));
    const Finding f = undecidedFinding(plans[0], 3);
    QCOMPARE(f.code, QStringLiteral("undecided_alternatives"));
    QCOMPARE(f.severity, Severity::Info);
    QVERIFY2(f.ja.contains(QStringLiteral("高岡市令和7年度の計画は3案のうち")), qPrintable(f.ja));
}

// 富山県, 令和7年度 (withAlternatives(), the figures there):
//   national  5,000,000 (高岡市, adopted) + [300,000, 5,000,000] (魚津市, hull) + 500,000 (立山町)
//             + 5,000,000 (射水市) = [10,800,000, 15,500,000]
//   support   0 + [0, 250,000] + 250,000 + 0 = [250,000, 500,000]
//   local     9,000,000 + [300,000, 7,000,000] + 250,000 + 7,000,000 = [16,550,000, 23,250,000]
// The sum of every alternative would give national 16,300,000: 3 plans too many.
void TestAlternatives::totalsCountEachPlanOnce()
{
    const Document d = withAlternatives();
    const QList<Evaluation> e = evaluateAll(d);
    const WorkspaceTotals t = totalsFor(d, e, QString::fromLatin1(kToyamaPref), 2025);
    QCOMPARE(t.plans, 4);
    QCOMPARE(t.alternatives, 7);
    QCOMPARE(t.undecided, 1);
    QCOMPARE(t.eligible, 3); // 高岡市's station, 立山町, 射水市; 魚津市 is neither
    compareRange(t.all.national, YenRange::between(10'800'000, 15'500'000), "national");
    compareRange(t.all.prefectureSupport, YenRange::between(250'000, 500'000), "support");
    compareRange(t.all.local, YenRange::between(16'550'000, 23'250'000), "local");
    compareRange(
        t.undecidedTotals.national, YenRange::between(300'000, 5'000'000), "undecided national");
    compareRange(t.undecidedTotals.local, YenRange::between(300'000, 7'000'000), "undecided local");
    // Per menu, the adopted alternatives only: stations of 高岡市 and 射水市 (joint, once), the
    // support of 立山町; none of 魚津市's three.
    QCOMPARE(t.perMenu.keys(), (QStringList { "station", "support" }));
    QCOMPARE(t.perMenu.value("station").programs, 2);
    compareRange(t.perMenu.value("station").totals.national, YenRange::exact(10'000'000),
        "stations national");
    compareRange(
        t.perMenu.value("station").totals.local, YenRange::exact(16'000'000), "stations local");
    QCOMPARE(t.perMenu.value("support").programs, 1);
    QCOMPARE(t.perMenu.value("support").withStartup, 1);
    compareRange(
        t.perMenu.value("support").totals.national, YenRange::exact(500'000), "support national");
    // The menus and the undecided plans add up to the whole: 10,500,000 + [300,000, 5,000,000].
    Totals parts = t.undecidedTotals;
    for (const MenuTotals &m : t.perMenu)
        parts.add(m.totals);
    compareRange(parts.national, t.all.national, "menus + undecided = all");
    compareRange(parts.local, t.all.local, "menus + undecided = all (local)");
    // What the prefecture pays: no programs of its own, the start-up support [0, 250,000] +
    // 250,000.
    compareRange(t.prefectureBurden, YenRange::between(250'000, 500'000), "prefecture burden");
    // 高岡市, 魚津市 (every alternative runs a program), 立山町, 射水市 and 舟橋村 (joint member).
    QCOMPARE(t.municipalitiesWithProgram, 5);
    QVERIFY(!t.withoutProgramCodes.contains(QString::fromLatin1(kUozu)));

    // The country: the same plans, the same figures; and the one-pass form agrees.
    const WorkspaceTotals all = totalsFor(d, e, QString(), 2025);
    QCOMPARE(all.plans, 4);
    QCOMPARE(all.undecided, 1);
    compareRange(all.all.national, t.all.national, "country national");
    const QList<WorkspaceTotals> byPref = totalsByPrefecture(d, e, 2025);
    const auto toyama = std::find_if(byPref.cbegin(), byPref.cend(),
        [](const WorkspaceTotals &w) { return w.prefectureCode == QLatin1String(kToyamaPref); });
    QVERIFY(toyama != byPref.cend());
    QCOMPARE(toyama->plans, 4);
    QCOMPARE(toyama->alternatives, 7);
    compareRange(toyama->all.local, t.all.local, "one pass local");

    // Adopting 魚津市's station makes it one figure: national 5,000,000 + 5,000,000 + 500,000 +
    // 5,000,000 = 15,500,000, and a third station under its menu.
    Document decided = d;
    decided.scenarios[3].plan.adopted = true;
    const WorkspaceTotals td
        = totalsFor(decided, evaluateAll(decided), QString::fromLatin1(kToyamaPref), 2025);
    QCOMPARE(td.undecided, 0);
    QCOMPARE(td.eligible, 4);
    compareRange(td.all.national, YenRange::exact(15'500'000), "decided national");
    QCOMPARE(td.perMenu.value("station").programs, 3);
}

// An alternative that runs nothing: 魚津市 may yet run no program, so it is not counted as
// running one (nor are its joint members); its amounts still reach down to 0.
void TestAlternatives::aTownWhoseAlternativeRunsNothing()
{
    const Document d = doc({
        alternative(scenario(kUozu, 2025, { program("support", 600'000) }), "サポート事業"),
        alternative(scenario(kUozu, 2025, {}), "見送り"),
    });
    const QList<Evaluation> e = evaluateAll(d);
    const WorkspaceTotals t = totalsFor(d, e, QString::fromLatin1(kToyamaPref), 2025);
    QCOMPARE(t.plans, 1);
    QCOMPARE(t.municipalitiesWithProgram, 0);
    QVERIFY(t.withoutProgramCodes.contains(QString::fromLatin1(kUozu)));
    compareRange(t.all.national, YenRange::between(0, 300'000), "national");
    const PrefectureTable table = prefectureTable(d, e, QString::fromLatin1(kToyamaPref), 2025);
    const PrefectureRow &uozu = rowOf(table, kUozu);
    QVERIFY(uozu.undecided);
    QVERIFY(!uozu.runsProgram());
    QVERIFY(matches(uozu, RowFilter::WithoutProgram));
    QCOMPARE(rowProgramsText(uozu, u"ja"), QStringLiteral("未決定（2案）"));
}

// One entry per year however many alternatives: the adopted one's menus, or 未決定（3案）.
void TestAlternatives::timelineHasOneEntryPerYear()
{
    const Document d = withAlternatives();
    const QHash<QString, QList<TimelineEntry>> lines = timelines(d);
    const QList<TimelineEntry> takaoka = lines.value(QString::fromLatin1(kTakaoka));
    QCOMPARE(takaoka.size(), 2);
    QCOMPARE(takaoka[1].fiscalYear, 2025);
    QCOMPARE(takaoka[1].scenario, 1); // the adopted alternative
    QCOMPARE(takaoka[1].alternatives, 2);
    QVERIFY(!takaoka[1].undecided);
    QCOMPARE(takaoka[1].menus, QStringList { "station" });
    QCOMPARE(timelineText(takaoka, u"ja"), QStringLiteral("R6 サポート事業 → R7 ステーション"));

    const QList<TimelineEntry> uozu = lines.value(QString::fromLatin1(kUozu));
    QCOMPARE(uozu.size(), 2);
    QVERIFY(uozu[1].undecided);
    QCOMPARE(uozu[1].alternatives, 3);
    QCOMPARE(uozu[1].scenario, 2); // its first alternative
    QVERIFY(uozu[1].menus.isEmpty());
    QVERIFY(uozu[1].startupMenus.isEmpty());
    QCOMPARE(timelineText(uozu, u"ja"), QStringLiteral("R6 準備支援 → R7 未決定（3案）"));
    QCOMPARE(timelineText(uozu, u"en"),
        QStringLiteral("FY2024 preparation → FY2025 undecided (3 alternatives)"));
    QCOMPARE(
        timeline(d, QString::fromLatin1(kFunahashi)).first().jointMenus, QStringList { "station" });
}

// The table's row of an undecided plan: 未決定（3案） in its cells, the hull as its amounts, the
// info finding first and each alternative's problems told by its name.
void TestAlternatives::rowsOfAnUndecidedPlan()
{
    const Document d = withAlternatives();
    const QList<Evaluation> e = evaluateAll(d);
    const PrefectureTable t = prefectureTable(d, e, QString::fromLatin1(kToyamaPref), 2025);
    const PrefectureRow &uozu = rowOf(t, kUozu);
    QCOMPARE(uozu.scenario, 2);
    QCOMPARE(uozu.alternatives, (QList<int> { 2, 3, 4 }));
    QVERIFY(uozu.undecided);
    QVERIFY(uozu.programs.isEmpty());
    QVERIFY(uozu.runsProgram());
    QCOMPARE(rowProgramsText(uozu, u"ja"), QStringLiteral("未決定（3案）"));
    compareRange(uozu.totals.national, YenRange::between(300'000, 5'000'000), "row national");
    compareRange(uozu.totals.prefectureSupport, YenRange::between(0, 250'000), "row support");
    compareRange(uozu.totals.local, YenRange::between(300'000, 7'000'000), "row local");
    QCOMPARE(uozu.findings.first().code, QStringLiteral("undecided_alternatives"));
    QCOMPARE(uozu.errors, 0);
    // A station without 居場所 in one alternative: its error reaches the row, by its name.
    Document broken = d;
    broken.scenarios[3].plan.programs[0].subprojects = { "consultation" };
    const PrefectureTable tb
        = prefectureTable(broken, evaluateAll(broken), QString::fromLatin1(kToyamaPref), 2025);
    const PrefectureRow &uozuBroken = rowOf(tb, kUozu);
    QVERIFY(uozuBroken.errors > 0);
    const auto told = std::find_if(uozuBroken.findings.cbegin(), uozuBroken.findings.cend(),
        [](const Finding &f) { return f.severity == Severity::Error; });
    QVERIFY(told != uozuBroken.findings.cend());
    QVERIFY2(told->ja.startsWith(QStringLiteral("ステーション：")), qPrintable(told->ja));
    // 高岡市: its adopted station, and the change from R6 against it alone.
    const PrefectureRow &takaoka = rowOf(t, kTakaoka);
    QVERIFY(!takaoka.undecided);
    QCOMPARE(takaoka.scenario, 1);
    QCOMPARE(takaoka.programs.size(), 1);
    QCOMPARE(takaoka.programs.first().menu, QStringLiteral("station"));
    compareRange(takaoka.totals.local, YenRange::exact(9'000'000), "高岡市 local");
    // 射水市 and 舟橋村 share the joint station's burden: 3,500,000 each.
    compareRange(rowOf(t, kImizu).totals.local, YenRange::exact(3'500'000), "射水市 part");
    compareRange(rowOf(t, kFunahashi).totals.local, YenRange::exact(3'500'000), "舟橋村 part");
    // The CSV says the same.
    const QList<QStringList> rows
        = parseCsv(QString::fromUtf8(prefectureTableToCsv(t, {}, u"ja").mid(3)));
    const QStringList header = rows.first();
    for (const QStringList &r : rows)
        if (r.first() == QLatin1String(kUozu)) {
            QCOMPARE(r[header.indexOf(QStringLiteral("実施事業（R7）"))],
                QStringLiteral("未決定（3案）"));
            QCOMPARE(r[header.indexOf(QStringLiteral("年度ごとの事業"))],
                QStringLiteral("R6 準備支援 → R7 未決定（3案）"));
            QCOMPARE(
                r[header.indexOf(QStringLiteral("国庫補助額（上限）"))], QStringLiteral("5000000"));
        }
}

// Each year's plan counted once: 高岡市 R6 500,000 → R7 5,000,000 (its adopted station),
// +4,500,000 (the sum of its two alternatives would say +5,000,000). 魚津市 R6 preparation
// 1,000,000: 基準額 unknown, rate 3/4 → national [unknown, 750,000]; R7 the hull [300,000,
// 5,000,000]: change [300,000 − 750,000, 5,000,000 − unknown] = [−450,000, unknown].
void TestAlternatives::yearOnYearComparesPlans()
{
    const Document d = withAlternatives();
    const QList<Evaluation> e = evaluateAll(d);
    QMap<QString, YearChange> byBody;
    for (const YearChange &c : yearOnYear(d, e))
        byBody.insert(c.bodyCode, c);
    const YearChange takaoka = byBody.value(QString::fromLatin1(kTakaoka));
    QCOMPARE(takaoka.kind, YearChange::Kind::Continued);
    compareRange(takaoka.current.national, YenRange::exact(5'000'000), "高岡市 R7");
    compareRange(takaoka.change.national, YenRange::exact(4'500'000), "高岡市 change");
    const YearChange uozu = byBody.value(QString::fromLatin1(kUozu));
    compareRange(uozu.current.national, YenRange::between(300'000, 5'000'000), "魚津市 R7");
    compareRange(e[8].totals.national, range(std::nullopt, 750'000), "魚津市 R6");
    compareRange(uozu.change.national, range(-450'000, std::nullopt), "魚津市 change");
}

// Checks across years look at adopted alternatives and say nothing because of an undecided year:
// 魚津市's preparation (R6) has an undecided R7 whose alternatives may hold the station.
void TestAlternatives::checksAcrossYearsLeaveUndecidedYearsAlone()
{
    const Document d = withAlternatives();
    for (const WorkspaceFinding &f : multiYearFindings(d))
        QVERIFY2(f.bodyCode != QLatin1String(kUozu), qPrintable(f.finding.en));
    // Once R7 is decided for the preparation again, the check warns: it is not switched off.
    Document decided = d;
    decided.scenarios[2].plan.programs = { program("preparation", 1'000'000) };
    decided.scenarios[2].plan.programs[0].id = QStringLiteral("p1");
    decided.scenarios[2].plan.adopted = true;
    QStringList found;
    for (const WorkspaceFinding &f : multiYearFindings(decided))
        found << QStringLiteral("%1 %2 %3").arg(f.bodyCode).arg(f.fiscalYear).arg(f.finding.code);
    QVERIFY2(found.contains(QStringLiteral("%1 2024 next_year_condition").arg(kUozu)),
        qPrintable(found.join(u';')));
    // A satellite whose town's next year is undecided does not name the town.
    const QStringList area { QString::fromLatin1(kUozu) };
    const Document sat
        = doc({ scenario(kToyamaPref, 2024, { running(serving(program("satellite"), area), 2) }),
            alternative(scenario(kUozu, 2025, { program("support") }), "A"),
            alternative(scenario(kUozu, 2025, {}), "B") });
    for (const WorkspaceFinding &f : multiYearFindings(sat))
        QVERIFY2(f.finding.code != u"satellite_transition", qPrintable(f.finding.en));
    Document satDecided = sat;
    satDecided.scenarios[2].plan.adopted = true; // B: nothing in 2025 → named
    bool named = false;
    for (const WorkspaceFinding &f : multiYearFindings(satDecided))
        named = named || f.finding.code == u"satellite_transition";
    QVERIFY(named);
}

// Planning the next year makes one plan from the adopted alternative, not one per alternative.
void TestAlternatives::nextYearFromTheAdoptedAlternative()
{
    const Document d = withAlternatives();
    const MergeResult m
        = withNextYear(d, QString::fromLatin1(kToyamaPref), 2025, Registry::bundled());
    QCOMPARE(m.added, 4); // 高岡市, 魚津市, 立山町, 射水市
    const Scenario &takaoka = m.scenarios[d.scenarios.size()];
    QCOMPARE(takaoka.plan.body.code, QString::fromLatin1(kTakaoka));
    QCOMPARE(takaoka.plan.programs.first().menu, QStringLiteral("station"));
    QCOMPARE(takaoka.plan.programs.first().yearsRunning, 2);
    QVERIFY(!takaoka.plan.adopted);
}

QTEST_GUILESS_MAIN(TestAlternatives)
#include "tst_alternatives.moc"
