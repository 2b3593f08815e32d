// The rule book window, offscreen, found by objectName: what a planner who keeps the books up
// to date sees and does (issue 7).
#include "core/base/sources.h"
#include "core/engine/engine.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulebookwindow.h"
#include "ui/rulebook/rulediffmodel.h"
#include "ui/rulebook/rulevaluesmodel.h"
#include "ui/widgets/yenedit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace shienplan;

namespace
{
const QString kSource = QStringLiteral("令和7年度交付要綱 別表 2(1)");

using testutil::child;

void chooseYear(QComboBox *box, int fy)
{
    const int i = box->findData(fy);
    QVERIFY2(i >= 0, qPrintable(QString::number(fy)));
    box->setCurrentIndex(i);
}

int rowOf(QTableView *view, const QString &path)
{
    auto *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(RuleValuesModel::PathRole).toString() == path)
            return r;
    return -1;
}

QVariant cellData(QTableView *view, const QString &path, int column, int role)
{
    const int r = rowOf(view, path);
    return r < 0 ? QVariant() : view->model()->index(r, column).data(role);
}

// Fills the value dialog as a planner would and presses 入力 (OK).
std::function<void(QDialog *)> enterAmount(
    const QString &thousands, const QString &source, QString *errorSeen = nullptr)
{
    return [=](QDialog *d) {
        QCOMPARE(d->objectName(), QStringLiteral("ruleValueDialog"));
        auto *min = child<YenEdit>(d, "ruleValueMin");
        min->setText(thousands);
        child<QComboBox>(d, "ruleValueUnit")->setCurrentIndex(0); // 千円
        child<QLineEdit>(d, "ruleValueSource")->setText(source);
        child<QDialogButtonBox>(d, "ruleValueButtons")->button(QDialogButtonBox::Ok)->click();
        if (errorSeen)
            *errorSeen = child<QLabel>(d, "ruleValueError")->isHidden()
                ? QString()
                : child<QLabel>(d, "ruleValueError")->text();
    };
}

using testutil::writeBook; // fails the test if the file cannot be written
} // namespace

class TestRuleBookWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheColumnsOfEachYear();
    void unknownRangedAndCarriedOverValuesStandOut();
    void matrixCellShowsItsSourceOnHover();
    void editingWithoutASourceIsRefused();
    void editingWithASourceIsUserAndUndoRestoresIt();
    void editingACellAndARate();
    void newFiscalYearIsCarriedOver();
    void loadingShowsTheDifferenceBeforeReplacing();
    void aBrokenFileIsRefusedNamingFileAndValue();
    void savingAsThisComputersBookIsUsedByTheProgram();
    void differencesTab();
    void modelsPassTheTester();
    void switchingLanguage();

private:
    QTemporaryDir m_dir;
    QString m_rules;
    std::unique_ptr<RuleBookWindow> m_w;
};

void TestRuleBookWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Our own empty folder (not created yet): saving must create it, and the other tests'
    // SHIENPLAN_RULES_DIR must never receive a book from this one.
    m_rules = m_dir.filePath(QStringLiteral("user-rules"));
    qputenv("SHIENPLAN_RULES_DIR", m_rules.toUtf8());
    setLanguage(QStringLiteral("ja"));
}

void TestRuleBookWindow::init()
{
    QDir(m_rules).removeRecursively();
    setLanguage(QStringLiteral("ja"));
    m_w = std::make_unique<RuleBookWindow>(RuleBookLibrary::standard());
    m_w->setQuiet(true);
    // 令和7年度, the latest year with values of its own (令和8年度's are all carried over from it).
    m_w->setCurrentYear(2025);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
}

void TestRuleBookWindow::cleanup()
{
    m_w.reset();
}

void TestRuleBookWindow::showsTheColumnsOfEachYear()
{
    auto *year = child<QComboBox>(m_w.get(), "ruleBookYear");
    auto *matrix = child<QTableWidget>(m_w.get(), "ruleBookMatrix");
    QCOMPARE(year->count(), 5); // 令和4年度 … 令和8年度
    {
        RuleBookWindow fresh(RuleBookLibrary::standard());
        QCOMPARE(child<QComboBox>(&fresh, "ruleBookYear")->currentData().toInt(),
            2026); // the latest year first
    }
    QCOMPARE(year->currentData().toInt(), 2025); // as init() chose
    QCOMPARE(matrix->columnCount(), 14);
    QCOMPARE(matrix->rowCount(), 5); // the five menus with a matrix row
    QVERIFY(matrix->horizontalHeaderItem(13)->text().startsWith(QStringLiteral("⑭")));
    QCOMPARE(matrix->item(3, 0)->text(), QStringLiteral("◎")); // station, consultation
    QCOMPARE(matrix->item(3, 8)->text(), QStringLiteral("○ ≤1")); // station, professionals ※1人まで
    chooseYear(year, 2024);
    QCOMPARE(matrix->columnCount(), 13);
    chooseYear(year, 2022);
    QCOMPARE(matrix->columnCount(), 12);
    // Version B: center_prefectural S10 ◎ (D5), marked ※: 令和4年度's own center page (003:262)
    // lists it as optional.
    QCOMPARE(matrix->item(0, 9)->text(), QStringLiteral("◎ ※"));
}

