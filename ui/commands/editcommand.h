#pragma once

// Undo for every edit. An EditCommand runs one edit function of core/documentedits.h through the
// session and keeps a copy of the part of the document the edit can touch (a program, a
// scenario, the scenario list, the rule-book values, the notes). Undo puts that copy back with
// the matching replace function, so the previous amounts come back exactly.
// Consecutive edits of the same field (typing an amount) merge into one step.

#include "core/document/documentsession.h"
#include "ui/commands/mergeids.h"

#include <QUndoCommand>
#include <functional>
#include <variant>

namespace shienplan
{

// Which part of the document an edit may change.
struct ProgramScope {
    int scenario;
    int program;
};
struct ScenarioScope {
    int scenario;
};
struct ScenarioListScope {
};
struct OverridesScope {
};
struct NotesScope {
};
struct TitleScope {
};
using EditScope = std::variant<ProgramScope, ScenarioScope, ScenarioListScope, OverridesScope,
    NotesScope, TitleScope>;

class EditCommand : public QUndoCommand
{
public:
    using Edit = std::function<Change(Document &)>;
    EditCommand(DocumentSession *session, const QString &text, EditScope scope, Edit edit,
        MergeId merge = MergeId::None, const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return int(m_merge); }
    bool mergeWith(const QUndoCommand *other) override;
    // False when the edit was refused (EditError): the window shows why and drops the command.
    bool succeeded() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // QUndoStack deletes a refused (obsolete) command inside push(), before the pusher could ask
    // it why: the reason goes to these handlers, called from the refused first redo() in the
    // order they were set (the panel that made the edit shows it at the field, the window in its
    // status bar).
    using RefusedHandler = std::function<void(const QString &reason)>;
    void setRefusedHandler(RefusedHandler handler) { m_refused << std::move(handler); }

private:
    using Snapshot = std::variant<Program, Scenario, QList<Scenario>, QList<RuleOverride>,
        QList<Note>, QString>;
    Snapshot capture() const;
    void restore(const Snapshot &s, const QString &prefix);

    DocumentSession *m_session;
    EditScope m_scope;
    Edit m_edit;
    MergeId m_merge;
    QString m_mergeKey;
    Snapshot m_before;
    Snapshot m_after;
    bool m_done = false;
    QString m_error;
    QList<RefusedHandler> m_refused;
};

} // namespace shienplan
