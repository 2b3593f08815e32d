// Every table model of the window, on its own, under QAbstractItemModelTester (failures reported
// as QtTest failures) while it goes through what a planner does to it: a document edit, an undo,
// a new document, another year, another prefecture, a filter. Each model is built on real data
// (the Takaoka sample, the R6 roster, the bundled rule books) and checked for what a user sees.
//
// - plan tab (ui/models): matrix, funding, findings, compare, change log, on
//   resources/samples/sample_takaoka.json through a DocumentSession and a PlanEvaluator.
// - prefecture tab (ui/prefecture): the table, its filter proxy and the totals, on
//   resources/rosters/r6_roster.csv.
// - rule books (ui/rulebook): the values of a bundled book, and the differences R5 → R6.
#include "core/base/catalogue.h"
#include "core/document/documentsession.h"
#include "core/engine/fundingsteps.h"
#include "core/interchange/documentjson.h"
#include "core/prefecture/prefecturerows.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "core/report/reportdata.h"
#include "core/roster/roster.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/models/changelogmodel.h"
#include "ui/models/comparemodel.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefecturefilter.h"
#include "ui/prefecture/prefecturemodel.h"
#include "ui/prefecture/prefecturetotalsmodel.h"
#include "ui/rulebook/rulediffmodel.h"
#include "ui/rulebook/rulevaluesmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace shienplan;
using namespace testutil;

namespace
{

constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The rows a model shows in one column, for failure messages and comparisons.
QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

// The R6 roster as a document of every body that runs a program in 令和6年度, evaluated.
struct RosterWorkspace {
    Document doc;
    QList<Evaluation> evaluations;
    RuleBookLibrary books = RuleBookLibrary::bundledOnly();
};

// The menus the prefecture runs in any year, in catalogue order (as the prefecture view does).
QStringList menusRun(const PrefectureTable &t)
{
    QSet<QString> used;
    for (const WorkspaceTotals &y : t.byYear)
        for (auto it = y.perMenu.cbegin(); it != y.perMenu.cend(); ++it)
            if (it->programs > 0)
                used.insert(it.key());
    QStringList menus;
    for (const CatalogueEntry &e : menuCatalogue())
        if (used.contains(e.id))
            menus << e.id;
    return menus;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void matrixModel();
    void fundingModel();
    void findingsModel();
    void compareModel();
    void changeLogModel();
    void prefectureModelAndFilter();
    void prefectureTotalsModel();
    void ruleValuesModel();
    void ruleDiffModel();

private:
    TestFolder m_tmp;
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<PlanEvaluator> m_eval;
    std::unique_ptr<QUndoStack> m_undo;
    RosterWorkspace m_roster;
    void push(QUndoCommand *c) { m_undo->push(c); }
};

void TestModels::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    useTestPathsAndRecoveryDir(m_tmp.path(QStringLiteral("recovery")));
    setLanguage(QStringLiteral("ja"));

    const QByteArray csv = readFile(sourcePath(QStringLiteral("resources/rosters/r6_roster.csv")));
    QVERIFY(!csv.isEmpty());
    const RosterImport roster = readRosterCsv(csv, Registry::bundled());
    m_roster.doc = documentFromRoster(roster, QStringLiteral("令和6年度 実施団体"));
    QVERIFY(m_roster.doc.scenarios.size() > 100);
    m_roster.evaluations = evaluateWorkspace(m_roster.doc, m_roster.books, Registry::bundled());
    QCOMPARE(m_roster.evaluations.size(), m_roster.doc.scenarios.size());
}

void TestModels::init()
{
    setLanguage(QStringLiteral("ja"));
    m_session = std::make_unique<DocumentSession>();
    m_session->reset(takaokaSample());
    QCOMPARE(m_session->document().scenarios.size(), 3);
    m_eval = std::make_unique<PlanEvaluator>(m_session.get());
    m_eval->setCurrent(0, 0);
    m_undo = std::make_unique<QUndoStack>();
}

void TestModels::cleanup()
{
    m_undo.reset();
    m_eval.reset();
    m_session.reset();
}

