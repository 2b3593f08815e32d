#pragma once

// The planner's window: the shell around the plan editor (ui/plan/planeditor.h) and the other
// tabs (prefecture, comparison of scenarios, change log). It owns the document session, the
// evaluator and the undo stack, the menus, and the files: new, open, save, recent, rosters in
// and out, and what closing asks. Every edit of any tab comes here as an undo command.

#include "core/document/documentsession.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;
class QUndoView;

namespace shienplan
{

class ChangeLogModel;
class CompareChart;
class CompareModel;
class PlanEditor;
class PlanEvaluator;
class PrefectureView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentSession *session() const { return m_session; }
    PlanEvaluator *evaluator() const { return m_eval; }
    QUndoStack *undoStack() const { return m_undo; }
    bool openFile(const QString &path); // .shienplan or JSON plans; shows errors
    void loadDocument(const Document &doc, const QString &path = {});
    void loadSample();
    void loadNewDocument(); // an empty plan: no body, no program (File ▸ New without asking)
    // What the window shows when the program starts without a file to open: the last document
    // (the recent files' newest that exists), else the sample on the very first start, else a
    // new document.
    void openAtStart();
    bool openLastDocument();
    // After a crash: offers the newest automatic copy (what it is a copy of, when it was made,
    // where Save will write it). Recovered, it is attached to its file again, modified.
    bool offerRecovery();
    void selectFinding(int row); // what a click on a finding does
    // A roster CSV: into the open document (its plans of the same body and year are replaced) or
    // as a new document; `ask` shows what will come in and what cannot, first.
    bool importRoster(const QByteArray &bytes, const QString &source, bool intoCurrent, bool ask);
    PrefectureView *prefectureView() const { return m_prefectureView; }
    // The size the window opens with where the screen has room for it.
    static constexpr QSize kPreferredSize { 1360, 860 };
    // Within the screen's available area: the preferred size centred, or the whole area
    // (maximised) on a screen too small for it.
    void placeOnScreen();

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    QRect availableScreenGeometry() const;
    bool fitsScreen() const; // the window lies within its screen's available area
    void buildUi();
    QWidget *buildCompareTab();
    QTableView *buildLogTab();
    void buildMenus();
    void buildFileMenu();
    void buildPlanMenu();
    void buildHelpMenu();
    void retranslate();
    void retranslateMenus();
    void syncActions(); // what the Plan menu allows for the current scenario and program
    void updateTitle();
    void updateCarriedOverNotice(); // the current plan's year rests on carried-over values
    void push(QUndoCommand *cmd);
    // Files (mainwindowfiles.cpp).
    bool ensureSaved();
    bool save();
    bool saveAs();
    void openDialog();
    void newDocument();
    void loadRecovered(const Document &copy, const RecoveredCopy &c);
    void openRuleBooks();
    void importRosterDialog();
    void exportRosterDialog();
    void openSampleRoster(const QString &name);
    void addRecent(const QString &path);
    void rebuildRecentMenu();

    DocumentSession *m_session;
    PlanEvaluator *m_eval;
    QUndoStack *m_undo;
    CompareModel *m_compareModel = nullptr;
    ChangeLogModel *m_logModel = nullptr;

    QTabWidget *m_tabs = nullptr;
    PlanEditor *m_planEditor = nullptr;
    PrefectureView *m_prefectureView = nullptr;
    QTableView *m_compare = nullptr;
    CompareChart *m_chart = nullptr;
    QTableView *m_log = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QLabel *m_carriedOverNotice = nullptr;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_planMenu = nullptr,
          *m_viewMenu = nullptr, *m_recentMenu = nullptr, *m_langMenu = nullptr,
          *m_sampleRosterMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_actNew = nullptr, *m_actOpen = nullptr, *m_actSave = nullptr, *m_actSaveAs = nullptr,
            *m_actQuit = nullptr, *m_actImportRoster = nullptr, *m_actExportRoster = nullptr,
            *m_actSampleR4 = nullptr, *m_actSampleR6 = nullptr;
    QAction *m_actUndo = nullptr, *m_actRedo = nullptr, *m_actSettings = nullptr;
    QAction *m_actAddScenario = nullptr, *m_actRenameScenario = nullptr,
            *m_actRemoveScenario = nullptr, *m_actAdopt = nullptr, *m_actAddProgram = nullptr,
            *m_actRemoveProgram = nullptr, *m_actExplain = nullptr, *m_actRuleBooks = nullptr;
    QAction *m_actJa = nullptr, *m_actEn = nullptr;
    QAction *m_actManual = nullptr, *m_actShortcuts = nullptr, *m_actAbout = nullptr;
};

} // namespace shienplan