void TestRuleBookWindow::unknownRangedAndCarriedOverValuesStandOut()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    const int bg = Qt::BackgroundRole;
    const QVariant unknown
        = cellData(values, "menus[center_prefectural].standard.base", RuleValuesModel::Value, bg);
    const QVariant stated = cellData(values, "menus[station].rate", RuleValuesModel::Value, bg);
    const QVariant range
        = cellData(values, "menus[station].standard.addon_default", RuleValuesModel::Value, bg);
    const QVariant carried
        = cellData(values, "menus[station].standard.base", RuleValuesModel::Value, bg);
    QVERIFY(!stated.isValid()); // a stated value looks plain
    QVERIFY(unknown.isValid());
    QVERIFY(range.isValid());
    QVERIFY(carried.isValid());
    QVERIFY(unknown != range && range != carried && unknown != carried);
    QCOMPARE(cellData(values, "menus[center_prefectural].standard.base", RuleValuesModel::Value,
                 RuleValuesModel::AttentionRole)
                 .toInt(),
        int(Attention::Unknown));
    QCOMPARE(cellData(values, "menus[station].standard.base", RuleValuesModel::Status,
                 RuleValuesModel::StatusesRole)
                 .toList(),
        QVariantList { int(Status::CarriedOver) });
    QCOMPARE(
        cellData(values, "menus[station].standard.base", RuleValuesModel::Source, Qt::DisplayRole)
            .toString(),
        citationText(u"002:1148", u"ja")); // the document in words, with its line
    // The station's six optional sub-projects are listed for their add-on, falling back to the
    // range.
    for (const char *s : { "peer_family_meetings", "public_lectures", "supporters",
             "private_partners", "needs_survey", "professionals" })
        QVERIFY2(rowOf(values, QStringLiteral("menus[station].standard.addons.") + QLatin1String(s))
                >= 0,
            s);
    // Every status shows as a badge; the delegate is the shared one.
    QVERIFY(values->itemDelegateForColumn(RuleValuesModel::Status) != values->itemDelegate());
}

void TestRuleBookWindow::matrixCellShowsItsSourceOnHover()
{
    auto *matrix = child<QTableWidget>(m_w.get(), "ruleBookMatrix");
    const QString tip = matrix->item(3, 9)->toolTip(); // station, S10 multidisciplinary team: -
    QVERIFY2(tip.contains(QStringLiteral("『ひきこもり支援施策の全体像』")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("本文177行目")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("推定")), qPrintable(tip));
    QVERIFY(matrix->item(3, 9)->background().color()
        != matrix->item(3, 0)->background().color()); // inferred vs stated
}

void TestRuleBookWindow::editingWithoutASourceIsRefused()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    const QString path = QStringLiteral("menus[station].standard.addons.peer_family_meetings");
    const QByteArray before = ruleBookToJson(*m_w->book(2025)).toJson();
    QString error;
    bool stillOpen = false;
    m_w->setDialogHook([&](QDialog *d) {
        enterAmount(QStringLiteral("1,000"), QStringLiteral("   "), &error)(d);
        stillOpen = d->isVisible();
    });
    m_w->editValueRow(rowOf(values, path));
    QVERIFY(stillOpen); // refused in the dialog, which stays open
    QVERIFY2(error.contains(QStringLiteral("出典")), qPrintable(error));
    QCOMPARE(ruleBookToJson(*m_w->book(2025)).toJson(), before);
    QCOMPARE(m_w->undoStack()->count(), 0);
}

