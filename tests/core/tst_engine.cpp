// The engine against the worked examples of rules.md §5.4 (E1–E11) and every finding code of
// decisions.md. Plans are built in code from registry bodies so each row reads like the case.
#include "core/engine/engine.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/corefixtures.h"

#include <QTest>

using namespace shienplan;

namespace
{

// Bodies from the bundled registry, one of each kind the rules distinguish.
const char *kToyamaCity = "162019"; // 富山市, core city
const char *kTakaoka = "162027"; // 高岡市, city
const char *kToyamaPref = "160008"; // 富山県
const char *kSapporo = "011002"; // 札幌市, designated city
const char *kTateyama = "163236"; // 立山町, town
const char *kFunahashi = "163210"; // 舟橋村, village

Plan plan(int fy, const char *code, const QString &menu, const QStringList &subs,
    qint64 expenditure, int coordinators = 2)
{
    Plan p;
    p.fiscalYear = fy;
    p.body = testutil::registryBody(code);
    Program pr;
    pr.id = QStringLiteral("p1");
    pr.menu = menu;
    pr.subprojects = subs;
    pr.expenditure = Yen(expenditure);
    pr.staff.insert(QStringLiteral("coordinators"), coordinators);
    p.programs << pr;
    return p;
}

Evaluation run(const Plan &p)
{
    const RuleBook *book = RuleBookLibrary::bundledOnly().book(p.fiscalYear);
    Q_ASSERT(book);
    return evaluate(p, *book, Registry::bundled());
}

const QStringList kStationCore { "consultation", "ibasho", "network" };
const QStringList kCenterCore { "consultation", "ibasho", "network", "peer_family_meetings",
    "public_lectures" };
const QStringList kPrefCenterCoreB
    = kCenterCore + QStringList { "multidisciplinary_team", "staff_training", "municipal_backup" };
const QStringList kPrefCenterCoreA
    = kCenterCore + QStringList { "staff_training", "municipal_backup" };

using OptYen = std::optional<qint64>;
using testutil::show; // an interval as "[min, max]"
QString show(OptYen lo, OptYen hi)
{
    return QStringLiteral("[%1, %2]")
        .arg(lo ? QString::number(*lo) : QStringLiteral("null"),
            hi ? QString::number(*hi) : QStringLiteral("null"));
}

QStringList codes(const Evaluation &e)
{
    QStringList out;
    for (const auto &f : e.findings)
        out << f.code;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(shienplan::Plan)
Q_DECLARE_METATYPE(OptYen)

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void workedExamples_data();
    void workedExamples();
    void validationExamples_data();
    void validationExamples();
    void findingCodes_data();
    void findingCodes();
    void everyCodeIsTested();
    void cleanPlanHasNoFindings();
    void servedAreaInsideGivesNoFinding();
    void explanationNamesEveryValue();
    void jointPartsAddUp();
    void otherIncomeAboveExpenditure();
    void userAmountsMakeStationExact();
    void figuresOnlyGiveTheSameAnswer_data() { findingCodes_data(); }
    void figuresOnlyGiveTheSameAnswer();

private:
    QSet<QString> m_testedCodes;
};

// Amounts in yen. Columns: plan, 基準額, national, prefecture support, local (min, max each).
void TestEngine::workedExamples_data()
{
    QTest::addColumn<Plan>("input");
    QTest::addColumn<OptYen>("stdMin");
    QTest::addColumn<OptYen>("stdMax");
    QTest::addColumn<OptYen>("natMin");
    QTest::addColumn<OptYen>("natMax");
    QTest::addColumn<OptYen>("prefMin");
    QTest::addColumn<OptYen>("prefMax");
    QTest::addColumn<OptYen>("localMin");
    QTest::addColumn<OptYen>("localMax");

    QTest::newRow("E1 support S01+S02+S08, net 4,000,000 (R4)")
        << plan(2022, kTateyama, "support", { "consultation", "ibasho", "needs_survey" }, 4'000'000)
        << OptYen(2'500'000) << OptYen(2'500'000) << OptYen(1'250'000) << OptYen(1'250'000)
        << OptYen(0) << OptYen(0) << OptYen(2'750'000) << OptYen(2'750'000);
    QTest::newRow("E1 again in R7 with carried-over amounts")
        << plan(2025, kTateyama, "support", { "consultation", "ibasho", "needs_survey" }, 4'000'000)
        << OptYen(2'500'000) << OptYen(2'500'000) << OptYen(1'250'000) << OptYen(1'250'000)
        << OptYen(0) << OptYen(0) << OptYen(2'750'000) << OptYen(2'750'000);
    QTest::newRow("E2 support all 8: 5,500,000, national at most 2,750,000")
        << plan(2022, kTakaoka, "support",
               { "consultation", "ibasho", "network", "peer_family_meetings", "public_lectures",
                   "supporters", "private_partners", "needs_survey" },
               9'000'000)
        << OptYen(5'500'000) << OptYen(5'500'000) << OptYen(2'750'000) << OptYen(2'750'000)
        << OptYen(0) << OptYen(0) << OptYen(6'250'000) << OptYen(6'250'000);
    QTest::newRow("E3 support S03 only: 500,000 -> 250,000")
        << plan(2023, kFunahashi, "support", { "network" }, 600'000) << OptYen(500'000)
        << OptYen(500'000) << OptYen(250'000) << OptYen(250'000) << OptYen(0) << OptYen(0)
        << OptYen(350'000) << OptYen(350'000);
    QTest::newRow("E4 station without 重層, no optional: 10,000,000 -> 5,000,000")
        << plan(2025, kTakaoka, "station", kStationCore, 12'000'000, 1) << OptYen(10'000'000)
        << OptYen(10'000'000) << OptYen(5'000'000) << OptYen(5'000'000) << OptYen(0) << OptYen(0)
        << OptYen(7'000'000) << OptYen(7'000'000);
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore, 12'000'000, 1);
        p.body.juso = true;
        QTest::newRow("E5 station with 重層: 7,500,000 -> 3,750,000")
            << p << OptYen(7'500'000) << OptYen(7'500'000) << OptYen(3'750'000) << OptYen(3'750'000)
            << OptYen(0) << OptYen(0) << OptYen(8'250'000) << OptYen(8'250'000);
    }
    QTest::newRow("E6 station + S04 + S08: [11,000,000, 16,000,000]")
        << plan(2025, kTakaoka, "station",
               kStationCore + QStringList { "peer_family_meetings", "needs_survey" }, 20'000'000, 1)
        << OptYen(11'000'000) << OptYen(16'000'000) << OptYen(5'500'000) << OptYen(8'000'000)
        << OptYen(0) << OptYen(0) << OptYen(12'000'000) << OptYen(14'500'000);
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore, 10'000'000, 1);
        p.programs[0].startup = StartupSupport {}; // share not chosen: the whole 1/4–1/2 range
        QTest::newRow("E7 start-up support on a 10,000,000 station: pref 2,500,000-5,000,000")
            << p << OptYen(10'000'000) << OptYen(10'000'000) << OptYen(5'000'000)
            << OptYen(5'000'000) << OptYen(2'500'000) << OptYen(5'000'000) << OptYen(0)
            << OptYen(2'500'000);
        p.programs[0].startup->prefectureShare = Fraction(1, 4);
        QTest::newRow("E7 with the share fixed at 1/4")
            << p << OptYen(10'000'000) << OptYen(10'000'000) << OptYen(5'000'000)
            << OptYen(5'000'000) << OptYen(2'500'000) << OptYen(2'500'000) << OptYen(2'500'000)
            << OptYen(2'500'000);
    }
    QTest::newRow("E8 acceleration (R4), cost 2,000,000: national at most 1,500,000")
        << plan(2022, kTateyama, "acceleration", {}, 2'000'000) << OptYen() << OptYen() << OptYen()
        << OptYen(1'500'000) << OptYen(0) << OptYen(0) << OptYen(500'000) << OptYen();
    QTest::newRow("center with unknown 基準額: upper bound net x 1/2")
        << plan(2025, kToyamaPref, "center_prefectural", kPrefCenterCoreA, 30'000'001) << OptYen()
        << OptYen() << OptYen() << OptYen(15'000'000) << OptYen(0) << OptYen(0)
        << OptYen(15'000'001) << OptYen();
    QTest::newRow("preparation (R7), 3/4 assumed, cost 1,333,333")
        << plan(2025, kFunahashi, "preparation", {}, 1'333'333) << OptYen() << OptYen() << OptYen()
        << OptYen(999'000) << OptYen(0) << OptYen(0) << OptYen(334'333) << OptYen();
    QTest::newRow("net below 基準額: adopted is the net cost, truncated")
        << plan(2025, kTateyama, "support", { "consultation", "ibasho" }, 1'234'567)
        << OptYen(2'000'000) << OptYen(2'000'000) << OptYen(617'000) << OptYen(617'000) << OptYen(0)
        << OptYen(0) << OptYen(617'567) << OptYen(617'567);
}

