#pragma once

// The prefecture workspace: a view on a Document whose scenarios are the plans of many bodies
// over several fiscal years. One scenario is one body in one fiscal year (or one alternative of
// that plan, below); the prefecture's own programs (its center, satellites) are a scenario whose
// body is the prefecture itself. From it:
// each body's timeline (サポート事業 R6 → ステーション R7 → センター R8), the checks that span
// years (a satellite or a start-up support past its second year, preparation support without a
// program the next year), year-on-year changes of funding, totals per prefecture and per menu
// with the towns that run nothing yet, and the split of joint programs among their members.
//
// Several scenarios of one body and year are the alternatives (案) of ONE plan (alternatives.h):
// everything here counts each plan once. Totals take its adopted alternative, or, while none is
// adopted, the hull of its alternatives (counted apart as undecided, under no menu); what a plan
// runs (timeline, per-menu counts, served areas, joint parts, the checks across years) is its
// adopted alternative's, and an undecided plan runs nothing decided yet: its year shows
// 「未決定（3案）」, the checks neither look at it nor warn because of it, and its body counts as
// running a program only when every alternative runs one.
//
// Nothing here keeps state: every function reads the document (and its evaluations, one per
// scenario in scenario order, from evaluateWorkspace) and returns plain values, so that the
// window can recompute after each edit. Every function is linear (or n log n) in the number of
// scenarios: a whole country over four years (6,964 scenarios) totals in well under a second.

