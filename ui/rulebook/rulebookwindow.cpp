// The rule book window itself: its tabs, menus and tool bar, its texts in the current language,
// what closing asks, and the working copy of the books against the books in force. What the
// window does is in the other rulebook*.cpp files: refreshing (rulebookrefresh.cpp), editing
// (rulebookedits.cpp) and files (rulebookfiles.cpp).

#include "ui/rulebook/rulebookwindow.h"

#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/rules/rulebookjson.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulediffmodel.h"
#include "ui/rulebook/rulevaluesmodel.h"
#include "ui/statusstyle.h"
#include "ui/widgets/badgedelegate.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
QByteArray fileBytes(const RuleBook &b)
{
    return ruleBookToJson(b).toJson();
}

QLabel *boldLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

RuleBookWindow::RuleBookWindow(const RuleBookLibrary &library, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("ruleBookWindow"));
    m_undo = new QUndoStack(this);
    for (int fy : library.fiscalYears()) {
        m_books.insert(fy, *library.book(fy));
        m_inForce.insert(fy, *library.book(fy));
    }
    buildUi();
    retranslate();
    refreshYears();
    if (!m_books.isEmpty())
        setCurrentYear(m_books.lastKey());
    resize(1280, 860);
}

RuleBookWindow::~RuleBookWindow() = default;

