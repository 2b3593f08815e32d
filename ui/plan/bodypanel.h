#pragma once

// The plan editor's first panel: which scenario, which implementing body (its kind, population,
// 重層 and welfare office) and which fiscal year. It also adds, renames and removes scenarios
// (the Plan menu's scenario actions).

#include "ui/plan/planpanel.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
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

private:
    void connectEdits();
    void chooseBody(const QString &code);
    void editBody(const std::function<void(PlanBody &)> &change);
    void syncFiscalYears();

    QFormLayout *m_form = nullptr;
    QComboBox *m_scenario = nullptr;
    BodyPicker *m_bodySearch = nullptr;
    QLabel *m_bodyKind = nullptr;
    QSpinBox *m_population = nullptr;
    QCheckBox *m_juso = nullptr;
    QCheckBox *m_welfareOffice = nullptr;
    QComboBox *m_fiscalYear = nullptr;
};

} // namespace shienplan
