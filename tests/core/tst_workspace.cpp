// The prefecture workspace (core/workspace.h): a document whose scenarios are the plans of many
// bodies over several years. Timelines; the checks that span years (satellite and start-up
// support past their second year, preparation support without a program the next year — and
// what the planner is told when the next year is simply not planned yet); year-on-year changes
// as intervals; totals per prefecture and per menu with the towns that run nothing; joint
// programs whose members' parts add up to the whole, to the yen.
#include "core/base/fiscalyear.h"
#include "core/engine/engine.h"
#include "core/prefecture/prefecturecsv.h"
#include "core/prefecture/prefecturerows.h"
#include "core/prefecture/workspace.h"
#include "core/prefecture/workspaceedits.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/csvparse.h"
#include "tests/workspacefixtures.h"

#include <QTest>

using namespace shienplan;

Q_DECLARE_METATYPE(shienplan::Document)
Q_DECLARE_METATYPE(shienplan::ShareMethod)
Q_DECLARE_METATYPE(OptYen)

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void timelineOfABody();
    void multiYearFindings_data();
    void multiYearFindings();
    void limitsComeFromTheRuleBook();
    void difference_data();
    void difference();
    void yearOnYear();
    void totalsPerPrefectureAndMenu();
    void nationalTotalsAreTheSumOfPrefectures();
    void jointShares_data();
    void jointShares();
    void jointPartsAddUp_data();
    void jointPartsAddUp();
    void populationsPreferTheYear();
    void evaluationAppliesDocumentValuesPerYear();
    void yearWithoutRuleBook();
    void prefectureTableRows();
    void prefectureTableFilters();
    void servedAreaInRowsFiltersAndTotals();
    void prefectureTableAsCsv();
    void acrossYearsForOneScenario();
    void mergeReplacesTheSameBodyAndYear();
    void nextYearContinuesEveryProgram();
};

// サポート事業 R6 → ステーション R7 → センター R8, the shape the issue describes; a joint member
// sees the program it takes part in on its own timeline.
void TestWorkspace::timelineOfABody()
{
    const Document d = doc({
        scenario(kTakaoka, 2026, { program("center_municipal") }),
        scenario(kTakaoka, 2024, { withStartup(program("support")) }),
        scenario(kTakaoka, 2025,
            { joint(program("station"), { member(kTakaoka, 1, 2), member(kUozu, 1, 2) }) }),
        scenario(kTateyama, 2025, { program("support") }),
    });
    const QList<TimelineEntry> t = timeline(d, QString::fromLatin1(kTakaoka));
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[0].fiscalYear, 2024);
    QCOMPARE(t[0].scenario, 1);
    QCOMPARE(t[0].menus, QStringList { "support" });
    QCOMPARE(t[0].startupMenus, QStringList { "support" });
    QCOMPARE(t[0].alternatives, 1); // a plan of one alternative: adopted, not undecided
    QVERIFY(!t[0].undecided);
    QCOMPARE(t[1].fiscalYear, 2025);
    QCOMPARE(t[1].menus, QStringList { "station" });
    QVERIFY(t[1].jointMenus.isEmpty()); // its own program, not another body's
    QCOMPARE(t[2].fiscalYear, 2026);
    QCOMPARE(t[2].menus, QStringList { "center_municipal" });

    const QList<TimelineEntry> uozu = timeline(d, QString::fromLatin1(kUozu));
    QCOMPARE(uozu.size(), 1);
    QCOMPARE(uozu[0].fiscalYear, 2025);
    QCOMPARE(uozu[0].scenario, -1);
    QCOMPARE(uozu[0].alternatives, 0); // no plan of its own
    QCOMPARE(uozu[0].jointMenus, QStringList { "station" });

    // The one-pass form gives the same.
    const auto all = timelines(d);
    for (const char *code : { kTakaoka, kUozu, kTateyama }) {
        const auto a = all.value(QString::fromLatin1(code));
        const auto b = timeline(d, QString::fromLatin1(code));
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].fiscalYear, b[i].fiscalYear);
            QCOMPARE(a[i].scenario, b[i].scenario);
            QCOMPARE(a[i].menus, b[i].menus);
            QCOMPARE(a[i].jointMenus, b[i].jointMenus);
        }
    }
}

