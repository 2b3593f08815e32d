#include "ui/mainwindow.h"

#include "core/base/catalogue.h"
#include "ui/commands/commands.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/base/fiscalyear.h"
#include "core/interchange/inputfile.h"
#include "ui/language.h"
#include "ui/models/changelogmodel.h"
#include "ui/models/comparemodel.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/planevaluator.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "ui/export/printactions.h"
#include "ui/rulebook/rulebookwindow.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/bodypicker.h"
#include "ui/widgets/comparechart.h"
#include "ui/dialogs/explanationdialog.h"
#include "ui/dialogs/jointdialog.h"
#include "ui/dialogs/servedareadialog.h"
#include "ui/dialogs/overridedialog.h"
#include "ui/statusstyle.h"
#include "ui/widgets/yenedit.h"
#include "ui/prefecture/prefectureview.h"
#include "ui/dialogs/rosterimportdialog.h"
#include "core/prefecture/workspaceedits.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace shienplan {

namespace {
// The start-up share choices: none, not yet decided (the whole 1/4–1/2 range), or a fraction.
const QStringList kShareChoices = {QString(), QStringLiteral("range"), QStringLiteral("1/4"), QStringLiteral("1/3"),
                                   QStringLiteral("1/2")};

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    // Compact rows: the amounts and the matrix should fit without scrolling at 100%.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}
// Refills a combo box only when its items differ: rebuilding a list of 1,741 scenarios after
// every edit would cost more than the edit itself.
void setItems(QComboBox *box, const QStringList &texts, const QVariantList &data = {})
{
    bool same = box->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = box->itemText(i) == texts[i] && (data.isEmpty() || box->itemData(i) == data[i]);
    if (same)
        return;
    box->clear();
    for (int i = 0; i < texts.size(); ++i)
        box->addItem(texts[i], data.isEmpty() ? QVariant() : data[i]);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new DocumentSession(this)), m_eval(new PlanEvaluator(m_session, this)),
      m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    buildMenus();
    connect(m_eval, &PlanEvaluator::evaluated, this, &MainWindow::sync);
    connect(m_eval, &PlanEvaluator::currentChanged, this, &MainWindow::sync);
    connect(m_session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::documentReset, m_undo, &QUndoStack::clear);
    retranslate();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    sync();
}

MainWindow::~MainWindow() = default;

int MainWindow::sc() const
{
    return m_eval->currentScenario();
}

