#pragma once

// The planner's window: choose the town and the year, assemble the program (menu, ◎/○ matrix,
// staff, expenditure, start-up support), and see at once what is missing or not allowed and
// what the national subsidy, the prefecture's part and the local burden will be — each figure
// with where it comes from. Every edit is undoable.

#include "core/document/documentsession.h"

#include <QMainWindow>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoCommand;
class QUndoStack;
class QUndoView;
class QGroupBox;
class QFormLayout;
class QChartView;
class QDockWidget;

namespace shienplan {

class BodyPicker;
class ChangeLogModel;
class CompareModel;
class ExplanationDialog;
class FindingsModel;
class FundingModel;
class MatrixModel;
class PlanEvaluator;
class YenEdit;
class CompareChart;
class PrefectureView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentSession *session() const { return m_session; }
    PlanEvaluator *evaluator() const { return m_eval; }
    QUndoStack *undoStack() const { return m_undo; }
    bool openFile(const QString &path);      // .shienplan or JSON plans; shows errors
    void loadDocument(const Document &doc, const QString &path = {}, bool modified = false);
    void loadSample();
    void selectFinding(int row);            // what a click on a finding does
    // A roster CSV: into the open document (its plans of the same body and year are replaced) or
    // as a new document; `ask` shows what will come in and what cannot, first.
    bool importRoster(const QByteArray &bytes, const QString &source, bool intoCurrent, bool ask);
    PrefectureView *prefectureView() const { return m_prefectureView; }

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void sync();          // widgets from the document (signals blocked)
    void syncMenuChoices();
    void updateTitle();
    void push(QUndoCommand *cmd);
    bool ensureSaved();
    bool save();
    bool saveAs();
    void openDialog();
    void newDocument();
    void addScenario();
    void renameScenario();
    void removeScenario();
    void addProgram();
    void removeProgram();
    void explain();
    void chooseBody(const QString &code);
    void editBody(const std::function<void(PlanBody &)> &change);
    void setStartupChoice(int index);
    void editJoint();
    void editServed();
    void syncServed(const Program &p);
    void fitMatrixColumns();
    void openRuleBooks();
    void importRosterDialog();
    void exportRosterDialog();
    void openSampleRoster(const QString &name);
    void syncUnconfirmed();
    void enterOfficialValue();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    int sc() const;
    int pr() const;

    DocumentSession *m_session;
    PlanEvaluator *m_eval;
    QUndoStack *m_undo;
    MatrixModel *m_matrixModel = nullptr;
    FundingModel *m_fundingModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    CompareModel *m_compareModel = nullptr;
    ChangeLogModel *m_logModel = nullptr;
    ExplanationDialog *m_explanation = nullptr;

    // body and year
    QGroupBox *m_bodyBox = nullptr;
    QFormLayout *m_bodyForm = nullptr;
    BodyPicker *m_bodySearch = nullptr;
    QLabel *m_bodyKind = nullptr;
    QSpinBox *m_population = nullptr;
    QCheckBox *m_juso = nullptr;
    QCheckBox *m_welfareOffice = nullptr;
    QComboBox *m_fiscalYear = nullptr;
    QComboBox *m_scenario = nullptr;
    // program
    QGroupBox *m_programBox = nullptr;
    QFormLayout *m_programForm = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_menu = nullptr;
    QTableView *m_matrix = nullptr;
    QSpinBox *m_coordinators = nullptr;
    QSpinBox *m_professionals = nullptr;
    QSpinBox *m_visiting = nullptr;
    YenEdit *m_expenditure = nullptr;
    YenEdit *m_otherIncome = nullptr;
    QSpinBox *m_yearsRunning = nullptr;
    QComboBox *m_startupShare = nullptr;
    QSpinBox *m_startupYear = nullptr;
    QComboBox *m_nextYearMenu = nullptr;
    QLabel *m_jointSummary = nullptr;
    QPushButton *m_jointEdit = nullptr;
    QLabel *m_servedSummary = nullptr;  // 担当区域 of a prefecture's center or satellite
    QPushButton *m_servedEdit = nullptr;
    QFormLayout *m_numbersForm = nullptr;
    int m_servedRow = -1;
    // funding and findings
    QGroupBox *m_fundingBox = nullptr;
    QLabel *m_eligibility = nullptr;
    QTableView *m_funding = nullptr;
    QPushButton *m_explain = nullptr;
    QTableWidget *m_unconfirmed = nullptr;
    QPushButton *m_enterValue = nullptr;
    QLabel *m_unconfirmedTitle = nullptr;
    QGroupBox *m_findingsBox = nullptr;
    QTableView *m_findings = nullptr;
    // other tabs
    QTabWidget *m_tabs = nullptr;
    QTableView *m_compare = nullptr;
    CompareChart *m_chart = nullptr;
    QTableView *m_log = nullptr;
    PrefectureView *m_prefectureView = nullptr;
    QMenu *m_sampleRosterMenu = nullptr;
    QAction *m_actImportRoster = nullptr, *m_actExportRoster = nullptr, *m_actSampleR4 = nullptr, *m_actSampleR6 = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QUndoView *m_undoView = nullptr;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_planMenu = nullptr, *m_viewMenu = nullptr, *m_recentMenu = nullptr,
          *m_langMenu = nullptr;
    QAction *m_actNew = nullptr, *m_actOpen = nullptr, *m_actSave = nullptr, *m_actSaveAs = nullptr, *m_actQuit = nullptr,
            *m_actUndo = nullptr, *m_actRedo = nullptr, *m_actAddScenario = nullptr, *m_actRenameScenario = nullptr,
            *m_actRemoveScenario = nullptr, *m_actAddProgram = nullptr, *m_actRemoveProgram = nullptr, *m_actExplain = nullptr,
            *m_actJa = nullptr, *m_actEn = nullptr,
            *m_actRuleBooks = nullptr;
    QList<QLabel *> m_formLabels;
    bool m_syncing = false;
    QString m_menuChoicesKey;
};

} // namespace shienplan
