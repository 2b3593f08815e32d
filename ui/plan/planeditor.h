#pragma once

// The plan tab: the body-and-year and program panels on the left, the funding and findings
// panels on the right. It refreshes every panel when the evaluation changes, passes their edits
// on as one signal, and takes the planner from a finding to the field it is about.

#include <QSplitter>
#include <QUndoCommand>

namespace shienplan
{

class BodyPanel;
class DocumentSession;
class FindingsPanel;
class FundingPanel;
class PlanEvaluator;
class ProgramPanel;

class PlanEditor : public QSplitter
{
    Q_OBJECT
public:
    PlanEditor(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

    BodyPanel *bodyPanel() const { return m_body; }
    ProgramPanel *programPanel() const { return m_program; }
    FundingPanel *fundingPanel() const { return m_funding; }

    void retranslate(); // the panels' texts and the models' headers
    void fitColumns(); // after a language change: the texts have new widths (the matrix follows
                       // its model itself, keepColumnsFitted)
    void sync(); // every panel from the document and the evaluation
    void selectFinding(int row); // what a click on a finding does

signals:
    void editRequested(QUndoCommand *command);
    // The editor should be the tab shown (a finding points into it).
    void revealRequested();

protected:
    void showEvent(QShowEvent *e) override;

private:
    bool m_split = false; // the first split is made
    DocumentSession *m_session;
    PlanEvaluator *m_eval;
    BodyPanel *m_body = nullptr;
    ProgramPanel *m_program = nullptr;
    FundingPanel *m_funding = nullptr;
    FindingsPanel *m_findings = nullptr;
};

} // namespace shienplan