#include "core/document/document.h"
#include "core/engine/alternatives.h"
#include "core/engine/engine.h"
#include "core/engine/findings.h"
#include "core/registry/registry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace shienplan
{

class RuleBookLibrary;

// The 6-digit code of the prefecture a plan belongs to: the plan's own, else the registry's for
// its body (a prefecture's own plan gives the prefecture itself); empty when neither knows.
QString prefectureOf(const Plan &plan, const Registry &registry);

// Every scenario evaluated with the rule book of its fiscal year, the document's own rule-book
// values applied (once per year, not per scenario). A year without a rule book gives each of
// its programs the error menu_not_available and unknown amounts, as the engine does for a menu
// a book lacks. The result is parallel to doc.scenarios. Totals need the figures only: ask for
// Detail::Explained when the programs' explanations are read.
QList<Evaluation> evaluateWorkspace(const Document &doc, const RuleBookLibrary &books,
    const Registry &registry, Detail detail = Detail::Figures);

// The fiscal years the document's scenarios plan.
QSet<int> fiscalYearsOf(const Document &doc);

// The document's plans: its scenarios grouped into the alternatives of each body and year
// (groupAlternatives), of one fiscal year (0: every year), indexes into doc.scenarios.
QList<PlanGroup> plansOf(const Document &doc, int fiscalYear = 0);

// ---- Timeline ---------------------------------------------------------------------------------

struct TimelineEntry {
    int fiscalYear = 0;
    int scenario = -1; // index in doc.scenarios of the plan's adopted alternative (undecided: its
                       // first); -1 when the body only takes part in other bodies' joint
                       // programs that year
    int alternatives = 0; // of the body's plan that year (0: no plan of its own)
    bool undecided = false; // several alternatives, none adopted: no menus yet
    QStringList menus; // the adopted alternative's programs, in plan order (menu ids)
    QStringList startupMenus; // those of them that carry start-up support by the prefecture
    QStringList jointMenus; // programs of other bodies it takes part in as a joint member

    bool operator==(const TimelineEntry &o) const
    {
        return fiscalYear == o.fiscalYear && scenario == o.scenario
            && alternatives == o.alternatives && undecided == o.undecided && menus == o.menus
            && startupMenus == o.startupMenus && jointMenus == o.jointMenus;
    }
};

// The years of one body, ascending, one entry per year however many alternatives its plan has:
// the adopted alternative's menus, or undecided with the number of alternatives. Joint
// memberships come from the adopted alternatives of other bodies' plans.
QList<TimelineEntry> timeline(const Document &doc, const QString &bodyCode);
// Every body's timeline in one pass, keyed by body code.
QHash<QString, QList<TimelineEntry>> timelines(const Document &doc);

// ---- 担当区域: who a prefecture's center or satellite serves ---------------------------------

struct ServingProgram {
    int fiscalYear = 0;
    int scenario = -1; // index in doc.scenarios of the serving program's plan
    QString programId;
    QString menu; // center_prefectural or satellite
    QString bodyCode; // who runs it (the prefecture)
    QString bodyName;

    bool operator==(const ServingProgram &o) const
    {
        return fiscalYear == o.fiscalYear && scenario == o.scenario && programId == o.programId
            && menu == o.menu && bodyCode == o.bodyCode && bodyName == o.bodyName;
    }
};

// For each municipality, the centers and satellites whose served area (Program::served) names it
// in `fiscalYear` (0: every year), in scenario and program order: those of adopted alternatives
// (an undecided plan serves no one yet). A served list on another menu is left out: the engine
// warns about it (served_not_applicable).
QHash<QString, QList<ServingProgram>> servingPrograms(const Document &doc, int fiscalYear = 0);

// ---- Checks across years ----------------------------------------------------------------------

struct WorkspaceFinding {
    QString bodyCode;
    int fiscalYear = 0; // the year the finding is about
    int scenario = -1; // index in doc.scenarios of that body and year
    Finding finding; // finding.program: the id of the program in that scenario
};

// For each body, over the consecutive fiscal years found in the document:
// - a satellite run in 3 or more consecutive years: warning duration_exceeded on the third and
//   later years, naming the years (原則2年, 000:52). A run that starts in the document with
//   years_running > 1 counts the earlier years too.
// - start-up support on the body's programs in 3 or more consecutive years: the same warning
//   (the sources say only 有期, 000:139; the rule books apply the satellite's 2 years, 000:52).
// - a satellite in its last year (the limit) or later whose served area names municipalities with
//   no center, station or support program the year after (alone or joint): warning
//   satellite_transition, naming them (原則2年後に市町村事業に移行, 000:52). A satellite with no
//   served area is not checked: the document does not say whom it serves.
// - preparation support in year N without a center, station or support program of that body in
//   N+1 (its own or as a joint member): warning next_year_condition (000:46-48). The message
//   says which case it is: N+1 is not planned yet at all, N+1 is planned for other bodies but
//   not for this one, or this body's N+1 plan has no such program.
// The limits and the menus that satisfy the condition come from the rule book of the year when
// `books` is given (a prefecture's confirmed book may change them), else the bundled defaults.
// Each plan is checked as its adopted alternative. An undecided plan is not checked (a run of
// years stops there), and nothing warns because of it: preparation support whose next year is
// undecided, or a satellite's town whose next year is undecided (or joins an undecided plan), is
// not named, since some alternative may well satisfy the condition.
// Sorted by body code, then year.
QList<WorkspaceFinding> multiYearFindings(
    const Document &doc, const RuleBookLibrary *books = nullptr);
// The same over a part of a document: `documentYears` are the fiscal years of the whole, so that
// the messages tell "not yet planned" from "planned for other bodies" as on the whole.
QList<WorkspaceFinding> multiYearFindings(
    const Document &part, const QSet<int> &documentYears, const RuleBookLibrary *books = nullptr);

// ---- Year-on-year ---------------------------------------------------------------------------

// a − b for intervals: [a.min − b.max, a.max − b.min]; an unknown end on either side gives an
// unknown end. May be negative (a fall).
YenRange difference(const YenRange &a, const YenRange &b);
Totals difference(const Totals &a, const Totals &b);

struct YearChange {
    enum class Kind { Continued, Started, Stopped };
    QString bodyCode;
    QString bodyName;
    QString prefectureCode;
    int fiscalYear = 0; // compared with fiscalYear − 1
    Kind kind = Kind::Continued;
    Totals previous; // zero when the body had no plan in fiscalYear − 1 (Started)
    Totals current; // zero when the body has no plan in fiscalYear (Stopped)
    Totals change; // current − previous, per amount, as intervals
};

// One entry per body and year for which the previous year is also in the document (for some
// body): a body planned in both years (Continued), only in the later one (Started) or only in the
// earlier one (Stopped). Each year's amounts are the plan's counted totals (countedTotals: the
// adopted alternative, or the hull while undecided), never a sum of alternatives. `evaluations`
// is parallel to doc.scenarios. Sorted by body code, year.
QList<YearChange> yearOnYear(const Document &doc, const QList<Evaluation> &evaluations);

// ---- Totals -------------------------------------------------------------------------------------

struct MenuTotals {
    int programs = 0;
    int withStartup = 0; // programs that carry start-up support by the prefecture
    Totals totals;
};

struct WorkspaceTotals {
    QString prefectureCode; // empty: the whole country
    QString prefectureName; // 「全国」 for the whole country
    int fiscalYear = 0;
    int plans = 0; // plans of that year: bodies with a plan, each once
    int alternatives = 0; // the scenarios of those plans (≥ plans)
    int eligible = 0; // decided plans whose adopted alternative is eligible
    int undecided = 0; // plans with several alternatives and none adopted
    QMap<QString, MenuTotals> perMenu; // by menu id, over the adopted alternatives only
    Totals undecidedTotals; // the hulls of the undecided plans (in `all`, under no menu)
    // Every plan of the bodies of the prefecture, its own included, each once: the adopted
    // alternative or the hull. = the sum over perMenu + undecidedTotals.
    Totals all;
    Totals ownPrograms; // the prefecture's own plan (body = the prefecture), counted the same way
    // What the prefecture itself pays: the local burden of its own programs plus the start-up
    // support it gives municipalities. With undecided plans each part is a hull of its own, so
    // the sum may be wider than any one choice of alternatives would make it.
    YenRange prefectureBurden = YenRange::exact(0);
    int municipalities = 0; // in the registry (designated cities included)
    // Running at least one program, alone or as a joint member of an adopted alternative; a body
    // whose plan is undecided counts when every alternative runs a program.
    int municipalitiesWithProgram = 0;
    QMap<BodyKind, int> withoutProgram; // the towns with no program yet, by kind
    QStringList withoutProgramCodes; // their codes, in code order
    int servedMunicipalities = 0; // in the served area of a center or satellite
    int servedWithoutProgram = 0; // of those, with no program of their own (yet)
    QStringList uncoveredCodes; // no program and in no served area: 支援の空白, code order
};

// Totals of one prefecture (by its 6-digit code) or, with an empty code, of the whole country,
// for one fiscal year. A joint program counts once, in the prefecture of the body whose scenario
// holds it; its members count as running a program.
WorkspaceTotals totalsFor(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, int fiscalYear, const Registry &registry = Registry::bundled());
// All 47 prefectures in code order, computed in one pass.
QList<WorkspaceTotals> totalsByPrefecture(const Document &doc, const QList<Evaluation> &evaluations,
    int fiscalYear, const Registry &registry = Registry::bundled());
// Both at once, from that one pass: the 47 prefectures and the country, which is their sum plus
// the plans of bodies outside the registry's prefectures. For a view that shows the country and
// every prefecture of a year.
struct YearTotals {
    QList<WorkspaceTotals> prefectures;
    WorkspaceTotals country;
};
YearTotals totalsOfYear(const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear,
    const Registry &registry = Registry::bundled());

// ---- Joint programs ---------------------------------------------------------------------------

enum class ShareMethod { Equal, Population, Custom };

// Exact shares that add up to 1, one per member, in the members' order:
// - Equal: 1/n each;
// - Population: population_i / Σ population (every member needs a population above 0; a missing
//   one fails naming the member);
// - Custom: `custom` as given, which must be one share per member, each within [0, 1], summing
// to 1. On failure returns std::nullopt and sets *error (English, naming the member) if error is
// not null.
std::optional<QList<Fraction>> jointShares(ShareMethod method, const QStringList &memberCodes,
    const QHash<QString, qint64> &populations, const QList<Fraction> &custom = {},
    QString *error = nullptr);

// The population of each body as the document knows it: from its scenario of `fiscalYear`, else
// from its latest scenario that gives one.
QHash<QString, qint64> populationsIn(const Document &doc, int fiscalYear);

// Members with their shares, ready for Program::joint (edits::setJointMembers).
QList<JointMember> jointMembers(const QStringList &memberCodes, const QList<Fraction> &shares);

// One member's part of one joint program's local burden (the engine splits it exactly: the parts
// add up to the whole, to the yen, at each end of the interval).
struct MemberRow {
    QString memberCode;
    QString memberName;
    bool lead = false; // the member is the body whose scenario holds the program
    QString leadCode;
    QString leadName;
    int fiscalYear = 0;
    int scenario = -1; // the lead's scenario
    QString programId;
    QString menu;
    Fraction share;
    YenRange local; // this member's part
    YenRange programLocal; // the whole local burden of the program
};

// Every member of every joint program of an adopted alternative (of `fiscalYear`, or of every
// year when it is 0), in scenario order, then program order, then member order; an undecided
// plan's joint programs have no parts yet. `evaluations` parallel to doc.scenarios.
QList<MemberRow> memberParts(
    const Document &doc, const QList<Evaluation> &evaluations, int fiscalYear = 0);

} // namespace shienplan
