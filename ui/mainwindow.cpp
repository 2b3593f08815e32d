// The planner's window (see mainwindow.h): its tabs and menus, their texts, and where edits go.
// The files (new, open, save, recent, rosters, closing) are in mainwindowfiles.cpp.

#include "ui/mainwindow.h"

#include "core/base/fiscalyear.h"
#include "ui/commands/commands.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/export/printactions.h"
#include "ui/help/helpdialogs.h"
#include "ui/language.h"
#include "ui/models/changelogmodel.h"
#include "ui/models/comparemodel.h"
#include "ui/plan/bodypanel.h"
#include "ui/plan/fundingpanel.h"
#include "ui/plan/planeditor.h"
#include "ui/plan/planevaluator.h"
#include "ui/plan/programpanel.h"
#include "ui/prefecture/prefectureview.h"
#include "ui/rulebook/rulebookwindow.h"
#include "ui/widgets/comparechart.h"
#include "ui/widgets/widgetsetup.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace shienplan
{

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DocumentSession(this))
    , m_eval(new PlanEvaluator(m_session, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    SettingsDialog::applyStoredAuthor(m_session); // the change log's 担当者
    buildUi();
    buildMenus();
    connect(m_eval, &PlanEvaluator::evaluated, this, &MainWindow::syncActions);
    connect(m_eval, &PlanEvaluator::currentChanged, this, &MainWindow::syncActions);
    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::documentReset, m_undo, &QUndoStack::clear);
    retranslate();
    QSettings settings;
    // The saved place only while it still fits: a laptop that was docked to a large monitor, or
    // a scale raised to 200 %, would otherwise open the window beyond the screen's edges.
    const QByteArray saved = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved) || !fitsScreen())
        placeOnScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_planEditor->sync();
    syncActions();
}

MainWindow::~MainWindow() = default;

QRect MainWindow::availableScreenGeometry() const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    return s ? s->availableGeometry() : QRect();
}

bool MainWindow::fitsScreen() const
{
    const QRect available = availableScreenGeometry();
    // Not shown yet, the frame is not known: the saved frame is what restoreGeometry placed.
    return available.isEmpty() || available.contains(frameGeometry())
        || (isMaximized() && available.intersects(geometry()));
}

void MainWindow::placeOnScreen()
{
    const QRect available = availableScreenGeometry();
    if (available.isEmpty()) {
        resize(kPreferredSize);
        return;
    }
    // The window's title bar and borders, until the window system tells them (a guess that is
    // at least as large as the usual ones).
    const QSize frame(16, 40);
    const QSize room = available.size() - frame;
    if (room.width() < kPreferredSize.width() || room.height() < kPreferredSize.height()) {
        // A small screen (1366×768, or any screen at 200 %): all of it, so that the matrix and
        // the calculation keep as many rows as they can.
        setGeometry(QStyle::alignedRect(
            Qt::LeftToRight, Qt::AlignCenter, room.boundedTo(kPreferredSize), available));
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, kPreferredSize, available));
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_planEditor = new PlanEditor(m_session, m_eval, m_tabs);
    connect(m_planEditor, &PlanEditor::editRequested, this, &MainWindow::push);
    connect(m_planEditor, &PlanEditor::revealRequested, this,
        [this] { m_tabs->setCurrentWidget(m_planEditor); });
    m_tabs->addTab(m_planEditor, QString());
    m_prefectureView = new PrefectureView(m_session, m_eval, m_tabs);
    m_prefectureView->setObjectName(QStringLiteral("prefectureView"));
    m_tabs->addTab(m_prefectureView, QString());
    connect(m_prefectureView, &PrefectureView::editRequested, this, &MainWindow::push);
    connect(m_prefectureView, &PrefectureView::openScenario, this, [this](int scenario) {
        m_eval->setCurrent(scenario, 0);
        m_tabs->setCurrentIndex(0);
    });
    // The comparison's table and chart scroll rather than squeeze on a small screen.
    auto *compareArea = new QScrollArea(m_tabs);
    compareArea->setWidgetResizable(true);
    compareArea->setFrameShape(QFrame::NoFrame);
    compareArea->setWidget(buildCompareTab());
    m_tabs->addTab(compareArea, QString());
    m_tabs->addTab(buildLogTab(), QString());
    outer->addWidget(m_tabs);
    // Under the plan, a plain line when its year's amounts are only carried over (next year's
    // plan before the year's 交付要綱 is known).
    m_carriedOverNotice = new QLabel(central);
    m_carriedOverNotice->setObjectName(QStringLiteral("carriedOverNotice"));
    m_carriedOverNotice->setWordWrap(true);
    m_carriedOverNotice->hide();
    outer->addWidget(m_carriedOverNotice);
    setCentralWidget(central);

    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoView = new QUndoView(m_undo, m_undoDock);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
}

