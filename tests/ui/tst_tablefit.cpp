// Issue 14: no figure of the window's tables is ever cut off. A planner builds a plan from 新規
// (高岡市, 令和7年度, a station with 14,000,000円, optional sub-projects, then a center), switches
// the language, undoes, and edits the prefecture table; after EVERY step no cell and no header of
// the funding, matrix, comparison and prefecture tables is elided: the text's width plus the
// margins the style keeps fits in its column (a cell painted by a delegate of our own, such as
// the status badges: its size hint fits).

#include "core/base/interval.h"
#include "core/engine/fundingsteps.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefecturemodel.h"
#include "ui/prefecture/prefectureview.h"
#include "ui/widgets/bodypicker.h"
#include "ui/widgets/yenedit.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QUndoStack>
#include <QtMath>

using namespace shienplan;
using testutil::child;

namespace
{

// The option a cell is painted with, as the view and QStyledItemDelegate fill it (font from the
// model, check indicator, decoration, alignment).
class OptionOf : public QStyledItemDelegate
{
public:
    QStyleOptionViewItem of(const QTableView *view, const QModelIndex &index) const
    {
        QStyleOptionViewItem opt;
        opt.initFrom(view);
        opt.font = view->font();
        opt.fontMetrics = QFontMetrics(opt.font);
        const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        opt.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(icon, icon);
        opt.textElideMode = view->textElideMode();
        opt.widget = view;
        opt.rect = view->visualRect(index);
        initStyleOption(&opt, index);
        return opt;
    }
};

// Every cell (scrolled into view or not: a figure further right is read too) and every header
// section whose text does not fit, as "view r,c: text (needs N, has M)".
QStringList elided(QTableView *view)
{
    QStringList out;
    QAbstractItemModel *m = view->model();
    QStyle *style = view->style();
    // QCommonStyle draws a cell's text inside its text rectangle less this on either side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const OptionOf options;
    auto report = [&](const QString &where, const QString &text, qreal needs, int has) {
        out << QStringLiteral("%1 %2: 「%3」 (needs %4 px, has %5)")
                   .arg(view->objectName(), where, text)
                   .arg(needs)
                   .arg(has);
    };
    for (int r = 0; r < m->rowCount(view->rootIndex()); ++r) {
        if (view->isRowHidden(r))
            continue;
        for (int c = 0; c < m->columnCount(view->rootIndex()); ++c) {
            if (view->isColumnHidden(c))
                continue;
            const QModelIndex i = m->index(r, c, view->rootIndex());
            const QString where = QStringLiteral("%1,%2").arg(r).arg(c);
            QAbstractItemDelegate *delegate = view->itemDelegateForIndex(i);
            const QStyleOptionViewItem opt = options.of(view, i);
            if (delegate->metaObject() != &QStyledItemDelegate::staticMetaObject) {
                // Painted by a delegate of ours (the status badges): what it asks for, in the
                // view's font it paints with (a bold row's FontRole is for its text, not badges).
                QStyleOptionViewItem badge = opt;
                badge.font = view->font();
                const int needs = delegate->sizeHint(badge, i).width();
                if (needs > opt.rect.width())
                    report(where, i.data().toString(), needs, opt.rect.width());
                continue;
            }
            const QString text = i.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
            const QFontMetricsF fm(opt.font);
            qreal needs = 0;
            for (const QString &line : text.split(u'\n'))
                needs = std::max(needs, fm.horizontalAdvance(line));
            const int has = textRect.width() - 2 * margin;
            if (needs > has)
                report(where, text, needs, has);
        }
    }
    QHeaderView *h = view->horizontalHeader();
    for (int c = 0; c < h->count(); ++c)
        if (!h->isSectionHidden(c) && h->sectionSize(c) < h->sectionSizeHint(c))
            report(QStringLiteral("header %1").arg(c), m->headerData(c, Qt::Horizontal).toString(),
                h->sectionSizeHint(c), h->sectionSize(c));
    QHeaderView *v = view->verticalHeader();
    if (v->isVisible() && v->width() < v->sizeHint().width())
        report(QStringLiteral("row headers"), QString(), v->sizeHint().width(), v->width());
    return out;
}

// The height of a text wrapped at word boundaries into a line this wide, laid out as
// QCommonStyle lays out and paints a cell's text: each line as high as its fonts, no leading
// between lines. (QFontMetrics::boundingRect adds the leading, which is zero for Linux's fonts
// but not for the Japanese fonts Windows falls back on: it would count lines the cell fits.)
int wrappedHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return qCeil(height);
}

