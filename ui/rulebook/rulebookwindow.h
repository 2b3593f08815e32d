#pragma once

// The rule books, for the planners who keep them up to date (issue 7). For a fiscal year: the
// menus and who may run them, the ◎/○/- matrix with the source of every cell on hover, and
// every cap, staffing minimum, rate and amount with its status and source; unknown, ranged and
// carried-over values stand out. A second tab shows what changed between two years.
//
// Editing works on the window's own copy of the books: double-click a value or a cell, enter
// it with its citation (status `user`), undo with Ctrl+Z. 「新しい年度を作成」 starts next
// year from the latest one with every value carried over. Nothing reaches the planner's
// estimates until a book is saved as this computer's book (fyYYYY.json in
// RuleBookLibrary::userRulesDir()); then libraryChanged() is emitted and the caller reloads
// with RuleBookLibrary::standard(). A book may also be written to and read from any file (the
// format of the bundled books), e.g. a prefecture's confirmed book for all its towns; a book
// read from a file is validated and shown as a difference before it replaces anything.
// The bundled books are never written.
//
// Opening it (main window):
//     auto *w = new RuleBookWindow(RuleBookLibrary::standard(), this);
//     w->setAttribute(Qt::WA_DeleteOnClose);
//     connect(w, &RuleBookWindow::libraryChanged, this, [this] { /* reload the library */ });
//     w->show();

#include "core/rules/rulebooklibrary.h"

#include <QMainWindow>
#include <QMap>
#include <functional>
#include <optional>

class QAction;
class QDialog;
class QMenu;
class QToolBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace shienplan
{

class RuleDiffModel;
class RuleValueDialog;
class RuleValuesModel;
struct RuleValue;

class RuleBookWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit RuleBookWindow(const RuleBookLibrary &library, QWidget *parent = nullptr);
    ~RuleBookWindow() override;

    QUndoStack *undoStack() const { return m_undo; }
    QList<int> fiscalYears() const { return m_books.keys(); }
    // The window's book of that year, with edits not yet saved; nullptr if there is none.
    const RuleBook *book(int fiscalYear) const;
    int currentYear() const;
    void setCurrentYear(int fiscalYear);
    // Differs from the book in force (bundled or this computer's).
    bool isModified(int fiscalYear) const;
    QList<int> modifiedYears() const;
    // Replaces every book (e.g. after the caller reloaded the library); clears the undo history.
    void setLibrary(const RuleBookLibrary &library);

    // The actions without their file or year dialogs (also for scripts and tests). Each
    // reports failure in a message box (unless quiet) and returns false.
    bool createFiscalYear(int fiscalYear);
    bool loadFromFile(const QString &path); // shows the difference and asks before replacing
    bool saveToFile(const QString &path);
    bool saveAsThisComputersBook(); // the current year, into userRulesDir()
    static QString userBookPath(int fiscalYear);

    // Double-click on a row of the values table / a cell of the matrix.
    void editValueRow(int row);
    void editCell(int menuRow, int column);
    // Applies one entered value (what the dialog does on OK); "" or the reason it was refused.
    QString applyValue(const RuleValue &target, const RuleValueDialog &entered);

    // With a hook, every dialog this window opens (value entry, import preview) is shown
    // modeless and handed to the hook, which fills it in and accepts or rejects it; a dialog
    // still open afterwards counts as cancelled. For tests and scripts (offscreen there is
    // nobody to click).
    void setDialogHook(std::function<void(QDialog *)> hook) { m_dialogHook = std::move(hook); }
    // Quiet: errors go to lastError() instead of a message box, and closing asks nothing.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }

signals:
    // A book was saved as this computer's book: RuleBookLibrary::standard() now returns it.
    void libraryChanged();

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    // Data roles of the menu list and the grid's headers (the menu or column id) and cells.
    static constexpr int MenuIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    // Building (rulebookwindow.cpp).
    void buildUi();
    QWidget *buildMatrixBox(QWidget *parent);
    QWidget *buildValuesBox(QWidget *parent);
    void buildDiffPage();
    void buildSourcesPage();
    void buildMenus();
    void connectWidgets();
    void retranslate();
    // Refreshing (rulebookrefresh.cpp).
    void refreshYears();
    void refreshBook();
    void refreshMatrix();
    void refreshValues();
    void refreshDiff();
    void refreshSummary();
    void refreshSources(); // the documents and their fiscal years, in the current language
    QString currentMenuFilter() const;
    // Editing (rulebookedits.cpp).
    void setBook(int fiscalYear, const std::optional<RuleBook> &book); // undo and redo
    void pushBook(const QString &text, int fiscalYear, std::optional<RuleBook> after);
    void askNewYear();
    void editSelected();
    // Files (rulebookfiles.cpp).
    void askLoad();
    void askSave();
    // Dialogs and failures, through the hook and quiet mode (rulebookwindow.cpp).
    int execDialog(QDialog *d);
    void fail(const QString &title, const QString &message);

    QMap<int, RuleBook> m_books; // the window's working copy
    QMap<int, RuleBook> m_inForce; // what the program uses now (bundled or this computer's)
    QUndoStack *m_undo = nullptr;
    std::function<void(QDialog *)> m_dialogHook;
    bool m_quiet = false;
    QString m_lastError;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_yearLabel = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_menus = nullptr;
    QLabel *m_matrixLabel = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_valuesLabel = nullptr;
    QTableView *m_values = nullptr;
    RuleValuesModel *m_valuesModel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_diffFrom = nullptr;
    QComboBox *m_diffTo = nullptr;
    QCheckBox *m_diffSources = nullptr;
    QLabel *m_diffSummary = nullptr;
    QTableView *m_diff = nullptr;
    RuleDiffModel *m_diffModel = nullptr;
    QTableWidget *m_sources = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_actLoad = nullptr;
    QAction *m_actSaveFile = nullptr;
    QAction *m_actSaveHere = nullptr;
    QAction *m_actClose = nullptr;
    QAction *m_actUndo = nullptr;
    QAction *m_actRedo = nullptr;
    QAction *m_actEdit = nullptr;
    QAction *m_actNewYear = nullptr;
    QAction *m_tbUndo = nullptr;
    QAction *m_tbRedo = nullptr;
    QToolBar *m_toolbar = nullptr;
};

} // namespace shienplan