void TestRuleBookWindow::editingWithASourceIsUserAndUndoRestoresIt()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    const QString path = QStringLiteral("menus[station].standard.addons.peer_family_meetings");
    m_w->setDialogHook(enterAmount(QStringLiteral("1,000"), kSource));
    // A real double-click on the row.
    const QModelIndex index = values->model()->index(rowOf(values, path), RuleValuesModel::Value);
    values->scrollTo(index);
    const QPoint at = values->visualRect(index).center();
    QTest::mouseClick(
        values->viewport(), Qt::LeftButton, {}, at); // the view needs the press before
    QTest::mouseDClick(values->viewport(), Qt::LeftButton, {}, at);

    const Amount entered = m_w->book(2025)
                               ->menu(u"station")
                               ->standard.addons.value(QStringLiteral("peer_family_meetings"));
    QCOMPARE(entered.value, YenRange::exact(1'000'000)); // typed in 千円
    QCOMPARE(entered.prov.status, Status::User);
    QCOMPARE(entered.prov.source, kSource);
    QCOMPARE(
        cellData(values, path, RuleValuesModel::Status, RuleValuesModel::StatusesRole).toList(),
        QVariantList { int(Status::User) });
    QVERIFY(m_w->isModified(2025));
    QVERIFY(child<QComboBox>(m_w.get(), "ruleBookYear")
                ->currentText()
                .contains(QStringLiteral("未保存")));

    // Ctrl+Z
    QTest::keyClick(m_w.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_w->book(2025)
                 ->menu(u"station")
                 ->standard.addons.contains(QStringLiteral("peer_family_meetings")));
    QCOMPARE(
        cellData(values, path, RuleValuesModel::Status, RuleValuesModel::StatusesRole).toList(),
        QVariantList { int(Status::Range) });
    QVERIFY(!m_w->isModified(2025));
    m_w->undoStack()->redo();
    QCOMPARE(m_w->book(2025)
                 ->menu(u"station")
                 ->standard.addons.value(QStringLiteral("peer_family_meetings"))
                 .prov.status,
        Status::User);
}

void TestRuleBookWindow::editingACellAndARate()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    // A cell: station × S10 from - to ○.
    m_w->setDialogHook([](QDialog *d) {
        auto *cell = child<QComboBox>(d, "ruleValueCell");
        cell->setCurrentIndex(cell->findData(QStringLiteral("optional")));
        child<QLineEdit>(d, "ruleValueSource")->setText(kSource);
        child<QDialogButtonBox>(d, "ruleValueButtons")->button(QDialogButtonBox::Ok)->click();
    });
    m_w->editCell(3, 9);
    const MatrixCell *c
        = m_w->book(2025)->menu(u"station")->cell(QStringLiteral("multidisciplinary_team"));
    QCOMPARE(c->value, Cell::Optional);
    QCOMPARE(c->prov.status, Status::User);
    QCOMPARE(
        child<QTableWidget>(m_w.get(), "ruleBookMatrix")->item(3, 9)->text(), QStringLiteral("○"));

    // A rate outside (0, 1] is refused in the dialog; 3/4 is taken.
    QString error;
    m_w->setDialogHook([&](QDialog *d) {
        auto *rate = child<QLineEdit>(d, "ruleValueRate");
        rate->setText(QStringLiteral("5/4"));
        child<QLineEdit>(d, "ruleValueSource")->setText(kSource);
        auto *ok = child<QDialogButtonBox>(d, "ruleValueButtons")->button(QDialogButtonBox::Ok);
        ok->click();
        error = child<QLabel>(d, "ruleValueError")->text();
        rate->setText(QStringLiteral("３／４")); // full-width, as typed with a Japanese IME
        ok->click();
    });
    m_w->editValueRow(rowOf(values, QStringLiteral("menus[station].rate")));
    QVERIFY2(error.contains(QStringLiteral("5/4")), qPrintable(error));
    QCOMPARE(m_w->book(2025)->menu(u"station")->rate, Fraction(3, 4));
    QCOMPARE(m_w->undoStack()->count(), 2);
    m_w->undoStack()->undo();
    m_w->undoStack()->undo();
    QCOMPARE(ruleBookToJson(*m_w->book(2025)).toJson(),
        ruleBookToJson(*RuleBookLibrary::bundledOnly().book(2025)).toJson());
}

