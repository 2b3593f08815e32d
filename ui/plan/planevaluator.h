#pragma once

// Keeps the engine's answer for the open document current: after every change it re-evaluates
// the scenarios (with the document's own rule-book values applied) and tells the views. One
// evaluation of a plan takes microseconds, so recomputing everything is simpler and safer than
// patching results.

#include "core/document/documentsession.h"
#include "core/engine/engine.h"
#include "core/rules/rulebooklibrary.h"

#include <QObject>

namespace shienplan
{

class PlanEvaluator : public QObject
{
    Q_OBJECT
public:
    explicit PlanEvaluator(DocumentSession *session, QObject *parent = nullptr);

    int currentScenario() const { return m_scenario; }
    int currentProgram() const { return m_program; }
    void setCurrent(int scenario, int program);

    const Scenario *scenario(int i = -1) const;
    const Program *program() const;
    // The effective book (bundled or user's, plus the document's values) of scenario i's year.
    const RuleBook *book(int scenario = -1) const;
    const Evaluation *evaluation(int scenario = -1) const; // null: the scenario has no body kind
    // Every scenario's evaluation, parallel to the document's scenarios (an empty evaluation for
    // a scenario that evaluation() gives null for), for the prefecture view's totals. Only the
    // scenario shown carries its explanation and provenance (see detailFor).
    const QList<Evaluation> &evaluations() const { return m_evaluations; }
    const ProgramResult *programResult() const;
    int scenarioCount() const;
    const RuleBookLibrary &library() const { return m_library; }
    DocumentSession *session() const { return m_session; }

    void recompute(); // every scenario (a new document, other rule values)
    void reloadLibrary(); // after the user saved a rule book of this computer
    void recomputeScenario(int index); // one scenario after an edit of it
    // The scenario whose results last changed, or -1 when all of them did.
    int lastChangedScenario() const { return m_lastChanged; }

signals:
    void evaluated(); // results changed (after any edit); see lastChangedScenario()
    void currentChanged(); // another scenario or program is shown

private:
    void clampCurrent();
    std::optional<Evaluation> evaluateScenario(const Scenario &s, Detail detail);
    // The scenario shown is evaluated with its explanation; the others (thousands in a
    // prefecture's document) for their figures and findings only.
    Detail detailFor(int index) const;
    void store(int index, std::optional<Evaluation> e);
    int m_lastChanged = -1;
    DocumentSession *m_session;
    RuleBookLibrary m_library;
    QMap<int, RuleBook> m_books; // effective books per fiscal year
    QMap<int, RuleBook> m_missingBooks; // empty books for years that have none (never shown)
    QList<Evaluation> m_evaluations;
    QList<bool> m_evaluated; // parallel: false where evaluateScenario gave nothing
    int m_scenario = 0;
    int m_program = 0;
};

} // namespace shienplan