int MainWindow::pr() const
{
    return m_eval->currentProgram();
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    // Body and year
    m_bodyBox = new QGroupBox(central);
    m_bodyBox->setObjectName(QStringLiteral("bodyBox"));
    m_bodyForm = new QFormLayout(m_bodyBox);
    m_scenario = new QComboBox(m_bodyBox);
    m_scenario->setObjectName(QStringLiteral("scenarioSelector"));
    m_bodySearch = new BodyPicker(m_bodyBox);
    m_bodySearch->setObjectName(QStringLiteral("bodySearch"));
    m_bodyKind = new QLabel(m_bodyBox);
    m_bodyKind->setObjectName(QStringLiteral("bodyKind"));
    m_population = new QSpinBox(m_bodyBox);
    m_population->setObjectName(QStringLiteral("population"));
    m_population->setRange(0, 100'000'000);
    m_population->setGroupSeparatorShown(true);
    m_population->setSpecialValueText(QStringLiteral("—"));
    m_juso = new QCheckBox(m_bodyBox);
    m_juso->setObjectName(QStringLiteral("juso"));
    m_welfareOffice = new QCheckBox(m_bodyBox);
    m_welfareOffice->setObjectName(QStringLiteral("welfareOffice"));
    m_fiscalYear = new QComboBox(m_bodyBox);
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYear"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_juso);
    flags->addWidget(m_welfareOffice);
    flags->addStretch();
    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(buddy->parentWidget());
        l->setBuddy(buddy);
        m_formLabels << l;
        return l;
    };
    m_bodyForm->addRow(label(m_scenario), m_scenario);
    m_bodyForm->addRow(label(m_bodySearch), m_bodySearch);
    m_bodyForm->addRow(label(m_bodyKind), m_bodyKind);
    m_bodyForm->addRow(label(m_population), m_population);
    m_bodyForm->addRow(QString(), flags);
    m_bodyForm->addRow(label(m_fiscalYear), m_fiscalYear);

    // Program
    m_programBox = new QGroupBox(central);
    m_programBox->setObjectName(QStringLiteral("programBox"));
    auto *programLayout = new QVBoxLayout(m_programBox);
    m_programForm = new QFormLayout;
    m_program = new QComboBox(m_programBox);
    m_program->setObjectName(QStringLiteral("programSelector"));
    m_menu = new QComboBox(m_programBox);
    m_menu->setObjectName(QStringLiteral("menuSelector"));
    m_menu->setModel(new QStandardItemModel(m_menu));
    m_programForm->addRow(label(m_program), m_program);
    m_programForm->addRow(label(m_menu), m_menu);
    programLayout->addLayout(m_programForm);
    m_matrix = makeTable(QStringLiteral("matrixView"), m_programBox);
    m_matrixModel = new MatrixModel(m_eval, [this](QUndoCommand *c) { push(c); }, this);
    m_matrix->setModel(m_matrixModel);
    // Column widths are measured when the rows change, not after every edit: measuring text is
    // what an edit would otherwise spend most of its time on.
    m_matrix->horizontalHeader()->setSectionResizeMode(MatrixModel::Name, QHeaderView::Stretch);
    m_matrix->horizontalHeader()->setStretchLastSection(false);
    connect(m_matrixModel, &QAbstractItemModel::modelReset, this, &MainWindow::fitMatrixColumns);
    programLayout->addWidget(m_matrix, 1);
    auto *numbers = new QFormLayout;
    m_coordinators = new QSpinBox(m_programBox);
    m_coordinators->setObjectName(QStringLiteral("staffCoordinators"));
    m_professionals = new QSpinBox(m_programBox);
    m_professionals->setObjectName(QStringLiteral("staffProfessionals"));
    m_visiting = new QSpinBox(m_programBox);
    m_visiting->setObjectName(QStringLiteral("staffVisiting"));
    for (QSpinBox *s : {m_coordinators, m_professionals, m_visiting})
        s->setRange(0, 99);
    m_expenditure = new YenEdit(m_programBox);
    m_expenditure->setObjectName(QStringLiteral("expenditure"));
    m_otherIncome = new YenEdit(m_programBox);
    m_otherIncome->setObjectName(QStringLiteral("otherIncome"));
    m_yearsRunning = new QSpinBox(m_programBox);
    m_yearsRunning->setObjectName(QStringLiteral("yearsRunning"));
    m_yearsRunning->setRange(1, 50);
    m_startupShare = new QComboBox(m_programBox);
    m_startupShare->setObjectName(QStringLiteral("startupShare"));
    for (int i = 0; i < kShareChoices.size(); ++i)
        m_startupShare->addItem(QString());
    m_startupYear = new QSpinBox(m_programBox);
    m_startupYear->setObjectName(QStringLiteral("startupYear"));
    m_startupYear->setRange(1, 20);
    m_nextYearMenu = new QComboBox(m_programBox);
    m_nextYearMenu->setObjectName(QStringLiteral("nextYearMenu"));
    m_jointSummary = new QLabel(m_programBox);
    m_jointSummary->setObjectName(QStringLiteral("jointSummary"));
    m_jointSummary->setWordWrap(true);
    m_jointSummary->setMinimumWidth(160);
    m_jointEdit = new QPushButton(m_programBox);
    m_jointEdit->setObjectName(QStringLiteral("jointEdit"));
    auto *jointRow = new QHBoxLayout;
    jointRow->addWidget(m_jointSummary, 1);
    jointRow->addWidget(m_jointEdit);
    m_servedSummary = new QLabel(m_programBox);
    m_servedSummary->setObjectName(QStringLiteral("servedSummary"));
    m_servedSummary->setMinimumWidth(160); // one line: the first names, the rest on hover
    m_servedEdit = new QPushButton(m_programBox);
    m_servedEdit->setObjectName(QStringLiteral("servedEdit"));
    auto *servedRow = new QHBoxLayout;
    servedRow->addWidget(m_servedSummary, 1);
    servedRow->addWidget(m_servedEdit);
    auto *staffRow = new QHBoxLayout;
    staffRow->addWidget(m_coordinators);
    staffRow->addWidget(m_professionals);
    staffRow->addWidget(m_visiting);
    auto *startupRow = new QHBoxLayout;
    startupRow->addWidget(m_startupShare, 1);
    startupRow->addWidget(m_startupYear);
    numbers->addRow(label(m_coordinators), staffRow);
    numbers->addRow(label(m_expenditure), m_expenditure);
    numbers->addRow(label(m_otherIncome), m_otherIncome);
    numbers->addRow(label(m_yearsRunning), m_yearsRunning);
    numbers->addRow(label(m_startupShare), startupRow);
    numbers->addRow(label(m_nextYearMenu), m_nextYearMenu);
    numbers->addRow(label(m_jointSummary), jointRow);
    numbers->addRow(label(m_servedSummary), servedRow);
    m_numbersForm = numbers;
    m_servedRow = numbers->rowCount() - 1;
    programLayout->addLayout(numbers);

    // Funding
    m_fundingBox = new QGroupBox(central);
    m_fundingBox->setObjectName(QStringLiteral("fundingBox"));
    auto *fundingLayout = new QVBoxLayout(m_fundingBox);
    m_eligibility = new QLabel(m_fundingBox);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    QFont big = m_eligibility->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_eligibility->setFont(big);
    m_funding = makeTable(QStringLiteral("fundingView"), m_fundingBox);
    m_fundingModel = new FundingModel(m_eval, this);
    m_funding->setModel(m_fundingModel);
    m_funding->setItemDelegateForColumn(FundingModel::Basis, new BadgeDelegate(FundingModel::StatusesRole, m_funding));
    connect(m_eval, &PlanEvaluator::currentChanged, m_funding, &QTableView::resizeColumnsToContents);
    m_explain = new QPushButton(m_fundingBox);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_unconfirmedTitle = new QLabel(m_fundingBox);
    m_unconfirmed = new QTableWidget(0, 3, m_fundingBox);
    m_unconfirmed->setObjectName(QStringLiteral("unconfirmedView"));
    m_unconfirmed->verticalHeader()->hide();
    m_unconfirmed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unconfirmed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unconfirmed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unconfirmed->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_unconfirmed->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_unconfirmed->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_unconfirmed->setMaximumHeight(170);
    m_unconfirmed->verticalHeader()->setDefaultSectionSize(m_unconfirmed->fontMetrics().height() + 8);
    m_enterValue = new QPushButton(m_fundingBox);
    m_enterValue->setObjectName(QStringLiteral("enterOfficialValue"));
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_enterValue);
    buttonsRow->addStretch();
    buttonsRow->addWidget(m_explain);
    fundingLayout->addWidget(m_eligibility);
    fundingLayout->addWidget(m_funding, 1);
    fundingLayout->addWidget(m_unconfirmedTitle);
    fundingLayout->addWidget(m_unconfirmed);
    fundingLayout->addLayout(buttonsRow);

    m_findingsBox = new QGroupBox(central);
    m_findingsBox->setObjectName(QStringLiteral("findingsBox"));
    auto *findingsLayout = new QVBoxLayout(m_findingsBox);
    m_findings = makeTable(QStringLiteral("findingsView"), m_findingsBox);
    m_findingsModel = new FindingsModel(m_eval, this);
    m_findings->setModel(m_findingsModel);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setStretchLastSection(false);
    m_findings->setColumnWidth(FindingsModel::Severity, 70);
    m_findings->setColumnWidth(FindingsModel::Program, 80);
    findingsLayout->addWidget(m_findings);

    auto *left = new QWidget(central);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_bodyBox);
    leftLayout->addWidget(m_programBox, 1);
    auto *right = new QSplitter(Qt::Vertical, central);
    right->addWidget(m_fundingBox);
    right->addWidget(m_findingsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *planSplit = new QSplitter(Qt::Horizontal, central);
    planSplit->setObjectName(QStringLiteral("planSplitter"));
    planSplit->addWidget(left);
    planSplit->addWidget(right);
    planSplit->setStretchFactor(0, 5);
    planSplit->setStretchFactor(1, 6);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(planSplit, QString());
    m_prefectureView = new PrefectureView(m_session, m_eval, m_tabs);
    m_prefectureView->setObjectName(QStringLiteral("prefectureView"));
    m_tabs->addTab(m_prefectureView, QString());
    connect(m_prefectureView, &PrefectureView::editRequested, this, &MainWindow::push);
    connect(m_prefectureView, &PrefectureView::openScenario, this, [this](int scenario) {
        m_eval->setCurrent(scenario, 0);
        m_tabs->setCurrentIndex(0);
    });
    auto *compareTab = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(compareTab);
    m_compare = makeTable(QStringLiteral("compareView"), compareTab);
    m_compare->verticalHeader()->show();
    m_compareModel = new CompareModel(m_eval, this);
    m_compare->setModel(m_compareModel);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chart = new CompareChart(m_compareModel, compareTab);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    compareLayout->addWidget(m_compare, 1);
    compareLayout->addWidget(m_chart, 1);
    m_tabs->addTab(compareTab, QString());
    m_log = makeTable(QStringLiteral("changeLogView"), m_tabs);
    m_logModel = new ChangeLogModel(m_session, this);
    m_log->setModel(m_logModel);
    // Fixed widths: measuring a long history after every edit would cost more than the edit.
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setColumnWidth(ChangeLogModel::When, 150);
    m_log->setColumnWidth(ChangeLogModel::Who, 110);
    m_tabs->addTab(m_log, QString());
    outer->addWidget(m_tabs);
    setCentralWidget(central);

    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoView = new QUndoView(m_undo, m_undoDock);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    m_explanation = new ExplanationDialog(this);

    // Widgets → commands
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            m_eval->setCurrent(i, 0);
    });
    connect(m_program, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            m_eval->setCurrent(sc(), i);
    });
    connect(m_bodySearch, &BodyPicker::bodyChosen, this, &MainWindow::chooseBody);
    connect(m_population, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing)
            editBody([v](PlanBody &b) { b.population = v > 0 ? std::optional<qint64>(v) : std::nullopt; });
    });
    connect(m_juso, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            editBody([on](PlanBody &b) { b.juso = on; });
    });
    connect(m_welfareOffice, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            editBody([on](PlanBody &b) { b.welfareOffice = on; });
    });
    connect(m_fiscalYear, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            push(commands::setFiscalYear(m_session, sc(), m_fiscalYear->itemData(i).toInt()));
    });
    connect(m_menu, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0 && m_eval->program())
            push(commands::chooseMenu(m_session, sc(), pr(), m_menu->itemData(i).toString()));
    });
    auto staff = [this](QSpinBox *box, const QString &kind) {
        connect(box, &QSpinBox::valueChanged, this, [this, kind](int v) {
            if (!m_syncing && m_eval->program())
                push(commands::setStaff(m_session, sc(), pr(), kind, v));
        });
    };
    staff(m_coordinators, QStringLiteral("coordinators"));
    staff(m_professionals, QStringLiteral("professionals"));
    staff(m_visiting, QStringLiteral("visiting_supporters"));
    connect(m_expenditure, &YenEdit::valueCommitted, this, [this](const Yen &v) {
        if (!m_syncing && m_eval->program())
            push(commands::setExpenditure(m_session, sc(), pr(), v));
    });
    connect(m_otherIncome, &YenEdit::valueCommitted, this, [this](const Yen &v) {
        if (!m_syncing && m_eval->program())
            push(commands::setOtherIncome(m_session, sc(), pr(), v));
    });
    connect(m_yearsRunning, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing && m_eval->program())
            push(commands::setYearsRunning(m_session, sc(), pr(), v));
    });
    connect(m_startupShare, &QComboBox::currentIndexChanged, this, &MainWindow::setStartupChoice);
    connect(m_startupYear, &QSpinBox::valueChanged, this, [this] { setStartupChoice(m_startupShare->currentIndex()); });
    connect(m_nextYearMenu, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0 && m_eval->program())
            push(commands::setNextYearMenu(m_session, sc(), pr(), m_nextYearMenu->itemData(i).toString()));
    });
    connect(m_explain, &QPushButton::clicked, this, &MainWindow::explain);
    connect(m_jointEdit, &QPushButton::clicked, this, &MainWindow::editJoint);
    connect(m_servedEdit, &QPushButton::clicked, this, &MainWindow::editServed);
    connect(m_enterValue, &QPushButton::clicked, this, &MainWindow::enterOfficialValue);
    connect(m_unconfirmed, &QTableWidget::cellDoubleClicked, this, &MainWindow::enterOfficialValue);
    connect(m_funding, &QTableView::clicked, this, &MainWindow::explain);
    connect(m_findings, &QTableView::clicked, this, [this](const QModelIndex &i) { selectFinding(i.row()); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_actNew = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newDocument);
    m_actOpen = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_actSave = m_fileMenu->addAction(QString(), QKeySequence::Save, this, [this] { save(); });
    m_actSaveAs = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, [this] { saveAs(); });
    m_fileMenu->addSeparator();
    m_actImportRoster = m_fileMenu->addAction(QString(), this, &MainWindow::importRosterDialog);
    m_actImportRoster->setObjectName(QStringLiteral("actionImportRoster"));
    m_actExportRoster = m_fileMenu->addAction(QString(), this, &MainWindow::exportRosterDialog);
    m_actExportRoster->setObjectName(QStringLiteral("actionExportRoster"));
    m_sampleRosterMenu = m_fileMenu->addMenu(QString());
    m_actSampleR4 = m_sampleRosterMenu->addAction(QString(), this, [this] { openSampleRoster(QStringLiteral("r4_roster.csv")); });
    m_actSampleR6 = m_sampleRosterMenu->addAction(QString(), this, [this] { openSampleRoster(QStringLiteral("r6_roster.csv")); });
    m_fileMenu->addSeparator();
    m_actQuit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    addReportActions(m_fileMenu, this, [this]() -> const Document & { return m_session->document(); },
                     [] { return currentLanguage(); });

    m_editMenu = menuBar()->addMenu(QString());
    m_actUndo = m_undo->createUndoAction(this);
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actUndo->setObjectName(QStringLiteral("actionUndo"));
    m_actRedo = m_undo->createRedoAction(this);
    m_actRedo->setShortcut(QKeySequence::Redo);
    m_actRedo->setObjectName(QStringLiteral("actionRedo"));
    m_editMenu->addAction(m_actUndo);
    m_editMenu->addAction(m_actRedo);

    m_planMenu = menuBar()->addMenu(QString());
    m_actAddScenario = m_planMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::addScenario);
    m_actRenameScenario = m_planMenu->addAction(QString(), QKeySequence(Qt::Key_F2), this, &MainWindow::renameScenario);
    m_actRemoveScenario = m_planMenu->addAction(QString(), this, &MainWindow::removeScenario);
    m_planMenu->addSeparator();
    // Ctrl+P is print, as everywhere; a program is added with Ctrl+Shift+P.
    m_actAddProgram = m_planMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::addProgram);
    m_actRemoveProgram = m_planMenu->addAction(QString(), this, &MainWindow::removeProgram);
    m_planMenu->addSeparator();
    m_actExplain = m_planMenu->addAction(QString(), QKeySequence(Qt::Key_F1), this, &MainWindow::explain);
    m_planMenu->addSeparator();
    m_actRuleBooks = m_planMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::openRuleBooks);
    m_actRuleBooks->setObjectName(QStringLiteral("actionRuleBooks"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_undoDock->toggleViewAction());
    m_langMenu = m_viewMenu->addMenu(QString());
    m_actJa = m_langMenu->addAction(QStringLiteral("日本語"), this, [] { setLanguage(QStringLiteral("ja")); });
    m_actJa->setObjectName(QStringLiteral("actionJapanese"));
    m_actEn = m_langMenu->addAction(QStringLiteral("English"), this, [] { setLanguage(QStringLiteral("en")); });
    m_actEn->setObjectName(QStringLiteral("actionEnglish"));
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_bodyBox->setTitle(tr("Implementing body and fiscal year"));
    m_programBox->setTitle(tr("Program"));
    m_fundingBox->setTitle(tr("Funding (estimate)"));
    m_findingsBox->setTitle(tr("Findings"));
    const QStringList labels = {tr("&Scenario"), tr("&Body"), tr("Kind"), tr("&Population"), tr("Fiscal &year"),
                                tr("P&rogram"), tr("&Menu"), tr("Staff (coordinators / professionals / visiting supporters)"),
                                tr("&Expenditure (yen)"), tr("&Other income (yen)"), tr("Year of the program"),
                                tr("Start-up support (prefecture share / year)"), tr("Next year's program"), tr("Joint program"),
                                tr("Served municipalities")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    m_juso->setText(tr("Runs 重層的支援体制整備事業"));
    m_juso->setToolTip(tr("With it the station's base amount is 7,500,000 yen instead of 10,000,000 yen (002:1148-1149)."));
    m_welfareOffice->setText(tr("Has a welfare office"));
    m_coordinators->setToolTip(tr("ひきこもり支援コーディネーター"));
    m_professionals->setToolTip(tr("専門職の配置 (S09)"));
    m_visiting->setToolTip(tr("市町村等訪問支援員 (S14, from FY2025; column label unverified)"));
    m_startupShare->setItemText(0, tr("None"));
    m_startupShare->setItemText(1, tr("Not decided (1/4–1/2)"));
    for (int i = 2; i < kShareChoices.size(); ++i)
        m_startupShare->setItemText(i, tr("Prefecture %1").arg(kShareChoices[i]));
    m_startupYear->setPrefix(tr("year "));
    m_startupYear->setSuffix(currentLanguage() == QLatin1String("ja") ? QStringLiteral("年目") : QString());
    m_explain->setText(tr("How was this computed?"));
    m_jointEdit->setText(tr("Members…"));
    m_servedEdit->setText(tr("Choose…"));
    m_servedEdit->setToolTip(tr("The municipalities this center or satellite serves (000:143-145, 003:265)"));
    m_enterValue->setText(tr("Enter the official value…"));
    m_unconfirmedTitle->setText(tr("This estimate rests on values not confirmed by an official source:"));
    m_unconfirmed->setHorizontalHeaderLabels({tr("Value"), tr("Status"), tr("Source")});
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("Prefecture"));
    m_tabs->setTabText(2, tr("Compare scenarios"));
    m_tabs->setTabText(3, tr("Change log"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    m_fileMenu->setTitle(tr("&File"));
    m_actNew->setText(tr("&New"));
    m_actOpen->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_actImportRoster->setText(tr("&Import a roster (CSV)…"));
    m_actExportRoster->setText(tr("E&xport the roster (CSV)…"));
    m_sampleRosterMenu->setTitle(tr("Sample rosters"));
    m_actSampleR4->setText(tr("Implementing municipalities, %1").arg(fiscalYearLabel(2022, currentLanguage())));
    m_actSampleR6->setText(tr("Implementing municipalities, %1").arg(fiscalYearLabel(2024, currentLanguage())));
    m_actSave->setText(tr("&Save"));
    m_actSaveAs->setText(tr("Save &as…"));
    m_actQuit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_planMenu->setTitle(tr("&Plan"));
    m_actAddScenario->setText(tr("New scenario (copy of this one)"));
    m_actRenameScenario->setText(tr("Rename scenario…"));
    m_actRemoveScenario->setText(tr("Remove scenario"));
    m_actAddProgram->setText(tr("Add program"));
    m_actRemoveProgram->setText(tr("Remove program"));
    m_actExplain->setText(tr("Explain the amounts"));
    m_actRuleBooks->setText(tr("Rule books (amounts, matrix, sources)…"));
    m_viewMenu->setTitle(tr("&View"));
    m_langMenu->setTitle(tr("&Language"));
    m_undoView->setEmptyLabel(tr("<original>"));
    m_bodySearch->setPlaceholderText(tr("Name, reading or code of the town (e.g. 富山, とやま, 162019)"));
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{m_matrixModel, m_fundingModel, m_findingsModel, m_compareModel, m_logModel})
        emit m->headerDataChanged(Qt::Horizontal, 0, std::max(0, m->columnCount() - 1));
    emit m_compareModel->headerDataChanged(Qt::Vertical, 0, CompareModel::RowCount - 1);
    m_eval->recompute(); // texts of findings and amounts follow the language
    fitMatrixColumns();
    m_funding->resizeColumnsToContents();
    updateTitle();
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

void MainWindow::push(QUndoCommand *cmd)
{
    m_undo->push(cmd);
    const QString err = EditCommand::lastError();
    if (!err.isEmpty())
        statusBar()->showMessage(tr("Not changed: %1").arg(err), 8000);
}

void MainWindow::syncMenuChoices()
{
    const Scenario *s = m_eval->scenario();
    const RuleBook *book = m_eval->book();
    const Program *p = m_eval->program();
    const QString lang = currentLanguage();
    auto *model = qobject_cast<QStandardItemModel *>(m_menu->model());
    // The choices depend on the year's book, the body's kind and the language only.
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(s ? s->plan.fiscalYear : 0)
                            .arg(s && s->plan.body.kind ? bodyKindId(*s->plan.body.kind) : QString(), lang)
                            .arg(quintptr(book));
    if (key != m_menuChoicesKey) {
    m_menuChoicesKey = key;
    model->clear();
    for (const auto &entry : menuCatalogue()) {
        auto *item = new QStandardItem(entry.label(lang));
        item->setData(entry.id, Qt::UserRole);
        const MenuRule *rule = book ? book->menu(entry.id) : nullptr;
        QString why;
        if (!rule)
            why = tr("There is no %1 in %2.").arg(entry.label(lang), fiscalYearLabel(s ? s->plan.fiscalYear : 0, lang));
        else if (s && s->plan.body.kind && !rule->mayRun(*s->plan.body.kind)) {
            QStringList kinds;
            for (BodyKind k : rule->bodies)
                kinds << bodyKindLabel(k, lang);
            why = tr("A %1 may not run this menu; it is for %2 (%3).")
                      .arg(bodyKindLabel(*s->plan.body.kind, lang), kinds.join(lang == QLatin1String("en") ? QStringLiteral(", ") : QStringLiteral("・")), rule->bodiesProv.source);
        }
        if (!why.isEmpty()) {
            item->setEnabled(false);
            item->setToolTip(why);
        } else {
            item->setToolTip(tr("Subsidy rate %1 (%2)").arg(fractionToString(rule->rate), rule->rateProv.source));
        }
        model->appendRow(item);
    }
    }
    m_menu->setCurrentIndex(p ? m_menu->findData(p->menu) : -1);
    m_menu->setEnabled(p != nullptr && !m_session->isReadOnly());

    QStringList nextTexts{tr("(none)")};
    QVariantList nextData{QString()};
    for (const auto &entry : menuCatalogue()) {
        nextTexts << entry.label(lang);
        nextData << entry.id;
    }
    setItems(m_nextYearMenu, nextTexts, nextData);
    m_nextYearMenu->setCurrentIndex(p ? std::max(0, m_nextYearMenu->findData(p->nextYearMenu)) : 0);
}

void MainWindow::sync()
{
    m_syncing = true;
    // m_syncing keeps the widgets' signals from turning this refresh into edits.
    const QString lang = currentLanguage();
    const Document &d = m_session->document();
    QStringList names;
    names.reserve(d.scenarios.size());
    for (const auto &s : d.scenarios)
        names << s.name;
    setItems(m_scenario, names);
    m_scenario->setCurrentIndex(sc());
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();

    QList<int> years = m_eval->library().fiscalYears();
    if (s && !years.contains(s->plan.fiscalYear))
        years << s->plan.fiscalYear;
    std::sort(years.begin(), years.end());
    QStringList yearTexts;
    QVariantList yearData;
    for (int fy : years) {
        yearTexts << fiscalYearLabel(fy, lang) + (lang == QLatin1String("ja") ? QStringLiteral("（FY%1）").arg(fy) : QString());
        yearData << fy;
    }
    setItems(m_fiscalYear, yearTexts, yearData);
    if (s)
        m_fiscalYear->setCurrentIndex(m_fiscalYear->findData(s->plan.fiscalYear));

    if (s) {
        const PlanBody &b = s->plan.body;
        if (!m_bodySearch->hasFocus()) {
            const LocalBody *known = b.code.isEmpty() ? nullptr : Registry::bundled().find(b.code);
            m_bodySearch->setBodyText(known ? bodyDisplay(*known) : b.name);
        }
        const LocalBody *known = b.code.isEmpty() ? nullptr : Registry::bundled().find(b.code);
        const LocalBody *pref = known ? Registry::bundled().prefectureOf(*known) : nullptr;
        const QString prefText = pref && pref != known ? (lang == QLatin1String("en") ? QStringLiteral(" (%1)") : QStringLiteral("（%1）")).arg(pref->name) : QString();
        m_bodyKind->setText((b.kind ? bodyKindLabel(*b.kind, lang) : QString()) + prefText);
        m_population->setValue(int(b.population.value_or(0)));
        m_juso->setChecked(b.juso);
        m_welfareOffice->setChecked(b.welfareOffice);
    }

    QStringList programs;
    if (s)
        for (const auto &prog : s->plan.programs)
            programs << QStringLiteral("%1 %2").arg(prog.id, menuLabel(prog.menu, lang));
    setItems(m_program, programs);
    m_program->setCurrentIndex(pr());
    syncMenuChoices();

    const bool editable = p && !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_coordinators, m_professionals, m_visiting, m_expenditure, m_otherIncome,
                                                       m_yearsRunning, m_startupShare, m_startupYear, m_nextYearMenu, m_jointEdit, m_servedEdit})
        w->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_bodySearch, m_population, m_juso, m_welfareOffice, m_fiscalYear})
        w->setEnabled(s && !m_session->isReadOnly());
    if (p) {
        m_coordinators->setValue(p->staffCount(QStringLiteral("coordinators")));
        m_professionals->setValue(p->staffCount(QStringLiteral("professionals")));
        m_visiting->setValue(p->staffCount(QStringLiteral("visiting_supporters")));
        m_expenditure->setValue(p->expenditure);
        m_otherIncome->setValue(p->otherIncome);
        m_yearsRunning->setValue(p->yearsRunning);
        int share = 0;
        if (p->startup) {
            share = p->startup->prefectureShare ? int(kShareChoices.indexOf(fractionToString(*p->startup->prefectureShare))) : 1;
            if (share < 0) { // a share the list does not offer: show it as it is
                m_startupShare->addItem(tr("Prefecture %1").arg(fractionToString(*p->startup->prefectureShare)));
                share = m_startupShare->count() - 1;
            }
            m_startupYear->setValue(p->startup->year);
        }
        m_startupShare->setCurrentIndex(share);
        m_startupYear->setEnabled(editable && p->startup.has_value());
        QStringList members;
        for (const auto &m : p->joint) {
            const LocalBody *b = Registry::bundled().find(m.code);
            members << QStringLiteral("%1 %2").arg(b ? b->name : m.code, fractionToString(m.share));
        }
        m_jointSummary->setText(members.isEmpty() ? tr("Run alone") : members.join(QStringLiteral("、")));
        syncServed(*p);
    }
    // A center or satellite names whom it serves; another menu shows the row only while a served
    // list is left over from a menu change, so that it can be cleared.
    m_numbersForm->setRowVisible(m_servedRow, p && (menuServesMunicipalities(p->menu) || !p->served.isEmpty()));

    const Evaluation *e = m_eval->evaluation();
    if (!e) {
        m_eligibility->setText(tr("No rule book for this fiscal year"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #c62828"));
    } else if (e->eligible) {
        m_eligibility->setText(tr("Eligible for the national subsidy"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #2e7d32"));
    } else {
        m_eligibility->setText(tr("Not eligible: see the findings"));
        m_eligibility->setStyleSheet(QStringLiteral("color: #c62828"));
    }
    syncUnconfirmed();
    m_actRemoveScenario->setEnabled(d.scenarios.size() > 1 && !m_session->isReadOnly());
    m_actRemoveProgram->setEnabled(p && !m_session->isReadOnly());
    m_actAddProgram->setEnabled(s && !m_session->isReadOnly());
    m_syncing = false;
    updateTitle();
}

void MainWindow::setStartupChoice(int index)
{
    if (m_syncing || !m_eval->program() || index < 0)
        return;
    std::optional<StartupSupport> su;
    if (index > 0) {
        su = StartupSupport{};
        su->year = m_startupYear->value();
        if (index >= 2) {
            const QString text = index < kShareChoices.size() ? kShareChoices[index] : m_startupShare->itemText(index).section(u' ', -1);
            su->prefectureShare = parseFraction(text);
        }
    }
    push(commands::setStartupSupport(m_session, sc(), pr(), su));
}

namespace {
struct Unconfirmed {
    RuleOverride target;
    QString label;
    YenRange amount;
    std::optional<Fraction> rate;
    Provenance prov;
};

// The rule-book values an estimate rests on that no official source confirms yet, each as the
// document-level value a planner can enter. A station's add-ons known only as one range for all
// sub-projects are offered one by one, for the sub-projects the plan selects.
QList<Unconfirmed> unconfirmedValues(const Plan &plan, const Program &p, const RuleBook &book, const ProgramResult &r)
{
    QList<Unconfirmed> out;
    const MenuRule *menu = book.menu(p.menu);
    if (!menu)
        return out;
    const QString lang = currentLanguage();
    const QString prefix = p.menu + u'.';
    auto base = [&](OverrideItem item, const QString &key) {
        Unconfirmed u;
        u.target.fiscalYear = plan.fiscalYear;
        u.target.menu = p.menu;
        u.target.item = item;
        u.target.key = key;
        return u;
    };
    for (const UsedValue &used : r.provenance) {
        if (!used.item.startsWith(prefix) || used.status == Status::Stated || used.status == Status::User)
            continue;
        const QString rest = used.item.mid(prefix.size());
        const Provenance prov{used.status, used.source, used.note};
        const QString menuName = menuLabel(p.menu, lang);
        if (rest == QLatin1String("base") || rest == QLatin1String("base_juso")) {
            Unconfirmed u = base(rest == QLatin1String("base") ? OverrideItem::Base : OverrideItem::BaseJuso, {});
            u.label = QStringLiteral("%1: %2").arg(menuName, rest == QLatin1String("base") ? QCoreApplication::translate("shienplan::MainWindow", "base / standard amount")
                                                                                          : QCoreApplication::translate("shienplan::MainWindow", "base with 重層"));
            u.amount = rest == QLatin1String("base") ? menu->standard.base->value : menu->standard.baseJuso->value;
            u.prov = prov;
            out << u;
        } else if (rest == QLatin1String("rate")) {
            Unconfirmed u = base(OverrideItem::Rate, {});
            u.label = QStringLiteral("%1: %2").arg(menuName, QCoreApplication::translate("shienplan::MainWindow", "subsidy rate"));
            u.rate = menu->rate;
            u.prov = prov;
            out << u;
        } else if (rest.startsWith(QLatin1String("addons.")) || rest.startsWith(QLatin1String("per_person."))) {
            const bool addon = rest.startsWith(QLatin1String("addons."));
            const QString key = rest.section(u'.', 1);
            Unconfirmed u = base(addon ? OverrideItem::Addon : OverrideItem::PerPerson, key);
            u.label = QStringLiteral("%1: %2").arg(menuName, addon ? subprojectLabel(key, lang) : staffLabel(key, lang));
            u.amount = addon ? menu->standard.addons.value(key).value : menu->standard.perPerson.value(key).value;
            u.prov = prov;
            out << u;
        } else if (rest == QLatin1String("addon_default")) {
            for (const QString &sp : p.subprojects) {
                const MatrixCell *cell = menu->cell(sp);
                const bool counts = cell && (menu->standard.addonScope == AddonScope::Selected
                                             || (menu->standard.addonScope == AddonScope::Optional && cell->value == Cell::Optional));
                if (!counts || menu->standard.addons.contains(sp))
                    continue;
                bool listed = false;
                for (const auto &o : out)
                    listed = listed || (o.target.item == OverrideItem::Addon && o.target.key == sp);
                if (listed)
                    continue;
                Unconfirmed u = base(OverrideItem::Addon, sp);
                u.label = QStringLiteral("%1: %2 %3").arg(menuName, QCoreApplication::translate("shienplan::MainWindow", "add-on for"), subprojectLabel(sp, lang));
                u.amount = menu->standard.addonDefault->value;
                u.prov = prov;
                out << u;
            }
        }
    }
    return out;
}
} // namespace

void MainWindow::syncUnconfirmed()
{
    m_unconfirmed->setRowCount(0);
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    const RuleBook *book = m_eval->book();
    const ProgramResult *r = m_eval->programResult();
    const QList<Unconfirmed> list = s && p && book && r ? unconfirmedValues(s->plan, *p, *book, *r) : QList<Unconfirmed>();
    const QString lang = currentLanguage();
    m_unconfirmed->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Unconfirmed &u = list[i];
        const QString value = u.rate ? fractionToString(*u.rate) : formatRange(u.amount, lang);
        auto *what = new QTableWidgetItem(QStringLiteral("%1 = %2").arg(u.label, value));
        what->setData(Qt::UserRole, QVariant::fromValue(i));
        what->setToolTip(u.prov.note);
        auto *status = new QTableWidgetItem(statusLabel(u.prov.status, lang));
        status->setForeground(statusColor(u.prov.status));
        m_unconfirmed->setItem(i, 0, what);
        m_unconfirmed->setItem(i, 1, status);
        m_unconfirmed->setItem(i, 2, new QTableWidgetItem(u.prov.source));
    }
    m_unconfirmedTitle->setVisible(!list.isEmpty());
    m_unconfirmed->setVisible(!list.isEmpty());
    m_enterValue->setVisible(!list.isEmpty());
    m_enterValue->setEnabled(!m_session->isReadOnly());
}

void MainWindow::enterOfficialValue()
{
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    const RuleBook *book = m_eval->book();
    const ProgramResult *r = m_eval->programResult();
    if (!s || !p || !book || !r || m_session->isReadOnly())
        return;
    const QList<Unconfirmed> list = unconfirmedValues(s->plan, *p, *book, *r);
    const int row = std::max(0, m_unconfirmed->currentRow());
    if (row >= list.size())
        return;
    const Unconfirmed &u = list[row];
    const QString lang = currentLanguage();
    OverrideDialog dialog(u.target, QStringLiteral("%1（%2）").arg(u.label, fiscalYearLabel(s->plan.fiscalYear, lang)),
                          QStringLiteral("%1 [%2, %3]").arg(u.rate ? fractionToString(*u.rate) : formatRange(u.amount, lang),
                                                            statusLabel(u.prov.status, lang), u.prov.source),
                          this);
    if (dialog.exec() == QDialog::Accepted)
        push(commands::setOverride(m_session, dialog.result()));
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
        m_menuChoicesKey.clear();
        m_eval->reloadLibrary();
    });
    w->show();
}

