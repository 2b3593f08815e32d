#pragma once

// Every way a document changes, as plain functions. The window's undo commands wrap them
// (ui/commands): an undo command reads the old value, calls the function with the new one,
// and calls it again with the old one to undo. Each function checks its arguments, changes the
// document, and returns a typed Change that views use to refresh only what moved.

#include "core/document/document.h"

#include <exception>

namespace shienplan
{

enum class ChangeKind {
    Title,
    ScenarioAdded,
    ScenarioRemoved,
    ScenarioRenamed,
    Body,
    FiscalYear,
    ProgramAdded,
    ProgramRemoved,
    Program, // a field of one program: see Change::field
    Overrides,
    Notes,
    Scenario, // a whole scenario replaced (undo of a scenario edit)
    Scenarios, // the list of scenarios replaced (undo of add/remove)
    Adopted, // which alternative of a plan is adopted (several scenarios may change)
};

// Which field of a program a ChangeKind::Program edit changed, so that a view refreshes only what
// moved. None: not one field (a whole program put back by undo, or not a program edit).
enum class ProgramField {
    None,
    Menu,
    Subprojects,
    Staff,
    Expenditure,
    OtherIncome,
    YearsRunning,
    StartupSupport,
    NextYearMenu,
    Joint,
    Served,
    CostLines,
    EligibleExpenditure,
    Budgeted,
};

// The field's stable name ("menu", "subprojects", "staff", "expenditure", "other_income",
// "years_running", "startup_support", "next_year_menu", "joint", "served", "cost_lines",
// "eligible_expenditure", "budgeted_national"; "" for None): the
// spelling of the JSON keys, for wherever a field is written out or matched as text. It never
// changes, whatever the language.
QString programFieldName(ProgramField field);
// A field equals its stable name: lets a field be compared with the name as text.
inline bool operator==(ProgramField field, const QString &name)
{
    return programFieldName(field) == name;
}

struct Change {
    ChangeKind kind;
    int scenario = -1;
    int program = -1;
    ProgramField field = ProgramField::None; // for ChangeKind::Program
    QString action; // change-log id
    QString detail; // change-log text (ja)
};

// An edit that cannot be made (index out of range, a negative amount, an unknown id).
struct EditError : std::exception {
    QString message;
    explicit EditError(QString m)
        : message(std::move(m))
    {
    }
    const char *what() const noexcept override { return "shienplan edit error"; }
};

// A body runs a handful of programs in a year (there are seven menus); the window keeps a
// scenario to this many so that every edit stays instant.
inline constexpr int kMaxProgramsPerScenario = 20;

namespace edits
{
Change setTitle(Document &d, const QString &title);
// A scenario is an alternative (案) of its plan (same body and year, alternatives.h): its name
// must not be used by another alternative of the same plan.
Change addScenario(Document &d, const Scenario &s, int at = -1);
Change removeScenario(Document &d, int scenario);
Change renameScenario(Document &d, int scenario, const QString &name);
// Marks the alternative adopted (採用案), which unmarks every other alternative of its plan, or
// takes the mark off it (the plan is undecided again).
Change setAdopted(Document &d, int scenario, bool adopted);
Change setBody(Document &d, int scenario, const PlanBody &body);
Change setFiscalYear(Document &d, int scenario, int fiscalYear);
Change addProgram(Document &d, int scenario, const Program &p, int at = -1);
Change removeProgram(Document &d, int scenario, int program);
Change chooseMenu(Document &d, int scenario, int program, const QString &menu);
Change setSubproject(
    Document &d, int scenario, int program, const QString &subproject, bool selected);
Change setSubprojects(Document &d, int scenario, int program, const QStringList &subprojects);
Change setStaff(Document &d, int scenario, int program, const QString &kind, int count);
// (A) 総事業費 typed as one amount: refused while the program has cost lines (they decide A).
Change setExpenditure(Document &d, int scenario, int program, const Yen &yen);
// (D) 対象経費の実支出予定額; absent: all of (A). Refused above (A), and while cost lines exist.
Change setEligibleExpenditure(
    Document &d, int scenario, int program, const std::optional<Yen> &yen);
// The 経費内訳: every line needs a 費目 and an amount of at least 0; (A) and (D) follow the lines
// (syncCostLines). An empty list keeps (A) as it is and makes (D) all of it.
Change setCostLines(Document &d, int scenario, int program, const QList<CostLine> &lines);
// 予算計上額 and its reason; absent: none budgeted (the reason goes with it).
Change setBudgeted(
    Document &d, int scenario, int program, const std::optional<Yen> &yen, const QString &reason);
Change setOtherIncome(Document &d, int scenario, int program, const Yen &yen);
Change setYearsRunning(Document &d, int scenario, int program, int years);
Change setStartupSupport(
    Document &d, int scenario, int program, const std::optional<StartupSupport> &s);
Change setNextYearMenu(Document &d, int scenario, int program, const QString &menu);
Change setJointMembers(Document &d, int scenario, int program, const QList<JointMember> &members);
// 担当区域 of a center or satellite: municipality codes of the bundled registry, each once.
Change setServedMunicipalities(Document &d, int scenario, int program, const QStringList &codes);
Change setOverride(Document &d, const RuleOverride &o); // replaces one with the same target
Change removeOverride(Document &d, const RuleOverride &target);
Change addNote(Document &d, const Note &n);
Change removeNote(Document &d, int note);

// Whole-part replacements: what undo uses to put back exactly what was there before.
Change replaceProgram(Document &d, int scenario, int program, const Program &p);
Change replaceScenario(Document &d, int scenario, const Scenario &s);
Change replaceScenarios(Document &d, const QList<Scenario> &scenarios);
// Many scenarios at once, as a step of its own in the change log (a roster brought in, the next
// year planned): `action` is the log's id, `detail` its readable Japanese text.
Change setScenarios(
    Document &d, const QList<Scenario> &scenarios, const QString &action, const QString &detail);
Change replaceOverrides(Document &d, const QList<RuleOverride> &overrides);
Change replaceNotes(Document &d, const QList<Note> &notes);
} // namespace edits

// Appends the change to the document's log with the time and the author.
void recordChange(Document &d, const Change &c, const QString &author, const QDateTime &at);
// The author recorded in the change log: the operating system's account name (empty when the
// system names none); DocumentSession::setAuthor overrides it with the user's setting.
QString currentAuthor();

} // namespace shienplan