void TestRuleBookWindow::newFiscalYearIsCarriedOver()
{
    auto *year = child<QComboBox>(m_w.get(), "ruleBookYear");
    QVERIFY(m_w->createFiscalYear(2027));
    QVERIFY(year->findData(2027) >= 0);
    QCOMPARE(year->currentData().toInt(), 2027);
    QCOMPARE(child<QTableWidget>(m_w.get(), "ruleBookMatrix")->columnCount(), 14);
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    auto *model = values->model();
    int carried = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QVariantList s
            = model->index(r, RuleValuesModel::Status).data(RuleValuesModel::StatusesRole).toList();
        if (s.isEmpty())
            continue; // plain settings (add-on scope, start-up flag) carry no status
        QVERIFY2(s == QVariantList { int(Status::CarriedOver) }
                || s == QVariantList { int(Status::Unknown) },
            qPrintable(model->index(r, RuleValuesModel::Item).data().toString()));
        carried += s == QVariantList { int(Status::CarriedOver) };
    }
    QVERIFY(carried > 20);
    QCOMPARE(child<QTableWidget>(m_w.get(), "ruleBookMatrix")
                 ->item(0, 0)
                 ->data(Qt::UserRole + 2)
                 .toInt(),
        int(Status::CarriedOver));
    QVERIFY(!m_w->createFiscalYear(2027)); // once
    m_w->undoStack()->undo();
    QCOMPARE(year->findData(2027), -1);
}

void TestRuleBookWindow::loadingShowsTheDifferenceBeforeReplacing()
{
    RuleBook prefecture = *RuleBookLibrary::bundledOnly().book(2025);
    rulebookedit::setAmount(prefecture, "station", "base", YenRange::exact(9'000'000),
        QStringLiteral("富山県通知 令和7年4月1日"));
    const QString path = m_dir.filePath(QStringLiteral("toyama-fy2025.json"));
    writeBook(prefecture, path);

    int rows = -1;
    bool listed = false, replacedEarly = true;
    auto inspect = [&](QDialog *d, bool accept) {
        QCOMPARE(d->objectName(), QStringLiteral("ruleBookImportDialog"));
        auto *table = child<QTableView>(d, "importDiffTable");
        rows = table->model()->rowCount();
        for (int r = 0; r < rows; ++r)
            listed |= table->model()
                          ->index(r, RuleDiffModel::Item)
                          .data(RuleDiffModel::PathRole)
                          .toString()
                == QLatin1String("menus[station].standard.base");
        replacedEarly = m_w->book(2025)->menu(u"station")->standard.base->value
            != YenRange::exact(10'000'000);
        accept ? d->accept() : d->reject();
    };
    m_w->setDialogHook([&](QDialog *d) { inspect(d, false); });
    QVERIFY(!m_w->loadFromFile(path));
    QCOMPARE(rows, 1);
    QVERIFY(listed);
    QVERIFY(!replacedEarly);
    QCOMPARE(m_w->book(2025)->menu(u"station")->standard.base->value,
        YenRange::exact(10'000'000)); // cancelled

    m_w->setDialogHook([&](QDialog *d) { inspect(d, true); });
    QVERIFY(m_w->loadFromFile(path));
    QVERIFY(!replacedEarly);
    QCOMPARE(m_w->book(2025)->menu(u"station")->standard.base->value, YenRange::exact(9'000'000));
    QCOMPARE(m_w->book(2025)->origin, path);
    QVERIFY(m_w->isModified(2025));
    m_w->undoStack()->undo();
    QCOMPARE(m_w->book(2025)->menu(u"station")->standard.base->value, YenRange::exact(10'000'000));
}

void TestRuleBookWindow::aBrokenFileIsRefusedNamingFileAndValue()
{
    RuleBook broken = *RuleBookLibrary::bundledOnly().book(2025);
    broken.menus[3].caps[QStringLiteral("professionals")].prov.source.clear();
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    writeBook(broken, path);
    bool asked = false;
    m_w->setDialogHook([&](QDialog *d) {
        asked = true;
        d->reject();
    });
    QVERIFY(!m_w->loadFromFile(path));
    QVERIFY(!asked);
    QVERIFY2(
        m_w->lastError().contains(QStringLiteral("broken.json")), qPrintable(m_w->lastError()));
    QVERIFY2(m_w->lastError().contains(QStringLiteral("menus[station].caps.professionals.source")),
        qPrintable(m_w->lastError()));
    QCOMPARE(m_w->undoStack()->count(), 0);
}

