// One undo command per document edit, named in the current language (see commands.h).

#include "ui/commands/commands.h"

#include "core/base/catalogue.h"
#include "ui/language.h"

#include <QCoreApplication>

namespace shienplan::commands
{

namespace
{
EditCommand *program(DocumentSession *s, int sc, int p, const QString &text, EditCommand::Edit e,
    MergeId merge = MergeId::None, const QString &key = {})
{
    return new EditCommand(s, text, ProgramScope { sc, p }, std::move(e), merge,
        QStringLiteral("%1/%2/%3").arg(sc).arg(p).arg(key));
}
} // namespace

EditCommand *setTitle(DocumentSession *s, const QString &title)
{
    return new EditCommand(
        s, QCoreApplication::translate("Commands", "Change the title"), TitleScope {},
        [=](Document &d) { return edits::setTitle(d, title); }, MergeId::Title);
}

EditCommand *addScenario(DocumentSession *s, const Scenario &scenario)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Add alternative"),
        ScenarioListScope {}, [=](Document &d) { return edits::addScenario(d, scenario); });
}

EditCommand *removeScenario(DocumentSession *s, int sc)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Remove alternative"),
        ScenarioListScope {}, [=](Document &d) { return edits::removeScenario(d, sc); });
}

EditCommand *renameScenario(DocumentSession *s, int sc, const QString &name)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Rename alternative"),
        ScenarioScope { sc }, [=](Document &d) { return edits::renameScenario(d, sc, name); });
}

EditCommand *setAdopted(DocumentSession *s, int sc, bool adopted)
{
    // Every alternative of the plan may change: the undo step keeps the whole list.
    return new EditCommand(s,
        adopted ? QCoreApplication::translate("Commands", "Adopt this alternative")
                : QCoreApplication::translate("Commands", "Withdraw the adoption"),
        ScenarioListScope {}, [=](Document &d) { return edits::setAdopted(d, sc, adopted); });
}

EditCommand *setBody(DocumentSession *s, int sc, const PlanBody &body)
{
    const bool populationOnly = s->document().scenarios.value(sc).plan.body.code == body.code;
    return new EditCommand(
        s, QCoreApplication::translate("Commands", "Change the implementing body"),
        ScenarioScope { sc }, [=](Document &d) { return edits::setBody(d, sc, body); },
        populationOnly ? MergeId::Population : MergeId::None, QString::number(sc));
}

EditCommand *setFiscalYear(DocumentSession *s, int sc, int fy)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Change the fiscal year"),
        ScenarioScope { sc }, [=](Document &d) { return edits::setFiscalYear(d, sc, fy); });
}

EditCommand *addProgram(DocumentSession *s, int sc, const Program &p)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Add program"),
        ScenarioScope { sc }, [=](Document &d) { return edits::addProgram(d, sc, p); });
}

EditCommand *removeProgram(DocumentSession *s, int sc, int p)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Remove program"),
        ScenarioScope { sc }, [=](Document &d) { return edits::removeProgram(d, sc, p); });
}

EditCommand *chooseMenu(DocumentSession *s, int sc, int p, const QString &menu)
{
    return program(s, sc, p,
        QCoreApplication::translate("Commands", "Choose menu: %1")
            .arg(menuLabel(menu, currentLanguage())),
        [=](Document &d) { return edits::chooseMenu(d, sc, p, menu); });
}

EditCommand *setSubproject(DocumentSession *s, int sc, int p, const QString &sp, bool on)
{
    return program(s, sc, p,
        (on ? QCoreApplication::translate("Commands", "Select %1")
            : QCoreApplication::translate("Commands", "Unselect %1"))
            .arg(subprojectLabel(sp, currentLanguage())),
        [=](Document &d) { return edits::setSubproject(d, sc, p, sp, on); });
}

EditCommand *setStaff(DocumentSession *s, int sc, int p, const QString &kind, int count)
{
    return program(
        s, sc, p,
        QCoreApplication::translate("Commands", "Set %1 to %2")
            .arg(staffLabel(kind, currentLanguage()))
            .arg(count),
        [=](Document &d) { return edits::setStaff(d, sc, p, kind, count); }, MergeId::Staff, kind);
}

EditCommand *setExpenditure(DocumentSession *s, int sc, int p, const Yen &yen)
{
    return program(
        s, sc, p,
        QCoreApplication::translate("Commands", "Set expenditure to %1 yen").arg(formatYen(yen)),
        [=](Document &d) { return edits::setExpenditure(d, sc, p, yen); }, MergeId::Expenditure);
}