void TestEngine::workedExamples()
{
    QFETCH(Plan, input);
    QFETCH(OptYen, stdMin);
    QFETCH(OptYen, stdMax);
    QFETCH(OptYen, natMin);
    QFETCH(OptYen, natMax);
    QFETCH(OptYen, prefMin);
    QFETCH(OptYen, prefMax);
    QFETCH(OptYen, localMin);
    QFETCH(OptYen, localMax);
    const Evaluation e = run(input);
    QCOMPARE(e.programs.size(), 1);
    const ProgramResult &r = e.programs.first();
    QCOMPARE(show(r.standard), show(stdMin, stdMax));
    QCOMPARE(show(r.national), show(natMin, natMax));
    QCOMPARE(show(r.prefectureSupport), show(prefMin, prefMax));
    QCOMPARE(show(r.local), show(localMin, localMax));
    QCOMPARE(show(e.totals.national), show(natMin, natMax));
    QVERIFY2(
        !codes(e).contains(QStringLiteral("required_missing")), qPrintable(codes(e).join(u',')));
}

// E9–E11: the same plan is refused under one year's matrix and accepted under another's.
void TestEngine::validationExamples_data()
{
    QTest::addColumn<Plan>("input");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("code");
    QTest::newRow("E9 station with S10 in R7 (Version A: -)") << plan(2025, kTakaoka, "station",
        kStationCore + QStringList { "multidisciplinary_team" }, 12'000'000, 1)
                                                              << false << "not_allowed";
    QTest::newRow("E9 station with S10 in R4 (Version B: ○)") << plan(2022, kTakaoka, "station",
        kStationCore + QStringList { "multidisciplinary_team" }, 12'000'000, 1)
                                                              << true << "";
    QTest::newRow("E10 satellite requested by a city")
        << plan(2025, kTakaoka, "satellite", { "consultation", "ibasho" }, 5'000'000) << false
        << "body_not_eligible";
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore + QStringList { "professionals" },
            12'000'000, 1);
        p.programs[0].staff.insert(QStringLiteral("professionals"), 2);
        QTest::newRow("E11 station with 2 professionals in R7 (cap 1)")
            << p << false << "cap_exceeded";
        p.fiscalYear = 2023;
        QTest::newRow("E11 station with 2 professionals in R5 (no cap)") << p << true << "";
    }
}