QWidget *MainWindow::buildCompareTab()
{
    auto *compareTab = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(compareTab);
    m_compare = makeTable(QStringLiteral("compareView"), compareTab);
    m_compare->verticalHeader()->show();
    m_compareModel = new CompareModel(m_eval, this);
    m_compare->setModel(m_compareModel);
    keepColumnsFitted(m_compare); // every alternative's figures whole; a wide table scrolls
    m_chart = new CompareChart(m_compareModel, compareTab);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    compareLayout->addWidget(m_compare, 1);
    compareLayout->addWidget(m_chart, 1);
    return compareTab;
}

QTableView *MainWindow::buildLogTab()
{
    m_log = makeTable(QStringLiteral("changeLogView"), m_tabs);
    m_logModel = new ChangeLogModel(m_session, this);
    m_log->setModel(m_logModel);
    // Fixed widths: measuring a long history after every edit would cost more than the edit.
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setColumnWidth(ChangeLogModel::When, 150);
    m_log->setColumnWidth(ChangeLogModel::Who, 110);
    return m_log;
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    m_editMenu = menuBar()->addMenu(QString());
    m_actUndo = m_undo->createUndoAction(this, tr("&Undo"));
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actUndo->setObjectName(QStringLiteral("actionUndo"));
    m_actRedo = m_undo->createRedoAction(this, tr("&Redo"));
    m_actRedo->setShortcut(QKeySequence::Redo);
    m_actRedo->setObjectName(QStringLiteral("actionRedo"));
    m_editMenu->addAction(m_actUndo);
    m_editMenu->addAction(m_actRedo);
    m_editMenu->addSeparator();
    m_actSettings = m_editMenu->addAction(
        QString(), this, [this] { SettingsDialog(m_session, this).exec(); });
    m_actSettings->setObjectName(QStringLiteral("actionSettings"));
    buildPlanMenu();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_undoDock->toggleViewAction());
    m_langMenu = m_viewMenu->addMenu(QString());
    m_actJa = m_langMenu->addAction(
        QStringLiteral("日本語"), this, [] { chooseLanguage(QStringLiteral("ja")); });
    m_actJa->setObjectName(QStringLiteral("actionJapanese"));
    m_actEn = m_langMenu->addAction(
        QStringLiteral("English"), this, [] { chooseLanguage(QStringLiteral("en")); });
    m_actEn->setObjectName(QStringLiteral("actionEnglish"));
    buildHelpMenu();
    rebuildRecentMenu();
}

