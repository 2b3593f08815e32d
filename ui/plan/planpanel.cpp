// What every panel of the plan editor shares (see planpanel.h).

#include "ui/plan/planpanel.h"

#include "ui/plan/planevaluator.h"

#include <QLabel>

namespace shienplan
{

PlanPanel::PlanPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_eval(eval)
{
}

int PlanPanel::sc() const
{
    return m_eval->currentScenario();
}

int PlanPanel::pr() const
{
    return m_eval->currentProgram();
}

QLabel *PlanPanel::buddyLabel(QWidget *buddy)
{
    auto *l = new QLabel(buddy->parentWidget());
    l->setBuddy(buddy);
    m_formLabels << l;
    return l;
}

void PlanPanel::setFormLabelTexts(const QStringList &texts)
{
    for (int i = 0; i < m_formLabels.size() && i < texts.size(); ++i)
        m_formLabels[i]->setText(texts[i]);
}

} // namespace shienplan