void MainWindow::fitMatrixColumns()
{
    for (int c : {int(MatrixModel::Cell), int(MatrixModel::Amount), int(MatrixModel::Source)})
        m_matrix->resizeColumnToContents(c);
}

void MainWindow::editJoint()
{
    const Program *p = m_eval->program();
    const Scenario *s = m_eval->scenario();
    if (!p || !s)
        return;
    JointDialog dialog(p->joint, s->plan.body.code, populationsIn(m_session->document(), s->plan.fiscalYear), this);
    if (dialog.exec() == QDialog::Accepted)
        push(commands::setJointMembers(m_session, sc(), pr(), dialog.members()));
}

void MainWindow::syncServed(const Program &p)
{
    const QStringList names = namesOf(p.served);
    // One short line beside the button, whatever the window's width; every name on hover.
    if (names.isEmpty())
        m_servedSummary->setText(tr("Not set"));
    else if (names.size() <= 2)
        m_servedSummary->setText(tr("%1 (%2 municipalities)").arg(names.join(QStringLiteral("、"))).arg(names.size()));
    else
        m_servedSummary->setText(tr("%1 municipalities (%2 and others)").arg(names.size()).arg(names.first()));
    m_servedSummary->setToolTip(names.join(QStringLiteral("、")));
}

void MainWindow::editServed()
{
    const Program *p = m_eval->program();
    const Scenario *s = m_eval->scenario();
    if (!p || !s)
        return;
    const Plan &plan = s->plan;
    const QString prefecture = prefectureOf(plan, Registry::bundled());
    // What each body runs that year, own or joint: where a satellite is needed shows at once.
    QHash<QString, QString> programs;
    const QString lang = currentLanguage();
    const QHash<QString, QList<TimelineEntry>> lines = timelines(m_session->document());
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        for (const TimelineEntry &e : it.value())
            if (e.fiscalYear == plan.fiscalYear && !(e.menus.isEmpty() && e.jointMenus.isEmpty()))
                programs.insert(it.key(), timelineText({e}, lang));
    ServedAreaDialog dialog(prefecture, p->served, programs, this);
    if (dialog.exec() == QDialog::Accepted && dialog.served() != p->served)
        push(commands::setServedMunicipalities(m_session, sc(), pr(), dialog.served()));
}

