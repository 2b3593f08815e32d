#pragma once

// The plan editor's first panel: which plan (a body in a fiscal year) and which of its
// alternatives (案), which one is adopted (採用案) with the button that adopts the one shown, then
// the implementing body (its kind, population, 重層 and welfare office) and the fiscal year. A
// document of several bodies' plans (a prefecture's) is chosen by plan, then alternative; a
// document of one plan shows its body and year instead of a chooser. It also adds, renames and
// removes alternatives (the Plan menu's scenario actions).

#include "ui/plan/planpanel.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;
class QStackedWidget;
class QSpinBox;

namespace shienplan
{

class BodyPicker;
struct PlanBody;

class BodyPanel : public PlanPanel
{
    Q_OBJECT
public:
    BodyPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

    void retranslate();
    void sync(); // widgets from the document

    void addScenario(); // a copy of the current one
    void renameScenario();
    void removeScenario();
    void toggleAdopted(); // the button: adopt the alternative shown, or withdraw its adoption

private:
    void connectEdits();
    void chooseBody(const QString &code);
    void editBody(const std::function<void(PlanBody &)> &change);
    void syncFiscalYears();
    void syncAlternatives();

    QFormLayout *m_form = nullptr;
    QStackedWidget *m_planChooser = nullptr; // the plan's name alone, or a chooser of plans
    QLabel *m_planName = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_scenario = nullptr; // the alternatives of the plan shown
    QPushButton *m_adopt = nullptr;
    BodyPicker *m_bodySearch = nullptr;
    QLabel *m_bodyKind = nullptr;
    QSpinBox *m_population = nullptr;
    QCheckBox *m_juso = nullptr;
    QCheckBox *m_welfareOffice = nullptr;
    QComboBox *m_fiscalYear = nullptr;
};

} // namespace shienplan
