#include "ui/rulebook/rulebookwindow.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "ui/language.h"
#include "ui/commands/rulebookcommand.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/rulebook/rulediffmodel.h"
#include "ui/rulebook/rulevaluedialog.h"
#include "ui/rulebook/rulevaluesmodel.h"
#include "ui/statusstyle.h"
#include "ui/widgets/badgedelegate.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shienplan {

namespace {
constexpr int MenuIdRole = Qt::UserRole + 1;
constexpr int StatusRole = Qt::UserRole + 2;

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
    auto *matrixBox = new QWidget(right);
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
    auto *valuesBox = new QWidget(right);
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
    rightLayout->addWidget(matrixBox);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(valuesBox, 1);
    split->addWidget(m_menus);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 1100});
    bookLayout->addWidget(split, 1);
    m_tabs->addTab(bookPage, QString());

    // Tab 2: differences between two years.
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

    // Menus and tool bar.
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
    statusBar();

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

void RuleBookWindow::retranslate()
{
    setWindowTitle(tr("Rule books — ShienPlan"));
    m_tabs->setTabText(0, tr("Rule book"));
    m_tabs->setTabText(1, tr("Differences between years"));
    m_yearLabel->setText(tr("Fiscal &year"));
    m_matrixLabel->setText(tr(
        "Required (◎) and optional (○) sub-projects by menu — hover a cell for its source, double-click to change it"));
    m_legend->setText(tr(
        "Background: <span style=\"background:%1\">&nbsp;inferred / assumed&nbsp;</span> "
        "<span style=\"background:%2\">&nbsp;carried over&nbsp;</span> "
        "<span style=\"background:%3\">&nbsp;unknown&nbsp;</span> "
        "<span style=\"background:%4\">&nbsp;user-entered&nbsp;</span>; none: stated in the source. "
        "≤ n: cap on persons. * column label not printed in the source (000:173), unverified.")
                          .arg(statusTint(Status::Inferred).name(),
                              statusTint(Status::CarriedOver).name(),
                              statusTint(Status::Unknown).name(), statusTint(Status::User).name()));
    m_valuesLabel->setText(tr(
        "Bodies, rates, caps, staffing and amounts — double-click a value to enter the official one with its source"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_diffSources->setText(tr("Also show changes of source only"));
    m_diffSources->setToolTip(
        tr("Rows whose value and status are unchanged but which are cited from another document."));
    m_fileMenu->setTitle(tr("&File"));
    m_actLoad->setText(tr("Load from file…"));
    m_actLoad->setToolTip(tr(
        "Read a rule book file (e.g. your prefecture's confirmed book); you see the differences before it replaces anything"));
    m_actSaveFile->setText(tr("Save to file…"));
    m_actSaveFile->setToolTip(
        tr("Write this year's book to a file, e.g. to send it to the towns of your prefecture"));
    m_actSaveHere->setText(tr("Save as this computer's rule book"));
    m_actSaveHere->setToolTip(tr(
        "Use this year's book for every estimate on this computer (the bundled book stays unchanged)"));
    m_actClose->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_actEdit->setText(tr("Enter value…"));
    m_actNewYear->setText(tr("New fiscal year…"));
    m_actNewYear->setToolTip(tr(
        "Start next year's book from the latest one; every value is marked carried over until you confirm it"));
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

// ---- refreshing -------------------------------------------------------------------------

void RuleBookWindow::refreshYears()
{
    if (!m_year)
        return;
    const QList<int> modified = modifiedYears();
    auto fill = [this, &modified](QComboBox *box, int fallback) {
        const int keep = box->currentIndex() >= 0 ? box->currentData().toInt() : fallback;
        const QSignalBlocker block(box);
        box->clear();
        for (int fy : m_books.keys())
            box->addItem(
                fiscalYearLabelBoth(fy) + (modified.contains(fy) ? tr(" (not saved)") : QString()),
                fy);
        const int i = box->findData(keep);
        box->setCurrentIndex(i >= 0 ? i : box->count() - 1);
    };
    const QList<int> years = m_books.keys();
    fill(m_year, years.value(years.size() - 1));
    fill(m_diffFrom, years.value(years.size() - 2, years.value(0)));
    fill(m_diffTo, years.value(years.size() - 1));
}

QString RuleBookWindow::currentMenuFilter() const
{
    const QListWidgetItem *item = m_menus->currentItem();
    return item ? item->data(MenuIdRole).toString() : QStringLiteral("*");
}

void RuleBookWindow::refreshBook()
{
    if (!m_menus)
        return;
    const RuleBook *b = book(currentYear());
    const QString keepMenu = currentMenuFilter();
    {
        const QSignalBlocker block(m_menus);
        m_menus->clear();
        auto add = [this](const QString &text, const QString &id, const QString &tip) {
            auto *item = new QListWidgetItem(text, m_menus);
            item->setData(MenuIdRole, id);
            item->setToolTip(tip);
        };
        add(tr("All menus and the year's common values"), QStringLiteral("*"), QString());
        if (b) {
            const QString lang = currentLanguage();
            for (const auto &m : b->menus) {
                QStringList bodies;
                for (BodyKind k : m.bodies)
                    bodies << bodyKindLabel(k, lang);
                const QString text
                    = QStringLiteral("%1\n%2\n%3")
                          .arg(menuLabel(m.id, lang),
                              tr("Run by: %1")
                                  .arg(bodies.join(
                                      lang == u"en" ? QStringLiteral(", ") : QStringLiteral("・"))),
                              tr("Subsidy rate %1").arg(fractionToString(m.rate)));
                QString tip = tr("Run by: %1").arg(provenanceText(m.bodiesProv, lang));
                if (!m.bodiesProv.note.isEmpty())
                    tip += u'\n' + m.bodiesProv.note;
                add(text, m.id, tip);
            }
        }
        add(tr("Start-up support and calculation"), QString(), QString());
        int row = 0;
        for (int i = 0; i < m_menus->count(); ++i)
            if (m_menus->item(i)->data(MenuIdRole).toString() == keepMenu)
                row = i;
        m_menus->setCurrentRow(row);
    }
    refreshMatrix();
    refreshValues();
    refreshSummary();
    refreshDiff();
}

void RuleBookWindow::refreshSummary()
{
    const RuleBook *b = book(currentYear());
    if (!b) {
        m_summary->setText(tr("No rule book."));
        return;
    }
    int unknown = 0, range = 0, carried = 0, user = 0;
    for (const auto &v : listRuleValues(*b, currentLanguage()))
        switch (attentionOf(v)) {
        case Attention::Unknown:
            ++unknown;
            break;
        case Attention::Range:
            ++range;
            break;
        case Attention::CarriedOver:
            ++carried;
            break;
        case Attention::User:
            ++user;
            break;
        case Attention::None:
            break;
        }
    const QString title = currentLanguage() == u"en" ? b->titleEn : b->titleJa;
    QString text
        = QStringLiteral("<b>%1</b> — %2<br>%3")
              .arg(title.toHtmlEscaped(),
                  tr("from: %1").arg(RuleBookText::origin(*b).toHtmlEscaped()),
                  tr("matrix version %1, %2 columns · unknown %3 · range %4 · carried over %5 · user-entered %6")
                      .arg(b->matrixVersion)
                      .arg(b->columns.size())
                      .arg(unknown)
                      .arg(range)
                      .arg(carried)
                      .arg(user));
    if (isModified(b->fiscalYear))
        text
            += QStringLiteral("<br><span style=\"color:#b26a00\">%1</span>")
                   .arg(tr(
                       "Changed here: estimates use it only after 「Save as this computer's rule book」.")
                            .toHtmlEscaped());
    m_summary->setText(text);
}

void RuleBookWindow::refreshMatrix()
{
    const RuleBook *b = book(currentYear());
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    if (!b)
        return;
    const QString lang = currentLanguage();
    QList<const MenuRule *> rows;
    for (const auto &m : b->menus)
        if (!m.cells.isEmpty())
            rows << &m;
    m_matrix->setRowCount(int(rows.size()));
    m_matrix->setColumnCount(int(b->columns.size()));
    for (int c = 0; c < b->columns.size(); ++c) {
        const QString col = b->columns[c];
        const auto *e = findSubproject(col);
        auto *h = new QTableWidgetItem(
            QStringLiteral("%1\n%2").arg(e ? e->key : col, RuleBookText::shortSubproject(col)));
        h->setToolTip(subprojectLabel(col, lang) + QStringLiteral(" (") + col + u')');
        h->setData(MenuIdRole, col);
        m_matrix->setHorizontalHeaderItem(c, h);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const MenuRule &m = *rows[r];
        auto *h = new QTableWidgetItem(RuleBookText::matrixRow(m.id));
        h->setToolTip(menuLabel(m.id, lang));
        h->setData(MenuIdRole, m.id);
        m_matrix->setVerticalHeaderItem(r, h);
        for (int c = 0; c < b->columns.size(); ++c) {
            const QString col = b->columns[c];
            const MatrixCell *cell = m.cell(col);
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (!cell) {
                item->setText(QStringLiteral("?"));
                item->setBackground(attentionColor(Attention::Unknown));
                item->setToolTip(tr("Not defined"));
                m_matrix->setItem(r, c, item);
                continue;
            }
            QString text = cellSymbol(cell->value);
            QStringList tip {RuleBookText::cellMeaning(cell->value) + QStringLiteral(" — ")
                    + subprojectLabel(col, lang),
                tr("Status: %1").arg(statusLabel(cell->prov.status, lang)),
                tr("Source: %1").arg(cell->prov.source)};
            if (!cell->prov.note.isEmpty())
                tip << cell->prov.note;
            const auto cap = m.caps.constFind(col);
            if (cap != m.caps.constEnd() && cell->value != Cell::NotAllowed) {
                text += QStringLiteral(" ≤%1").arg(cap->value);
                tip << tr("Cap: %1 persons %2")
                           .arg(cap->value)
                           .arg(provenanceText(cap->prov, lang));
            }
            tip << tr("Double-click to change it (with a source).");
            item->setText(text);
            item->setToolTip(tip.join(u'\n'));
            item->setData(StatusRole, int(cell->prov.status));
            const QColor tint = statusTint(cell->prov.status);
            if (tint.isValid()) {
                item->setBackground(tint);
                item->setForeground(QColor(Qt::black));
            }
            m_matrix->setItem(r, c, item);
        }
    }
    // Tall enough for every row: the grid is small and should never scroll vertically.
    m_matrix->resizeColumnsToContents();
    m_matrix->resizeRowsToContents();
    int h = m_matrix->horizontalHeader()->sizeHint().height() + 2 * m_matrix->frameWidth();
    for (int r = 0; r < m_matrix->rowCount(); ++r)
        h += m_matrix->rowHeight(r);
    m_matrix->setFixedHeight(h + m_matrix->horizontalScrollBar()->sizeHint().height());
    const QString menu = currentMenuFilter();
    for (int r = 0; r < m_matrix->rowCount(); ++r)
        if (m_matrix->verticalHeaderItem(r)->data(MenuIdRole).toString() == menu)
            m_matrix->selectRow(r);
}

void RuleBookWindow::refreshValues()
{
    const int keepRow = m_values->currentIndex().row();
    const QString keepPath
        = m_valuesModel->valueAt(keepRow) ? m_valuesModel->valueAt(keepRow)->path : QString();
    const QString menu = currentMenuFilter();
    m_valuesModel->setBook(book(currentYear()), menu);
    m_values->setColumnHidden(RuleValuesModel::Menu, menu != u"*");
    m_values->horizontalHeader()->resizeSection(RuleValuesModel::Item, 320);
    m_values->horizontalHeader()->resizeSection(RuleValuesModel::Value, 230);
    const int row = m_valuesModel->rowOf(keepPath);
    if (row >= 0)
        m_values->selectRow(row);
}

void RuleBookWindow::refreshDiff()
{
    if (!m_diffModel)
        return;
    const RuleBook *from = book(m_diffFrom->currentData().toInt());
    const RuleBook *to = book(m_diffTo->currentData().toInt());
    if (!from || !to) {
        m_diffModel->setDifferences({});
        m_diffSummary->clear();
        return;
    }
    m_diffModel->setDifferences(diffRuleBooks(*from, *to, currentLanguage()));
    QString text = tr("%1 → %2: %3 differences")
                       .arg(fiscalYearLabel(from->fiscalYear, currentLanguage()),
                           fiscalYearLabel(to->fiscalYear, currentLanguage()))
                       .arg(m_diffModel->rowCount());
    if (m_diffModel->hiddenCount() > 0)
        text += tr(" (and %1 changes of source only, not shown)").arg(m_diffModel->hiddenCount());
    m_diffSummary->setText(text);
    m_diff->resizeColumnToContents(RuleDiffModel::Kind);
    m_diff->resizeColumnToContents(RuleDiffModel::Menu);
    auto *h = m_diff->horizontalHeader();
    h->resizeSection(RuleDiffModel::Item, 300);
    h->resizeSection(RuleDiffModel::Before, 270);
    h->resizeSection(RuleDiffModel::After, 270);
}

// ---- editing ------------------------------------------------------------------------------

void RuleBookWindow::setBook(int fiscalYear, const std::optional<RuleBook> &book)
{
    if (book)
        m_books.insert(fiscalYear, *book);
    else
        m_books.remove(fiscalYear);
    refreshYears();
    if (book)
        setCurrentYear(fiscalYear);
    refreshBook();
}

void RuleBookWindow::pushBook(const QString &text, int fiscalYear, std::optional<RuleBook> after)
{
    std::optional<RuleBook> before;
    if (const RuleBook *b = book(fiscalYear))
        before = *b;
    m_undo->push(new RuleBookCommand(text, fiscalYear, std::move(before), std::move(after),
        [this](int fy, const std::optional<RuleBook> &b) { setBook(fy, b); }));
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

QString RuleBookWindow::applyValue(const RuleValue &target, const RuleValueDialog &entered)
{
    const int fy = currentYear();
    const RuleBook *b = book(fy);
    if (!b)
        return tr("No rule book.");
    RuleBook changed = *b;
    namespace rbe = rulebookedit;
    QString shown;
    try {
        switch (target.kind) {
        case RuleValueKind::Amount:
            rbe::setAmount(changed, target.menu, target.item, entered.amount(), entered.source(),
                entered.note());
            shown = formatRange(entered.amount(), currentLanguage());
            break;
        case RuleValueKind::Rate:
            rbe::setRate(changed, target.menu, entered.rate(), entered.source(), entered.note());
            shown = fractionToString(entered.rate());
            break;
        case RuleValueKind::Count:
            rbe::setCount(changed, target.menu, target.item, entered.count(), entered.source(),
                entered.note());
            shown = QString::number(entered.count());
            break;
        case RuleValueKind::Cell:
            rbe::setCell(changed, target.menu, target.item.mid(6), entered.cell(), entered.source(),
                entered.note());
            shown = cellSymbol(entered.cell());
            break;
        default:
            return tr("This value cannot be edited here.");
        }
    } catch (const EditError &e) {
        return e.message;
    }
    pushBook(tr("%1 › %2 = %3").arg(RuleBookText::shortMenu(target.menu), target.label, shown), fy,
        std::move(changed));
    statusBar()->showMessage(
        tr("Entered %1 › %2 = %3 (%4)")
            .arg(RuleBookText::shortMenu(target.menu), target.label, shown, entered.source()),
        8000);
    return {};
}

void RuleBookWindow::editValueRow(int row)
{
    const RuleValue *v = m_valuesModel->valueAt(row);
    if (!v)
        return;
    if (!RuleValuesModel::isEditable(*v)) {
        statusBar()->showMessage(
            tr("%1 cannot be edited here; edit the book's file.").arg(v->label), 8000);
        return;
    }
    const RuleValue target = *v;
    RuleValueDialog d(target, currentYear(), this);
    d.setApply([this, &d, target] { return applyValue(target, d); });
    execDialog(&d);
}

void RuleBookWindow::editCell(int menuRow, int column)
{
    const RuleBook *b = book(currentYear());
    if (!b || !m_matrix->verticalHeaderItem(menuRow) || column < 0 || column >= b->columns.size())
        return;
    const QString path = rulebookedit::valuePath(
        m_matrix->verticalHeaderItem(menuRow)->data(MenuIdRole).toString(),
        QStringLiteral("cells.") + b->columns[column]);
    for (const auto &v : listRuleValues(*b, currentLanguage()))
        if (v.path == path) {
            RuleValueDialog d(v, currentYear(), this);
            d.setApply([this, &d, v] { return applyValue(v, d); });
            execDialog(&d);
            return;
        }
}

void RuleBookWindow::editSelected()
{
    if (m_tabs->currentIndex() != 0)
        return;
    if (m_matrix->hasFocus() && m_matrix->currentItem()) {
        editCell(m_matrix->currentRow(), m_matrix->currentColumn());
        return;
    }
    if (m_values->currentIndex().isValid())
        editValueRow(m_values->currentIndex().row());
    else
        statusBar()->showMessage(tr("Select a value or a cell first."), 5000);
}

// ---- years and files ----------------------------------------------------------------------

bool RuleBookWindow::createFiscalYear(int fiscalYear)
{
    if (m_books.isEmpty())
        return false;
    if (m_books.contains(fiscalYear)) {
        fail(tr("New fiscal year"),
            tr("There is already a rule book for %1.").arg(fiscalYearLabelBoth(fiscalYear)));
        return false;
    }
    const RuleBook &latest = m_books.last();
    RuleBook next;
    try {
        next = rulebookedit::newFiscalYear(latest, fiscalYear);
    } catch (const EditError &e) {
        fail(tr("New fiscal year"), e.message);
        return false;
    }
    pushBook(tr("New fiscal year %1").arg(fiscalYearLabel(fiscalYear, currentLanguage())),
        fiscalYear, std::move(next));
    m_tabs->setCurrentIndex(0);
    statusBar()->showMessage(
        tr("%1 created from %2: every value is carried over until you enter it with a source.")
            .arg(fiscalYearLabel(fiscalYear, currentLanguage()),
                fiscalYearLabel(latest.fiscalYear, currentLanguage())),
        10000);
    return true;
}

void RuleBookWindow::askNewYear()
{
    if (m_books.isEmpty())
        return;
    const int latest = m_books.lastKey();
    bool ok = false;
    const int fy = QInputDialog::getInt(this, tr("New fiscal year"),
        tr("Fiscal year (the calendar year it starts, e.g. %1 = %2).\nIt starts as a copy of %3.")
            .arg(latest + 1)
            .arg(fiscalYearLabel(latest + 1, u"ja"), fiscalYearLabel(latest, currentLanguage())),
        latest + 1, latest + 1, 2200, 1, &ok);
    if (ok)
        createFiscalYear(fy);
}

bool RuleBookWindow::loadFromFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    RuleBook loaded;
    try {
        loaded = ruleBookFromFile(path);
    } catch (const InputError &e) {
        fail(tr("Cannot read the rule book"), tr("%1: %2").arg(shownPath, e.toString()));
        return false;
    }
    const int fy = loaded.fiscalYear;
    const QString lang = currentLanguage();
    // Against the book of that year; a year not here yet is compared with the latest before it.
    const RuleBook *base = book(fy);
    QString against;
    if (base) {
        against = tr("Differences against the current %1 book (%2):")
                      .arg(fiscalYearLabel(fy, lang), RuleBookText::origin(*base));
    } else {
        for (auto it = m_books.cbegin(); it != m_books.cend(); ++it)
            if (it.key() < fy)
                base = &it.value();
        against = base
            ? tr("There is no %1 book yet. Differences against %2:")
                  .arg(fiscalYearLabel(fy, lang), fiscalYearLabel(base->fiscalYear, lang))
            : tr("There is no %1 book yet.").arg(fiscalYearLabel(fy, lang));
    }
    const QList<RuleBookDifference> diffs
        = base ? diffRuleBooks(*base, loaded, lang) : QList<RuleBookDifference>();

    QDialog d(this);
    d.setObjectName(QStringLiteral("ruleBookImportDialog"));
    d.setWindowTitle(tr("Load a rule book"));
    auto *layout = new QVBoxLayout(&d);
    auto *head
        = new QLabel(QStringLiteral("<b>%1</b><br>%2<br>%3")
                         .arg(shownPath.toHtmlEscaped(),
                             (lang == u"en" ? loaded.titleEn : loaded.titleJa).toHtmlEscaped(),
                             against.toHtmlEscaped()),
            &d);
    head->setWordWrap(true);
    layout->addWidget(head);
    auto *table = new QTableView(&d);
    table->setObjectName(QStringLiteral("importDiffTable"));
    auto *model = new RuleDiffModel(table);
    model->setShowSourceOnly(true); // a file may re-cite values: show everything it changes
    model->setDifferences(diffs);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(RuleDiffModel::Kind);
    table->resizeColumnToContents(RuleDiffModel::Menu);
    table->horizontalHeader()->resizeSection(RuleDiffModel::Item, 260);
    table->horizontalHeader()->resizeSection(RuleDiffModel::Before, 240);
    table->horizontalHeader()->resizeSection(RuleDiffModel::After, 360);
    layout->addWidget(table, 1);
    auto *count = new QLabel(diffs.isEmpty()
            ? tr("No differences: the file holds the same values.")
            : tr("%1 differences. Nothing is replaced until you confirm.").arg(diffs.size()),
        &d);
    count->setObjectName(QStringLiteral("importSummary"));
    layout->addWidget(count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Replace the %1 book").arg(fiscalYearLabel(fy, lang)));
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.resize(1250, 620);
    if (execDialog(&d) != QDialog::Accepted) {
        statusBar()->showMessage(tr("Not loaded: nothing was replaced."), 6000);
        return false;
    }
    loaded.origin = path;
    pushBook(tr("Load %1").arg(QFileInfo(path).fileName()), fy, std::move(loaded));
    setCurrentYear(fy);
    statusBar()->showMessage(
        tr("Loaded %1 as the %2 book. Estimates use it after 「Save as this computer's rule book」.")
            .arg(shownPath, fiscalYearLabel(fy, lang)),
        10000);
    return true;
}

void RuleBookWindow::askLoad()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a rule book"), QString(), tr("Rule books (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFromFile(path);
}

namespace {
// Writes the book through QSaveFile (never a half-written file); "" or what went wrong.
QString writeBook(const RuleBook &b, const QString &path)
{
    const QStringList problems = validateRuleBook(b);
    if (!problems.isEmpty())
        return problems.join(u'\n');
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.write(ruleBookToJson(b).toJson());
    if (!f.commit())
        return f.errorString();
    return {};
}
} // namespace

bool RuleBookWindow::saveToFile(const QString &path)
{
    const RuleBook *b = book(currentYear());
    if (!b)
        return false;
    if (path.startsWith(u':')) {
        fail(tr("Cannot save"), tr("%1: the bundled rule books cannot be changed.").arg(path));
        return false;
    }
    const QString error = writeBook(*b, path);
    if (!error.isEmpty()) {
        fail(tr("Cannot save"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void RuleBookWindow::askSave()
{
    const int fy = currentYear();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rule book to a file"),
        QDir(dir).filePath(QStringLiteral("fy%1.json").arg(fy)), tr("Rule books (*.json)"));
    if (!path.isEmpty())
        saveToFile(path);
}

QString RuleBookWindow::userBookPath(int fiscalYear)
{
    const QString dir = RuleBookLibrary::userRulesDir();
    return dir.isEmpty() ? QString()
                         : QDir(dir).filePath(QStringLiteral("fy%1.json").arg(fiscalYear));
}

bool RuleBookWindow::saveAsThisComputersBook()
{
    const int fy = currentYear();
    const RuleBook *b = book(fy);
    if (!b)
        return false;
    const QString dir = RuleBookLibrary::userRulesDir();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        fail(tr("Cannot save"),
            tr("The folder for this computer's rule books cannot be created: %1")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    const QString path = userBookPath(fy);
    QString error = writeBook(*b, path);
    if (error.isEmpty()) {
        // What the program will read at its next start, read back now.
        try {
            ruleBookFromFile(path);
        } catch (const InputError &e) {
            error = e.toString();
        }
    }
    if (!error.isEmpty()) {
        fail(tr("Cannot save"), tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_books[fy].origin = path;
    m_inForce.insert(fy, m_books[fy]);
    refreshYears();
    refreshSummary();
    statusBar()->showMessage(
        tr("Saved %1 as this computer's rule book (%2). Estimates use it from now on.")
            .arg(fiscalYearLabel(fy, currentLanguage()), QDir::toNativeSeparators(path)),
        10000);
    emit libraryChanged();
    return true;
}

} // namespace shienplan