void TestEngine::validationExamples()
{
    QFETCH(Plan, input);
    QFETCH(bool, eligible);
    QFETCH(QString, code);
    const Evaluation e = run(input);
    QCOMPARE(e.eligible, eligible);
    if (code.isEmpty())
        QVERIFY2(codes(e).filter(QStringLiteral("_")).isEmpty() || e.eligible,
            qPrintable(codes(e).join(u',')));
    else
        QVERIFY2(codes(e).contains(code), qPrintable(codes(e).join(u',')));
}

void TestEngine::findingCodes_data()
{
    QTest::addColumn<Plan>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("subproject");
    QTest::addColumn<QString>("jaFragment");

    QTest::newRow("body_not_eligible: a town runs the prefectural center")
        << plan(2025, kTateyama, "center_prefectural", kPrefCenterCoreA, 1'000'000)
        << "body_not_eligible"
        << "error"
        << ""
        << "立山町（町）は「ひきこもり地域支援センター（都道府県・指定都市）」を実施できません";
    QTest::newRow("body_not_eligible: a designated city runs a station")
        << plan(2025, kSapporo, "station", kStationCore, 1'000'000, 1) << "body_not_eligible"
        << "error"
        << ""
        << "指定都市";
    QTest::newRow("menu_not_available: preparation in R4")
        << plan(2022, kTateyama, "preparation", {}, 1'000'000) << "menu_not_available"
        << "error"
        << ""
        << "令和4年度";
    QTest::newRow("menu_not_available: acceleration in R6")
        << plan(2024, kTateyama, "acceleration", {}, 1'000'000) << "menu_not_available"
        << "error"
        << ""
        << "令和6年度";
    QTest::newRow("required_missing: station without 居場所づくり")
        << plan(2025, kTakaoka, "station", { "consultation", "network" }, 1'000'000, 1)
        << "required_missing"
        << "error"
        << "ibasho"
        << "必須事業（◎）の「居場所づくり」";
    QTest::newRow("not_allowed: support with 専門職の配置")
        << plan(2025, kTateyama, "support", { "consultation", "professionals" }, 1'000'000)
        << "not_allowed"
        << "error"
        << "professionals"
        << "対象外（-）";
    QTest::newRow("not_allowed: S14 in R6 is not in that year's matrix") << plan(2024, kToyamaPref,
        "center_prefectural", kPrefCenterCoreA + QStringList { "visiting_supporters" }, 1'000'000)
                                                                         << "not_allowed"
                                                                         << "error"
                                                                         << "visiting_supporters"
                                                                         << "表にない事業";
    {
        Plan p = plan(2025, kToyamaPref, "center_prefectural",
            kPrefCenterCoreA + QStringList { "visiting_supporters" }, 1'000'000);
        p.programs[0].staff.insert(QStringLiteral("visiting_supporters"), 4);
        QTest::newRow("cap_exceeded: 4 visiting supporters (cap 3)") << p << "cap_exceeded"
                                                                     << "error"
                                                                     << "visiting_supporters"
                                                                     << "3人まで";
    }
    {
        Plan p = plan(2024, kTakaoka, "center_municipal",
            kCenterCore + QStringList { "professionals" }, 1'000'000);
        p.programs[0].staff.insert(QStringLiteral("professionals"), 4);
        QTest::newRow("cap_exceeded: 4 professionals at a municipal center (cap 3)")
            << p << "cap_exceeded"
            << "error"
            << "professionals"
            << "計画では4人";
    }
    QTest::newRow("coordinators_short: station with none")
        << plan(2025, kTakaoka, "station", kStationCore, 1'000'000, 0) << "coordinators_short"
        << "error"
        << ""
        << "1名以上必要";
    QTest::newRow("coordinators_short: municipal center with one")
        << plan(2025, kTakaoka, "center_municipal", kCenterCore, 1'000'000, 1)
        << "coordinators_short"
        << "error"
        << ""
        << "2名以上必要";
    QTest::newRow("support_empty: nothing selected")
        << plan(2025, kTateyama, "support", {}, 1'000'000) << "support_empty"
        << "error"
        << ""
        << "少なくとも1事業";
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore, 10'000'000, 1);
        p.programs[0].startup = StartupSupport { Fraction(1, 8), 1 };
        QTest::newRow("share_out_of_range: 1/8") << p << "share_out_of_range"
                                                 << "error"
                                                 << ""
                                                 << "計画では1/8";
    }
    {
        Plan p = plan(2025, kToyamaPref, "center_prefectural", kPrefCenterCoreA, 10'000'000);
        p.programs[0].startup = StartupSupport { Fraction(1, 4), 1 };
        QTest::newRow("startup_not_applicable: on a prefectural center")
            << p << "startup_not_applicable"
            << "error"
            << ""
            << "適用できません";
    }
    {
        Plan p = plan(2025, kToyamaPref, "satellite", { "consultation", "ibasho" }, 10'000'000);
        p.programs[0].yearsRunning = 3;
        QTest::newRow("duration_exceeded: satellite in its 3rd year") << p << "duration_exceeded"
                                                                      << "warning"
                                                                      << ""
                                                                      << "原則2年まで";
    }
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore, 10'000'000, 1);
        p.programs[0].startup = StartupSupport { Fraction(1, 4), 3 };
        QTest::newRow("duration_exceeded: start-up support in its 3rd year")
            << p << "duration_exceeded"
            << "warning"
            << ""
            << "立ち上げ支援";
    }
    QTest::newRow("next_year_condition: preparation with nothing next year")
        << plan(2025, kFunahashi, "preparation", {}, 1'000'000) << "next_year_condition"
        << "warning"
        << ""
        << "翌年度";
    {
        Plan p = plan(2025, kTakaoka, "support", { "consultation" }, 1'000'000);
        Program second = p.programs[0];
        second.id = QStringLiteral("p2");
        second.menu = QStringLiteral("station");
        second.subprojects = kStationCore;
        p.programs << second;
        QTest::newRow("combined_menus: support and station in one year") << p << "combined_menus"
                                                                         << "warning"
                                                                         << ""
                                                                         << "併用";
    }
    {
        Plan p = plan(2025, kTakaoka, "center_municipal", kCenterCore, 10'000'000);
        p.programs[0].joint = { { QString::fromLatin1(kTakaoka), Fraction(1, 2) },
            { QString::fromLatin1(kToyamaCity), Fraction(1, 2) } };
        QTest::newRow("joint_unstated: a joint municipal center")
            << p << "joint_unstated"
            << "warning"
            << ""
            << "共同実施は資料に記載がありません";
    }
    {
        Plan p = plan(2025, kTakaoka, "station", kStationCore, 10'000'000, 1);
        p.programs[0].served = { QString::fromLatin1(kTateyama) };
        QTest::newRow("served_not_applicable: a station names a served area")
            << p << "served_not_applicable"
            << "warning"
            << ""
            << "担当区域（支援する市町村）を設定できません";
    }
    {
        Plan p = plan(2025, kToyamaPref, "satellite", { "consultation", "ibasho" }, 10'000'000);
        p.programs[0].staff.insert(QStringLiteral("coordinators"), 2);
        p.programs[0].served = { QString::fromLatin1(kTateyama), QStringLiteral("172014"),
            QString::fromLatin1(kSapporo) };
        QTest::newRow("served_outside: 金沢市 and 札幌市 in a 富山県 satellite's area")
            << p << "served_outside"
            << "warning"
            << ""
            << "金沢市、札幌市は富山県の管外";
    }
    QTest::newRow("standard_unknown: municipal center")
        << plan(2025, kTakaoka, "center_municipal", kCenterCore, 10'000'000) << "standard_unknown"
        << "info"
        << ""
        << "5,000,000円以下";
    // 14,000,000円 planned for a サポート事業 worth 3,000,000円: the rest is the town's, and the
    // station this city may run has a base of 10,000,000円.
    QTest::newRow("cost_above_standard: support, the station covers more")
        << plan(2025, kTakaoka, "support",
               { "consultation", "ibasho", "network", "peer_family_meetings" }, 14'000'000)
        << "cost_above_standard"
        << "info"
        << ""
        << "11,000,000円は基準額（3,000,"
           "000円）を超えるため、国庫補助の対象になりません（実施主体の負担です）。"
           "「ひきこもり支援ステーション事業」なら基本額は10,000,000円です。";
    QTest::newRow("cost_above_standard: station, no known menu covers more")
        << plan(2025, kTakaoka, "station", kStationCore, 14'000'000, 1) << "cost_above_standard"
        << "info"
        << ""
        << "4,000,000円は基準額（10,000,"
           "000円）を超えるため、国庫補助の対象になりません（実施主体の負担です）。";
}