void MainWindow::buildFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_actNew = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newDocument);
    m_actNew->setObjectName(QStringLiteral("actionNew"));
    m_actOpen = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_actSave = m_fileMenu->addAction(QString(), QKeySequence::Save, this, [this] { save(); });
    m_actSaveAs
        = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, [this] { saveAs(); });
    m_fileMenu->addSeparator();
    m_actImportRoster = m_fileMenu->addAction(QString(), this, &MainWindow::importRosterDialog);
    m_actImportRoster->setObjectName(QStringLiteral("actionImportRoster"));
    m_actExportRoster = m_fileMenu->addAction(QString(), this, &MainWindow::exportRosterDialog);
    m_actExportRoster->setObjectName(QStringLiteral("actionExportRoster"));
    m_sampleRosterMenu = m_fileMenu->addMenu(QString());
    m_actSampleR4 = m_sampleRosterMenu->addAction(
        QString(), this, [this] { openSampleRoster(QStringLiteral("r4_roster.csv")); });
    m_actSampleR6 = m_sampleRosterMenu->addAction(
        QString(), this, [this] { openSampleRoster(QStringLiteral("r6_roster.csv")); });
    m_fileMenu->addSeparator();
    m_actQuit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    addReportActions(
        m_fileMenu, this, [this]() -> const Document & { return m_session->document(); },
        [] { return currentLanguage(); });
}

void MainWindow::buildHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    // F1 is help, as in every program a planner knows.
    m_actManual = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this,
        [this] { HelpWindow::showWindow(HelpWindow::Manual, this); });
    m_actManual->setObjectName(QStringLiteral("actionManual"));
    m_actShortcuts = m_helpMenu->addAction(QString(), this,
        [this] { HelpWindow::showWindow(HelpWindow::Shortcuts, this, menuBar()); });
    m_actShortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_helpMenu->addSeparator();
    m_actAbout = m_helpMenu->addAction(
        QString(), this, [this] { HelpWindow::showWindow(HelpWindow::About, this); });
    m_actAbout->setObjectName(QStringLiteral("actionAbout"));
    m_actAbout->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildPlanMenu()
{
    BodyPanel *body = m_planEditor->bodyPanel();
    ProgramPanel *program = m_planEditor->programPanel();
    m_planMenu = menuBar()->addMenu(QString());
    m_actAddScenario = m_planMenu->addAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), body, &BodyPanel::addScenario);
    m_actRenameScenario = m_planMenu->addAction(
        QString(), QKeySequence(Qt::Key_F2), body, &BodyPanel::renameScenario);
    m_actRemoveScenario = m_planMenu->addAction(QString(), body, &BodyPanel::removeScenario);
    m_actAdopt = m_planMenu->addAction(QString(), body, &BodyPanel::toggleAdopted);
    m_planMenu->addSeparator();
    // Ctrl+P is print, as everywhere; a program is added with Ctrl+Shift+P.
    m_actAddProgram = m_planMenu->addAction(QString(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), program, &ProgramPanel::addProgram);
    m_actRemoveProgram = m_planMenu->addAction(QString(), program, &ProgramPanel::removeProgram);
    m_planMenu->addSeparator();
    // F1 is the manual (Help); the amounts' explanation has a key of its own.
    m_actExplain = m_planMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        m_planEditor->fundingPanel(), &FundingPanel::explain);
    m_actExplain->setObjectName(QStringLiteral("actionExplain"));
    m_planMenu->addSeparator();
    m_actRuleBooks = m_planMenu->addAction(
        QString(), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::openRuleBooks);
    m_actRuleBooks->setObjectName(QStringLiteral("actionRuleBooks"));
}