// One row per sub-project of the year's book; a tick is an undoable edit of the program.
void TestModels::matrixModel()
{
    MatrixModel m(m_eval.get(), [this](QUndoCommand *c) { push(c); });
    QAbstractItemModelTester tester(&m, kQtTest);

    const RuleBook *book = RuleBookLibrary::bundledOnly().book(2025);
    QVERIFY(book);
    QCOMPARE(m.rowCount(), int(book->columns.size()));
    QCOMPARE(column(m, MatrixModel::Name, Qt::UserRole), book->columns);
    const int ibasho = m.rowOf(QStringLiteral("ibasho"));
    QVERIFY(ibasho >= 0);
    QVERIFY2(m.index(ibasho, MatrixModel::Name)
                 .data()
                 .toString()
                 .contains(QStringLiteral("居場所づくり")),
        qPrintable(m.index(ibasho, MatrixModel::Name).data().toString()));
    // The support program of scenario 1 has S01, S02 and S08, not 民間団体との連携.
    QCOMPARE(m.index(ibasho, MatrixModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QModelIndex partners
        = m.index(m.rowOf(QStringLiteral("private_partners")), MatrixModel::Name);
    QCOMPARE(partners.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Ticking goes through the undo stack and into the document; undo takes it back.
    QVERIFY(m.setData(partners, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(m_session->document().scenarios[0].plan.programs[0].subprojects.contains(
        QStringLiteral("private_partners")));
    QCOMPARE(partners.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_undo->undo();
    QCOMPARE(partners.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // The station scenario: 居場所づくり is ◎ there.
    m_eval->setCurrent(1, 0);
    m.refresh();
    QCOMPARE(m.index(m.rowOf(QStringLiteral("ibasho")), MatrixModel::Cell).data().toString(),
        QStringLiteral("◎"));

    // Another year (令和4年度: another book, other rows), then a new document.
    push(commands::setFiscalYear(m_session.get(), 1, 2022));
    m.refresh();
    QCOMPARE(m.rowCount(), int(RuleBookLibrary::bundledOnly().book(2022)->columns.size()));
    m_undo->undo();
    m.refresh();
    QCOMPARE(m.rowCount(), int(book->columns.size()));
    m_session->reset(takaokaSample());
    m.refresh();
    QCOMPARE(m.rowCount(), int(book->columns.size()));
}

// The funding of the current program, in yen, as the panel shows it.
void TestModels::fundingModel()
{
    FundingModel m(m_eval.get());
    QAbstractItemModelTester tester(&m, kQtTest);
    QCOMPARE(m.rowCount(), int(FundingModel::RowCount));
    QCOMPARE(m.columnCount(), int(FundingModel::ColumnCount));
    auto yen = [&m](int row) { return m.index(row, FundingModel::Yen).data().toString(); };

    // The rows are the steps (A)…(H), 都道府県の支援, 実施主体の負担 in the words of
    // fundingSteps().
    const QList<FundingStep> &steps = fundingSteps();
    for (int r = 0; r < steps.size(); ++r)
        QCOMPARE(m.index(r, FundingModel::Item).data().toString(), steps[r].heading(u"ja"));
    QCOMPARE(m.index(FundingModel::TotalCost, FundingModel::Item).data().toString(),
        QStringLiteral("(A) 総事業費"));
    QCOMPARE(m.index(FundingModel::Local, FundingModel::Item).data().toString(),
        QStringLiteral("実施主体の負担"));

    // Support S01+S02+S08: 基準額 2,500,000; expenditure 3,200,000 (A = C = D); F = min(D, E) =
    // 2,500,000 = G; H = half of 2,500,000.
    QCOMPARE(yen(FundingModel::TotalCost), QStringLiteral("3,200,000円"));
    QCOMPARE(yen(FundingModel::OtherIncome), QStringLiteral("0円"));
    QCOMPARE(yen(FundingModel::Eligible), QStringLiteral("3,200,000円"));
    QCOMPARE(yen(FundingModel::Standard), QStringLiteral("2,500,000円"));
    QCOMPARE(yen(FundingModel::Selected), QStringLiteral("2,500,000円"));
    QCOMPARE(yen(FundingModel::National), QStringLiteral("1,250,000円"));
    QCOMPARE(m.statuses(FundingModel::TotalCost), QList<Status> { Status::User });

    // (D) 2,000,000 of the 3,200,000: F = min(2,000,000, 2,500,000) = G; H = 1,000,000.
    push(commands::setEligibleExpenditure(m_session.get(), 0, 0, Yen(2'000'000)));
    QCOMPARE(yen(FundingModel::Eligible), QStringLiteral("2,000,000円"));
    QCOMPARE(yen(FundingModel::Selected), QStringLiteral("2,000,000円"));
    QCOMPARE(yen(FundingModel::National), QStringLiteral("1,000,000円"));
    m_undo->undo();
    QCOMPARE(yen(FundingModel::Eligible), QStringLiteral("3,200,000円"));

    push(commands::setExpenditure(m_session.get(), 0, 0, Yen(2'000'001)));
    QCOMPARE(yen(FundingModel::Net), QStringLiteral("2,000,001円"));
    QCOMPARE(yen(FundingModel::Adopted), QStringLiteral("2,000,001円"));
    QCOMPARE(yen(FundingModel::National), QStringLiteral("1,000,000円"));
    QCOMPARE(yen(FundingModel::Local), QStringLiteral("1,000,001円"));
    QCOMPARE(yen(FundingModel::TotalNational), QStringLiteral("1,000,000円"));
    m_undo->undo();
    QCOMPARE(yen(FundingModel::National), QStringLiteral("1,250,000円"));

    m_eval->setCurrent(2, 0);
    m_session->reset(takaokaSample());
    QCOMPARE(m.rowCount(), int(FundingModel::RowCount));
}

// The engine's findings, errors first: unticking a ◎ sub-project is one.
void TestModels::findingsModel()
{
    m_eval->setCurrent(1, 0); // the station scenario, eligible as it is
    FindingsModel m(m_eval.get());
    QAbstractItemModelTester tester(&m, kQtTest);
    QVERIFY2(!column(m, 0, Qt::UserRole).contains(QStringLiteral("required_missing")),
        qPrintable(column(m, FindingsModel::Message).join(u'\n')));

    push(commands::setSubproject(m_session.get(), 1, 0, QStringLiteral("ibasho"), false));
    QVERIFY(m.rowCount() >= 1);
    QCOMPARE(m.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("required_missing"));
    QVERIFY2(m.index(0, FindingsModel::Message)
                 .data()
                 .toString()
                 .contains(QStringLiteral("必須事業（◎）の「居場所づくり」")),
        qPrintable(m.index(0, FindingsModel::Message).data().toString()));
    QVERIFY(m.finding(0));

    m_undo->undo();
    QVERIFY(!column(m, 0, Qt::UserRole).contains(QStringLiteral("required_missing")));
    m_session->reset(takaokaSample());
    QVERIFY(!column(m, 0, Qt::UserRole).contains(QStringLiteral("required_missing")));
}

// One column per scenario, headed by its name; adding and removing a scenario moves columns.
void TestModels::compareModel()
{
    CompareModel m(m_eval.get());
    QAbstractItemModelTester tester(&m, kQtTest);
    QCOMPARE(m.rowCount(), int(CompareModel::RowCount));
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("サポート事業で開始"));
    QCOMPARE(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("センターを設置"));
    QCOMPARE(m.amount(CompareModel::National, 0), YenRange::exact(1'250'000));
    // What each alternative costs: (A) 総事業費, the planner's own figure; every amount in 千円
    // as the forms write them, one range style (lower〜upper), the yen on hover.
    const Document &doc = m_session->document();
    for (int c = 0; c < 3; ++c)
        QCOMPARE(m.amount(CompareModel::TotalCost, c),
            YenRange::exact(doc.scenarios[c].plan.programs[0].expenditure));
    for (int row :
        { int(CompareModel::TotalCost), int(CompareModel::Standard), int(CompareModel::National),
            int(CompareModel::Prefecture), int(CompareModel::Local) }) {
        const QString header = m.headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
        QVERIFY2(header.endsWith(QStringLiteral("（千円）")), qPrintable(header));
        for (int c = 0; c < 3; ++c) {
            const QString text = m.index(row, c).data().toString();
            QCOMPARE(text, formatThousandRange(m.amount(row, c), u"ja"));
            QVERIFY2(!text.contains(u'円') && !text.contains(u'~') && !text.contains(u' '),
                qPrintable(text));
            QCOMPARE(m.index(row, c).data(Qt::ToolTipRole).toString(),
                formatRange(m.amount(row, c), u"ja"));
        }
    }
    QCOMPARE(m.headerData(CompareModel::TotalCost, Qt::Vertical, Qt::DisplayRole).toString(),
        fundingStep('A').heading(u"ja") + QStringLiteral("（千円）"));
    QCOMPARE(m.index(CompareModel::TotalCost, 0).data().toString(),
        formatThousandYen(doc.scenarios[0].plan.programs[0].expenditure));
    const QString stationNational = m.index(CompareModel::National, 1).data().toString();
    QVERIFY2(stationNational.contains(QStringLiteral("〜")), qPrintable(stationNational));

    push(commands::setExpenditure(m_session.get(), 0, 0, Yen(2'000'001)));
    QCOMPARE(m.amount(CompareModel::National, 0), YenRange::exact(1'000'000));
    Scenario copy = m_session->document().scenarios[1];
    copy.plan.alternative = QStringLiteral("ステーション事業（写し）");
    push(commands::addScenario(m_session.get(), copy));
    QCOMPARE(m.columnCount(), 4);
    QCOMPARE(m.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), copy.plan.alternative);
    push(commands::removeScenario(m_session.get(), 0));
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("ステーション事業で開始"));
    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.amount(CompareModel::National, 0), YenRange::exact(1'250'000));

    // Another body's plan in the document is not an alternative of 高岡市's: no column for it,
    // until it is the plan shown (then it stands alone).
    Scenario toyama = m_session->document().scenarios[0];
    toyama.plan.body = registryBody("162019");
    push(commands::addScenario(m_session.get(), toyama)); // the evaluator shows what was added
    QCOMPARE(m_eval->currentScenario(), 3);
    QCOMPARE(m.columnCount(), 1);
    QCOMPARE(m.planTitle(), QStringLiteral("富山市 令和7年度"));
    m_eval->setCurrent(0, 0);
    QCOMPARE(m.columnCount(), 3);
    // The adopted alternative says so in its header.
    push(commands::setAdopted(m_session.get(), 2, true));
    QCOMPARE(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("センターを設置（採用）"));
    m_session->reset(Document());
    QCOMPARE(m.columnCount(), 0);
}

// The change log, newest first: every edit adds a row at the top; undo logs too.
void TestModels::changeLogModel()
{
    ChangeLogModel m(m_session.get());
    QAbstractItemModelTester tester(&m, kQtTest);
    const int before = m.rowCount();
    QCOMPARE(before, int(m_session->document().log.size()));

    push(commands::setExpenditure(m_session.get(), 0, 0, Yen(2'000'001)));
    QCOMPARE(m.rowCount(), before + 1);
    push(commands::renameScenario(m_session.get(), 2, QStringLiteral("センター（案）")));
    QCOMPARE(m.rowCount(), before + 2);
    const QList<ChangeEntry> &log = m_session->document().log;
    QCOMPARE(m.index(0, ChangeLogModel::What).data().toString(), log.last().detail);
    QCOMPARE(m.index(1, ChangeLogModel::What).data().toString(), log[log.size() - 2].detail);
    QVERIFY2(m.index(0, ChangeLogModel::What)
                 .data()
                 .toString()
                 .contains(QStringLiteral("センター（案）")),
        qPrintable(m.index(0, ChangeLogModel::What).data().toString()));
    QCOMPARE(m.index(0, ChangeLogModel::Who).data().toString(), log.last().author);
    m_undo->undo();
    QVERIFY(m.rowCount() >= before + 2);

    m_session->reset(takaokaSample());
    QCOMPARE(m.rowCount(), int(m_session->document().log.size()));
}

// 北海道 in 令和6年度 from the R6 roster: one row per municipality and the prefecture's own.
void TestModels::prefectureModelAndFilter()
{
    const QString hokkaido = QStringLiteral("010006");
    PrefectureModel m;
    PrefectureFilter f(&m);
    QAbstractItemModelTester modelTester(&m, kQtTest);
    QAbstractItemModelTester filterTester(&f, kQtTest);

    const PrefectureTable r6
        = prefectureTable(m_roster.doc, m_roster.evaluations, hokkaido, 2024, &m_roster.books);
    m.setTable(r6);
    QCOMPARE(m.rowCount(), int(Registry::bundled().municipalitiesOf(hokkaido).size()) + 1);
    QCOMPARE(m.rowCount(), 180);
    QCOMPARE(m.index(0, PrefectureModel::Name).data().toString(), QStringLiteral("北海道"));
    QCOMPARE(f.rowCount(), m.rowCount());

    int planned = 0;
    for (const Scenario &s : m_roster.doc.scenarios)
        planned += s.plan.body.prefectureCode == hokkaido && s.plan.fiscalYear == 2024 ? 1 : 0;
    QVERIFY(planned > 0);
    f.setRowFilter(RowFilter::WithProgram);
    QCOMPARE(f.rowCount(), planned);
    int without = 0;
    for (const PrefectureRow &row : r6.rows)
        without += matches(row, RowFilter::WithoutProgram) ? 1 : 0;
    QVERIFY(without > 0);
    f.setRowFilter(RowFilter::WithoutProgram);
    QCOMPARE(f.rowCount(), without);
    f.setRowFilter(RowFilter::All);

    // A search by code finds that one body.
    const PrefectureRow *first = m.row(1);
    QVERIFY(first);
    f.setSearchText(first->code);
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.index(0, PrefectureModel::Name).data().toString(), first->name);
    f.setSearchText(QString());
    QCOMPARE(f.rowCount(), m.rowCount());
    f.sort(PrefectureModel::National, Qt::DescendingOrder);
    f.sort(PrefectureModel::Name, Qt::AscendingOrder);

    // Editing a population asks for the edit; the model itself does not change.
    QSignalSpy edited(&m, &PrefectureModel::populationEdited);
    const int row = m.rowOf(first->code);
    QVERIFY(m.setData(m.index(row, PrefectureModel::Population), 123'456));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(0).toString(), first->code);
    QCOMPARE(edited.first().at(1).toLongLong(), 123'456);

    // Another year of the same bodies (rows change in place), another prefecture (a reset), and
    // back; then the language.
    m.setTable(
        prefectureTable(m_roster.doc, m_roster.evaluations, hokkaido, 2025, &m_roster.books));
    QCOMPARE(m.rowCount(), 180);
    m.setTable(prefectureTable(
        m_roster.doc, m_roster.evaluations, QStringLiteral("160008"), 2024, &m_roster.books));
    QCOMPARE(m.rowCount(), int(Registry::bundled().municipalitiesOf(u"160008").size()) + 1);
    QCOMPARE(m.index(0, PrefectureModel::Name).data().toString(), QStringLiteral("富山県"));
    m.setTable(r6);
    setLanguage(QStringLiteral("en"));
    m.retranslate();
    QCOMPARE(m.rowCount(), 180);
}

// A row per menu the prefecture runs and the prefecture's total, which adds the menus up.
void TestModels::prefectureTotalsModel()
{
    PrefectureTotalsModel m;
    QAbstractItemModelTester tester(&m, kQtTest);
    const PrefectureTable r6 = prefectureTable(
        m_roster.doc, m_roster.evaluations, QStringLiteral("010006"), 2024, &m_roster.books);
    const QStringList menus = menusRun(r6);
    QVERIFY(!menus.isEmpty());
    m.setTotals(r6.totals, menus);
    QCOMPARE(m.rowCount(), int(menus.size()) + 1);
    const int total = int(menus.size());
    QVERIFY(m.isTotalRow(total));
    QCOMPARE(m.menuAt(0), menus.first());
    int programs = 0;
    for (int r = 0; r < total; ++r)
        programs += m.index(r, PrefectureTotalsModel::Programs).data().toInt();
    QVERIFY(programs > 0);
    QCOMPARE(m.index(total, PrefectureTotalsModel::Programs).data().toInt(), programs);
    int planned = 0;
    for (const MenuTotals &t : r6.totals.perMenu)
        planned += t.programs;
    QCOMPARE(programs, planned);

    // Another prefecture, then none at all.
    const PrefectureTable toyama = prefectureTable(
        m_roster.doc, m_roster.evaluations, QStringLiteral("160008"), 2024, &m_roster.books);
    m.setTotals(toyama.totals, menusRun(toyama));
    QCOMPARE(m.rowCount(), int(menusRun(toyama).size()) + 1);
    m.setTotals(WorkspaceTotals(), {});
    QCOMPARE(m.rowCount(), 1);
    QVERIFY(m.isTotalRow(0));
    m.retranslate();
}

// Every value of a bundled book but the matrix cells; by menu; the book's own values.
void TestModels::ruleValuesModel()
{
    const RuleBookLibrary books = RuleBookLibrary::bundledOnly();
    const RuleBook *r7 = books.book(2025);
    QVERIFY(r7);
    RuleValuesModel m;
    QAbstractItemModelTester tester(&m, kQtTest);

    m.setBook(r7);
    int expected = 0;
    for (const RuleValue &v : listRuleValues(*r7, u"ja", true))
        expected += v.kind != RuleValueKind::Cell ? 1 : 0;
    QCOMPARE(m.rowCount(), expected);
    const int base = m.rowOf(QStringLiteral("menus[station].standard.base"));
    QVERIFY(base >= 0);
    QVERIFY2(m.index(base, RuleValuesModel::Value)
                 .data()
                 .toString()
                 .contains(QStringLiteral("10,000,000")),
        qPrintable(m.index(base, RuleValuesModel::Value).data().toString()));
    QVERIFY(!m.index(base, RuleValuesModel::Source).data().toString().isEmpty());

    m.setBook(r7, QStringLiteral("station"));
    QVERIFY(m.rowCount() > 0 && m.rowCount() < expected);
    for (int r = 0; r < m.rowCount(); ++r)
        QCOMPARE(m.valueAt(r)->menu, QStringLiteral("station"));
    m.setBook(r7, QString());
    for (int r = 0; r < m.rowCount(); ++r)
        QVERIFY(m.valueAt(r)->menu.isEmpty());
    m.setBook(books.book(2022));
    QVERIFY(m.rowCount() > 0);
    m.setBook(nullptr);
    QCOMPARE(m.rowCount(), 0);
}

// R5 → R6: the real changes, and those of status or source only (the value unchanged) on
// request.
void TestModels::ruleDiffModel()
{
    const RuleBookLibrary books = RuleBookLibrary::bundledOnly();
    const QList<RuleBookDifference> diffs
        = diffRuleBooks(*books.book(2023), *books.book(2024), u"ja");
    int sourceOnly = 0;
    for (const RuleBookDifference &d : diffs)
        sourceOnly
            += d.kind == QLatin1String("source") || d.kind == QLatin1String("status") ? 1 : 0;
    QVERIFY(sourceOnly > 0);
    QVERIFY(diffs.size() > sourceOnly);

    RuleDiffModel m;
    QAbstractItemModelTester tester(&m, kQtTest);
    m.setDifferences(diffs);
    QCOMPARE(m.rowCount(), int(diffs.size()) - sourceOnly);
    QCOMPARE(m.hiddenCount(), sourceOnly);
    for (int r = 0; r < m.rowCount(); ++r) {
        const QString kind = m.index(r, 0).data(RuleDiffModel::KindRole).toString();
        QVERIFY(kind != QLatin1String("source") && kind != QLatin1String("status"));
        QCOMPARE(m.index(r, 0).data(RuleDiffModel::PathRole).toString(), m.differenceAt(r)->path);
    }
    m.setShowSourceOnly(true);
    QCOMPARE(m.rowCount(), int(diffs.size()));
    QCOMPARE(m.hiddenCount(), 0);
    m.setShowSourceOnly(false);
    QCOMPARE(m.rowCount(), int(diffs.size()) - sourceOnly);
    m.setDifferences({});
    QCOMPARE(m.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
