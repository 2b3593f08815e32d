#pragma once

// The plan editor's findings panel: what is missing or not allowed in the plan (errors,
// warnings, notices), each with its source. A click on one asks the editor to take the planner
// to the field it is about.

#include "ui/plan/planpanel.h"

class QTableView;

namespace shienplan
{

class FindingsModel;

class FindingsPanel : public PlanPanel
{
    Q_OBJECT
public:
    FindingsPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

    FindingsModel *findingsModel() const { return m_findingsModel; }
    void retranslate();

signals:
    void findingClicked(int row);

private:
    FindingsModel *m_findingsModel = nullptr;
    QTableView *m_findings = nullptr;
};

} // namespace shienplan