void MainWindow::editBody(const std::function<void(PlanBody &)> &change)
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    PlanBody b = s->plan.body;
    change(b);
    push(commands::setBody(m_session, sc(), b));
}

void MainWindow::chooseBody(const QString &code)
{
    const LocalBody *known = Registry::bundled().find(code);
    if (!known)
        return;
    editBody([known](PlanBody &b) {
        b.code = known->code;
        b.name = known->name;
        b.kind = known->kind;
        b.prefectureCode = known->prefectureCode;
        b.population.reset(); // another town: its population is not this one's
    });
    m_bodySearch->clearFocus();
    sync();
}

void MainWindow::selectFinding(int row)
{
    const Finding *f = m_findingsModel->finding(row);
    if (!f)
        return;
    const Scenario *s = m_eval->scenario();
    if (s) {
        for (int i = 0; i < s->plan.programs.size(); ++i)
            if (s->plan.programs[i].id == f->program)
                m_eval->setCurrent(sc(), i);
    }
    m_tabs->setCurrentIndex(0);
    if (!f->subproject.isEmpty()) {
        const int r = m_matrixModel->rowOf(f->subproject);
        if (r >= 0) {
            m_matrix->setFocus();
            m_matrix->setCurrentIndex(m_matrixModel->index(r, MatrixModel::Name));
            m_matrix->scrollTo(m_matrixModel->index(r, 0));
            return;
        }
    }
    QWidget *target = nullptr;
    if (f->field.startsWith(QLatin1String("staff.coordinators")))
        target = m_coordinators;
    else if (f->field.startsWith(QLatin1String("staff.professionals")))
        target = m_professionals;
    else if (f->field.startsWith(QLatin1String("staff.visiting")))
        target = m_visiting;
    else if (f->field.startsWith(QLatin1String("startup_support")))
        target = m_startupShare;
    else if (f->field == QLatin1String("years_running"))
        target = m_yearsRunning;
    else if (f->field == QLatin1String("next_year_menu"))
        target = m_nextYearMenu;
    else if (f->field == QLatin1String("subprojects"))
        target = m_matrix;
    else if (f->code == QLatin1String("body_not_eligible") || f->code == QLatin1String("menu_not_available"))
        target = m_menu;
    if (target)
        target->setFocus();
}

