// Every edit of a document as the window's undo commands will use it: what it changes, the
// typed change it reports, the change-log line it produces, and that a refused edit leaves the
// document exactly as it was.
#include "core/document/documentedits.h"
#include "core/engine/engine.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <QTest>
#include <QTimeZone>

using namespace shienplan;

namespace
{
Document sample()
{
    PlanBody body;
    const LocalBody *b = Registry::bundled().find(u"162019");
    body.code = b->code;
    body.name = b->name;
    body.kind = b->kind;
    body.prefectureCode = b->prefectureCode;
    Document d = newDocument(body, 2025, QStringLiteral("ステーション事業で開始"));
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = QStringLiteral("station");
    p.subprojects
        = { QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network") };
    p.staff.insert(QStringLiteral("coordinators"), 1);
    p.expenditure = Yen(12'000'000);
    edits::addProgram(d, 0, p);
    return d;
}
} // namespace

class TestDocumentEdits : public QObject
{
    Q_OBJECT
private slots:
    void programEdits_data();
    void programEdits();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void refusedWhileEligibleOrLinesDecide();
    void subprojectsKeepMatrixOrder();
    void scenarios();
    void alternativeNamesAreUniqueInAPlan();
    void adoptingUnmarksTheSiblings();
    void costLinesDecideTotalAndEligible();
    void removingAScenarioKeepsItsNotes();
    void overridesReplaceTheSameTarget();
    void overridesTightenTheEstimate();
    void changeLogRecordsAuthorAndTime();
};

// Each row: an edit, the field it reports, and a check of the new state.
using Edit = std::function<Change(Document &)>;
using Check = std::function<bool(const Document &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

void TestDocumentEdits::programEdits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("logFragment");
    auto prog
        = [](const Document &d) -> const Program & { return d.scenarios[0].plan.programs[0]; };
    QTest::newRow("choose menu") << Edit([](Document &d) {
        return edits::chooseMenu(d, 0, 0, QStringLiteral("support"));
    }) << "menu" << Check([=](const Document &d) {
        return prog(d).menu == QLatin1String("support");
    }) << "ひきこもりサポート事業";
    QTest::newRow("select a sub-project") << Edit([](Document &d) {
        return edits::setSubproject(d, 0, 0, QStringLiteral("needs_survey"), true);
    }) << "subprojects" << Check([=](const Document &d) {
        return prog(d).subprojects.contains(QStringLiteral("needs_survey"));
    }) << "「実態把握調査」を選択";
    QTest::newRow("unselect a sub-project") << Edit([](Document &d) {
        return edits::setSubproject(d, 0, 0, QStringLiteral("ibasho"), false);
    }) << "subprojects" << Check([=](const Document &d) {
        return !prog(d).subprojects.contains(QStringLiteral("ibasho"));
    }) << "選択解除";
    QTest::newRow("set staff") << Edit([](Document &d) {
        return edits::setStaff(d, 0, 0, QStringLiteral("professionals"), 1);
    }) << "staff" << Check([=](const Document &d) {
        return prog(d).staffCount(QStringLiteral("professionals")) == 1;
    }) << "専門職を1人";
    QTest::newRow("set expenditure past 2^53") << Edit([](Document &d) {
        return edits::setExpenditure(d, 0, 0, Yen(9'007'199'254'740'993LL));
    }) << "expenditure" << Check([=](const Document &d) {
        return prog(d).expenditure == Yen(9'007'199'254'740'993LL);
    }) << "9,007,199,254,740,993円";
    QTest::newRow("set other income")
        << Edit([](Document &d) { return edits::setOtherIncome(d, 0, 0, Yen(500'000)); })
        << "other_income"
        << Check([=](const Document &d) { return prog(d).otherIncome == Yen(500'000); })
        << "500,000円";
    QTest::newRow("set years running")
        << Edit([](Document &d) { return edits::setYearsRunning(d, 0, 0, 2); }) << "years_running"
        << Check([=](const Document &d) { return prog(d).yearsRunning == 2; }) << "2年目";
    QTest::newRow("set start-up share") << Edit([](Document &d) {
        return edits::setStartupSupport(d, 0, 0, StartupSupport { Fraction(1, 3), 1 });
    }) << "startup_support" << Check([=](const Document &d) {
        return prog(d).startup && *prog(d).startup->prefectureShare == Fraction(1, 3);
    }) << "都道府県負担 1/3";
    QTest::newRow("clear start-up support")
        << Edit([](Document &d) { return edits::setStartupSupport(d, 0, 0, std::nullopt); })
        << "startup_support" << Check([=](const Document &d) { return !prog(d).startup; })
        << "立ち上げ支援なし";
    QTest::newRow("set next-year menu") << Edit([](Document &d) {
        return edits::setNextYearMenu(d, 0, 0, QStringLiteral("center_municipal"));
    }) << "next_year_menu" << Check([=](const Document &d) {
        return prog(d).nextYearMenu == QLatin1String("center_municipal");
    }) << "翌年度";
    QTest::newRow("set joint members") << Edit([](Document &d) {
        return edits::setJointMembers(d, 0, 0,
            { { QStringLiteral("162019"), Fraction(2, 3) },
                { QStringLiteral("162027"), Fraction(1, 3) } });
    }) << "joint" << Check([=](const Document &d) {
        return prog(d).joint.size() == 2 && prog(d).joint[1].share == Fraction(1, 3);
    }) << "2団体";
    QTest::newRow("set the served municipalities, 5-digit code completed") << Edit([](Document &d) {
        return edits::setServedMunicipalities(
            d, 0, 0, { QStringLiteral("163431"), QStringLiteral("16342") });
    }) << "served" << Check([=](const Document &d) {
        return prog(d).served == QStringList { "163431", "163422" };
    }) << "担当区域を変更（2団体）";
    QTest::newRow("set eligible expenditure") << Edit([](Document &d) {
        return edits::setEligibleExpenditure(d, 0, 0, Yen(11'000'000));
    }) << "eligible_expenditure" << Check([=](const Document &d) {
        return prog(d).eligible() == Yen(11'000'000) && prog(d).expenditure == Yen(12'000'000);
    }) << "対象経費を11,000,000円に変更";
    QTest::newRow("eligible expenditure back to all of A")
        << Edit([](Document &d) { return edits::setEligibleExpenditure(d, 0, 0, std::nullopt); })
        << "eligible_expenditure"
        << Check([=](const Document &d) { return !prog(d).eligibleExpenditure; })
        << "総事業費の全額";
    // 人件費 9,000,000 + 食糧費 200,000 (not eligible): A = 9,200,000, D = 9,000,000.
    QTest::newRow("set cost lines") << Edit([](Document &d) {
        return edits::setCostLines(d, 0, 0,
            { { QStringLiteral("人件費"), Yen(9'000'000), true, {} },
                { QStringLiteral("食糧費"), Yen(200'000), false, QStringLiteral("会議の飲食") } });
    }) << "cost_lines" << Check([=](const Document &d) {
        return prog(d).expenditure == Yen(9'200'000) && prog(d).eligible() == Yen(9'000'000)
            && prog(d).costLines.size() == 2;
    }) << "経費内訳を変更（2行、総事業費 9,200,000円、対象経費 9,000,000円）";
    QTest::newRow("set the budgeted amount") << Edit([](Document &d) {
        return edits::setBudgeted(d, 0, 0, Yen(5'000'000), QStringLiteral("都道府県からの内示額"));
    }) << "budgeted_national" << Check([=](const Document &d) {
        return prog(d).budgeted == std::optional<Yen>(Yen(5'000'000))
            && prog(d).budgetedReason == QStringLiteral("都道府県からの内示額");
    }) << "予算計上額を5,000,000円（都道府県からの内示額）に変更";
}

void TestDocumentEdits::programEdits()
{
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(Check, check);
    QFETCH(QString, logFragment);
    Document d = sample();
    const Change c = edit(d);
    QCOMPARE(c.kind, ChangeKind::Program);
    QCOMPARE(c.scenario, 0);
    QCOMPARE(c.program, 0);
    QCOMPARE(c.field, field);
    QVERIFY(!c.action.isEmpty());
    QVERIFY2(c.detail.contains(logFragment), qPrintable(c.detail));
    QVERIFY(check(d));
}

void TestDocumentEdits::refusedEditsChangeNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative expenditure")
        << Edit([](Document &d) { return edits::setExpenditure(d, 0, 0, Yen(-1)); }) << "negative";
    QTest::newRow("unknown menu") << Edit([](Document &d) {
        return edits::chooseMenu(d, 0, 0, QStringLiteral("stationn"));
    }) << "unknown menu";
    QTest::newRow("unknown sub-project") << Edit([](Document &d) {
        return edits::setSubproject(d, 0, 0, QStringLiteral("x"), true);
    }) << "unknown sub-project";
    QTest::newRow("no such program")
        << Edit([](Document &d) { return edits::setExpenditure(d, 0, 5, Yen(1)); })
        << "no program 6";
    QTest::newRow("no such scenario")
        << Edit([](Document &d) { return edits::renameScenario(d, 3, QStringLiteral("x")); })
        << "no scenario 4";
    QTest::newRow("negative staff") << Edit([](Document &d) {
        return edits::setStaff(d, 0, 0, QStringLiteral("coordinators"), -1);
    }) << "negative";
    QTest::newRow("joint shares not adding to 1") << Edit([](Document &d) {
        return edits::setJointMembers(d, 0, 0,
            { { QStringLiteral("162019"), Fraction(1, 2) },
                { QStringLiteral("162027"), Fraction(1, 3) } });
    }) << "5/6";
    QTest::newRow("a prefecture in a served area") << Edit([](Document &d) {
        return edits::setServedMunicipalities(
            d, 0, 0, { QStringLiteral("163431"), QStringLiteral("160008") });
    }) << "not the code of a municipality";
    QTest::newRow("a town served twice") << Edit([](Document &d) {
        return edits::setServedMunicipalities(
            d, 0, 0, { QStringLiteral("163431"), QStringLiteral("163431") });
    }) << "朝日町 is listed twice";
    QTest::newRow("empty scenario name")
        << Edit([](Document &d) { return edits::renameScenario(d, 0, QStringLiteral("  ")); })
        << "needs a name";
    QTest::newRow("override without source") << Edit([](Document &d) {
        RuleOverride o;
        o.fiscalYear = 2025;
        o.menu = QStringLiteral("station");
        o.amount = YenRange::exact(1);
        return edits::setOverride(d, o);
    }) << "source";
    QTest::newRow("eligible above the total")
        << Edit([](Document &d) { return edits::setEligibleExpenditure(d, 0, 0, Yen(12'000'001)); })
        << "対象経費 12,000,001円 が総事業費 12,000,000円 を超えています";
    QTest::newRow("a cost line without an item") << Edit([](Document &d) {
        return edits::setCostLines(d, 0, 0,
            { { QStringLiteral("人件費"), Yen(1), true, {} },
                { QStringLiteral(" "), Yen(2), true, {} } });
    }) << "経費内訳の2行目: 費目がありません";
    QTest::newRow("a negative cost line") << Edit([](Document &d) {
        return edits::setCostLines(d, 0, 0, { { QStringLiteral("旅費"), Yen(-1'000), true, {} } });
    }) << "経費内訳の1行目（旅費）: 金額が負です（-1,000円）";
    QTest::newRow("a negative budgeted amount")
        << Edit([](Document &d) { return edits::setBudgeted(d, 0, 0, Yen(-1), QString()); })
        << "予算計上額は0円以上";
    QTest::newRow("a reason without a budgeted amount") << Edit([](Document &d) {
        return edits::setBudgeted(d, 0, 0, std::nullopt, QStringLiteral("内示額"));
    }) << "額を入力してから";
    QTest::newRow("duplicate program id") << Edit([](Document &d) {
        Program p;
        p.id = QStringLiteral("p1");
        p.menu = QStringLiteral("support");
        return edits::addProgram(d, 0, p);
    }) << "used already";
}

void TestDocumentEdits::refusedEditsChangeNothing()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    Document d = sample();
    const Document before = d;
    try {
        edit(d);
        QFAIL("the edit was accepted");
    } catch (const EditError &e) {
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    }
    QVERIFY(d == before);
}

// (A) may not go below a typed (D); while lines exist, neither (A) nor (D) is typed.
void TestDocumentEdits::refusedWhileEligibleOrLinesDecide()
{
    Document d = sample();
    edits::setEligibleExpenditure(d, 0, 0, Yen(10'000'000));
    Document before = d;
    QVERIFY_THROWS_EXCEPTION(EditError, edits::setExpenditure(d, 0, 0, Yen(9'999'999)));
    QVERIFY(d == before);
    try {
        edits::setExpenditure(d, 0, 0, Yen(9'999'999));
    } catch (const EditError &e) {
        QVERIFY2(e.message.contains(
                     QStringLiteral("総事業費 9,999,999円 が対象経費 10,000,000円 を下回ります")),
            qPrintable(e.message));
    }
    edits::setCostLines(d, 0, 0, { { QStringLiteral("旅費"), Yen(1'000), true, {} } });
    before = d;
    try {
        edits::setExpenditure(d, 0, 0, Yen(5'000));
        QFAIL("(A) typed over the lines");
    } catch (const EditError &e) {
        QVERIFY2(e.message.contains(QStringLiteral("経費内訳の合計")), qPrintable(e.message));
    }
    try {
        edits::setEligibleExpenditure(d, 0, 0, Yen(500));
        QFAIL("(D) typed over the lines");
    } catch (const EditError &e) {
        QVERIFY2(e.message.contains(QStringLiteral("「対象」の行の合計")), qPrintable(e.message));
    }
    QVERIFY(d == before);
}

void TestDocumentEdits::subprojectsKeepMatrixOrder()
{
    Document d = sample();
    edits::setSubproject(d, 0, 0, QStringLiteral("needs_survey"), true);
    edits::setSubproject(d, 0, 0, QStringLiteral("peer_family_meetings"), true);
    edits::setSubproject(d, 0, 0, QStringLiteral("peer_family_meetings"), true); // twice: once
    QCOMPARE(d.scenarios[0].plan.programs[0].subprojects,
        (QStringList {
            "consultation", "ibasho", "network", "peer_family_meetings", "needs_survey" }));
}

void TestDocumentEdits::scenarios()
{
    Document d = sample();
    Scenario alt = d.scenarios[0];
    alt.plan.alternative = QStringLiteral("サポート事業で開始");
    const Change added = edits::addScenario(d, alt);
    QCOMPARE(added.kind, ChangeKind::ScenarioAdded);
    QCOMPARE(added.scenario, 1);
    QCOMPARE(edits::renameScenario(d, 1, QStringLiteral("サポート事業（案）")).kind,
        ChangeKind::ScenarioRenamed);
    QCOMPARE(d.scenarios[1].plan.alternative, QStringLiteral("サポート事業（案）"));
    QCOMPARE(edits::setFiscalYear(d, 1, 2024).kind, ChangeKind::FiscalYear);
    QCOMPARE(d.scenarios[1].plan.fiscalYear, 2024);
    Program second;
    second.menu = QStringLiteral("support");
    const Change pa = edits::addProgram(d, 1, second);
    QCOMPARE(pa.kind, ChangeKind::ProgramAdded);
    QCOMPARE(d.scenarios[1].plan.programs[1].id, QStringLiteral("p2")); // a fresh id
    QCOMPARE(edits::removeProgram(d, 1, 0).kind, ChangeKind::ProgramRemoved);
    QCOMPARE(d.scenarios[1].plan.programs.size(), 1);
    const Change removed = edits::removeScenario(d, 0);
    QCOMPARE(removed.kind, ChangeKind::ScenarioRemoved);
    QCOMPARE(d.scenarios.size(), 1);
    QCOMPARE(d.scenarios[0].plan.alternative, QStringLiteral("サポート事業（案）"));
}

// Two alternatives of one plan (same body and year) cannot share a name; another year's can.
void TestDocumentEdits::alternativeNamesAreUniqueInAPlan()
{
    Document d = sample();
    Scenario twin = d.scenarios[0];
    const Document before = d;
    try {
        edits::addScenario(d, twin);
        QFAIL("a second 「ステーション事業で開始」 was added");
    } catch (const EditError &e) {
        QVERIFY2(e.message.contains(
                     QStringLiteral("「ステーション事業で開始」という案はすでにあります")),
            qPrintable(e.message));
    }
    QVERIFY(d == before);
    twin.plan.alternative = QStringLiteral("サポート事業で開始");
    edits::addScenario(d, twin);
    QVERIFY_THROWS_EXCEPTION(
        EditError, edits::renameScenario(d, 1, QStringLiteral("ステーション事業で開始")));
    QCOMPARE(d.scenarios[1].plan.alternative, QStringLiteral("サポート事業で開始"));
    edits::renameScenario(d, 1, QStringLiteral("サポート事業で開始")); // its own name: allowed
    // The next year's plan is another plan: the same name is its own alternative there.
    Scenario nextYear = d.scenarios[0];
    nextYear.plan.fiscalYear = 2026;
    QCOMPARE(edits::addScenario(d, nextYear).kind, ChangeKind::ScenarioAdded);
}

// Adopting one alternative unmarks the other alternatives of its plan, not another plan's.
void TestDocumentEdits::adoptingUnmarksTheSiblings()
{
    Document d = sample();
    Scenario support = d.scenarios[0];
    support.plan.alternative = QStringLiteral("サポート事業で開始");
    edits::addScenario(d, support);
    Scenario otherYear = d.scenarios[0];
    otherYear.plan.fiscalYear = 2024;
    otherYear.plan.adopted = true;
    edits::addScenario(d, otherYear);

    Change c = edits::setAdopted(d, 0, true);
    QCOMPARE(c.kind, ChangeKind::Adopted);
    QCOMPARE(c.scenario, 0);
    QVERIFY2(c.detail.contains(
                 QStringLiteral("富山市令和7年度の採用案を「ステーション事業で開始」に決定")),
        qPrintable(c.detail));
    QVERIFY(d.scenarios[0].plan.adopted);
    edits::setAdopted(d, 1, true);
    QVERIFY(d.scenarios[1].plan.adopted);
    QVERIFY(!d.scenarios[0].plan.adopted); // its sibling
    QVERIFY(d.scenarios[2].plan.adopted); // 令和6年度: another plan, untouched
    c = edits::setAdopted(d, 1, false);
    QVERIFY(c.detail.contains(QStringLiteral("の採用を取り消し")));
    QVERIFY(!d.scenarios[0].plan.adopted && !d.scenarios[1].plan.adopted);
}

// The lines decide (A) and (D); removing every line keeps (A) and makes (D) all of it again.
void TestDocumentEdits::costLinesDecideTotalAndEligible()
{
    Document d = sample();
    edits::setEligibleExpenditure(d, 0, 0, Yen(10'000'000));
    edits::setCostLines(d, 0, 0,
        { { QStringLiteral(" 人件費 "), Yen(6'000'000), true, {} },
            { QStringLiteral("委託料"), Yen(3'000'000), true, {} },
            { QStringLiteral("食糧費"), Yen(120'000), false, QStringLiteral("会議の飲食") } });
    const Program &p = d.scenarios[0].plan.programs[0];
    QCOMPARE(p.expenditure, Yen(9'120'000)); // 6,000,000 + 3,000,000 + 120,000
    QCOMPARE(p.eligible(), Yen(9'000'000)); // the 食糧費 is not counted
    QCOMPARE(p.costLines[0].item, QStringLiteral("人件費")); // trimmed
    edits::setCostLines(d, 0, 0, {});
    QCOMPARE(d.scenarios[0].plan.programs[0].expenditure, Yen(9'120'000));
    QVERIFY(!d.scenarios[0].plan.programs[0].eligibleExpenditure);
    QCOMPARE(edits::setExpenditure(d, 0, 0, Yen(8'000'000)).field, ProgramField::Expenditure);
}

void TestDocumentEdits::removingAScenarioKeepsItsNotes()
{
    Document d = sample();
    Scenario alt = d.scenarios[0];
    alt.plan.alternative = QStringLiteral("B");
    edits::addScenario(d, alt);
    edits::addNote(d,
        Note { QDateTime::currentDateTimeUtc(), QStringLiteral("tanaka"),
            QStringLiteral("Aについて"), 0 });
    edits::addNote(d,
        Note { QDateTime::currentDateTimeUtc(), QStringLiteral("tanaka"),
            QStringLiteral("Bについて"), 1 });
    edits::removeScenario(d, 0);
    QCOMPARE(d.notes.size(), 2);
    QCOMPARE(d.notes[0].scenario, -1); // now about the document
    QCOMPARE(d.notes[1].scenario, 0); // B moved up
}

void TestDocumentEdits::overridesReplaceTheSameTarget()
{
    Document d = sample();
    RuleOverride o;
    o.fiscalYear = 2025;
    o.menu = QStringLiteral("station");
    o.item = OverrideItem::Addon;
    o.key = QStringLiteral("needs_survey");
    o.amount = YenRange::exact(800'000);
    o.source = QStringLiteral("令和7年度交付要綱 別表");
    edits::setOverride(d, o);
    o.amount = YenRange::exact(900'000);
    const Change c = edits::setOverride(d, o);
    QCOMPARE(c.kind, ChangeKind::Overrides);
    QCOMPARE(d.overrides.size(), 1);
    QCOMPARE(*d.overrides[0].amount.min, Yen(900'000));
    edits::removeOverride(d, o);
    QVERIFY(d.overrides.isEmpty());
}

void TestDocumentEdits::overridesTightenTheEstimate()
{
    Document d = sample();
    edits::setSubproject(d, 0, 0, QStringLiteral("needs_survey"), true);
    edits::setExpenditure(d, 0, 0, Yen(14'000'000));
    const RuleBook *bundled = RuleBookLibrary::bundledOnly().book(2025);
    const Evaluation before
        = evaluate(d.scenarios[0].plan, effectiveRuleBook(*bundled, d), Registry::bundled());
    QVERIFY(!before.programs[0].national.isExact());
    RuleOverride o;
    o.fiscalYear = 2025;
    o.menu = QStringLiteral("station");
    o.item = OverrideItem::Addon;
    o.key = QStringLiteral("needs_survey");
    o.amount = YenRange::exact(800'000);
    o.source = QStringLiteral("令和7年度交付要綱 別表");
    edits::setOverride(d, o);
    const Evaluation after
        = evaluate(d.scenarios[0].plan, effectiveRuleBook(*bundled, d), Registry::bundled());
    QCOMPARE(after.programs[0].national, YenRange::exact(5'400'000));
    bool userValueUsed = false;
    for (const auto &u : after.programs[0].provenance)
        userValueUsed = userValueUsed
            || (u.item == QLatin1String("station.addons.needs_survey") && u.status == Status::User
                && u.source == QStringLiteral("令和7年度交付要綱 別表"));
    QVERIFY(userValueUsed);
}

void TestDocumentEdits::changeLogRecordsAuthorAndTime()
{
    Document d = sample();
    const QDateTime at = QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());
    recordChange(d, edits::setExpenditure(d, 0, 0, Yen(13'000'000)), QStringLiteral("suzuki"), at);
    QCOMPARE(d.log.size(), 1);
    QCOMPARE(d.log[0].author, QStringLiteral("suzuki"));
    QCOMPARE(d.log[0].at, at);
    QCOMPARE(d.log[0].action, QStringLiteral("set_expenditure"));
    QCOMPARE(d.log[0].detail,
        QStringLiteral("「ステーション事業で開始」のp1の実支出額を13,000,000円に変更"));
    QVERIFY(!currentAuthor().isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentEdits)
#include "tst_documentedits.moc"
