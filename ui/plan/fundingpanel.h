#pragma once

// The plan editor's funding panel: whether the program is eligible, its calculation (A)…(H), the
// prefecture's part and the local burden, each with where it comes from, and the note that the
// form's layout is the usual one; where the national subsidy is only a range, the 予算計上額 the
// planner budgets and why; the values the estimate rests on that no official source confirms yet
// (with a button to enter the official one), and the explanation of how the amounts were computed.

#include "core/base/money.h"
#include "ui/plan/planpanel.h"

class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace shienplan
{

class ExplanationDialog;
class FundingModel;
class YenEdit;

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
    void syncBudgeted();
    void editBudgeted(const std::optional<shienplan::Yen> &yen, const QString &reason);
    void enterOfficialValue();

    FundingModel *m_fundingModel = nullptr;
    ExplanationDialog *m_explanation = nullptr;
    QLabel *m_eligibility = nullptr;
    QTableView *m_funding = nullptr;
    QPushButton *m_explain = nullptr;
    QTableWidget *m_unconfirmed = nullptr;
    QPushButton *m_enterValue = nullptr;
    QLabel *m_unconfirmedTitle = nullptr;
    QLabel *m_formNote = nullptr;
    QWidget *m_budgetedRow = nullptr;
    QLabel *m_budgetedLabel = nullptr;
    YenEdit *m_budgeted = nullptr;
    QLineEdit *m_budgetedReason = nullptr;
    QLabel *m_budgetedRefusal = nullptr;
};

} // namespace shienplan
