// Undo and redo of a document edit by snapshots of what it may touch (see editcommand.h).

#include "ui/commands/editcommand.h"

#include <QCoreApplication>

namespace shienplan
{

EditCommand::EditCommand(DocumentSession *session, const QString &text, EditScope scope, Edit edit,
    MergeId merge, const QString &mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_scope(scope)
    , m_edit(std::move(edit))
    , m_merge(merge)
    , m_mergeKey(mergeKey)
{
}

EditCommand::Snapshot EditCommand::capture() const
{
    const Document &d = m_session->document();
    return std::visit(
        [&](const auto &s) -> Snapshot {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, ProgramScope>)
                return d.scenarios.value(s.scenario).plan.programs.value(s.program);
            else if constexpr (std::is_same_v<S, ScenarioScope>)
                return d.scenarios.value(s.scenario);
            else if constexpr (std::is_same_v<S, ScenarioListScope>)
                return d.scenarios;
            else if constexpr (std::is_same_v<S, OverridesScope>)
                return d.overrides;
            else if constexpr (std::is_same_v<S, NotesScope>)
                return d.notes;
            else
                return d.title;
        },
        m_scope);
}

void EditCommand::restore(const Snapshot &snap, const QString &prefix)
{
    m_session->apply(
        [&](Document &d) -> Change {
            return std::visit(
                [&](const auto &s) -> Change {
                    using S = std::decay_t<decltype(s)>;
                    if constexpr (std::is_same_v<S, ProgramScope>)
                        return edits::replaceProgram(
                            d, s.scenario, s.program, std::get<Program>(snap));
                    else if constexpr (std::is_same_v<S, ScenarioScope>)
                        return edits::replaceScenario(d, s.scenario, std::get<Scenario>(snap));
                    else if constexpr (std::is_same_v<S, ScenarioListScope>)
                        return edits::replaceScenarios(d, std::get<QList<Scenario>>(snap));
                    else if constexpr (std::is_same_v<S, OverridesScope>)
                        return edits::replaceOverrides(d, std::get<QList<RuleOverride>>(snap));
                    else if constexpr (std::is_same_v<S, NotesScope>)
                        return edits::replaceNotes(d, std::get<QList<Note>>(snap));
                    else
                        return edits::setTitle(d, std::get<QString>(snap));
                },
                m_scope);
        },
        prefix + text() + QStringLiteral(": "));
}

void EditCommand::redo()
{
    if (!m_done) {
        m_before = capture();
        try {
            m_session->apply(m_edit);
        } catch (const EditError &e) {
            m_error = e.message;
            setObsolete(true); // QUndoStack drops it
            for (const RefusedHandler &handler : m_refused)
                handler(m_error);
            return;
        }
        m_after = capture();
        m_done = true;
        return;
    }
    restore(m_after, QCoreApplication::translate("EditCommand", "Redo "));
}

void EditCommand::undo()
{
    if (m_done)
        restore(m_before, QCoreApplication::translate("EditCommand", "Undo "));
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditCommand *>(other);
    if (!o || o->m_merge != m_merge || m_merge == MergeId::None || o->m_mergeKey != m_mergeKey
        || !o->succeeded())
        return false;
    m_after = o->m_after;
    setText(o->text());
    return true;
}

} // namespace shienplan