void MainWindow::retranslate()
{
    m_planEditor->retranslate();
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("Prefecture"));
    m_tabs->setTabText(2, tr("Compare alternatives"));
    m_tabs->setTabText(3, tr("Change log"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    retranslateMenus();
    updateCarriedOverNotice();
    m_undoView->setEmptyLabel(tr("<original>"));
    for (QAbstractItemModel *m :
        std::initializer_list<QAbstractItemModel *> { m_compareModel, m_logModel })
        emit m->headerDataChanged(Qt::Horizontal, 0, std::max(0, m->columnCount() - 1));
    emit m_compareModel->headerDataChanged(Qt::Vertical, 0, CompareModel::RowCount - 1);
    m_eval->recompute(); // texts of findings and amounts follow the language
    m_planEditor->fitColumns();
    updateTitle();
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_actNew->setText(tr("&New"));
    m_actOpen->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_actImportRoster->setText(tr("&Import a roster (CSV)…"));
    m_actExportRoster->setText(tr("Expor&t the roster (CSV)…"));
    m_sampleRosterMenu->setTitle(tr("Sa&mple rosters"));
    m_actSampleR4->setText(
        tr("Implementing municipalities, %1").arg(fiscalYearLabel(2022, currentLanguage())));
    m_actSampleR6->setText(
        tr("Implementing municipalities, %1").arg(fiscalYearLabel(2024, currentLanguage())));
    m_actSave->setText(tr("&Save"));
    m_actSaveAs->setText(tr("Save &as…"));
    m_actQuit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_actSettings->setText(tr("&Settings…"));
    m_actSettings->setStatusTip(tr("The name the change log records as the person in charge"));
    m_planMenu->setTitle(tr("&Plan"));
    m_actAddScenario->setText(tr("&New alternative (copy of this one)"));
    m_actRenameScenario->setText(tr("&Rename alternative…"));
    m_actRemoveScenario->setText(tr("Re&move alternative"));
    m_actAdopt->setText(tr("&Adopt this alternative"));
    m_actAddProgram->setText(tr("Add &program"));
    m_actRemoveProgram->setText(tr("Remo&ve program"));
    m_actExplain->setText(tr("&Explain the amounts"));
    m_actRuleBooks->setText(tr("Rule &books (amounts, matrix, sources)…"));
    m_viewMenu->setTitle(tr("&View"));
    m_langMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_actManual->setText(tr("&Manual"));
    m_actShortcuts->setText(tr("&Keyboard shortcuts"));
    m_actAbout->setText(tr("&About ShienPlan"));
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QMainWindow::changeEvent(e);
}

void MainWindow::updateTitle()
{
    QString title = m_session->displayName() + QStringLiteral("[*] — ShienPlan");
    if (m_session->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    setWindowModified(m_session->isModified());
}

void MainWindow::syncActions()
{
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    m_actRemoveScenario->setEnabled(
        m_session->document().scenarios.size() > 1 && !m_session->isReadOnly());
    m_actRemoveProgram->setEnabled(p && !m_session->isReadOnly());
    m_actAddProgram->setEnabled(s && !m_session->isReadOnly());
    m_actAdopt->setEnabled(s && !m_session->isReadOnly());
    updateTitle();
    updateCarriedOverNotice();
}

void MainWindow::updateCarriedOverNotice()
{
    const Scenario *s = m_eval->scenario();
    const std::optional<int> from
        = s ? m_eval->library().carriedOverFrom(s->plan.fiscalYear) : std::nullopt;
    m_carriedOverNotice->setText(
        from ? carriedOverNotice(s->plan.fiscalYear, *from, currentLanguage()) : QString());
    m_carriedOverNotice->setVisible(from.has_value());
}

void MainWindow::push(QUndoCommand *cmd)
{
    // A refused edit is dropped by the stack; the planner still learns why.
    if (auto *edit = dynamic_cast<EditCommand *>(cmd))
        edit->setRefusedHandler([this](const QString &why) {
            statusBar()->showMessage(tr("Not changed: %1").arg(why), 8000);
        });
    m_undo->push(cmd);
}

void MainWindow::selectFinding(int row)
{
    m_planEditor->selectFinding(row);
}

void MainWindow::openRuleBooks()
{
    auto *w = new RuleBookWindow(m_eval->library(), this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    if (const Scenario *s = m_eval->scenario())
        w->setCurrentYear(s->plan.fiscalYear);
    // A book saved as this computer's applies to every estimate at once.
    connect(w, &RuleBookWindow::libraryChanged, this, [this] {
        m_planEditor->programPanel()->forgetMenuChoices();
        m_eval->reloadLibrary();
    });
    w->show();
}

} // namespace shienplan