void RuleBookWindow::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ruleBookTabs"));
    setCentralWidget(m_tabs);

    // Tab 1: one year's book.
    auto *bookPage = new QWidget(m_tabs);
    auto *bookLayout = new QVBoxLayout(bookPage);
    auto *top = new QHBoxLayout;
    m_yearLabel = new QLabel(bookPage);
    m_year = new QComboBox(bookPage);
    m_year->setObjectName(QStringLiteral("ruleBookYear"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearLabel->setBuddy(m_year);
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    m_summary = new QLabel(bookPage);
    m_summary->setObjectName(QStringLiteral("ruleBookSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    bookLayout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, bookPage);
    m_menus = new QListWidget(split);
    m_menus->setObjectName(QStringLiteral("ruleBookMenus"));
    m_menus->setWordWrap(true);
    m_menus->setSpacing(2);
    m_menus->setMinimumWidth(230);
    // The grid is small and never scrolls; the values table takes the rest of the height.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildMatrixBox(right));
    rightLayout->addSpacing(6);
    rightLayout->addWidget(buildValuesBox(right), 1);
    split->addWidget(m_menus);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 240, 1100 });
    bookLayout->addWidget(split, 1);
    m_tabs->addTab(bookPage, QString());

    buildDiffPage();
    buildSourcesPage();
    buildMenus();
    statusBar();
    connectWidgets();
}

// The ◎/○ grid with its title and legend.
QWidget *RuleBookWindow::buildMatrixBox(QWidget *parent)
{
    auto *matrixBox = new QWidget(parent);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    m_matrixLabel = boldLabel(matrixBox);
    m_matrix = new QTableWidget(matrixBox);
    m_matrix->setObjectName(QStringLiteral("ruleBookMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setMinimumSectionSize(40);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_matrix->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_matrix->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont mf = m_matrix->font();
    mf.setPointSizeF(mf.pointSizeF() * 1.1);
    m_matrix->setFont(mf);
    m_legend = new QLabel(matrixBox);
    m_legend->setObjectName(QStringLiteral("ruleBookLegend"));
    m_legend->setWordWrap(true);
    matrixLayout->addWidget(m_matrixLabel);
    matrixLayout->addWidget(m_matrix);
    matrixLayout->addWidget(m_legend);
    matrixBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return matrixBox;
}

// The values table with its title.
QWidget *RuleBookWindow::buildValuesBox(QWidget *parent)
{
    auto *valuesBox = new QWidget(parent);
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    m_valuesLabel = boldLabel(valuesBox);
    m_values = new QTableView(valuesBox);
    m_values->setObjectName(QStringLiteral("ruleBookValues"));
    m_valuesModel = new RuleValuesModel(m_values);
    m_values->setModel(m_valuesModel);
    m_values->setItemDelegateForColumn(
        RuleValuesModel::Status, new BadgeDelegate(RuleValuesModel::StatusesRole, m_values));
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setSelectionMode(QAbstractItemView::SingleSelection);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setWordWrap(false);
    m_values->setTextElideMode(Qt::ElideRight);
    m_values->verticalHeader()->hide();
    m_values->verticalHeader()->setDefaultSectionSize(m_values->fontMetrics().height() + 12);
    auto *vh = m_values->horizontalHeader();
    vh->setSectionResizeMode(QHeaderView::Interactive);
    vh->setSectionResizeMode(RuleValuesModel::Menu, QHeaderView::ResizeToContents);
    vh->setSectionResizeMode(RuleValuesModel::Status, QHeaderView::ResizeToContents);
    vh->setSectionResizeMode(RuleValuesModel::Source, QHeaderView::ResizeToContents);
    vh->setStretchLastSection(true);
    valuesLayout->addWidget(m_valuesLabel);
    valuesLayout->addWidget(m_values);
    return valuesBox;
}

// Tab 2: differences between two years.
void RuleBookWindow::buildDiffPage()
{
    auto *diffPage = new QWidget(m_tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    auto *pick = new QHBoxLayout;
    m_fromLabel = new QLabel(diffPage);
    m_diffFrom = new QComboBox(diffPage);
    m_diffFrom->setObjectName(QStringLiteral("diffFrom"));
    m_diffFrom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toLabel = new QLabel(diffPage);
    m_diffTo = new QComboBox(diffPage);
    m_diffTo->setObjectName(QStringLiteral("diffTo"));
    m_diffTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromLabel->setBuddy(m_diffFrom);
    m_toLabel->setBuddy(m_diffTo);
    m_diffSources = new QCheckBox(diffPage);
    m_diffSources->setObjectName(QStringLiteral("diffShowSources"));
    pick->addWidget(m_fromLabel);
    pick->addWidget(m_diffFrom);
    pick->addSpacing(12);
    pick->addWidget(m_toLabel);
    pick->addWidget(m_diffTo);
    pick->addSpacing(24);
    pick->addWidget(m_diffSources);
    pick->addStretch(1);
    diffLayout->addLayout(pick);
    m_diffSummary = new QLabel(diffPage);
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    diffLayout->addWidget(m_diffSummary);
    m_diff = new QTableView(diffPage);
    m_diff->setObjectName(QStringLiteral("diffTable"));
    m_diffModel = new RuleDiffModel(m_diff);
    m_diff->setModel(m_diffModel);
    m_diff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(false);
    m_diff->verticalHeader()->hide();
    auto *dh = m_diff->horizontalHeader();
    dh->setSectionResizeMode(QHeaderView::Interactive);
    dh->setSectionResizeMode(RuleDiffModel::Kind, QHeaderView::ResizeToContents);
    dh->setStretchLastSection(true);
    diffLayout->addWidget(m_diff, 1);
    m_tabs->addTab(diffPage, QString());
}

void RuleBookWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_actLoad
        = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &RuleBookWindow::askLoad);
    m_actLoad->setObjectName(QStringLiteral("actionLoadRuleBook"));
    m_actSaveFile
        = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, &RuleBookWindow::askSave);
    m_actSaveFile->setObjectName(QStringLiteral("actionSaveRuleBookFile"));
    m_actSaveHere = m_fileMenu->addAction(
        QString(), QKeySequence::Save, this, [this] { saveAsThisComputersBook(); });
    m_actSaveHere->setObjectName(QStringLiteral("actionSaveRuleBookHere"));
    m_fileMenu->addSeparator();
    m_actClose = m_fileMenu->addAction(QString(), QKeySequence::Close, this, &QWidget::close);
    m_editMenu = menuBar()->addMenu(QString());
    m_actUndo = m_undo->createUndoAction(this);
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actUndo->setObjectName(QStringLiteral("actionRuleBookUndo"));
    m_actRedo = m_undo->createRedoAction(this);
    m_actRedo->setShortcut(QKeySequence::Redo);
    m_actRedo->setObjectName(QStringLiteral("actionRuleBookRedo"));
    m_editMenu->addAction(m_actUndo);
    m_editMenu->addAction(m_actRedo);
    m_editMenu->addSeparator();
    m_actEdit = m_editMenu->addAction(
        QString(), QKeySequence(Qt::Key_F2), this, &RuleBookWindow::editSelected);
    m_actEdit->setObjectName(QStringLiteral("actionEditRuleValue"));
    m_actNewYear
        = m_editMenu->addAction(QString(), QKeySequence::New, this, &RuleBookWindow::askNewYear);
    m_actNewYear->setObjectName(QStringLiteral("actionNewFiscalYear"));
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("ruleBookToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_actNewYear);
    m_toolbar->addAction(m_actEdit);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actLoad);
    m_toolbar->addAction(m_actSaveFile);
    m_toolbar->addAction(m_actSaveHere);
    m_toolbar->addSeparator();
    // The menu's undo/redo name the step ("Undo ステーション › 基本額 = …"); on the tool bar that
    // text would push everything else off, so the buttons say only 元に戻す / やり直す.
    m_tbUndo = m_toolbar->addAction(QString(), m_undo, &QUndoStack::undo);
    m_tbRedo = m_toolbar->addAction(QString(), m_undo, &QUndoStack::redo);
    m_tbUndo->setEnabled(false);
    m_tbRedo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, m_tbUndo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_tbRedo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, m_tbUndo, &QAction::setToolTip);
    connect(m_undo, &QUndoStack::redoTextChanged, m_tbRedo, &QAction::setToolTip);
}

