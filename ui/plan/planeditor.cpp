// The plan tab, composed of its four panels (see planeditor.h).

#include "ui/plan/planeditor.h"

#include "ui/models/findingsmodel.h"
#include "ui/models/fundingmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/bodypanel.h"
#include "ui/plan/findingspanel.h"
#include "ui/plan/fundingpanel.h"
#include "ui/plan/planevaluator.h"
#include "ui/plan/programpanel.h"

#include <QVBoxLayout>

namespace shienplan
{

PlanEditor::PlanEditor(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_eval(eval)
{
    setObjectName(QStringLiteral("planSplitter"));
    auto *left = new QWidget(this);
    m_body = new BodyPanel(session, eval, left);
    m_program = new ProgramPanel(session, eval, left);
    auto *right = new QSplitter(Qt::Vertical, this);
    m_funding = new FundingPanel(session, eval, right);
    m_findings = new FindingsPanel(session, eval, right);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_body);
    leftLayout->addWidget(m_program, 1);
    right->addWidget(m_funding);
    right->addWidget(m_findings);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    addWidget(left);
    addWidget(right);
    setStretchFactor(0, 5);
    setStretchFactor(1, 6);

    for (PlanPanel *panel :
        std::initializer_list<PlanPanel *> { m_body, m_program, m_funding, m_findings })
        connect(panel, &PlanPanel::editRequested, this, &PlanEditor::editRequested);
    connect(m_findings, &FindingsPanel::findingClicked, this, &PlanEditor::selectFinding);
    connect(m_eval, &PlanEvaluator::evaluated, this, &PlanEditor::sync);
    connect(m_eval, &PlanEvaluator::currentChanged, this, &PlanEditor::sync);
}

void PlanEditor::showEvent(QShowEvent *e)
{
    QSplitter::showEvent(e);
    // The first split, once: the calculation (A)…(H) with its badges needs the wider part; the
    // left keeps at least what its forms need (setSizes respects the minimum sizes). After that
    // the planner's own split stays.
    if (!m_split && width() > 0) {
        m_split = true;
        setSizes({ width() * 2 / 5, width() - width() * 2 / 5 });
    }
}

void PlanEditor::retranslate()
{
    m_body->retranslate();
    m_program->retranslate();
    m_funding->retranslate();
    m_findings->retranslate();
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
             m_program->matrixModel(), m_funding->fundingModel(), m_findings->findingsModel() })
        emit m->headerDataChanged(Qt::Horizontal, 0, std::max(0, m->columnCount() - 1));
}

void PlanEditor::fitColumns()
{
    m_program->fitMatrixColumns();
    m_funding->fitColumns();
}

void PlanEditor::sync()
{
    m_body->sync();
    m_program->sync();
    m_funding->sync();
}

void PlanEditor::selectFinding(int row)
{
    const Finding *found = m_findings->findingsModel()->finding(row);
    if (!found)
        return;
    const Finding f = *found; // a copy: choosing its program refills the findings
    if (const Scenario *s = m_eval->scenario()) {
        for (int i = 0; i < s->plan.programs.size(); ++i)
            if (s->plan.programs[i].id == f.program)
                m_eval->setCurrent(m_eval->currentScenario(), i);
    }
    emit revealRequested(); // before the focus: a widget on a hidden tab cannot take it
    m_program->focusFinding(f);
}

} // namespace shienplan