void MainWindow::explain()
{
    if (const ProgramResult *r = m_eval->programResult())
        m_explanation->show(*r);
}

void MainWindow::addScenario()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    Scenario copy = *s;
    copy.name = tr("%1 (copy)").arg(s->name);
    push(commands::addScenario(m_session, copy));
}

void MainWindow::renameScenario()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("Name"), QLineEdit::Normal, s->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        push(commands::renameScenario(m_session, sc(), name.trimmed()));
}

void MainWindow::removeScenario()
{
    if (m_session->document().scenarios.size() > 1)
        push(commands::removeScenario(m_session, sc()));
}

void MainWindow::addProgram()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    Program p;
    const bool municipal = s->plan.body.kind && *s->plan.body.kind != BodyKind::Prefecture && *s->plan.body.kind != BodyKind::DesignatedCity;
    p.menu = municipal ? QStringLiteral("support") : QStringLiteral("center_prefectural");
    push(commands::addProgram(m_session, sc(), p));
}

void MainWindow::removeProgram()
{
    if (m_eval->program())
        push(commands::removeProgram(m_session, sc(), pr()));
}

void MainWindow::loadDocument(const Document &doc, const QString &path, bool modified)
{
    m_session->reset(doc, path);
    if (modified) // a recovered copy: the planner decides where to save it
        m_session->apply([](Document &d) { return edits::setTitle(d, d.title); }, tr("Recovered: "));
    m_undo->clear();
}