void RuleBookWindow::connectWidgets()
{
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { refreshBook(); });
    connect(m_menus, &QListWidget::currentRowChanged, this, [this] {
        refreshValues();
        const QString menu = currentMenuFilter();
        m_matrix->clearSelection();
        for (int r = 0; r < m_matrix->rowCount(); ++r)
            if (m_matrix->verticalHeaderItem(r)->data(MenuIdRole).toString() == menu)
                m_matrix->selectRow(r);
    });
    connect(m_matrix, &QTableWidget::cellDoubleClicked, this, &RuleBookWindow::editCell);
    connect(m_values, &QTableView::doubleClicked, this,
        [this](const QModelIndex &i) { editValueRow(i.row()); });
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, [this] { refreshDiff(); });
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, [this] { refreshDiff(); });
    connect(m_diffSources, &QCheckBox::toggled, this, [this](bool on) {
        m_diffModel->setShowSourceOnly(on);
        refreshDiff();
    });
}

// Tab 3: the five documents and the fiscal year each speaks for, the table every status of the
// bundled books follows (`stated` only by a document of the book's year).
void RuleBookWindow::buildSourcesPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_sourcesLabel = new QLabel(page);
    m_sourcesLabel->setWordWrap(true);
    layout->addWidget(m_sourcesLabel);
    m_sources = new QTableWidget(page);
    m_sources->setObjectName(QStringLiteral("ruleBookSources"));
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setWordWrap(true);
    m_sources->verticalHeader()->hide();
    m_sources->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_sources, 1);
    m_tabs->addTab(page, QString());
}

void RuleBookWindow::refreshSources()
{
    const QString lang = currentLanguage();
    const auto &docs = sourceDocuments();
    m_sources->clear();
    m_sources->setColumnCount(4);
    m_sources->setHorizontalHeaderLabels({ tr("Document"), tr("Fiscal year"),
        tr("What the year rests on"), tr("Parts that speak for another year") });
    m_sources->setRowCount(int(docs.size()));
    for (int r = 0; r < docs.size(); ++r) {
        const SourceDocument &d = docs[r];
        const QStringList cells { d.name.in(lang), fiscalYearLabelBoth(d.fiscalYear),
            d.dating.in(lang), RuleBookText::documentYears(d) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_sources->setItem(r, c, item);
        }
    }
    m_sources->setColumnWidth(0, 420);
    m_sources->setColumnWidth(1, 150);
    m_sources->setColumnWidth(2, 330);
    m_sources->resizeRowsToContents();
}