void TestEngine::findingCodes()
{
    QFETCH(Plan, input);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, subproject);
    QFETCH(QString, jaFragment);
    const Evaluation e = run(input);
    const Finding *found = nullptr;
    for (const auto &f : e.findings)
        if (f.code == code)
            found = &f;
    QVERIFY2(found, qPrintable(QStringLiteral("%1 not among: %2").arg(code, codes(e).join(u','))));
    QCOMPARE(severityId(found->severity), severity);
    QCOMPARE(found->subproject, subproject);
    QVERIFY2(found->ja.contains(jaFragment), qPrintable(found->ja));
    QVERIFY(!found->en.isEmpty());
    QVERIFY2(!found->en.contains(u'%'), qPrintable(found->en)); // every placeholder filled
    QVERIFY(!found->source.isEmpty());
    QCOMPARE(e.eligible, !(severity == QLatin1String("error")));
    m_testedCodes.insert(code);
}

void TestEngine::everyCodeIsTested()
{
    // The checks across years (satellite_transition) are the workspace's (tst_workspace), the
    // undecided alternatives the batch's and the workspace's (tst_alternatives).
    for (const auto &c : shienplan::findingCodes())
        if (c.origin == FindingCode::Origin::Engine)
            QVERIFY2(m_testedCodes.contains(QLatin1String(c.code)), c.code);
}