void MainWindow::loadSample()
{
    QFile f(QStringLiteral(":/samples/sample_takaoka.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    try {
        Document d = documentFromPlansJson(f.readAll(), Registry::bundled());
        d.title = tr("Sample: 高岡市 令和7年度");
        loadDocument(d);
    } catch (const InputError &) {
    }
}

bool MainWindow::openFile(const QString &path)
{
    try {
        if (isDocumentFile(path) || QFileInfo(path).suffix().toLower() == QLatin1String(kDocumentSuffix)) {
            m_session->open(path);
            addRecent(QFileInfo(path).absoluteFilePath());
            if (m_session->isReadOnly())
                QMessageBox::information(this, tr("Read-only"), m_session->readOnlyReason());
        } else if (isRosterFileName(path)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw InputError(QString(), QStringLiteral("cannot read the file: %1").arg(f.errorString()));
            // From the command line (before the window shows) no dialog: the status bar says what did not come in.
            return importRoster(f.readAll(), QFileInfo(path).fileName(), false, isVisible());
        } else {
            // A JSON plan is imported into a new, unsaved document: the JSON file is never overwritten.
            Document d = documentFromPlansJson(readInputFile(path), Registry::bundled());
            d.title = QFileInfo(path).completeBaseName();
            loadDocument(d);
        }
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot open"), e.toString());
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Cannot open"), QStringLiteral("%1: %2").arg(path, e.toString()));
    }
    return false;
}

bool MainWindow::importRoster(const QByteArray &bytes, const QString &source, bool intoCurrent, bool ask)
{
    const RosterImport roster = readRosterCsv(bytes, Registry::bundled());
    if (ask) {
        RosterImportDialog dialog(roster, source, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (roster.scenarios.isEmpty())
        return false;
    if (intoCurrent) {
        const MergeResult m = mergeScenarios(m_session->document().scenarios, roster.scenarios);
        const QString detail = QStringLiteral("名簿「%1」を取り込み（追加 %2件・置き換え %3件・取り込めなかった行 %4件）")
                                   .arg(source).arg(m.added).arg(m.replaced).arg(roster.problems.size());
        push(commands::setScenarios(m_session, m.scenarios, tr("Import roster %1").arg(source),
                                    QStringLiteral("import_roster"), detail));
    } else {
        loadDocument(documentFromRoster(roster, QFileInfo(source).completeBaseName()));
    }
    m_tabs->setCurrentWidget(m_prefectureView);
    if (!ask && !roster.problems.isEmpty())
        statusBar()->showMessage(tr("%1: %2 rows could not be imported (File ▸ Import a roster lists them).")
                                    .arg(source).arg(roster.problems.size()), 15000);
    return true;
}

void MainWindow::importRosterDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a roster"), QString(),
                                                      tr("Rosters (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot open"), QStringLiteral("%1: %2").arg(path, f.errorString()));
        return;
    }
    importRoster(f.readAll(), QFileInfo(path).fileName(), true, true);
}

