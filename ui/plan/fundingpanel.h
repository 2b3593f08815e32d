#pragma once

// The plan editor's funding panel: whether the program is eligible, its amounts (standard
// amount, national subsidy, the prefecture's part, the local burden) each with where it comes
// from, the values the estimate rests on that no official source confirms yet (with a button to
// enter the official one), and the explanation of how the amounts were computed.

#include "ui/plan/planpanel.h"

class QPushButton;
class QTableView;
class QTableWidget;

namespace shienplan
{

class ExplanationDialog;
class FundingModel;

class FundingPanel : public PlanPanel
{
    Q_OBJECT
public:
    FundingPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

    FundingModel *fundingModel() const { return m_fundingModel; }
    void retranslate();
    void sync(); // widgets from the evaluation
    void fitColumns();
    void explain(); // shows how the current program's amounts were computed

private:
    QTableWidget *buildUnconfirmed();
    void syncEligibility();
    void syncUnconfirmed();
    void enterOfficialValue();

    FundingModel *m_fundingModel = nullptr;
    ExplanationDialog *m_explanation = nullptr;
    QLabel *m_eligibility = nullptr;
    QTableView *m_funding = nullptr;
    QPushButton *m_explain = nullptr;
    QTableWidget *m_unconfirmed = nullptr;
    QPushButton *m_enterValue = nullptr;
    QLabel *m_unconfirmedTitle = nullptr;
};

} // namespace shienplan
