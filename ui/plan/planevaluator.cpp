// The evaluator behind every view: evaluates the document's scenarios, again only where an edit
// changed something (see planevaluator.h).

#include "ui/plan/planevaluator.h"

#include "core/base/sources.h"
#include "core/registry/registry.h"

namespace shienplan
{

PlanEvaluator::PlanEvaluator(DocumentSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_library(RuleBookLibrary::forPlanning())
{
    connect(session, &DocumentSession::changed, this, [this](const Change &c) {
        if (c.kind == ChangeKind::ProgramAdded && c.scenario == m_scenario) {
            m_program = c.program; // show what was just added
            recompute();
            emit currentChanged();
            return;
        }
        if (c.kind == ChangeKind::ScenarioAdded) {
            m_scenario = c.scenario;
            m_program = 0;
            const auto &scenarios = m_session->document().scenarios;
            if (c.scenario >= 0 && c.scenario < scenarios.size()
                && m_evaluations.size() + 1 == scenarios.size()) {
                // One new plan among thousands: evaluate it alone.
                m_evaluations.insert(c.scenario, Evaluation {});
                m_evaluated.insert(c.scenario, false);
                store(c.scenario, evaluateScenario(scenarios[c.scenario], Detail::Explained));
                m_lastChanged = -1;
                emit evaluated();
            } else {
                recompute();
            }
            emit currentChanged();
            return;
        }
        const bool oneScenario = c.scenario >= 0 && c.scenario < m_evaluations.size()
            && (c.kind == ChangeKind::Program || c.kind == ChangeKind::Body
                || c.kind == ChangeKind::FiscalYear || c.kind == ChangeKind::Scenario
                || c.kind == ChangeKind::ScenarioRenamed || c.kind == ChangeKind::ProgramAdded
                || c.kind == ChangeKind::ProgramRemoved);
        if (oneScenario)
            recomputeScenario(c.scenario);
        else if (c.kind != ChangeKind::Notes && c.kind != ChangeKind::Title)
            recompute();
    });
    connect(session, &DocumentSession::documentReset, this, [this] {
        m_scenario = 0;
        m_program = 0;
        recompute();
        emit currentChanged();
    });
    recompute();
}

void PlanEvaluator::clampCurrent()
{
    const Document &d = m_session->document();
    m_scenario = std::clamp(m_scenario, 0, std::max(0, int(d.scenarios.size()) - 1));
    const int programs
        = d.scenarios.isEmpty() ? 0 : int(d.scenarios[m_scenario].plan.programs.size());
    m_program = std::clamp(m_program, 0, std::max(0, programs - 1));
}

void PlanEvaluator::setCurrent(int scenario, int program)
{
    if (scenario == m_scenario && program == m_program)
        return;
    m_scenario = scenario;
    m_program = program;
    clampCurrent();
    // The other alternatives were evaluated for their figures only; the one shown now needs
    // its explanation (計算の根拠, the statuses of the funding table).
    if (m_scenario < m_evaluations.size() && m_evaluated[m_scenario]
        && m_evaluations[m_scenario].detail != Detail::Explained)
        store(m_scenario,
            evaluateScenario(m_session->document().scenarios[m_scenario], Detail::Explained));
    m_lastChanged = m_scenario;
    emit currentChanged();
    emit evaluated();
}

Detail PlanEvaluator::detailFor(int index) const
{
    return index == m_scenario ? Detail::Explained : Detail::Figures;
}

std::optional<Evaluation> PlanEvaluator::evaluateScenario(const Scenario &s, Detail detail)
{
    const int fy = s.plan.fiscalYear;
    if (!m_books.contains(fy)) {
        // A plan for a year after the latest book (a new plan for next year) rests on the latest
        // book carried over; the window says so (carriedOverNotice).
        if (!m_library.book(fy))
            if (auto carried = m_library.carriedOverBook(fy))
                m_library.put(std::move(*carried));
        if (const RuleBook *b = m_library.book(fy))
            m_books.insert(fy, effectiveRuleBook(*b, m_session->document()));
    }
    const RuleBook *book = nullptr;
    if (auto it = m_books.constFind(fy); it != m_books.constEnd())
        book = &it.value();
    else if (auto missing = m_missingBooks.constFind(fy); missing != m_missingBooks.constEnd())
        book = &missing.value();
    if (!book) {
        // A year without a rule book (one the user added to a plan): every program is
        // menu_not_available, as the command line and the prefecture totals say.
        RuleBook none;
        none.fiscalYear = fy;
        none.matrixProv = { Status::Unknown, ownAssumptionSource(u"no-book"), {} };
        book = &m_missingBooks.insert(fy, none).value();
    }
    if (!s.plan.body.kind)
        return std::nullopt;
    return evaluate(s.plan, *book, Registry::bundled(), detail);
}

void PlanEvaluator::store(int index, std::optional<Evaluation> e)
{
    m_evaluated[index] = e.has_value();
    m_evaluations[index] = e ? std::move(*e) : Evaluation {};
}

void PlanEvaluator::recompute()
{
    const Document &d = m_session->document();
    clampCurrent();
    m_books.clear();
    m_missingBooks.clear();
    m_evaluations = QList<Evaluation>(d.scenarios.size());
    m_evaluated = QList<bool>(d.scenarios.size(), false);
    for (qsizetype i = 0; i < d.scenarios.size(); ++i)
        store(int(i), evaluateScenario(d.scenarios[i], detailFor(int(i))));
    m_lastChanged = -1;
    emit evaluated();
}

void PlanEvaluator::reloadLibrary()
{
    m_library = RuleBookLibrary::forPlanning();
    recompute();
}

void PlanEvaluator::recomputeScenario(int index)
{
    const Document &d = m_session->document();
    clampCurrent();
    if (index < 0 || index >= d.scenarios.size() || d.scenarios.size() != m_evaluations.size()) {
        recompute();
        return;
    }
    store(index, evaluateScenario(d.scenarios[index], detailFor(index)));
    m_lastChanged = index;
    emit evaluated();
}

int PlanEvaluator::scenarioCount() const
{
    return int(m_session->document().scenarios.size());
}

const Scenario *PlanEvaluator::scenario(int i) const
{
    const auto &list = m_session->document().scenarios;
    const int idx = i < 0 ? m_scenario : i;
    return idx >= 0 && idx < list.size() ? &list[idx] : nullptr;
}

const Program *PlanEvaluator::program() const
{
    const Scenario *s = scenario();
    return s && m_program < s->plan.programs.size() ? &s->plan.programs[m_program] : nullptr;
}

const RuleBook *PlanEvaluator::book(int i) const
{
    const Scenario *s = scenario(i);
    if (!s)
        return nullptr;
    auto it = m_books.constFind(s->plan.fiscalYear);
    return it == m_books.constEnd() ? nullptr : &it.value();
}

const Evaluation *PlanEvaluator::evaluation(int i) const
{
    const int idx = i < 0 ? m_scenario : i;
    if (idx < 0 || idx >= m_evaluations.size() || !m_evaluated[idx])
        return nullptr;
    return &m_evaluations[idx];
}

const ProgramResult *PlanEvaluator::programResult() const
{
    const Evaluation *e = evaluation();
    return e && m_program < e->programs.size() ? &e->programs[m_program] : nullptr;
}

} // namespace shienplan