void TestEngine::servedAreaInsideGivesNoFinding()
{
    // The 富山県 center serves three of its towns: nothing to say, and the amounts are those of
    // the same center without a served area.
    Plan p = plan(2025, kToyamaPref, "center_prefectural", kPrefCenterCoreA, 30'000'000);
    p.programs[0].staff.insert(QStringLiteral("coordinators"), 2);
    const Evaluation without = run(p);
    p.programs[0].served = { QString::fromLatin1(kTateyama), QString::fromLatin1(kFunahashi),
        QString::fromLatin1(kTakaoka) };
    const Evaluation with = run(p);
    QCOMPARE(codes(with), codes(without));
    QVERIFY(!codes(with).contains(QStringLiteral("served_outside")));
    QCOMPARE(with.totals.national, without.totals.national);
    QCOMPARE(with.totals.local, without.totals.local);
    QVERIFY(with.eligible);
}

void TestEngine::cleanPlanHasNoFindings()
{
    const Evaluation e = run(plan(2025, kTateyama, "support", { "consultation" }, 1'000'000));
    QVERIFY2(e.findings.isEmpty(), qPrintable(codes(e).join(u',')));
    QVERIFY(e.eligible);
}

void TestEngine::explanationNamesEveryValue()
{
    const Evaluation e = run(plan(
        2025, kTakaoka, "station", kStationCore + QStringList { "needs_survey" }, 14'000'000, 1));
    const ProgramResult &r = e.programs.first();
    QStringList items;
    for (const auto &u : r.provenance)
        items << u.item + u'=' + statusId(u.status) + u'@' + u.source;
    QVERIFY2(items.contains(QStringLiteral("station.base=carried_over@002:1148")),
        qPrintable(items.join(u' ')));
    QVERIFY(items.contains(QStringLiteral("station.addon_default=range@002:1150")));
    QVERIFY(items.contains(QStringLiteral("station.rate=stated@000:120-121")));
    QVERIFY(items.contains(
        QStringLiteral("calculation.truncation_unit=assumed@ShienPlan: calculation")));
    QString ja, en;
    for (const auto &s : r.explanation) {
        ja += s.ja + u'\n';
        en += s.en + u'\n';
    }
    QVERIFY2(ja.contains(QStringLiteral("基本額（重層的支援体制整備事業を実施していない）: "
                                        "10,000,000円［前年度から継続・002:1148］")),
        qPrintable(ja));
    QVERIFY(
        ja.contains(QStringLiteral("「実態把握調査」: 500,000〜3,000,000円［範囲・002:1150］")));
    QVERIFY(ja.contains(QStringLiteral("(H) 国庫補助所要額 = (G) × 補助率 1/2")));
    QVERIFY(en.contains(QStringLiteral("(H) National subsidy = (G) × rate 1/2")));
}

