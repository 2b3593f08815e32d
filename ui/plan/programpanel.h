#pragma once

// The plan editor's program panel: which program of the scenario, its menu (a menu the body may
// not run, or the year's book lacks, is shown but disabled, with why), the ◎/○ matrix of its
// sub-projects and its 経費内訳 (cost breakdown) on two pages, and the form of its numbers: staff,
// (A) 総事業費, (B) other income, (D) 対象経費 (typed where there is no breakdown; the breakdown
// decides them where there is one), year of the program, start-up support, next year's program,
// joint members and served municipalities. An edit it makes that is refused is said at the field.
// It also adds and removes programs (the Plan menu's program actions).

#include "ui/plan/planpanel.h"

class QComboBox;
class QFormLayout;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace shienplan
{

class CostLinesEditor;
class EditCommand;
class MatrixModel;
class YenEdit;
struct Finding;
struct Program;

class ProgramPanel : public PlanPanel
{
    Q_OBJECT
public:
    ProgramPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

    MatrixModel *matrixModel() const { return m_matrixModel; }
    CostLinesEditor *costLinesEditor() const { return m_costLines; }
    // The pages under the menu: the sub-projects (0) and the cost breakdown (1).
    QTabWidget *pages() const { return m_pages; }
    void retranslate();
    void sync(); // widgets from the document
    // The menu choices are cached by year, body kind and language; a reloaded library has new
    // books at the same years, so the cache must go.
    void forgetMenuChoices() { m_menuChoicesKey.clear(); }
    // Moves the focus to where a finding points: its sub-project's row, or the field it names.
    void focusFinding(const Finding &f);

    void addProgram();
    void removeProgram();

private:
    void buildMatrix(QTabWidget *pages);
    void buildCostLines(QTabWidget *pages);
    // Emits the edit; if it is refused, the reason shows in `at` and the widgets show the
    // document again (nothing was changed).
    void request(EditCommand *command, QLabel *at);
    void syncPageTitles();
    void buildNumbers(QVBoxLayout *layout);
    void connectEdits();
    void syncMenuChoices();
    void syncNumbers(const Program &p, bool editable);
    void syncServed(const Program &p);
    void setStartupChoice(int index);
    void editJoint();
    void editServed();

    MatrixModel *m_matrixModel = nullptr;
    QFormLayout *m_programForm = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_menu = nullptr;
    QTabWidget *m_pages = nullptr;
    QTableView *m_matrix = nullptr;
    CostLinesEditor *m_costLines = nullptr;
    YenEdit *m_eligible = nullptr; // (D); empty: all of (A)
    QLabel *m_numbersRefusal = nullptr;
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
    QLabel *m_servedSummary = nullptr; // 担当区域 of a prefecture's center or satellite
    QPushButton *m_servedEdit = nullptr;
    QFormLayout *m_numbersForm = nullptr;
    int m_servedRow = -1;
    QString m_menuChoicesKey;
};

} // namespace shienplan