// The cells of a wrapping column (the findings' messages) whose row is too low for their
// wrapped text: a message is read whole, never cut at the row's foot.
QStringList cutOff(QTableView *view, int column)
{
    QStringList out;
    QAbstractItemModel *m = view->model();
    QStyle *style = view->style();
    const OptionOf options;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int r = 0; r < m->rowCount(view->rootIndex()); ++r) {
        const QModelIndex i = m->index(r, column, view->rootIndex());
        const QString text = i.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionViewItem opt = options.of(view, i);
        opt.features |= QStyleOptionViewItem::WrapText; // as the view paints it (wordWrap)
        // The text's width as the style lays it out, and the whole cell's height for it.
        QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
        textRect.setHeight(opt.rect.height());
        const int needs = wrappedHeight(text, opt.font, textRect.width() - 2 * margin);
        if (needs > textRect.height())
            out << QStringLiteral("%1 %2: 「%3」 (needs %4 px high, has %5)")
                       .arg(view->objectName())
                       .arg(r)
                       .arg(text)
                       .arg(needs)
                       .arg(textRect.height());
    }
    return out;
}

} // namespace

class TestTableFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildingAStationPlanElidesNothing();
    void thePrefectureTableElidesNothing();
    void aNarrowTableScrollsInsteadOfEliding();