EditCommand *setEligibleExpenditure(
    DocumentSession *s, int sc, int p, const std::optional<Yen> &yen)
{
    return program(
        s, sc, p,
        yen ? QCoreApplication::translate("Commands", "Set eligible expenditure to %1 yen")
                  .arg(formatYen(*yen))
            : QCoreApplication::translate("Commands", "Count all of the total cost as eligible"),
        [=](Document &d) { return edits::setEligibleExpenditure(d, sc, p, yen); },
        MergeId::EligibleExpenditure);
}

EditCommand *setCostLines(DocumentSession *s, int sc, int p, const QList<CostLine> &lines,
    MergeId merge, const QString &mergeKey)
{
    return program(
        s, sc, p, QCoreApplication::translate("Commands", "Change the cost breakdown"),
        [=](Document &d) { return edits::setCostLines(d, sc, p, lines); }, merge, mergeKey);
}

EditCommand *setBudgeted(
    DocumentSession *s, int sc, int p, const std::optional<Yen> &yen, const QString &reason)
{
    return program(
        s, sc, p, QCoreApplication::translate("Commands", "Change the budgeted amount"),
        [=](Document &d) { return edits::setBudgeted(d, sc, p, yen, reason); }, MergeId::Budgeted);
}

EditCommand *setOtherIncome(DocumentSession *s, int sc, int p, const Yen &yen)
{
    return program(
        s, sc, p,
        QCoreApplication::translate("Commands", "Set other income to %1 yen").arg(formatYen(yen)),
        [=](Document &d) { return edits::setOtherIncome(d, sc, p, yen); }, MergeId::OtherIncome);
}

EditCommand *setYearsRunning(DocumentSession *s, int sc, int p, int years)
{
    return program(
        s, sc, p,
        QCoreApplication::translate("Commands", "Set the year of the program to %1").arg(years),
        [=](Document &d) { return edits::setYearsRunning(d, sc, p, years); },
        MergeId::YearsRunning);
}

EditCommand *setStartupSupport(
    DocumentSession *s, int sc, int p, const std::optional<StartupSupport> &su)
{
    return program(s, sc, p, QCoreApplication::translate("Commands", "Change start-up support"),
        [=](Document &d) { return edits::setStartupSupport(d, sc, p, su); });
}

EditCommand *setNextYearMenu(DocumentSession *s, int sc, int p, const QString &menu)
{
    return program(s, sc, p,
        QCoreApplication::translate("Commands", "Change the next year's program"),
        [=](Document &d) { return edits::setNextYearMenu(d, sc, p, menu); });
}

EditCommand *setJointMembers(DocumentSession *s, int sc, int p, const QList<JointMember> &members)
{
    return program(s, sc, p, QCoreApplication::translate("Commands", "Change the joint members"),
        [=](Document &d) { return edits::setJointMembers(d, sc, p, members); });
}

EditCommand *setServedMunicipalities(DocumentSession *s, int sc, int p, const QStringList &codes)
{
    return program(s, sc, p,
        QCoreApplication::translate("Commands", "Change the served municipalities"),
        [=](Document &d) { return edits::setServedMunicipalities(d, sc, p, codes); });
}

EditCommand *setOverride(DocumentSession *s, const RuleOverride &o)
{
    return new EditCommand(s,
        QCoreApplication::translate("Commands", "Enter rule value %1").arg(o.describe()),
        OverridesScope {}, [=](Document &d) { return edits::setOverride(d, o); });
}

EditCommand *removeOverride(DocumentSession *s, const RuleOverride &o)
{
    return new EditCommand(s,
        QCoreApplication::translate("Commands", "Remove rule value %1").arg(o.describe()),
        OverridesScope {}, [=](Document &d) { return edits::removeOverride(d, o); });
}

EditCommand *addNote(DocumentSession *s, const Note &note)
{
    return new EditCommand(s, QCoreApplication::translate("Commands", "Add note"), NotesScope {},
        [=](Document &d) { return edits::addNote(d, note); });
}

EditCommand *setScenarios(DocumentSession *s, const QList<Scenario> &scenarios, const QString &text,
    const QString &action, const QString &detail)
{
    return new EditCommand(s, text, ScenarioListScope {},
        [=](Document &d) { return edits::setScenarios(d, scenarios, action, detail); });
}

} // namespace shienplan::commands
