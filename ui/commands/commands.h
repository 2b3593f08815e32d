#pragma once

// The one door through which the window changes a document: each function makes the undo
// command for one edit of core/documentedits.h. Push the result on the window's QUndoStack.

#include "ui/commands/editcommand.h"

namespace shienplan::commands
{

EditCommand *setTitle(DocumentSession *s, const QString &title);
EditCommand *addScenario(DocumentSession *s, const Scenario &scenario);
EditCommand *removeScenario(DocumentSession *s, int scenario);
EditCommand *renameScenario(DocumentSession *s, int scenario, const QString &name);
// Marks the alternative adopted (the plan's other alternatives lose the mark), or unmarks it.
EditCommand *setAdopted(DocumentSession *s, int scenario, bool adopted);
EditCommand *setBody(DocumentSession *s, int scenario, const PlanBody &body);
EditCommand *setFiscalYear(DocumentSession *s, int scenario, int fiscalYear);
EditCommand *addProgram(DocumentSession *s, int scenario, const Program &program);
EditCommand *removeProgram(DocumentSession *s, int scenario, int program);
EditCommand *chooseMenu(DocumentSession *s, int scenario, int program, const QString &menu);
EditCommand *setSubproject(
    DocumentSession *s, int scenario, int program, const QString &subproject, bool on);
EditCommand *setStaff(
    DocumentSession *s, int scenario, int program, const QString &kind, int count);
EditCommand *setExpenditure(DocumentSession *s, int scenario, int program, const Yen &yen);
EditCommand *setEligibleExpenditure(
    DocumentSession *s, int scenario, int program, const std::optional<Yen> &yen);
// The whole 経費内訳 after one change of it; `merge` and `mergeKey` let typing in one cell be one
// step (MergeId::CostLineAmount with the line's number, say).
EditCommand *setCostLines(DocumentSession *s, int scenario, int program,
    const QList<CostLine> &lines, MergeId merge = MergeId::None, const QString &mergeKey = {});
EditCommand *setBudgeted(DocumentSession *s, int scenario, int program,
    const std::optional<Yen> &yen, const QString &reason);
EditCommand *setOtherIncome(DocumentSession *s, int scenario, int program, const Yen &yen);
EditCommand *setYearsRunning(DocumentSession *s, int scenario, int program, int years);
EditCommand *setStartupSupport(
    DocumentSession *s, int scenario, int program, const std::optional<StartupSupport> &su);
EditCommand *setNextYearMenu(DocumentSession *s, int scenario, int program, const QString &menu);
EditCommand *setJointMembers(
    DocumentSession *s, int scenario, int program, const QList<JointMember> &members);
EditCommand *setServedMunicipalities(
    DocumentSession *s, int scenario, int program, const QStringList &codes);
EditCommand *setOverride(DocumentSession *s, const RuleOverride &o);
EditCommand *removeOverride(DocumentSession *s, const RuleOverride &o);
EditCommand *addNote(DocumentSession *s, const Note &note);
// Many scenarios at once (a roster brought in, next year planned): one step to undo.
EditCommand *setScenarios(DocumentSession *s, const QList<Scenario> &scenarios, const QString &text,
    const QString &action, const QString &detail);

} // namespace shienplan::commands