private:
    // Every table of the window, each on its tab as the planner sees it, then back to the plan.
    void checkEveryTable(const char *step);
    QTabWidget *tabs() const { return child<QTabWidget>(m_w.get(), "tabs"); }
    void pickMenu(const char *id)
    {
        auto *menu = child<QComboBox>(m_w.get(), "menuSelector");
        const int row = menu->findData(QString::fromLatin1(id));
        QVERIFY2(row >= 0, id);
        menu->setCurrentIndex(row);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestTableFit::initTestCase()
{
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
}

void TestTableFit::init()
{
    setLanguage(QStringLiteral("ja"));
    m_w = std::make_unique<MainWindow>();
    m_w->loadDocument(testutil::takaokaSample());
    m_w->resize(1300, 850);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
}

void TestTableFit::cleanup()
{
    m_w.reset();
    setLanguage(QStringLiteral("ja"));
}

void TestTableFit::checkEveryTable(const char *step)
{
    const int plan = tabs()->currentIndex();
    QStringList found;
    auto check = [&](std::initializer_list<const char *> names) {
        QCoreApplication::processEvents(); // the event loop's turn, as after a planner's edit
        for (const char *name : names)
            found << elided(child<QTableView>(m_w.get(), name));
    };
    check({ "fundingView", "matrixView" });
    found << cutOff(child<QTableView>(m_w.get(), "findingsView"), FindingsModel::Message);
    tabs()->setCurrentWidget(child<QTableView>(m_w.get(), "compareView")->parentWidget());
    check({ "compareView" });
    tabs()->setCurrentWidget(m_w->prefectureView());
    check({ "prefectureTable", "prefectureTotals" });
    tabs()->setCurrentIndex(plan);
    QCoreApplication::processEvents();
    QVERIFY2(found.isEmpty(), qPrintable(QString::fromUtf8(step) + u'\n' + found.join(u'\n')));
}

void TestTableFit::buildingAStationPlanElidesNothing()
{
    checkEveryTable("the sample");
    child<QAction>(m_w.get(), "actionNew")->trigger();
    checkEveryTable("新規");
    emit child<BodyPicker>(m_w.get(), "bodySearch")->bodyChosen(QStringLiteral("162027"));
    checkEveryTable("高岡市");
    auto *year = child<QComboBox>(m_w.get(), "fiscalYear");
    year->setCurrentIndex(year->findData(2025));
    QCOMPARE(m_w->evaluator()->scenario()->plan.fiscalYear, 2025);
    checkEveryTable("令和7年度");
    pickMenu("station");
    QVERIFY(m_w->evaluator()->program());
    QCOMPARE(m_w->evaluator()->program()->menu, QStringLiteral("station"));
    checkEveryTable("ステーション");

    auto *expenditure = child<YenEdit>(m_w.get(), "expenditure");
    expenditure->setFocus();
    expenditure->selectAll();
    QTest::keyClicks(expenditure, QStringLiteral("14,000,000"));
    QTest::keyClick(expenditure, Qt::Key_Tab);
    QCOMPARE(m_w->evaluator()->program()->expenditure, Yen(14'000'000));
    checkEveryTable("14,000,000円");

    // Every optional sub-project the planner may tick, one by one, each an edit.
    auto *matrix = child<QTableView>(m_w.get(), "matrixView");
    QAbstractItemModel *mm = matrix->model();
    int ticked = 0;
    for (int r = 0; r < mm->rowCount(); ++r) {
        const QModelIndex cell = mm->index(r, MatrixModel::Name); // the check box
        if (!(cell.flags() & Qt::ItemIsUserCheckable) || !(cell.flags() & Qt::ItemIsEnabled)
            || cell.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            continue;
        QVERIFY(mm->setData(cell, Qt::Checked, Qt::CheckStateRole));
        ++ticked;
        checkEveryTable(qPrintable(QStringLiteral("ticked %1").arg(ticked)));
    }
    QVERIFY(ticked >= 3);

    // The figures the issue saw cut off: 基準額, 国庫補助額 and the burden, in 円 and 千円, each in
    // the one range style (core/base/interval.h).
    auto *funding = child<QTableView>(m_w.get(), "fundingView");
    const ProgramResult *result = m_w->evaluator()->programResult();
    QVERIFY(result);
    for (int r = 0; r <= FundingModel::Local; ++r) {
        const YenRange v = fundingSteps()[r].value(*result);
        QCOMPARE(
            funding->model()->index(r, FundingModel::Yen).data().toString(), formatRange(v, u"ja"));
        QCOMPARE(funding->model()->index(r, FundingModel::Thousand).data().toString(),
            formatRangeWith(v, u"ja", formatThousandYen, u"", u""));
    }

    pickMenu("center_municipal");
    checkEveryTable("センター");
    pickMenu("support");
    checkEveryTable("サポート事業");
    m_w->undoStack()->undo();
    checkEveryTable("undo");
    child<QAction>(m_w.get(), "actionEnglish")->trigger();
    checkEveryTable("English");
    pickMenu("station");
    checkEveryTable("English, station");
    child<QAction>(m_w.get(), "actionJapanese")->trigger();
    checkEveryTable("日本語");
}

// The prefecture's table after its own edits: a population typed in place and a sort.
void TestTableFit::thePrefectureTableElidesNothing()
{
    PrefectureView *view = m_w->prefectureView();
    tabs()->setCurrentWidget(view);
    view->setPrefecture(QStringLiteral("160008"));
    view->setFiscalYear(2025);
    checkEveryTable("富山県");
    QTableView *table = view->table();
    QAbstractItemModel *m = table->model();
    int row = -1;
    for (int r = 0; r < m->rowCount() && row < 0; ++r)
        if (m->index(r, 0).data().toString() == QLatin1String("162027"))
            row = r;
    QVERIFY(row >= 0);
    tabs()->setCurrentWidget(view);
    const QModelIndex population = m->index(row, PrefectureModel::Population);
    QVERIFY(m->setData(population, 12345678, Qt::EditRole));
    checkEveryTable("population 12,345,678");
    table->sortByColumn(PrefectureModel::Timeline, Qt::DescendingOrder);
    checkEveryTable("sorted by the years");
    view->setFiscalYear(2024);
    checkEveryTable("令和6年度");
}

// Squeezed into a narrow window, the funding table keeps its figures whole and scrolls.
void TestTableFit::aNarrowTableScrollsInsteadOfEliding()
{
    auto *funding = child<QTableView>(m_w.get(), "fundingView");
    funding->setFixedWidth(220);
    QCoreApplication::processEvents();
    QVERIFY(elided(funding).isEmpty());
    QVERIFY(funding->horizontalScrollBar()->isVisible()
        || funding->horizontalScrollBar()->maximum() > 0);
    funding->setMinimumWidth(0);
    funding->setMaximumWidth(QWIDGETSIZE_MAX);
}

QTEST_MAIN(TestTableFit)
#include "tst_tablefit.moc"