// Expected findings as "code year finding-code", in order; `says` must appear in the English
// message of the first one and `saysJa` in its Japanese message.
void TestWorkspace::multiYearFindings_data()
{
    QTest::addColumn<Document>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("saysJa");

    const QString pref = QString::fromLatin1(kToyamaPref);
    const QString takaoka = QString::fromLatin1(kTakaoka);
    QTest::newRow("satellite 2022–2024: the third year warns, naming the years")
        << doc({ scenario(kToyamaPref, 2022, { program("satellite") }),
               scenario(kToyamaPref, 2023, { program("satellite") }),
               scenario(kToyamaPref, 2024, { program("satellite") }) })
        << QStringList { pref + " 2024 duration_exceeded" }
        << "The satellite (run in FY2022, FY2023 and FY2024 in a row) is limited to 2 years in "
           "principle (the plan is in year 3)."
        << "令和4年度・令和5年度・令和6年度";
    QTest::newRow("satellite 2022–2025: the third and the fourth year warn")
        << doc({ scenario(kToyamaPref, 2022, { program("satellite") }),
               scenario(kToyamaPref, 2023, { program("satellite") }),
               scenario(kToyamaPref, 2024, { program("satellite") }),
               scenario(kToyamaPref, 2025, { program("satellite") }) })
        << QStringList { pref + " 2024 duration_exceeded", pref + " 2025 duration_exceeded" }
        << "year 3"
        << "原則2年";
    QTest::newRow("satellite 2022–2023: two years are within 原則2年")
        << doc({ scenario(kToyamaPref, 2022, { program("satellite") }),
               scenario(kToyamaPref, 2023, { program("satellite") }),
               scenario(kToyamaPref, 2024, { program("center_prefectural") }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("satellite 2022 and 2024 with a gap: the count starts again")
        << doc({ scenario(kToyamaPref, 2022, { program("satellite") }),
               scenario(kToyamaPref, 2023, { program("center_prefectural") }),
               scenario(kToyamaPref, 2024, { program("satellite") }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("satellite already in its 2nd year in 2023: 2024 is its third")
        << doc({ scenario(kToyamaPref, 2023, { running(program("satellite"), 2) }),
               scenario(kToyamaPref, 2024, { program("satellite") }) })
        << QStringList { pref + " 2024 duration_exceeded" } << "after 1 earlier year(s)"
        << "それ以前に1年";
    QTest::newRow("start-up support 2023–2025, support then station: the third year warns")
        << doc({ scenario(kTakaoka, 2023, { withStartup(program("support")) }),
               scenario(kTakaoka, 2024, { withStartup(program("station")) }),
               scenario(kTakaoka, 2025, { withStartup(program("station")) }) })
        << QStringList { takaoka + " 2025 duration_exceeded" }
        << "Start-up support by the prefecture (in FY2023, FY2024 and FY2025 in a row; this year "
           "on Support station program)"
        << "都道府県による立ち上げ支援";
    QTest::newRow("start-up support for two years, then the town carries on alone: nothing")
        << doc({ scenario(kTakaoka, 2023, { withStartup(program("support")) }),
               scenario(kTakaoka, 2024, { withStartup(program("station")) }),
               scenario(kTakaoka, 2025, { program("station") }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("preparation 2024 with a station 2025: nothing")
        << doc({ scenario(kTakaoka, 2024, { program("preparation") }),
               scenario(kTakaoka, 2025, { program("station") }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("preparation 2024, then a member of 魚津市's joint station in 2025: nothing")
        << doc({ scenario(kTakaoka, 2024, { program("preparation") }),
               scenario(kUozu, 2025,
                   { joint(
                       program("station"), { member(kUozu, 1, 2), member(kTakaoka, 1, 2) }) }) })
        << QStringList {} << ""
        << "";
    QTest::newRow(
        "preparation 2025 and nothing planned for 2026: warns that 2026 is not yet planned")
        << doc({ scenario(kTakaoka, 2025, { nextYear(program("preparation"), "station") }),
               scenario(kTateyama, 2025, { program("support") }) })
        << QStringList { takaoka + " 2025 next_year_condition" }
        << "(planned: FY2026 is not yet planned; the preparation plan intends \"Support station "
           "program\")"
        << "令和8年度はまだ計画されていません";
    QTest::newRow("preparation 2024, and 2025 planned for other bodies only")
        << doc({ scenario(kTakaoka, 2024, { program("preparation") }),
               scenario(kTateyama, 2025, { program("support") }) })
        << QStringList { takaoka + " 2024 next_year_condition" }
        << "FY2025 is planned for other bodies but not yet for this one"
        << "この団体の計画がまだありません";
    QTest::newRow("preparation 2024, and the 2025 plan has only preparation again")
        << doc({ scenario(kTakaoka, 2024, { program("preparation") }),
               scenario(kTakaoka, 2025, { program("preparation") }),
               scenario(kTakaoka, 2026, { program("support") }) })
        << QStringList { takaoka + " 2024 next_year_condition" }
        << "the FY2025 plan has no Regional support center (municipal), Support station program, "
           "Support program (it has: Preparation support for municipalities)"
        << "令和7年度の計画に";

    // A satellite hands over to municipal programs after 2 years (000:52): in its 2nd year, the
    // towns of its served area that have no program the year after are named.
    const QStringList area { QString::fromLatin1(kTateyama), QString::fromLatin1(kFunahashi) };
    QTest::newRow("satellite 2024–2025 for 立山町 and 舟橋村; 2026 only 立山町 has a program")
        << doc({ scenario(kToyamaPref, 2024, { serving(program("satellite"), area) }),
               scenario(kToyamaPref, 2025, { serving(program("satellite"), area) }),
               scenario(kTateyama, 2026, { program("station") }) })
        << QStringList { pref + " 2025 satellite_transition" }
        << "in its served area, 1 municipalities (舟橋村) have no Regional support center "
           "(municipal), Support station program, Support program planned in FY2026."
        << "担当区域のうち1団体（舟橋村）に令和8年度の";
    QTest::newRow("satellite in its 2nd year and 2026 not planned at all: both towns named")
        << doc({ scenario(kToyamaPref, 2025, { running(serving(program("satellite"), area), 2) }) })
        << QStringList { pref + " 2025 satellite_transition" }
        << "FY2026 is not yet planned for 2 municipalities (立山町, 舟橋村)"
        << "（2年目）。担当区域のうち2団体（立山町、舟橋村）の令和8年度はまだ計画されていません";
    QTest::newRow(
        "satellite in its 2nd year; in 2026 立山町 runs support and 舟橋村 joins it: nothing")
        << doc({ scenario(kToyamaPref, 2025, { running(serving(program("satellite"), area), 2) }),
               scenario(kTateyama, 2026,
                   { joint(program("support"),
                       { member(kTateyama, 1, 2), member(kFunahashi, 1, 2) }) }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("satellite in its 1st year, nothing in 2026: too early to warn")
        << doc({ scenario(kToyamaPref, 2025, { serving(program("satellite"), area) }) })
        << QStringList {} << ""
        << "";
    QTest::newRow("satellite in its 2nd year without a served area: nothing to name")
        << doc({ scenario(kToyamaPref, 2025, { running(program("satellite"), 2) }) })
        << QStringList {} << ""
        << "";
    QTest::newRow(
        "satellite 2023–2025 for 朝日町, who runs support in 2025 only: the 3rd year warns twice")
        << doc({ scenario(kToyamaPref, 2023,
                     { serving(program("satellite"), { QString::fromLatin1(kAsahi) }) }),
               scenario(kToyamaPref, 2024,
                   { serving(program("satellite"), { QString::fromLatin1(kAsahi) }) }),
               scenario(kToyamaPref, 2025,
                   { serving(program("satellite"), { QString::fromLatin1(kAsahi) }) }),
               scenario(kAsahi, 2025, { program("support") }) })
        << QStringList { pref + " 2025 duration_exceeded", pref + " 2025 satellite_transition" }
        << "limited to 2 years in principle (the plan is in year 3)"
        << "原則2年";
}

void TestWorkspace::multiYearFindings()
{
    QFETCH(Document, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, says);
    QFETCH(QString, saysJa);
    const RuleBookLibrary books = RuleBookLibrary::bundledOnly();
    const QList<WorkspaceFinding> found = shienplan::multiYearFindings(input, &books);
    QStringList got;
    for (const auto &f : found)
        got << QStringLiteral("%1 %2 %3").arg(f.bodyCode).arg(f.fiscalYear).arg(f.finding.code);
    QCOMPARE(got, expected);
    for (const auto &f : found) {
        QCOMPARE(f.finding.severity, Severity::Warning);
        QVERIFY(!f.finding.source.isEmpty());
        // The finding points at the scenario and program it is about.
        QVERIFY(f.scenario >= 0 && f.scenario < input.scenarios.size());
        const Plan &p = input.scenarios[f.scenario].plan;
        QCOMPARE(p.body.code, f.bodyCode);
        QCOMPARE(p.fiscalYear, f.fiscalYear);
        QVERIFY(std::any_of(p.programs.cbegin(), p.programs.cend(),
            [&](const Program &pr) { return pr.id == f.finding.program; }));
    }
    if (!found.isEmpty()) {
        QVERIFY2(found.first().finding.en.contains(says), qPrintable(found.first().finding.en));
        QVERIFY2(found.first().finding.ja.contains(saysJa), qPrintable(found.first().finding.ja));
    }
    // Without the rule books the bundled defaults give the same findings.
    QCOMPARE(shienplan::multiYearFindings(input).size(), found.size());
}

// A prefecture's confirmed book that allows satellites 3 years: 2022–2024 no longer warns.
void TestWorkspace::limitsComeFromTheRuleBook()
{
    RuleBookLibrary books = RuleBookLibrary::bundledOnly();
    for (int fy : books.fiscalYears()) {
        RuleBook b = *books.book(fy);
        for (auto &m : b.menus)
            if (m.id == QLatin1String("satellite") && m.maxDurationYears)
                m.maxDurationYears->value = 3;
        books.put(b);
    }
    const Document d = doc({ scenario(kToyamaPref, 2022, { program("satellite") }),
        scenario(kToyamaPref, 2023, { program("satellite") }),
        scenario(kToyamaPref, 2024, { program("satellite") }),
        scenario(kToyamaPref, 2025, { program("satellite") }) });
    const auto found = shienplan::multiYearFindings(d, &books);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fiscalYear, 2025);
}

// Interval difference: the lowest change takes the highest previous value, and an unknown end
// stays unknown (never 0).
void TestWorkspace::difference_data()
{
    QTest::addColumn<OptYen>("aMin");
    QTest::addColumn<OptYen>("aMax");
    QTest::addColumn<OptYen>("bMin");
    QTest::addColumn<OptYen>("bMax");
    QTest::addColumn<OptYen>("min");
    QTest::addColumn<OptYen>("max");
    const OptYen null;
    QTest::newRow("exact − exact") << OptYen(5'000'000) << OptYen(5'000'000) << OptYen(1'250'000)
                                   << OptYen(1'250'000) << OptYen(3'750'000) << OptYen(3'750'000);
    QTest::newRow("a fall is negative")
        << OptYen(500'000) << OptYen(500'000) << OptYen(2'000'000) << OptYen(2'000'000)
        << OptYen(-1'500'000) << OptYen(-1'500'000);
    QTest::newRow("[10, 20] − [3, 5] = [5, 17]")
        << OptYen(10) << OptYen(20) << OptYen(3) << OptYen(5) << OptYen(5) << OptYen(17);
    QTest::newRow("unknown lower end of a: lower end unknown")
        << null << OptYen(20) << OptYen(3) << OptYen(5) << null << OptYen(17);
    QTest::newRow("unknown upper end of b: lower end unknown")
        << OptYen(10) << OptYen(20) << OptYen(3) << null << null << OptYen(17);
    QTest::newRow("unknown lower end of b: upper end unknown")
        << OptYen(10) << OptYen(20) << null << OptYen(5) << OptYen(5) << null;
    QTest::newRow("both unknown") << null << null << null << null << null << null;
}

void TestWorkspace::difference()
{
    QFETCH(OptYen, aMin);
    QFETCH(OptYen, aMax);
    QFETCH(OptYen, bMin);
    QFETCH(OptYen, bMax);
    QFETCH(OptYen, min);
    QFETCH(OptYen, max);
    compareRange(
        shienplan::difference(range(aMin, aMax), range(bMin, bMax)), range(min, max), "a − b");
}

// 高岡市 moves from support (R6) to a station (R7); 立山町 stops; 舟橋村 starts; 富山市 runs a
// center whose 基準額 is unknown, so its national amount has no lower end and neither has the
// change.
void TestWorkspace::yearOnYear()
{
    const Document d = doc({
        scenario(kTakaoka, 2024, { program("support", 4'000'000) }), // national 500,000
        scenario(kTakaoka, 2025, { program("station", 12'000'000) }), // national 5,000,000
        scenario(kTateyama, 2024, { program("support", 1'000'000) }), // national 500,000
        scenario(kFunahashi, 2025,
            { program("support", 600'000) }), // national 300,000 (net below 基準額)
        scenario(kToyamaCity, 2024, { program("support", 2'000'000) }), // national 500,000
        scenario(kToyamaCity, 2025,
            { program("center_municipal", 30'000'000) }), // national [null, 15,000,000]
    });
    const QList<Evaluation> evals = evaluateAll(d);
    const QList<YearChange> changes = shienplan::yearOnYear(d, evals);
    QMap<QString, YearChange> byBody;
    for (const auto &c : changes) {
        QCOMPARE(c.fiscalYear, 2025); // 2024 has no previous year in the document
        byBody.insert(c.bodyCode, c);
    }
    QCOMPARE(byBody.size(), 4);

    const YearChange takaoka = byBody.value(QString::fromLatin1(kTakaoka));
    QCOMPARE(takaoka.kind, YearChange::Kind::Continued);
    QCOMPARE(takaoka.bodyName, QStringLiteral("高岡市"));
    compareRange(takaoka.previous.national, YenRange::exact(500'000), "高岡市 previous");
    compareRange(takaoka.current.national, YenRange::exact(5'000'000), "高岡市 current");
    compareRange(takaoka.change.national, YenRange::exact(4'500'000), "高岡市 change");
    compareRange(
        takaoka.change.local, YenRange::exact(7'000'000 - 3'500'000), "高岡市 local change");

    const YearChange tateyama = byBody.value(QString::fromLatin1(kTateyama));
    QCOMPARE(tateyama.kind, YearChange::Kind::Stopped);
    compareRange(tateyama.change.national, YenRange::exact(-500'000), "立山町 change");

    const YearChange funahashi = byBody.value(QString::fromLatin1(kFunahashi));
    QCOMPARE(funahashi.kind, YearChange::Kind::Started);
    compareRange(funahashi.previous.national, YenRange::exact(0), "舟橋村 previous");
    compareRange(funahashi.change.national, YenRange::exact(300'000), "舟橋村 change");

    const YearChange toyama = byBody.value(QString::fromLatin1(kToyamaCity));
    QVERIFY2(!toyama.current.national.min, "the center's national amount has no lower end");
    compareRange(
        toyama.change.national, range(std::nullopt, 15'000'000 - 500'000), "富山市 change");
}

// One document of 富山県 and one 石川県 body, 令和7年度.
static Document toyamaDocument()
{
    return doc({
        scenario(kToyamaPref, 2025,
            { program("center_prefectural", 40'000'000), program("satellite", 9'000'000) }),
        scenario(kToyamaCity, 2025, { program("center_municipal", 30'000'000) }),
        scenario(kTakaoka, 2025,
            { joint(program("station", 14'000'001),
                { member(kTakaoka, 40001, 60008), member(kUozu, 20000, 60008),
                    member(kFunahashi, 7, 60008) }) },
            166'000),
        scenario(kTateyama, 2025, { withStartup(program("support", 3'333'333)) }),
        scenario(kTateyama, 2024,
            { program("support", 1'000'000) }), // another year: not in the 2025 totals
        scenario(kKanazawa, 2025, { program("support", 2'000'000) }),
    });
}

void TestWorkspace::totalsPerPrefectureAndMenu()
{
    const Registry &reg = Registry::bundled();
    const Document d = toyamaDocument();
    const QList<Evaluation> evals = evaluateAll(d);
    const WorkspaceTotals t = totalsFor(d, evals, QString::fromLatin1(kToyamaPref), 2025);
    QCOMPARE(t.prefectureName, QStringLiteral("富山県"));
    QCOMPARE(t.plans, 4);
    QCOMPARE(t.eligible, 4);

    // Per menu: one program each, the support carries start-up support.
    QCOMPARE(t.perMenu.keys(),
        (QStringList {
            "center_municipal", "center_prefectural", "satellite", "station", "support" }));
    for (const auto &m : t.perMenu)
        QCOMPARE(m.programs, 1);
    QCOMPARE(t.perMenu.value("support").withStartup, 1);
    QCOMPARE(t.perMenu.value("station").withStartup, 0);

    // The prefecture's totals are the sum of its 2025 plans, and so is the sum over the menus.
    Totals expected, own;
    for (qsizetype i = 0; i < d.scenarios.size(); ++i) {
        const Plan &p = d.scenarios[i].plan;
        if (p.fiscalYear == 2025 && p.body.prefectureCode == QLatin1String(kToyamaPref))
            expected.add(evals[i].totals);
        if (p.fiscalYear == 2025 && p.body.code == QLatin1String(kToyamaPref))
            own.add(evals[i].totals);
    }
    Totals menus;
    for (const auto &m : t.perMenu)
        menus.add(m.totals);
    for (const auto &[got, want, what] :
        { std::tuple { t.all.national, expected.national, "national" },
            std::tuple {
                t.all.prefectureSupport, expected.prefectureSupport, "prefecture support" },
            std::tuple { t.all.local, expected.local, "local" },
            std::tuple { menus.national, expected.national, "national over menus" },
            std::tuple { menus.local, expected.local, "local over menus" },
            std::tuple { t.ownPrograms.local, own.local, "own programs" } })
        compareRange(got, want, what);
    // By hand: the support's 基準額 1,000,000 → national 500,000 and the prefecture's 1/4 →
    // 250,000.
    compareRange(
        t.perMenu.value("support").totals.national, YenRange::exact(500'000), "support national");
    compareRange(t.perMenu.value("support").totals.prefectureSupport, YenRange::exact(250'000),
        "support prefecture");
    // What the prefecture pays: its own programs' local burden plus the start-up support.
    compareRange(t.prefectureBurden, own.local + YenRange::exact(250'000), "prefecture burden");

    // 15 municipalities; 富山市, 高岡市, 立山町 run programs and 魚津市, 舟橋村 are joint members.
    const auto munis = reg.municipalitiesOf(QString::fromLatin1(kToyamaPref));
    QCOMPARE(t.municipalities, int(munis.size()));
    QCOMPARE(t.municipalitiesWithProgram, 5);
    QMap<BodyKind, int> without;
    QStringList withoutCodes;
    const QSet<QString> running { kToyamaCity, kTakaoka, kUozu, kFunahashi, kTateyama };
    for (const LocalBody *b : munis)
        if (!running.contains(b->code)) {
            without[b->kind] += 1;
            withoutCodes << b->code;
        }
    QCOMPARE(t.withoutProgram, without);
    QCOMPARE(t.withoutProgramCodes, withoutCodes);
    QVERIFY(
        t.withoutProgram.value(BodyKind::Town) > 0); // the towns a prefecture encourages to start

    // 石川県 has one plan, and 2024 is counted on its own.
    QCOMPARE(totalsFor(d, evals, QString::fromLatin1("170003"), 2025).plans, 1);
    const WorkspaceTotals t24 = totalsFor(d, evals, QString::fromLatin1(kToyamaPref), 2024);
    QCOMPARE(t24.plans, 1);
    QCOMPARE(t24.municipalitiesWithProgram, 1);
}

void TestWorkspace::nationalTotalsAreTheSumOfPrefectures()
{
    const Document d = toyamaDocument();
    const QList<Evaluation> evals = evaluateAll(d);
    const WorkspaceTotals national = totalsFor(d, evals, QString(), 2025);
    const QList<WorkspaceTotals> prefs = totalsByPrefecture(d, evals, 2025);
    QCOMPARE(prefs.size(), 47);
    QCOMPARE(national.prefectureName, QStringLiteral("全国"));
    QCOMPARE(national.plans, 5);
    QCOMPARE(national.municipalities, 1741);
    Totals sum;
    int plans = 0, with = 0, without = 0;
    for (const auto &p : prefs) {
        sum.add(p.all);
        plans += p.plans;
        with += p.municipalitiesWithProgram;
        for (int n : p.withoutProgram)
            without += n;
        // The one-pass form and the per-prefecture call agree.
        const WorkspaceTotals one = totalsFor(d, evals, p.prefectureCode, 2025);
        QCOMPARE(one.plans, p.plans);
        QCOMPARE(one.municipalitiesWithProgram, p.municipalitiesWithProgram);
        QVERIFY(one.all.national == p.all.national);
    }
    QCOMPARE(plans, national.plans);
    QCOMPARE(with, 6);
    QCOMPARE(with + without, 1741);
    compareRange(national.all.national, sum.national, "national");
    compareRange(national.all.local, sum.local, "local");
    // The view of the whole country takes both from one pass (totalsOfYear): the same figures.
    const YearTotals year = totalsOfYear(d, evals, 2025);
    QCOMPARE(year.prefectures.size(), 47);
    QCOMPARE(year.country.plans, national.plans);
    QCOMPARE(year.country.municipalitiesWithProgram, with);
    QVERIFY(year.country.all.national == national.all.national);
    QVERIFY(year.country.all.local == national.all.local);
    for (int i = 0; i < prefs.size(); ++i)
        QVERIFY(year.prefectures[i].all.national == prefs[i].all.national);
}

// Shares as "n/d" strings, or the error they must fail with.
void TestWorkspace::jointShares_data()
{
    QTest::addColumn<ShareMethod>("method");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QList<qint64>>("populations"); // -1: not known
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<QStringList>("shares");
    QTest::addColumn<QString>("error");
    const QStringList three { kTakaoka, kUozu, kFunahashi };
    QTest::newRow("equal: a third each")
        << ShareMethod::Equal << three << QList<qint64> {} << QStringList {}
        << QStringList { "1/3", "1/3", "1/3" } << "";
    QTest::newRow("by population 40,001 / 20,000 / 7: exact, in lowest terms")
        << ShareMethod::Population << three << QList<qint64> { 40001, 20000, 7 } << QStringList {}
        << QStringList { "3077/4616", "2500/7501", "7/60008" } << ""; // 40001 = 13 × 3077
    QTest::newRow("custom 1/2, 1/3, 1/6")
        << ShareMethod::Custom << three << QList<qint64> {} << QStringList { "1/2", "1/3", "1/6" }
        << QStringList { "1/2", "1/3", "1/6" } << "";
    QTest::newRow("by population with one missing: fails naming the member")
        << ShareMethod::Population << three << QList<qint64> { 40001, 20000, -1 } << QStringList {}
        << QStringList {} << "missing for 舟橋村 (163210)";
    QTest::newRow("by population with a zero population: fails naming the member")
        << ShareMethod::Population << three << QList<qint64> { 40001, 0, 7 } << QStringList {}
        << QStringList {} << "missing for 魚津市 (162043)";
    QTest::newRow("custom shares that add up to 5/6")
        << ShareMethod::Custom << three << QList<qint64> {} << QStringList { "1/2", "1/6", "1/6" }
        << QStringList {} << "add up to 5/6, not 1";
    QTest::newRow("custom shares, one too few")
        << ShareMethod::Custom << three << QList<qint64> {} << QStringList { "1/2", "1/2" }
        << QStringList {} << "2 shares for 3 members";
    QTest::newRow("one member is not a joint program")
        << ShareMethod::Equal << QStringList { kTakaoka } << QList<qint64> {} << QStringList {}
        << QStringList {} << "at least 2 members";
}

void TestWorkspace::jointShares()
{
    QFETCH(ShareMethod, method);
    QFETCH(QStringList, members);
    QFETCH(QList<qint64>, populations);
    QFETCH(QStringList, custom);
    QFETCH(QStringList, shares);
    QFETCH(QString, error);
    QHash<QString, qint64> pops;
    for (qsizetype i = 0; i < populations.size(); ++i)
        if (populations[i] >= 0)
            pops.insert(members[i], populations[i]);
    QList<Fraction> customShares;
    for (const auto &c : custom)
        customShares << *parseFraction(c);
    QString err;
    const auto got = shienplan::jointShares(method, members, pops, customShares, &err);
    if (!error.isEmpty()) {
        QVERIFY(!got);
        QVERIFY2(err.contains(error), qPrintable(err));
        return;
    }
    QVERIFY2(got, qPrintable(err));
    QStringList text;
    Fraction sum = 0;
    for (const auto &f : *got) {
        text << fractionToString(f);
        sum += f;
    }
    QCOMPARE(text, shares);
    QVERIFY(sum == 1);
}

// The members' parts of a joint program's local burden add up exactly to the whole, at both ends
// of the interval, and each member's row shows its part. Populations 40,001 / 20,000 / 7 make
// shares whose products are never whole yen.
void TestWorkspace::jointPartsAddUp_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("subprojects");
    QTest::addColumn<qint64>("expenditure");
    QTest::addColumn<bool>("exact");
    QTest::newRow("station, 14,000,001 yen: local 9,000,001")
        << "station" << kStationCore << qint64(14'000'001) << true;
    QTest::newRow("station with an optional add-on: local is a range")
        << "station" << (kStationCore + QStringList { "needs_survey" }) << qint64(17'777'777)
        << false;
    QTest::newRow("support, 3,333,333 yen")
        << "support" << QStringList { "consultation", "ibasho" } << qint64(3'333'333) << true;
    QTest::newRow("support, 1 yen")
        << "support" << QStringList { "consultation" } << qint64(1) << true;
}

void TestWorkspace::jointPartsAddUp()
{
    QFETCH(QString, menu);
    QFETCH(QStringList, subprojects);
    QFETCH(qint64, expenditure);
    QFETCH(bool, exact);
    const QStringList members { kTakaoka, kUozu, kFunahashi };
    const Document withPopulations = doc({ scenario(kTakaoka, 2025, {}, 40001),
        scenario(kUozu, 2025, {}, 20000), scenario(kFunahashi, 2025, {}, 7) });
    QString err;
    const auto shares = shienplan::jointShares(
        ShareMethod::Population, members, populationsIn(withPopulations, 2025), {}, &err);
    QVERIFY2(shares, qPrintable(err));
    Program p = program(menu, expenditure);
    p.subprojects = subprojects;
    p = joint(p, jointMembers(members, *shares));
    Document d = withPopulations;
    d.scenarios[0].plan.programs << p;
    d.scenarios[0].plan.programs[0].id = QStringLiteral("p1");

    const QList<Evaluation> evals = evaluateAll(d);
    QVERIFY(evals[0].eligible);
    const QList<MemberRow> rows = memberParts(d, evals, 2025);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].memberName, QStringLiteral("高岡市"));
    QCOMPARE(rows[1].memberName, QStringLiteral("魚津市"));
    QCOMPARE(rows[2].memberName, QStringLiteral("舟橋村"));
    QVERIFY(rows[0].lead && !rows[1].lead && !rows[2].lead);
    const YenRange whole = evals[0].programs[0].local;
    QCOMPARE(whole.isExact(), exact);
    Yen lo = 0, hi = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MemberRow &r = rows[i];
        QCOMPARE(r.leadCode, QString::fromLatin1(kTakaoka));
        QCOMPARE(r.programId, QStringLiteral("p1"));
        QCOMPARE(r.menu, menu);
        QVERIFY(r.programLocal == whole);
        QVERIFY(r.share == (*shares)[i]);
        QVERIFY2(r.local.min && r.local.max, qPrintable(show(r.local)));
        // Each part is the exact share rounded down, or one yen more (largest remainder).
        for (const auto &[part, total] :
            { std::pair { *r.local.min, *whole.min }, std::pair { *r.local.max, *whole.max } }) {
            const Yen floor = multiplyFloor(total, r.share);
            QVERIFY2(part == floor || part == floor + 1,
                qPrintable(QStringLiteral("%1: %2 of %3")
                               .arg(r.memberName, yenToString(part), yenToString(total))));
        }
        lo += *r.local.min;
        hi += *r.local.max;
    }
    QCOMPARE(lo, *whole.min);
    QCOMPARE(hi, *whole.max);
    // The members' timelines show the program they take part in.
    QCOMPARE(timeline(d, QString::fromLatin1(kUozu)).first().jointMenus, QStringList { menu });
}

void TestWorkspace::populationsPreferTheYear()
{
    const Document d = doc({ scenario(kTakaoka, 2023, {}, 170'000),
        scenario(kTakaoka, 2025, {}, 166'000), scenario(kTakaoka, 2024, {}, 168'000),
        scenario(kUozu, 2022, {}, 41'000), scenario(kFunahashi, 2024, {}) });
    const auto p24 = populationsIn(d, 2024);
    QCOMPARE(p24.value(QString::fromLatin1(kTakaoka)), 168'000);
    QCOMPARE(p24.value(QString::fromLatin1(kUozu)), 41'000); // only known from 2022
    QVERIFY(!p24.contains(QString::fromLatin1(kFunahashi)));
    QCOMPARE(populationsIn(d, 2030).value(QString::fromLatin1(kTakaoka)), 166'000); // the latest
}

// A document's own rule-book value (a confirmed center amount for R7) applies to its year only.
void TestWorkspace::evaluationAppliesDocumentValuesPerYear()
{
    Document d = doc({ scenario(kToyamaCity, 2024, { program("center_municipal", 30'000'000) }),
        scenario(kToyamaCity, 2025, { program("center_municipal", 30'000'000) }) });
    RuleOverride o;
    o.fiscalYear = 2025;
    o.menu = QStringLiteral("center_municipal");
    o.item = OverrideItem::Base;
    o.amount = YenRange::exact(20'000'000);
    o.source = QStringLiteral("令和7年度交付要綱（試験用）");
    d.overrides << o;
    const QList<Evaluation> evals = evaluateAll(d);
    QVERIFY2(!evals[0].totals.national.min, "R6 keeps its unknown 基準額");
    compareRange(
        evals[1].totals.national, YenRange::exact(10'000'000), "R7 with the confirmed amount");
}

// A year the program has no rule book for is evaluated, not dropped: its programs say so.
void TestWorkspace::yearWithoutRuleBook()
{
    const Document d = doc({ scenario(kTakaoka, 2030, { program("station", 12'000'000) }) });
    const QList<Evaluation> evals = evaluateAll(d);
    QCOMPARE(evals.size(), 1);
    QVERIFY(!evals[0].eligible);
    QCOMPARE(evals[0].findings.first().code, QStringLiteral("menu_not_available"));
    QVERIFY(evals[0].totals.national.isUnknown());
}

// The prefecture view's rows: what each body runs and draws. A joint station's local burden is
// shown in each member's row as its exact part; the parts add up to the program's burden.
void TestWorkspace::prefectureTableRows()
{
    const Document d = doc({
        scenario(kTakaoka, 2024,
            { joint(
                program("station", 12'000'000), { member(kTakaoka, 1, 2), member(kUozu, 1, 2) }) }),
        scenario(kTateyama, 2024, { withStartup(program("support", 3'000'000)) }),
        scenario(kTakaoka, 2025, { running(program("station", 14'000'000), 2) }),
    });
    const QList<Evaluation> e = evaluateAll(d);
    const PrefectureTable t = prefectureTable(d, e, QString::fromLatin1(kToyamaPref), 2024);
    QCOMPARE(t.rows.size(), Registry::bundled().municipalitiesOf(u"160008").size() + 1);
    QVERIFY(t.rows.first().prefecture);
    auto rowOf = [](const PrefectureTable &table, const char *code) {
        for (const PrefectureRow &r : table.rows)
            if (r.code == QLatin1String(code))
                return r;
        return PrefectureRow {};
    };
    const PrefectureRow takaoka = rowOf(t, kTakaoka), uozu = rowOf(t, kUozu),
                        tateyama = rowOf(t, kTateyama);
    QCOMPARE(takaoka.scenario, 0);
    QCOMPARE(uozu.scenario, -1);
    QCOMPARE(uozu.jointLeads, QStringList { QStringLiteral("高岡市") });
    QVERIFY(uozu.runsProgram());
    const YenRange whole = e[0].programs[0].local;
    QVERIFY(whole.isExact() && *whole.min > 0);
    compareRange(takaoka.totals.local + uozu.totals.local, whole, "members' parts");
    compareRange(takaoka.totals.national, e[0].totals.national, "national in the lead's row");
    compareRange(
        uozu.totals.national, YenRange::exact(0), "a member draws no national subsidy itself");
    QVERIFY(*tateyama.totals.prefectureSupport.min > 0);
    compareRange(
        tateyama.totals.prefectureSupport, e[1].totals.prefectureSupport, "start-up support");
    QCOMPARE(
        timelineText(takaoka.timeline, u"ja"), QStringLiteral("R6 ステーション → R7 ステーション"));
    QCOMPARE(
        timelineText(takaoka.timeline, u"en"), QStringLiteral("FY2024 station → FY2025 station"));
    QCOMPARE(timelineText(uozu.timeline, u"ja"), QStringLiteral("R6 ステーション（共同）"));
    QVERIFY(!takaoka.change); // 2023 is not in the document
    compareRange(
        t.totals.all.national, e[0].totals.national + e[1].totals.national, "prefecture total");

    const PrefectureTable next = prefectureTable(d, e, QString::fromLatin1(kToyamaPref), 2025);
    const PrefectureRow takaoka25 = rowOf(next, kTakaoka), uozu25 = rowOf(next, kUozu);
    QVERIFY(takaoka25.change);
    compareRange(takaoka25.change->national,
        shienplan::difference(e[2].totals.national, e[0].totals.national), "change of the lead");
    QVERIFY(uozu25.change); // it stopped: its part falls to zero
    compareRange(uozu25.change->local, shienplan::difference(YenRange::exact(0), uozu.totals.local),
        "change of the member");
    QVERIFY(!rowOf(next, kFunahashi).change); // planned in neither year
}

// The codes of the rows a filter keeps, in table order.
static QStringList codesMatching(const PrefectureTable &t, RowFilter f)
{
    QStringList out;
    for (const PrefectureRow &r : t.rows)
        if (matches(r, f))
            out << r.code;
    return out;
}

void TestWorkspace::prefectureTableFilters()
{
    Program survey = program("station", 10'000'000);
    survey.subprojects << QStringLiteral("needs_survey");
    const Document d = doc({
        scenario(kTakaoka, 2025, { program("station", 10'000'000) }), // no 実態把握調査
        scenario(kUozu, 2025, { survey }),
        scenario(kTateyama, 2025, { withStartup(program("support", 3'000'000)) }),
        scenario(kFunahashi, 2025, {}), // planned, no program yet
    });
    const PrefectureTable t
        = prefectureTable(d, evaluateAll(d), QString::fromLatin1(kToyamaPref), 2025);
    auto codes = [&](RowFilter f) { return codesMatching(t, f); };
    QCOMPARE(
        codes(RowFilter::StationsWithoutSurvey), QStringList { QString::fromLatin1(kTakaoka) });
    QCOMPARE(codes(RowFilter::WithStartupSupport), QStringList { QString::fromLatin1(kTateyama) });
    QCOMPARE(codes(RowFilter::WithProgram).size(), 3);
    QCOMPARE(codes(RowFilter::All).size(), t.rows.size());
    // The towns and villages of 富山県 with no program: every one but 立山町 (舟橋村 has a plan,
    // but no program in it).
    int townsAndVillages = 0;
    for (const LocalBody *b : Registry::bundled().municipalitiesOf(u"160008"))
        townsAndVillages += b->kind == BodyKind::Town || b->kind == BodyKind::Village ? 1 : 0;
    const QStringList idle = codes(RowFilter::TownsWithoutProgram);
    QCOMPARE(idle.size(), townsAndVillages - 1);
    QVERIFY(idle.contains(QString::fromLatin1(kFunahashi)));
    QVERIFY(!idle.contains(QString::fromLatin1(kTateyama)));
    QVERIFY(!codes(RowFilter::WithoutProgram)
                 .contains(QString::fromLatin1(kToyamaPref))); // the prefecture is no town
    QCOMPARE(codes(RowFilter::WithoutProgram).size(), t.totals.withoutProgramCodes.size());
}

// 担当区域: the satellite's towns are marked in their rows, filtered, and counted in the totals;
// the towns with neither a program nor a served area are the prefecture's blank spots.
void TestWorkspace::servedAreaInRowsFiltersAndTotals()
{
    const QString tateyama = QString::fromLatin1(kTateyama),
                  funahashi = QString::fromLatin1(kFunahashi);
    const QString asahi = QString::fromLatin1(kAsahi);
    const Document d = doc({
        scenario(kToyamaPref, 2025,
            { serving(program("center_prefectural", 40'000'000), { asahi }),
                serving(program("satellite", 9'000'000),
                    { tateyama, funahashi, QString::fromLatin1(kKanazawa) }) }),
        scenario(kTateyama, 2025, { program("support", 1'000'000) }),
        scenario(kTakaoka, 2025,
            { serving(program("station", 10'000'000), { asahi }) }), // a station serves no one
        scenario(kToyamaPref, 2024,
            { serving(
                program("satellite", 9'000'000), { QString::fromLatin1(kUozu) }) }), // another year
    });
    const QList<Evaluation> evals = evaluateAll(d);

    // Who serves whom, per year: only centers and satellites.
    const auto serving2025 = servingPrograms(d, 2025);
    QCOMPARE(serving2025.value(tateyama).size(), 1);
    QCOMPARE(serving2025.value(tateyama).first().menu, QStringLiteral("satellite"));
    QCOMPARE(serving2025.value(tateyama).first().scenario, 0);
    QCOMPARE(serving2025.value(tateyama).first().bodyName, QStringLiteral("富山県"));
    QCOMPARE(serving2025.value(asahi).size(), 1); // the center; 高岡市's station does not count
    QCOMPARE(serving2025.value(asahi).first().menu, QStringLiteral("center_prefectural"));
    QVERIFY(!serving2025.contains(QString::fromLatin1(kUozu)));
    QVERIFY(servingPrograms(d).contains(QString::fromLatin1(kUozu))); // every year

    const PrefectureTable t = prefectureTable(d, evals, QString::fromLatin1(kToyamaPref), 2025);
    auto codes = [&](RowFilter f) { return codesMatching(t, f); };
    QCOMPARE(codes(RowFilter::ServedByPrefecture), (QStringList { funahashi, tateyama, asahi }));
    const auto munis = Registry::bundled().municipalitiesOf(u"160008");
    // Uncovered: no program and in no served area — every municipality but 高岡市 (station),
    // 立山町 (support and served), 舟橋村 and 朝日町 (served).
    const QStringList uncovered = codes(RowFilter::Uncovered);
    QCOMPARE(uncovered.size(), munis.size() - 4);
    for (const QString &c : { QString::fromLatin1(kTakaoka), tateyama, funahashi, asahi })
        QVERIFY2(!uncovered.contains(c), qPrintable(c));
    QVERIFY(!uncovered.contains(QString::fromLatin1(kToyamaPref)));

    const WorkspaceTotals &w = t.totals;
    QCOMPARE(w.servedMunicipalities, 3); // 立山町, 舟橋村, 朝日町 (金沢市 is not 富山県's)
    QCOMPARE(w.servedWithoutProgram, 2); // 舟橋村, 朝日町
    QCOMPARE(w.uncoveredCodes, uncovered);
    // The country's totals add the prefectures up; 金沢市 counts in 石川県.
    const WorkspaceTotals all = totalsFor(d, evals, QString(), 2025);
    QCOMPARE(all.servedMunicipalities, 4);
    QCOMPARE(totalsFor(d, evals, QStringLiteral("170003"), 2025).servedMunicipalities, 1);

    // The served area changes no amount: the same plans without it total the same.
    Document bare = d;
    for (auto &sc : bare.scenarios)
        for (auto &p : sc.plan.programs)
            p.served.clear();
    const WorkspaceTotals b
        = totalsFor(bare, evaluateAll(bare), QString::fromLatin1(kToyamaPref), 2025);
    compareRange(b.all.national, w.all.national, "national");
    compareRange(b.all.local, w.all.local, "local");
    QCOMPARE(b.servedMunicipalities, 0);

    // The engine's warnings about the served lists reach the rows: 金沢市 is outside, and a station
    // serves no one.
    const PrefectureRow *pref = &t.rows.first();
    QVERIFY(pref->prefecture);
    QVERIFY(std::any_of(pref->findings.cbegin(), pref->findings.cend(),
        [](const Finding &f) { return f.code == u"served_outside"; }));
    for (const PrefectureRow &r : t.rows)
        if (r.code == QLatin1String(kTakaoka))
            QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(),
                [](const Finding &f) { return f.code == u"served_not_applicable"; }));
}

// The table as CSV: the cells a planner sees in Excel — every row asked for, in that order,
// amounts as plain yen with each range in two cells, an unknown end empty, the findings in one
// quoted cell over several lines.
void TestWorkspace::prefectureTableAsCsv()
{
    const QString funahashi = QString::fromLatin1(kFunahashi);
    const Document d = doc({
        scenario(kToyamaPref, 2025, { serving(program("satellite", 9'000'000), { funahashi }) }),
        scenario(kTakaoka, 2025, { program("station", 12'345'678) }, 166'000),
        scenario(kTateyama, 2025, { withStartup(program("support", 3'000'000)) }),
        scenario(kTakaoka, 2024, { program("station", 11'000'000) }),
    });
    const PrefectureTable t
        = prefectureTable(d, evaluateAll(d), QString::fromLatin1(kToyamaPref), 2025);
    const QByteArray bytes = prefectureTableToCsv(t, {}, u"ja");
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), t.rows.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header, prefectureCsvHeader(2025, u"ja"));
    QVERIFY(header.contains(QStringLiteral("実施事業（R7）")));
    for (const QStringList &r : rows)
        QCOMPARE(r.size(), header.size());
    auto cell = [&](const char *code, const char *column) {
        for (const QStringList &r : rows)
            if (r.first() == QLatin1String(code))
                return r.value(header.indexOf(QString::fromUtf8(column)));
        return QStringLiteral("(no row)");
    };
    // 高岡市: station 基準額 10,000,000 < 12,345,678 → national 5,000,000; local 7,345,678; the
    // year before 11,000,000 → 5,000,000 as well: ±0.
    QCOMPARE(cell(kTakaoka, "人口"), QStringLiteral("166000"));
    QCOMPARE(cell(kTakaoka, "国庫補助額（下限）"), QStringLiteral("5000000"));
    QCOMPARE(cell(kTakaoka, "国庫補助額（上限）"), QStringLiteral("5000000"));
    QCOMPARE(cell(kTakaoka, "実施主体の負担（下限）"), QStringLiteral("7345678"));
    QCOMPARE(cell(kTakaoka, "国庫補助額の前年度比（下限）"), QStringLiteral("0"));
    QCOMPARE(cell(kTakaoka, "年度ごとの事業"), QStringLiteral("R6 ステーション → R7 ステーション"));
    // 立山町: support 1,000,000 with the prefecture's 1/4 → 250,000.
    QCOMPARE(cell(kTateyama, "都道府県の立ち上げ支援（上限）"), QStringLiteral("250000"));
    // The satellite: 基準額 unknown, so the national subsidy has no lower end.
    QCOMPARE(cell(kToyamaPref, "国庫補助額（下限）"), QString());
    QCOMPARE(cell(kToyamaPref, "国庫補助額（上限）"), QStringLiteral("4500000"));
    QCOMPARE(cell(kToyamaPref, "実施事業（R7）"), QStringLiteral("サテライト（担当区域 1団体）"));
    QVERIFY(cell(kToyamaPref, "指摘事項").contains(QStringLiteral("情報: ")));
    QCOMPARE(cell(kFunahashi, "実施事業（R7）"),
        QStringLiteral("計画なし（富山県サテライトの担当区域）"));
    QCOMPARE(cell(kFunahashi, "国庫補助額（上限）"), QString()); // no plan: no amount, not 0
    // Only the rows asked for, in that order.
    const QList<QStringList> two
        = parseCsv(QString::fromUtf8(prefectureTableToCsv(t, { 2, 0 }, u"en").mid(3)));
    QCOMPARE(two.size(), 3);
    QCOMPARE(two[0].first(), QStringLiteral("Body code"));
    QCOMPARE(two[1].first(), t.rows[2].code);
    QCOMPARE(two[2].first(), QString::fromLatin1(kToyamaPref));
}

// What the plan tab shows of the checks across years for one scenario, and nothing twice: a
// satellite whose plan says year 3 is told once (the engine's words); its towns with nothing
// planned after it are the check across years'.
void TestWorkspace::acrossYearsForOneScenario()
{
    const QStringList area { QString::fromLatin1(kTateyama) };
    const Document d = doc({
        scenario(kToyamaPref, 2024, { serving(program("satellite"), area) }),
        scenario(kToyamaPref, 2025, { running(serving(program("satellite"), area), 3) }),
        scenario(
            kTakaoka, 2025, { program("preparation") }), // no program named for 2026, none planned
    });
    const QList<Evaluation> evals = evaluateAll(d);
    const RuleBookLibrary books = RuleBookLibrary::bundledOnly();
    auto codesOf = [](const QList<Finding> &fs) {
        QStringList out;
        for (const Finding &f : fs)
            out << f.code;
        return out;
    };
    QVERIFY(codesOf(evals[1].findings)
                .contains(QStringLiteral("duration_exceeded"))); // the engine: year 3
    QCOMPARE(codesOf(multiYearFindingsOf(d, evals, 1, &books)),
        QStringList { QStringLiteral("satellite_transition") });
    QCOMPARE(
        codesOf(multiYearFindingsOf(d, evals, 0, &books)), QStringList {}); // 2024: its first year
    // Preparation without next year's program: the engine says it of the plan; nothing more.
    QVERIFY(codesOf(evals[2].findings).contains(QStringLiteral("next_year_condition")));
    QCOMPARE(codesOf(multiYearFindingsOf(d, evals, 2, &books)), QStringList {});
    // The prefecture table's row says each once too.
    const PrefectureTable t
        = prefectureTable(d, evals, QString::fromLatin1(kToyamaPref), 2025, &books);
    QCOMPARE(codesOf(t.rows.first().findings).count(QStringLiteral("duration_exceeded")), 1);
    QCOMPARE(codesOf(t.rows.first().findings).count(QStringLiteral("satellite_transition")), 1);
    QVERIFY(multiYearFindingsOf(d, evals, 7, &books).isEmpty()); // no such scenario

    // 高岡市 intends a station in 2026, which only 金沢市 (石川県) has planned so far: both the
    // plan tab and 富山県's table say 2026 is planned for other bodies, not that it is not planned.
    const Document d2
        = doc({ scenario(kTakaoka, 2025, { nextYear(program("preparation"), "station") }),
            scenario(kKanazawa, 2026, { program("support") }) });
    const QList<Evaluation> e2 = evaluateAll(d2);
    const QList<Finding> planTab = multiYearFindingsOf(d2, e2, 0, &books);
    QCOMPARE(codesOf(planTab), QStringList { QStringLiteral("next_year_condition") });
    QVERIFY2(planTab.first().ja.contains(QStringLiteral("他の団体の計画はありますが")),
        qPrintable(planTab.first().ja));
    const PrefectureTable t2
        = prefectureTable(d2, e2, QString::fromLatin1(kToyamaPref), 2025, &books);
    for (const PrefectureRow &r : t2.rows)
        if (r.code == QLatin1String(kTakaoka)) {
            const auto it = std::find_if(r.findings.cbegin(), r.findings.cend(),
                [](const Finding &f) { return f.code == u"next_year_condition"; });
            QVERIFY(it != r.findings.cend());
            QCOMPARE(it->ja, planTab.first().ja);
        }
}

void TestWorkspace::mergeReplacesTheSameBodyAndYear()
{
    const QList<Scenario> existing { scenario(kTakaoka, 2024, { program("support") }),
        scenario(kUozu, 2024, { program("support") }) };
    const QList<Scenario> imported { scenario(kUozu, 2024, { program("station") }),
        scenario(kUozu, 2025, { program("station") }) };
    const MergeResult m = mergeScenarios(existing, imported);
    QCOMPARE(m.replaced, 1);
    QCOMPARE(m.added, 1);
    QCOMPARE(m.scenarios.size(), 3);
    QCOMPARE(m.scenarios[0], existing[0]);
    QCOMPARE(m.scenarios[1], imported[0]); // in place
    QCOMPARE(m.scenarios[2], imported[1]);
}

void TestWorkspace::nextYearContinuesEveryProgram()
{
    const Document d = doc({
        scenario(kToyamaPref, 2025, { running(program("satellite", 5'000'000), 2) }),
        scenario(kTateyama, 2025, { withStartup(program("support", 3'000'000), 1) }),
        scenario(kFunahashi, 2025,
            { nextYear(program("preparation", 1'000'000), QStringLiteral("support")) }),
        scenario(kUozu, 2025, { program("station") }),
        scenario(kUozu, 2026, { program("center_municipal") }), // already planned: left alone
        scenario(kKanazawa, 2025, { program("station") }), // another prefecture
    });
    const MergeResult m
        = withNextYear(d, QString::fromLatin1(kToyamaPref), 2025, Registry::bundled());
    QCOMPARE(m.added, 3);
    QCOMPARE(m.scenarios.size(), d.scenarios.size() + 3);
    const Scenario &sat = m.scenarios[6], &support = m.scenarios[7], &prep = m.scenarios[8];
    QCOMPARE(sat.plan.fiscalYear, 2026);
    QCOMPARE(sat.plan.programs[0].yearsRunning, 3);
    QCOMPARE(support.plan.programs[0].startup->year, 2);
    QCOMPARE(support.plan.alternative, QStringLiteral("立山町 令和8年度"));
    QCOMPARE(prep.plan.programs[0].menu, QStringLiteral("support"));
    QVERIFY(prep.plan.programs[0].subprojects.isEmpty());
    QCOMPARE(prep.plan.programs[0].yearsRunning, 1);
    // The checks across years now see the satellite's third year.
    Document next = d;
    next.scenarios = m.scenarios;
    bool third = false;
    for (const WorkspaceFinding &f : shienplan::multiYearFindings(next))
        third = third
            || (f.bodyCode == QLatin1String(kToyamaPref) && f.fiscalYear == 2026
                && f.finding.code == u"duration_exceeded");
    QVERIFY(third);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