void RuleBookWindow::retranslate()
{
    setWindowTitle(tr("Rule books — ShienPlan"));
    m_tabs->setTabText(0, tr("Rule book"));
    m_tabs->setTabText(1, tr("Differences between years"));
    m_tabs->setTabText(2, tr("Source documents and their years"));
    m_sourcesLabel->setText(
        tr("A value is “stated” only when a document of that fiscal year gives it. Taken from an "
           "earlier year's document it is “carried over”, from a later year's “inferred”, and a "
           "cap printed only in a later year's table “assumed”."));
    refreshSources();
    m_yearLabel->setText(tr("Fiscal &year"));
    m_matrixLabel->setText(tr("Required (◎) and optional (○) sub-projects by menu — hover a cell "
                              "for its source, double-click to change it"));
    m_legend->setText(
        tr("Background: <span style=\"background:%1\">&nbsp;inferred / assumed&nbsp;</span> "
           "<span style=\"background:%2\">&nbsp;carried over&nbsp;</span> "
           "<span style=\"background:%3\">&nbsp;unknown&nbsp;</span> "
           "<span style=\"background:%4\">&nbsp;user-entered&nbsp;</span>; none: stated in the "
           "source. "
           "≤ n: cap on persons. * column label not printed in the source (%5), unverified.")
            .arg(statusTint(Status::Inferred).name(), statusTint(Status::CarriedOver).name(),
                statusTint(Status::Unknown).name(), statusTint(Status::User).name(),
                citationText(u"000:173", currentLanguage()).toHtmlEscaped()));
    m_valuesLabel->setText(tr("Bodies, rates, caps, staffing and amounts — double-click a value to "
                              "enter the official one with its source"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_diffSources->setText(tr("Also show changes of status or source only"));
    m_diffSources->setToolTip(
        tr("Rows whose value is unchanged but whose status or cited document differs (a "
           "status follows the fiscal year of its document)."));
    m_fileMenu->setTitle(tr("&File"));
    m_actLoad->setText(tr("Load from file…"));
    m_actLoad->setToolTip(tr("Read a rule book file (e.g. your prefecture's confirmed book); you "
                             "see the differences before it replaces anything"));
    m_actSaveFile->setText(tr("Save to file…"));
    m_actSaveFile->setToolTip(
        tr("Write this year's book to a file, e.g. to send it to the towns of your prefecture"));
    m_actSaveHere->setText(tr("Save as this computer's rule book"));
    m_actSaveHere->setToolTip(tr("Use this year's book for every estimate on this computer (the "
                                 "bundled book stays unchanged)"));
    m_actClose->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_actEdit->setText(tr("Enter value…"));
    m_actNewYear->setText(tr("New fiscal year…"));
    m_actNewYear->setToolTip(tr("Start next year's book from the latest one; every value is marked "
                                "carried over until you confirm it"));
    m_toolbar->setWindowTitle(tr("Rule book"));
    m_tbUndo->setText(tr("Undo"));
    m_tbRedo->setText(tr("Redo"));
    refreshYears();
    refreshBook();
}

void RuleBookWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QMainWindow::changeEvent(e);
}

void RuleBookWindow::closeEvent(QCloseEvent *e)
{
    const QList<int> years = modifiedYears();
    if (years.isEmpty() || m_quiet) {
        e->accept();
        return;
    }
    QStringList labels;
    for (int fy : years)
        labels << fiscalYearLabel(fy, currentLanguage());
    const auto answer = QMessageBox::question(this, tr("Unsaved rule books"),
        tr("%1 changed but not saved as this computer's rule book. Save now?")
            .arg(labels.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        e->ignore();
        return;
    }
    if (answer == QMessageBox::Save) {
        const int keep = currentYear();
        for (int fy : years) {
            setCurrentYear(fy);
            if (!saveAsThisComputersBook()) {
                e->ignore();
                return;
            }
        }
        setCurrentYear(keep);
    }
    e->accept();
}

const RuleBook *RuleBookWindow::book(int fiscalYear) const
{
    const auto it = m_books.constFind(fiscalYear);
    return it == m_books.constEnd() ? nullptr : &it.value();
}

int RuleBookWindow::currentYear() const
{
    return m_year->currentData().toInt();
}

void RuleBookWindow::setCurrentYear(int fiscalYear)
{
    const int i = m_year->findData(fiscalYear);
    if (i >= 0)
        m_year->setCurrentIndex(i);
}

bool RuleBookWindow::isModified(int fiscalYear) const
{
    const RuleBook *b = book(fiscalYear);
    const auto it = m_inForce.constFind(fiscalYear);
    if (!b || it == m_inForce.constEnd())
        return b || it != m_inForce.constEnd();
    return fileBytes(*b) != fileBytes(*it);
}

QList<int> RuleBookWindow::modifiedYears() const
{
    QList<int> out;
    for (int fy : m_books.keys())
        if (isModified(fy))
            out << fy;
    return out;
}

void RuleBookWindow::setLibrary(const RuleBookLibrary &library)
{
    const int keep = currentYear();
    m_undo->clear();
    m_books.clear();
    m_inForce.clear();
    for (int fy : library.fiscalYears()) {
        m_books.insert(fy, *library.book(fy));
        m_inForce.insert(fy, *library.book(fy));
    }
    refreshYears();
    setCurrentYear(m_books.contains(keep) ? keep : (m_books.isEmpty() ? 0 : m_books.lastKey()));
    refreshBook();
}

int RuleBookWindow::execDialog(QDialog *d)
{
    if (!m_dialogHook)
        return d->exec();
    d->show();
    m_dialogHook(d);
    if (d->isVisible())
        d->reject();
    return d->result();
}

void RuleBookWindow::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (!m_quiet)
        QMessageBox::warning(this, title, message);
}

} // namespace shienplan
