// What every panel of the plan editor shares (see planpanel.h).

#include "ui/plan/planpanel.h"

#include "ui/plan/planevaluator.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
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

void PlanPanel::undoByWindow(QAbstractSpinBox *box)
{
    box->installEventFilter(this);
}

bool PlanPanel::eventFilter(QObject *watched, QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride && qobject_cast<QAbstractSpinBox *>(watched)) {
        auto *k = static_cast<QKeyEvent *>(e);
        if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)) {
            e->ignore(); // the box does not take the key: the window's undo action does
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, e);
}

void PlanPanel::setFormLabelTexts(const QStringList &texts)
{
    for (int i = 0; i < m_formLabels.size() && i < texts.size(); ++i)
        m_formLabels[i]->setText(texts[i]);
}

} // namespace shienplan