void TestRuleBookWindow::savingAsThisComputersBookIsUsedByTheProgram()
{
    QVERIFY(!QDir(m_rules).exists());
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    m_w->setDialogHook(enterAmount(QStringLiteral("9,500"), kSource));
    m_w->editValueRow(rowOf(values, QStringLiteral("menus[station].standard.base")));
    QSignalSpy changed(m_w.get(), &RuleBookWindow::libraryChanged);
    QVERIFY(m_w->saveAsThisComputersBook());
    QCOMPARE(changed.count(), 1);
    const QString file = QDir(m_rules).filePath(QStringLiteral("fy2025.json"));
    QVERIFY(QFile::exists(file));
    QVERIFY(!m_w->isModified(2025));

    const RuleBookLibrary lib = RuleBookLibrary::standard();
    QVERIFY(lib.loadProblems().isEmpty());
    QCOMPARE(lib.book(2025)->origin, file);
    QCOMPARE(lib.book(2025)->menu(u"station")->standard.base->value, YenRange::exact(9'500'000));
    QCOMPARE(lib.book(2025)->menu(u"station")->standard.base->prov.status, Status::User);
    // The bundled book itself is untouched.
    QCOMPARE(RuleBookLibrary::bundledOnly().book(2025)->menu(u"station")->standard.base->value,
        YenRange::exact(10'000'000));
    // A new window (the main window after libraryChanged) shows it as in force.
    RuleBookWindow again(RuleBookLibrary::standard());
    QCOMPARE(again.book(2025)->menu(u"station")->standard.base->value, YenRange::exact(9'500'000));
    QVERIFY(!again.isModified(2025));
}

void TestRuleBookWindow::differencesTab()
{
    auto *from = child<QComboBox>(m_w.get(), "diffFrom");
    auto *to = child<QComboBox>(m_w.get(), "diffTo");
    auto *table = child<QTableView>(m_w.get(), "diffTable");
    QCOMPARE(from->currentData().toInt(), 2025); // the last two years by default
    QCOMPARE(to->currentData().toInt(), 2026);
    chooseYear(from, 2024);
    chooseYear(to, 2025);
    QCOMPARE(table->model()->rowCount(), 8);
    chooseYear(from, 2023);
    chooseYear(to, 2024);
    QCOMPARE(table->model()->rowCount(), 15); // rules.md §2.6 D4–D10, D14 and the preparation menu
    QVERIFY(child<QLabel>(m_w.get(), "diffSummary")->text().contains(QStringLiteral("15")));
    QStringList kinds;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        kinds << table->model()
                     ->index(r, RuleDiffModel::Kind)
                     .data(RuleDiffModel::KindRole)
                     .toString();
    QCOMPARE(kinds.count(QStringLiteral("changed")), 5);
    child<QCheckBox>(m_w.get(), "diffShowSources")->setChecked(true);
    QVERIFY(table->model()->rowCount() > 50);
    // An edit shows up in the differences at once.
    child<QCheckBox>(m_w.get(), "diffShowSources")->setChecked(false);
    chooseYear(from, 2024);
    chooseYear(to, 2025);
    m_w->setDialogHook(enterAmount(QStringLiteral("500"), kSource));
    m_w->editValueRow(rowOf(child<QTableView>(m_w.get(), "ruleBookValues"),
        QStringLiteral("menus[station].standard.addons.needs_survey")));
    QCOMPARE(table->model()->rowCount(), 9);
}

void TestRuleBookWindow::modelsPassTheTester()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    auto *diff = child<QTableView>(m_w.get(), "diffTable");
    new QAbstractItemModelTester(
        values->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, values);
    new QAbstractItemModelTester(
        diff->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, diff);
    auto *menus = m_w->findChild<QWidget *>(QStringLiteral("ruleBookMenus"));
    QVERIFY(menus);
    chooseYear(child<QComboBox>(m_w.get(), "ruleBookYear"), 2022);
    chooseYear(child<QComboBox>(m_w.get(), "diffFrom"), 2022);
    child<QCheckBox>(m_w.get(), "diffShowSources")->setChecked(true);
    QVERIFY(m_w->createFiscalYear(2027));
    m_w->undoStack()->undo();
}

void TestRuleBookWindow::switchingLanguage()
{
    auto *values = child<QTableView>(m_w.get(), "ruleBookValues");
    auto *tabs = child<QTabWidget>(m_w.get(), "ruleBookTabs");
    QCOMPARE(values->model()->headerData(RuleValuesModel::Value, Qt::Horizontal).toString(),
        QStringLiteral("値"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("年度間の差分"));
    setLanguage(QStringLiteral("en"));
    QCOMPARE(values->model()->headerData(RuleValuesModel::Value, Qt::Horizontal).toString(),
        QStringLiteral("Value"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Differences between years"));
    QCOMPARE(
        cellData(values, "menus[station].rate", RuleValuesModel::Item, Qt::DisplayRole).toString(),
        QStringLiteral("Subsidy rate"));
    setLanguage(QStringLiteral("ja"));
    QCOMPARE(
        cellData(values, "menus[station].rate", RuleValuesModel::Item, Qt::DisplayRole).toString(),
        QStringLiteral("補助率"));
}

QTEST_MAIN(TestRuleBookWindow)
#include "tst_rulebookwindow.moc"
