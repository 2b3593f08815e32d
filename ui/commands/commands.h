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