void TestEngine::jointPartsAddUp()
{
    Plan p = plan(2025, kTateyama, "support", { "consultation", "network" }, 1'000'001);
    p.programs[0].joint = { { QStringLiteral("163236"), Fraction(1, 3) },
        { QStringLiteral("163210"), Fraction(1, 3) },
        { QStringLiteral("163228"), Fraction(1, 3) } };
    const ProgramResult r = run(p).programs.first();
    // 基準額 1,500,000; net 1,000,001; national floor(500,000.5) → 500,000; local 500,001.
    QCOMPARE(*r.local.min, Yen(500'001));
    QCOMPARE(r.members.size(), 3);
    Yen sum = 0;
    for (const auto &m : r.members)
        sum += *m.local.min;
    QCOMPARE(sum, *r.local.min);
    QCOMPARE(*r.members[0].local.min, Yen(166'667));
    QCOMPARE(*r.members[1].local.min, Yen(166'667));
    QCOMPARE(*r.members[2].local.min, Yen(166'667));
}

void TestEngine::otherIncomeAboveExpenditure()
{
    Plan p = plan(2025, kTateyama, "support", { "consultation" }, 500'000);
    p.programs[0].otherIncome = Yen(800'000);
    const ProgramResult r = run(p).programs.first();
    QCOMPARE(r.net, Yen(0));
    QCOMPARE(show(r.national), QStringLiteral("[0, 0]"));
    QCOMPARE(show(r.local), QStringLiteral("[0, 0]"));
}

void TestEngine::userAmountsMakeStationExact()
{
    // Entering the per-item add-ons (status user) turns the station's interval into an amount.
    RuleBook book = *RuleBookLibrary::bundledOnly().book(2025);
    for (auto &m : book.menus)
        if (m.id == QLatin1String("station"))
            m.standard.addons.insert(QStringLiteral("needs_survey"),
                Amount { YenRange::exact(800'000),
                    { Status::User, QStringLiteral("令和7年度交付要綱 別表"), {} } });
    const Plan p = plan(
        2025, kTakaoka, "station", kStationCore + QStringList { "needs_survey" }, 14'000'000, 1);
    const ProgramResult r = evaluate(p, book, Registry::bundled()).programs.first();
    QCOMPARE(show(r.standard), QStringLiteral("[10800000, 10800000]"));
    QCOMPARE(show(r.national), QStringLiteral("[5400000, 5400000]"));
}

// The prefecture's totals evaluate without explanations, and the national summary without the
// findings' words: every figure and finding must be the ones the planner sees with them.
void TestEngine::figuresOnlyGiveTheSameAnswer()
{
    QFETCH(Plan, input);
    const RuleBook *book = RuleBookLibrary::bundledOnly().book(input.fiscalYear);
    QVERIFY(book);
    const Evaluation full = evaluate(input, *book, Registry::bundled(), Detail::Explained);
    for (const Detail d : { Detail::Figures, Detail::Verdict }) {
        const Evaluation figures = evaluate(input, *book, Registry::bundled(), d);
        QCOMPARE(figures.eligible, full.eligible);
        QCOMPARE(codes(figures), codes(full));
        for (qsizetype i = 0; i < full.findings.size(); ++i) {
            const Finding &a = full.findings[i], &b = figures.findings[i];
            QCOMPARE(b.severity, a.severity);
            QCOMPARE(b.program, a.program);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.subproject, a.subproject);
            QCOMPARE(b.field, a.field);
            QVERIFY(!a.ja.isEmpty() && !a.en.isEmpty());
            // Only a verdict leaves the words out.
            QCOMPARE(b.ja, d == Detail::Verdict ? QString() : a.ja);
            QCOMPARE(b.en, d == Detail::Verdict ? QString() : a.en);
        }
        QCOMPARE(figures.programs.size(), full.programs.size());
        for (qsizetype i = 0; i < full.programs.size(); ++i) {
            const ProgramResult &a = full.programs[i], &b = figures.programs[i];
            QCOMPARE(show(b.standard), show(a.standard));
            QCOMPARE(show(b.national), show(a.national));
            QCOMPARE(show(b.prefectureSupport), show(a.prefectureSupport));
            QCOMPARE(show(b.local), show(a.local));
            QVERIFY(!a.explanation.isEmpty());
            QVERIFY(b.explanation.isEmpty());
            QVERIFY(b.provenance.isEmpty());
        }
        QCOMPARE(show(figures.totals.national), show(full.totals.national));
    }
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
