#include "mainwindow.h"

#include "catalogue.h"
#include "commands/commands.h"
#include "documentfile.h"
#include "documentjson.h"
#include "fiscalyear.h"
#include "inputfile.h"
#include "language.h"
#include "models/changelogmodel.h"
#include "models/comparemodel.h"
#include "models/findingsmodel.h"
#include "models/fundingmodel.h"
#include "models/matrixmodel.h"
#include "planevaluator.h"
#include "registry.h"
#include "widgets/badgedelegate.h"
#include "widgets/bodypicker.h"
#include "widgets/comparechart.h"
#include "widgets/explanationdialog.h"
#include "widgets/yenedit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
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
    return t;
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
    m_matrix->horizontalHeader()->setSectionResizeMode(MatrixModel::Name, QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionResizeMode(MatrixModel::Cell, QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionResizeMode(MatrixModel::Amount, QHeaderView::ResizeToContents);
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
    numbers->addRow(label(m_jointSummary), m_jointSummary);
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
    m_funding->horizontalHeader()->setSectionResizeMode(FundingModel::Item, QHeaderView::ResizeToContents);
    m_funding->horizontalHeader()->setSectionResizeMode(FundingModel::Yen, QHeaderView::ResizeToContents);
    m_funding->horizontalHeader()->setSectionResizeMode(FundingModel::Thousand, QHeaderView::ResizeToContents);
    m_explain = new QPushButton(m_fundingBox);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    fundingLayout->addWidget(m_eligibility);
    fundingLayout->addWidget(m_funding, 1);
    fundingLayout->addWidget(m_explain, 0, Qt::AlignRight);

    m_findingsBox = new QGroupBox(central);
    m_findingsBox->setObjectName(QStringLiteral("findingsBox"));
    auto *findingsLayout = new QVBoxLayout(m_findingsBox);
    m_findings = makeTable(QStringLiteral("findingsView"), m_findingsBox);
    m_findingsModel = new FindingsModel(m_eval, this);
    m_findings->setModel(m_findingsModel);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingsModel::Severity, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingsModel::Program, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setStretchLastSection(false);
    findingsLayout->addWidget(m_findings);

    auto *left = new QWidget(central);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_bodyBox);
    leftLayout->addWidget(m_programBox, 1);
    auto *right = new QSplitter(Qt::Vertical, central);
    right->addWidget(m_fundingBox);
    right->addWidget(m_findingsBox);
    auto *planSplit = new QSplitter(Qt::Horizontal, central);
    planSplit->setObjectName(QStringLiteral("planSplitter"));
    planSplit->addWidget(left);
    planSplit->addWidget(right);
    planSplit->setStretchFactor(0, 5);
    planSplit->setStretchFactor(1, 6);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(planSplit, QString());
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
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setStretchLastSection(true);
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
    m_actQuit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

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
    m_actAddProgram = m_planMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_P), this, &MainWindow::addProgram);
    m_actRemoveProgram = m_planMenu->addAction(QString(), this, &MainWindow::removeProgram);
    m_planMenu->addSeparator();
    m_actExplain = m_planMenu->addAction(QString(), QKeySequence(Qt::Key_F1), this, &MainWindow::explain);

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
                                tr("Start-up support (prefecture share / year)"), tr("Next year's program"), tr("Joint program")};
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
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("Compare scenarios"));
    m_tabs->setTabText(2, tr("Change log"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    m_fileMenu->setTitle(tr("&File"));
    m_actNew->setText(tr("&New"));
    m_actOpen->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
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
    m_viewMenu->setTitle(tr("&View"));
    m_langMenu->setTitle(tr("&Language"));
    m_undoView->setEmptyLabel(tr("<original>"));
    m_bodySearch->setPlaceholderText(tr("Name, reading or code of the town (e.g. 富山, とやま, 162019)"));
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{m_matrixModel, m_fundingModel, m_findingsModel, m_compareModel, m_logModel})
        emit m->headerDataChanged(Qt::Horizontal, 0, std::max(0, m->columnCount() - 1));
    emit m_compareModel->headerDataChanged(Qt::Vertical, 0, CompareModel::RowCount - 1);
    m_eval->recompute(); // texts of findings and amounts follow the language
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
    m_menu->setCurrentIndex(p ? m_menu->findData(p->menu) : -1);
    m_menu->setEnabled(p != nullptr && !m_session->isReadOnly());

    m_nextYearMenu->clear();
    m_nextYearMenu->addItem(tr("(none)"), QString());
    for (const auto &entry : menuCatalogue())
        m_nextYearMenu->addItem(entry.label(lang), entry.id);
    m_nextYearMenu->setCurrentIndex(p ? std::max(0, m_nextYearMenu->findData(p->nextYearMenu)) : 0);
}

void MainWindow::sync()
{
    m_syncing = true;
    // m_syncing keeps the widgets' signals from turning this refresh into edits.
    const QString lang = currentLanguage();
    const Document &d = m_session->document();
    m_scenario->clear();
    for (const auto &s : d.scenarios)
        m_scenario->addItem(s.name);
    m_scenario->setCurrentIndex(sc());
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();

    m_fiscalYear->clear();
    QList<int> years = m_eval->library().fiscalYears();
    if (s && !years.contains(s->plan.fiscalYear))
        years << s->plan.fiscalYear;
    std::sort(years.begin(), years.end());
    for (int fy : years)
        m_fiscalYear->addItem(fiscalYearLabel(fy, lang) + (lang == QLatin1String("ja") ? QStringLiteral("（FY%1）").arg(fy) : QString()), fy);
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
        m_bodyKind->setText(QStringLiteral("%1%2").arg(b.kind ? bodyKindLabel(*b.kind, lang) : QString(),
                                                      pref && pref != known ? QStringLiteral("（%1）").arg(pref->name) : QString()));
        m_population->setValue(int(b.population.value_or(0)));
        m_juso->setChecked(b.juso);
        m_welfareOffice->setChecked(b.welfareOffice);
    }

    m_program->clear();
    if (s)
        for (const auto &prog : s->plan.programs)
            m_program->addItem(QStringLiteral("%1 %2").arg(prog.id, menuLabel(prog.menu, lang)));
    m_program->setCurrentIndex(pr());
    syncMenuChoices();

    const bool editable = p && !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_coordinators, m_professionals, m_visiting, m_expenditure, m_otherIncome,
                                                       m_yearsRunning, m_startupShare, m_startupYear, m_nextYearMenu})
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
    }

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

void MainWindow::openDialog()
{
    if (!ensureSaved())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                                      tr("ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;All files (*)"));
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
