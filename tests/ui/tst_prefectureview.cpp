// The prefecture tab, offscreen, as a prefecture planner uses it: the table of every
// municipality (checked by QAbstractItemModelTester while it changes), its filters, the totals
// per menu and for the prefecture, editing a population through the undo stack, opening a row,
// planning the next year, and bringing in a roster with good and bad rows.
#include "tests/csvparse.h"
#include "tests/testutil.h"
#include "tests/workspacefixtures.h"
#include "ui/dialogs/jointdialog.h"
#include "ui/dialogs/rosterimportdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefecturechart.h"
#include "ui/prefecture/prefecturefilter.h"
#include "ui/prefecture/prefecturemodel.h"
#include "ui/prefecture/prefecturetotalsmodel.h"
#include "ui/prefecture/prefectureview.h"

#include "ui/commands/commands.h"
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

namespace
{

// 富山県, 令和7年度: a joint station (高岡市 with 魚津市), a support program with start-up
// support (立山町), a station without 実態把握調査 (射水市), a village planned with no program
// (舟橋村, population 3,000), the prefecture's own center; and 高岡市 the year before.
Document toyama()
{
    // The center backs up 舟橋村 and 朝日町 (its 担当区域).
    Program center = serving(program("center_prefectural", 20'000'000),
        { QString::fromLatin1(kFunahashi), QString::fromLatin1(kAsahi) });
    return doc({
        scenario(kTakaoka, 2024, { program("station", 11'000'000) }, 170'000),
        scenario(kTakaoka, 2025,
            { joint(
                program("station", 12'000'000), { member(kTakaoka, 2, 3), member(kUozu, 1, 3) }) },
            168'000),
        scenario(kTateyama, 2025, { withStartup(program("support", 3'000'000)) }, 25'000),
        scenario("162116", 2025, { program("station", 9'000'000) }), // 射水市
        scenario(kFunahashi, 2025, {}, 3'000),
        scenario(kToyamaPref, 2025, { center }),
    });
}

QStringList visibleCodes(PrefectureView *v)
{
    QStringList out;
    for (int r = 0; r < v->filter()->rowCount(); ++r)
        out << v->filter()->index(r, PrefectureModel::Code).data().toString();
    return out;
}

} // namespace

class TestPrefectureView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_w.reset(); }
    void modelsPassTheTester();
    void rowsShowWhatEachBodyRunsAndDraws();
    void filters_data();
    void filters();
    void servedAreaShowsInTheRows();
    void totalsMatchTheWorkspace();
    void onlyWhatMovedIsRedrawn();
    void exportingTheTable();
    void editingAPopulationIsUndoable();
    void populationOfABodyWithoutAPlan();
    void openingARowShowsItsPlan();
    void planningTheNextYear();
    void importingARoster();
    void theR6RosterFillsThePrefecture();
    void jointSharesByPopulation();
    void undecidedPlanShowsInItsYear();

private:
    PrefectureView *view() { return m_w->prefectureView(); }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestPrefectureView::initTestCase()
{
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
}

void TestPrefectureView::init()
{
    setLanguage(QStringLiteral("ja"));
    m_w = std::make_unique<MainWindow>();
    m_w->loadDocument(toyama());
    m_w->resize(1300, 850);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(view());
    view()->setFiscalYear(2025);
}

void TestPrefectureView::modelsPassTheTester()
{
    auto *t1 = new QAbstractItemModelTester(
        view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view());
    auto *t2 = new QAbstractItemModelTester(
        view()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest, view());
    auto *t3 = new QAbstractItemModelTester(
        view()->totalsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, view());
    view()->setRowFilter(RowFilter::WithProgram);
    view()->setSearchText(QStringLiteral("たかおか"));
    view()->setSearchText(QString());
    view()->table()->sortByColumn(PrefectureModel::National, Qt::DescendingOrder);
    const int takaoka = view()->model()->rowOf(QString::fromLatin1(kTakaoka));
    QVERIFY(view()->model()->setData(
        view()->model()->index(takaoka, PrefectureModel::Population), 160'000));
    view()->setFiscalYear(2024);
    view()->setPrefecture(QStringLiteral("170003")); // 石川県: another set of rows
    m_w->undoStack()->undo();
    view()->setPrefecture(QString::fromLatin1(kToyamaPref));
    setLanguage(QStringLiteral("en"));
    delete t1;
    delete t2;
    delete t3;
}

void TestPrefectureView::rowsShowWhatEachBodyRunsAndDraws()
{
    PrefectureModel *m = view()->model();
    QCOMPARE(m->rowCount(), Registry::bundled().municipalitiesOf(u"160008").size() + 1);
    QCOMPARE(m->index(0, PrefectureModel::Name).data().toString(), QStringLiteral("富山県"));
    const int takaoka = m->rowOf(QString::fromLatin1(kTakaoka)),
              uozu = m->rowOf(QString::fromLatin1(kUozu));
    QCOMPARE(m->index(takaoka, PrefectureModel::Population).data().toString(),
        QStringLiteral("168,000"));
    QCOMPARE(m->index(takaoka, PrefectureModel::Timeline).data().toString(),
        QStringLiteral("R6 ステーション → R7 ステーション"));
    QVERIFY(m->index(takaoka, PrefectureModel::Programs)
                .data()
                .toString()
                .contains(QStringLiteral("共同実施 2団体")));
    QCOMPARE(m->index(uozu, PrefectureModel::Programs).data().toString(),
        QStringLiteral("高岡市の共同実施に参加"));
    // The members' parts of the local burden, as shown, add up to the program's whole burden.
    const Evaluation &lead = m_w->evaluator()->evaluations()[1];
    const YenRange whole = lead.programs[0].local;
    QVERIFY(whole.isExact());
    QCOMPARE(m->row(takaoka)->totals.local + m->row(uozu)->totals.local, whole);
    QCOMPARE(m->index(uozu, PrefectureModel::Local).data().toString(),
        formatRange(m->row(uozu)->totals.local, u"ja"));
    QCOMPARE(m->index(takaoka, PrefectureModel::National).data().toString(),
        formatRange(lead.totals.national, u"ja"));
    // The change against 令和6年度 is shown with its sign.
    const YenRange change
        = difference(lead.totals.national, m_w->evaluator()->evaluations()[0].totals.national);
    QCOMPARE(
        m->index(takaoka, PrefectureModel::Change).data().toString(), signedAmount(change, u"ja"));
    // A body with nothing planned says so, and draws nothing.
    const int toyamaCity = m->rowOf(QString::fromLatin1(kToyamaCity));
    QCOMPARE(m->index(toyamaCity, PrefectureModel::Programs).data().toString(),
        QStringLiteral("計画なし"));
    QCOMPARE(m->index(toyamaCity, PrefectureModel::National).data().toString(), QString());
    // Sorting by national subsidy puts the largest first, as numbers, not as text.
    view()->table()->sortByColumn(PrefectureModel::National, Qt::DescendingOrder);
    const QString first = view()->filter()->index(0, PrefectureModel::Code).data().toString();
    QCOMPARE(first, QString::fromLatin1(kToyamaPref)); // the prefecture's center draws the most
}

void TestPrefectureView::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stations without 実態把握調査")
        << int(RowFilter::StationsWithoutSurvey) << QString()
        << QStringList { QString::fromLatin1(kTakaoka), QStringLiteral("162116") };
    QTest::newRow("start-up support") << int(RowFilter::WithStartupSupport) << QString()
                                      << QStringList { QString::fromLatin1(kTateyama) };
    QTest::newRow("joint programs")
        << int(RowFilter::JointPrograms) << QString()
        << QStringList { QString::fromLatin1(kTakaoka), QString::fromLatin1(kUozu) };
    QTest::newRow("running a program")
        << int(RowFilter::WithProgram) << QString()
        << QStringList { QString::fromLatin1(kToyamaPref), QString::fromLatin1(kTakaoka),
               QString::fromLatin1(kUozu), QStringLiteral("162116"),
               QString::fromLatin1(kTateyama) };
    // The one "no program" filter the box offers (the kind and the served area are columns).
    QTest::newRow("without a program, by reading")
        << int(RowFilter::WithoutProgram) << QStringLiteral("ふなはし")
        << QStringList { QString::fromLatin1(kFunahashi) };
    QTest::newRow("a town with a program is not idle")
        << int(RowFilter::WithoutProgram) << QStringLiteral("立山") << QStringList {};
    QTest::newRow("full-width code") << int(RowFilter::All) << QStringLiteral("１６２０２７")
                                     << QStringList { QString::fromLatin1(kTakaoka) };
    QTest::newRow("a reading typed in katakana") << int(RowFilter::All) << QStringLiteral("ﾌﾅﾊｼ")
                                                 << QStringList { QString::fromLatin1(kFunahashi) };
    QTest::newRow("in the center's served area")
        << int(RowFilter::ServedByPrefecture) << QString()
        << QStringList { QString::fromLatin1(kFunahashi), QString::fromLatin1(kAsahi) };
    QTest::newRow("without a program: 朝日町, served by the center, is listed")
        << int(RowFilter::WithoutProgram) << QStringLiteral("あさひ")
        << QStringList { QString::fromLatin1(kAsahi) };
    QTest::newRow("without a program: 入善町")
        << int(RowFilter::WithoutProgram) << QStringLiteral("入善")
        << QStringList { QStringLiteral("163422") };
}

// The 担当区域 in the rows and the summary: who is served, by whom, and who is left.
void TestPrefectureView::servedAreaShowsInTheRows()
{
    PrefectureModel *m = view()->model();
    auto programs = [m](const char *code) {
        return m->index(m->rowOf(QString::fromLatin1(code)), PrefectureModel::Programs)
            .data()
            .toString();
    };
    QVERIFY2(programs(kToyamaPref).contains(QStringLiteral("（担当区域 2団体）")),
        qPrintable(programs(kToyamaPref)));
    QCOMPARE(programs(kFunahashi), QStringLiteral("事業なし（富山県センターの担当区域）"));
    QCOMPARE(programs(kAsahi), QStringLiteral("計画なし（富山県センターの担当区域）"));
    QVERIFY(!programs(kTateyama).contains(QStringLiteral("担当区域")));
    const QString summary
        = view()->findChild<QLabel *>(QStringLiteral("prefectureSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral(
                 "センター・サテライトの担当区域は 2 団体（うち自らの事業がない団体 2）")),
        qPrintable(summary));
    const int uncovered = int(Registry::bundled().municipalitiesOf(u"160008").size())
        - 6; // 4 run a program, 2 are served
    QVERIFY2(
        summary.contains(QStringLiteral("事業も担当区域もない団体が %1 あります").arg(uncovered)),
        qPrintable(summary));
    setLanguage(QStringLiteral("en"));
    QCOMPARE(programs(kFunahashi), QStringLiteral("no program (in the area of 富山県's center)"));
}

void TestPrefectureView::filters()
{
    QFETCH(int, filter);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    view()->table()->sortByColumn(PrefectureModel::Code, Qt::AscendingOrder);
    view()->setRowFilter(RowFilter(filter));
    view()->setSearchText(search);
    QCOMPARE(visibleCodes(view()), expected);
}

void TestPrefectureView::totalsMatchTheWorkspace()
{
    const Document &d = m_w->session()->document();
    const QList<Evaluation> e = evaluateAll(d);
    const WorkspaceTotals w = totalsFor(d, e, QString::fromLatin1(kToyamaPref), 2025);
    PrefectureTotalsModel *t = view()->totalsModel();
    const int total = t->rowCount() - 1;
    QVERIFY(t->isTotalRow(total));
    QCOMPARE(t->index(total, PrefectureTotalsModel::National).data().toString(),
        formatRange(w.all.national, u"ja"));
    QCOMPARE(t->index(total, PrefectureTotalsModel::Programs).data().toInt(), 4);
    // Per menu: the station row counts both stations (the joint one once).
    QStringList menus;
    for (int r = 0; r < total; ++r)
        menus << t->menuAt(r);
    QCOMPARE(menus, (QStringList { "center_prefectural", "station", "support" }));
    QCOMPARE(t->index(1, PrefectureTotalsModel::Programs).data().toInt(), 2);
    QCOMPARE(t->index(2, PrefectureTotalsModel::WithStartup).data().toInt(), 1);
    // The summary names how many run a program and what the prefecture pays.
    const QString summary = view()->summaryText();
    QVERIFY2(summary.contains(
                 QStringLiteral("%1 / %2").arg(w.municipalitiesWithProgram).arg(w.municipalities)),
        qPrintable(summary));
    QVERIFY2(summary.contains(formatRange(w.prefectureBurden, u"ja")), qPrintable(summary));
    // The chart draws the years of the document, the national subsidy of each menu in 千円.
    view()->chart()->rebuild();
    QCOMPARE(view()->chart()->years(), (QList<int> { 2024, 2025 }));
    const YenRange station25 = w.perMenu.value(QStringLiteral("station")).totals.national;
    QCOMPARE(view()->chart()->values().value(QStringLiteral("station")).value(1),
        qint64(Yen(*station25.max / 1000).convert_to<long long>()));
}

// A population typed in changes no total and no bar: the totals announce no change (their
// columns, sized to the contents, are not measured again) and the chart is not rebuilt; an
// expenditure changes both; a language switch rebuilds the chart in the new language.
void TestPrefectureView::onlyWhatMovedIsRedrawn()
{
    QTest::qWait(0); // the chart's first build
    PrefectureTotalsModel *t = view()->totalsModel();
    QSignalSpy totalsChanged(t, &QAbstractItemModel::dataChanged);
    auto *chart = view()->chart();
    const int builds = chart->builds();
    PrefectureModel *m = view()->model();
    QVERIFY(m->setData(
        m->index(m->rowOf(QString::fromLatin1(kTateyama)), PrefectureModel::Population), 26'000));
    QTest::qWait(0);
    QCOMPARE(totalsChanged.count(), 0);
    QCOMPARE(chart->builds(), builds);

    // 立山町's support: 3,000,000 → 4,000,000 raises nothing (基準額 1,000,000), 射水市's station
    // does.
    const Document &d = m_w->session()->document();
    int imizu = -1;
    for (int i = 0; i < d.scenarios.size(); ++i)
        if (d.scenarios[i].plan.body.code == QLatin1String("162116"))
            imizu = i;
    QVERIFY(imizu >= 0);
    m_w->undoStack()->push(commands::setExpenditure(m_w->session(), imizu, 0, Yen(2'000'000)));
    QTest::qWait(0);
    QVERIFY(totalsChanged.count() >= 1);
    QCOMPARE(chart->builds(), builds + 1);

    setLanguage(QStringLiteral("en"));
    QTest::qWait(0);
    QCOMPARE(chart->builds(), builds + 2);
    QCOMPARE(chart->chartLayout().unit.text, QStringLiteral("(thousand yen)"));
}

// 一覧を書き出す: the rows shown, in the order shown; a folder that cannot be written gives an
// error and leaves nothing behind.
void TestPrefectureView::exportingTheTable()
{
    view()->setRowFilter(RowFilter::WithProgram);
    view()->table()->sortByColumn(PrefectureModel::National, Qt::DescendingOrder);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(view()->visibleTableCsv().mid(3)));
    QCOMPARE(rows.size(), view()->filter()->rowCount() + 1);
    QCOMPARE(rows.first().first(), QStringLiteral("団体コード"));
    const QStringList shown = visibleCodes(view());
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(rows[i + 1].first(), shown[i]);
    QVERIFY(!shown.contains(QString::fromLatin1(kFunahashi))); // no program: filtered out

    const QString path = m_dir.filePath(QStringLiteral("富山県_令和7年度.csv"));
    QString error;
    QVERIFY2(view()->exportTable(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), view()->visibleTableCsv());

    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/一覧.csv"));
    QVERIFY(!view()->exportTable(nowhere, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(nowhere));

    // Nothing shown: the header alone.
    view()->setSearchText(QStringLiteral("該当なし"));
    QCOMPARE(parseCsv(QString::fromUtf8(view()->visibleTableCsv().mid(3))).size(), 1);
}

void TestPrefectureView::editingAPopulationIsUndoable()
{
    PrefectureModel *m = view()->model();
    const int tateyama = m->rowOf(QString::fromLatin1(kTateyama));
    QVERIFY(m->setData(m->index(tateyama, PrefectureModel::Population), QStringLiteral("26,500")));
    const int sc = m->row(tateyama)->scenario;
    QCOMPARE(m_w->session()->document().scenarios[sc].plan.body.population,
        std::optional<qint64>(26'500));
    QCOMPARE(m->index(tateyama, PrefectureModel::Population).data().toString(),
        QStringLiteral("26,500"));
    QVERIFY(!m->setData(m->index(tateyama, PrefectureModel::Population), QStringLiteral("-3")));
    QVERIFY(!m->setData(m->index(tateyama, PrefectureModel::Population), QStringLiteral("many")));
    m_w->undoStack()->undo();
    QCOMPARE(m_w->session()->document().scenarios[sc].plan.body.population,
        std::optional<qint64>(25'000));
    QCOMPARE(m->index(tateyama, PrefectureModel::Population).data().toString(),
        QStringLiteral("25,000"));
}

void TestPrefectureView::populationOfABodyWithoutAPlan()
{
    PrefectureModel *m = view()->model();
    const int row = m->rowOf(QString::fromLatin1(kTakaoka));
    view()->setFiscalYear(2024);
    // 魚津市 has no plan in 令和6年度: its population starts an empty plan of the year.
    const int uozu = m->rowOf(QString::fromLatin1(kUozu));
    QVERIFY(row >= 0 && uozu >= 0);
    const int before = int(m_w->session()->document().scenarios.size());
    QVERIFY(m->setData(m->index(uozu, PrefectureModel::Population), 41'000));
    QCOMPARE(m_w->session()->document().scenarios.size(), before + 1);
    const Plan &p = m_w->session()->document().scenarios.last().plan;
    QCOMPARE(p.body.code, QString::fromLatin1(kUozu));
    QCOMPARE(p.fiscalYear, 2024);
    QVERIFY(p.programs.isEmpty());
    QCOMPARE(
        m->index(uozu, PrefectureModel::Programs).data().toString(), QStringLiteral("事業なし"));
    m_w->undoStack()->undo();
    QCOMPARE(m_w->session()->document().scenarios.size(), before);
}

void TestPrefectureView::openingARowShowsItsPlan()
{
    auto *tabs = m_w->findChild<QTabWidget *>(QStringLiteral("tabs"));
    view()->openBody(QString::fromLatin1(kTateyama));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_w->evaluator()->scenario()->plan.body.code, QString::fromLatin1(kTateyama));
    // A body with no plan gets an empty one of the year (one undo step), and shows it.
    tabs->setCurrentWidget(view());
    view()->openBody(QString::fromLatin1(kToyamaCity), false);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_w->evaluator()->scenario()->plan.body.code, QString::fromLatin1(kToyamaCity));
    QCOMPARE(m_w->evaluator()->scenario()->plan.fiscalYear, 2025);
    QCOMPARE(m_w->undoStack()->count(), 1);
}

void TestPrefectureView::planningTheNextYear()
{
    const int before = int(m_w->session()->document().scenarios.size());
    QCOMPARE(view()->planNextYear(), 5); // 高岡市, 立山町, 射水市, 舟橋村 and the prefecture
    QCOMPARE(view()->fiscalYear(), 2026);
    QCOMPARE(m_w->session()->document().scenarios.size(), before + 5);
    PrefectureModel *m = view()->model();
    const int takaoka = m->rowOf(QString::fromLatin1(kTakaoka));
    QCOMPARE(m->index(takaoka, PrefectureModel::Timeline).data().toString(),
        QStringLiteral("R6 ステーション → R7 ステーション → R8 ステーション"));
    // Without a rule book for 令和8年度 every program says so and nothing is counted as payable;
    // with one (resources/rules/fy2026.json) the station is evaluated like the year before.
    if (!m_w->evaluator()->library().book(2026)) {
        QVERIFY(m->row(takaoka)->errors > 0);
        QCOMPARE(m->row(takaoka)->findings.first().code, QStringLiteral("menu_not_available"));
    } else {
        QCOMPARE(m->row(takaoka)->errors, 0);
        QVERIFY(m->row(takaoka)->totals.national.max);
    }
    QCOMPARE(m_w->session()->document().log.last().action, QStringLiteral("plan_next_year"));
    view()->setFiscalYear(2025);
    QCOMPARE(view()->planNextYear(), 0); // already planned
    m_w->undoStack()->undo();
    QCOMPARE(m_w->session()->document().scenarios.size(), before);
    QCOMPARE(m_w->undoStack()->count(), 1);
}

void TestPrefectureView::importingARoster()
{
    // One good row that replaces 立山町's plan, one new body, and two that cannot come in.
    const QByteArray csv = QStringLiteral("団体コード,団体名,年度,事業,支出額\r\n"
                                          "163236,立山町,令和7年度,ステーション事業,8000000\r\n"
                                          ",上市町,R7,サポート事業,2000000\r\n"
                                          ",碓氷野町,R7,サポート事業,1000000\r\n"
                                          "163236,立山町,R7,宇宙事業,1\r\n")
                               .toUtf8();
    const RosterImport roster = readRosterCsv(csv, Registry::bundled());
    QCOMPARE(roster.problems.size(), 2);
    RosterImportDialog dialog(roster, QStringLiteral("test.csv"));
    QCOMPARE(dialog.problemsTable()->rowCount(), 2);
    QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(dialog.problemsTable()->item(1, 0)->text(), QStringLiteral("5"));

    const int before = int(m_w->session()->document().scenarios.size());
    QVERIFY(m_w->importRoster(csv, QStringLiteral("test.csv"), true, false));
    QCOMPARE(
        m_w->session()->document().scenarios.size(), before + 1); // 上市町 added, 立山町 replaced
    PrefectureModel *m = view()->model();
    const int tateyama = m->rowOf(QString::fromLatin1(kTateyama));
    QCOMPARE(m->row(tateyama)->programs.first().menu, QStringLiteral("station"));
    QCOMPARE(m_w->session()->document().log.last().action, QStringLiteral("import_roster"));
    m_w->undoStack()->undo();
    QCOMPARE(m_w->session()->document().scenarios.size(), before);
    QCOMPARE(m->row(tateyama)->programs.first().menu, QStringLiteral("support"));
}

// The shipped R6 roster as a planner opens it (File ▸ sample rosters): 北海道's table lists every
// one of its municipalities, and those the roster names run the program it names.
void TestPrefectureView::theR6RosterFillsThePrefecture()
{
    QFile f(QStringLiteral(SHIENPLAN_SOURCE_DIR "/resources/rosters/r6_roster.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(m_w->importRoster(f.readAll(), QStringLiteral("r6_roster.csv"), false, false));
    view()->setPrefecture(QStringLiteral("010006"));
    view()->setFiscalYear(2024);
    const Document &d = m_w->session()->document();
    int planned = 0;
    for (const Scenario &s : d.scenarios)
        planned += s.plan.body.prefectureCode == u"010006" && s.plan.fiscalYear == 2024 ? 1 : 0;
    QVERIFY(planned > 0);
    view()->setRowFilter(RowFilter::WithProgram);
    QCOMPARE(view()->filter()->rowCount(), planned);
    QCOMPARE(view()->model()->rowCount(), 180);
    QVERIFY(view()->summaryText().contains(QStringLiteral("%1 / 179").arg(planned)));
}

// 「人口比」 in the joint-program dialog: shares in proportion to the populations the document
// holds, exact fractions that add up to 1; a member without a population is named.
void TestPrefectureView::jointSharesByPopulation()
{
    const QHash<QString, qint64> populations = populationsIn(m_w->session()->document(), 2025);
    QCOMPARE(populations.value(QString::fromLatin1(kTakaoka)), 168'000);
    JointDialog dialog({ member(kTakaoka, 1, 2), member(kTateyama, 1, 2) },
        QString::fromLatin1(kTakaoka), populations);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("jointTable"));
    dialog.findChild<QPushButton *>(QStringLiteral("jointByPopulation"))->click();
    // 168,000 : 25,000 = 168/193 : 25/193
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("168/193"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("25/193"));
    JointDialog missing({ member(kTakaoka, 1, 2), member(kUozu, 1, 2) },
        QString::fromLatin1(kTakaoka), populations);
    missing.findChild<QPushButton *>(QStringLiteral("jointByPopulation"))->click();
    QVERIFY(missing.findChild<QLabel *>(QStringLiteral("jointMessage"))
                ->text()
                .contains(QStringLiteral("魚津市")));
    QCOMPARE(missing.findChild<QTableWidget *>(QStringLiteral("jointTable"))->item(1, 2)->text(),
        QStringLiteral("1/2"));
}

// 魚津市 plans three alternatives for 令和7年度 and has adopted none: its year reads
// 「未決定（3案）」, it counts once in the totals (the hull of its alternatives, on a row of its
// own, under no menu), and a population typed in reaches all three in one step.
//   support 600,000 → national 300,000; station 12,000,000 → 5,000,000; support 2,000,000 →
//   500,000 (基準額 1,000,000): the hull [300,000, 5,000,000].
void TestPrefectureView::undecidedPlanShowsInItsYear()
{
    Document d = toyama();
    d.scenarios << alternative(scenario(kUozu, 2025, { program("support", 600'000) }), "小さく")
                << alternative(
                       scenario(kUozu, 2025, { program("station", 12'000'000) }), "ステーション")
                << alternative(scenario(kUozu, 2025, { program("support", 2'000'000) }), "大きく");
    m_w->loadDocument(d);
    view()->setFiscalYear(2025);
    PrefectureModel *m = view()->model();
    const int uozu = m->rowOf(QString::fromLatin1(kUozu));
    QCOMPARE(m->index(uozu, PrefectureModel::Timeline).data().toString(),
        QStringLiteral("R7 未決定（3案）・ステーション（共同）"));
    QCOMPARE(m->index(uozu, PrefectureModel::Programs).data().toString(),
        QStringLiteral("未決定（3案） / 高岡市の共同実施に参加"));
    QCOMPARE(m->index(uozu, PrefectureModel::National).data().toString(),
        formatRange(YenRange::between(300'000, 5'000'000), u"ja"));
    QVERIFY(m->index(uozu, PrefectureModel::Findings)
                .data()
                .toString()
                .contains(QStringLiteral("採用案が決まっていません")));

    const WorkspaceTotals w = totalsFor(m_w->session()->document(),
        evaluateAll(m_w->session()->document()), QString::fromLatin1(kToyamaPref), 2025);
    QCOMPARE(w.plans, 6); // 高岡市, 立山町, 射水市, 舟橋村, 富山県 and 魚津市 once
    QCOMPARE(w.undecided, 1);
    PrefectureTotalsModel *t = view()->totalsModel();
    const int total = t->rowCount() - 1;
    QVERIFY(t->isTotalRow(total));
    QVERIFY(t->isUndecidedRow(total - 1));
    QCOMPARE(t->index(total - 1, PrefectureTotalsModel::Menu).data().toString(),
        QStringLiteral("未決定の計画（1件）"));
    QCOMPARE(t->index(total - 1, PrefectureTotalsModel::National).data().toString(),
        formatRange(YenRange::between(300'000, 5'000'000), u"ja"));
    QCOMPARE(t->index(total - 1, PrefectureTotalsModel::Programs).data().toString(), QString());
    // The menus count the same four programs as without 魚津市's plan; the total adds its hull.
    QCOMPARE(t->index(total, PrefectureTotalsModel::Programs).data().toInt(), 4);
    QCOMPARE(t->index(total, PrefectureTotalsModel::National).data().toString(),
        formatRange(w.all.national, u"ja"));
    QVERIFY2(view()->summaryText().contains(QStringLiteral("1件の計画は採用案が決まっていません")),
        qPrintable(view()->summaryText()));
    // The chart draws the undecided plan too, as a series of its own: 魚津市's hull tops at
    // 5,000千円 in 令和7年度 (its last year), and no menu's bar holds it.
    view()->chart()->rebuild();
    const QList<int> years = view()->chart()->years();
    const qsizetype r7 = years.indexOf(2025);
    QVERIFY(r7 >= 0);
    QCOMPARE(view()->chart()->values().value(QStringLiteral("undecided")).value(r7), 5'000);
    QCOMPARE(view()->chart()->values().value(QStringLiteral("station")).value(r7),
        qint64(Yen(*w.perMenu.value(QStringLiteral("station")).totals.national.max / 1000)
                   .convert_to<long long>()));

    // A population typed in sets all three alternatives, and one undo takes it back from all.
    QVERIFY(m->setData(m->index(uozu, PrefectureModel::Population), 40'000));
    for (int s : { 6, 7, 8 })
        QCOMPARE(m_w->session()->document().scenarios[s].plan.body.population,
            std::optional<qint64>(40'000));
    m_w->undoStack()->undo();
    for (int s : { 6, 7, 8 })
        QVERIFY(!m_w->session()->document().scenarios[s].plan.body.population);
}

QTEST_MAIN(TestPrefectureView)
#include "tst_prefectureview.moc"