void MainWindow::exportRosterDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the roster"), m_session->document().title + QStringLiteral(".csv"),
                                                tr("Rosters (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSaveFile out(path); // never a half-written roster: the old file stays until the new one is whole
    if (!out.open(QIODevice::WriteOnly) || out.write(rosterToCsv(m_session->document())) < 0 || !out.commit())
        QMessageBox::warning(this, tr("Cannot save"), QStringLiteral("%1: %2").arg(path, out.errorString()));
    else
        statusBar()->showMessage(tr("Roster written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openSampleRoster(const QString &name)
{
    if (!ensureSaved())
        return;
    QFile f(QStringLiteral(":/rosters/") + name);
    if (f.open(QIODevice::ReadOnly))
        importRoster(f.readAll(), name, false, false);
}

void MainWindow::openDialog()
{
    if (!ensureSaved())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                                      tr("ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;Rosters (*.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDocument()
{
    if (!ensureSaved())
        return;
    PlanBody body;
    const LocalBody *b = Registry::bundled().find(u"162027");
    body.code = b->code;
    body.name = b->name;
    body.kind = b->kind;
    body.prefectureCode = b->prefectureCode;
    Document d = shienplan::newDocument(body, m_eval->library().fiscalYears().value(m_eval->library().fiscalYears().size() - 1, 2025), tr("Scenario 1"));
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = QStringLiteral("support");
    d.scenarios[0].plan.programs << p;
    loadDocument(d);
}

bool MainWindow::save()
{
    if (m_session->path().isEmpty() || m_session->isReadOnly())
        return saveAs();
    try {
        m_session->save();
        statusBar()->showMessage(tr("Saved %1").arg(m_session->path()), 4000);
        m_undo->setClean();
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot save"), e.toString());
        return false;
    }
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save as"), m_session->path(), tr("ShienPlan documents (*.shienplan)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".shienplan");
    try {
        m_session->saveAs(path);
        addRecent(m_session->path());
        m_undo->setClean();
        return true;
    } catch (const DocumentError &e) {
        QMessageBox::warning(this, tr("Cannot save"), e.toString());
        return false;
    }
}

bool MainWindow::ensureSaved()
{
    if (!m_session->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(m_session->displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!ensureSaved()) {
        e->ignore();
        return;
    }
    if (m_session->autosaver())
        m_session->autosaver()->closed();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (ensureSaved())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace shienplan
