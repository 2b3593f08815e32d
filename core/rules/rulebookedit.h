#pragma once

// Editing a rule book itself (not a document's overrides, see ruleoverride.h): a planner who
// holds the year's 交付要綱 enters an amount, a range, a rate, a cap or a matrix cell with its
// citation, and a new fiscal year starts as a copy of the latest one in which nothing counts as
// confirmed. Every function checks the one value it sets and throws EditError (documentedits.h)
// with a message that names the value; on a throw the book is unchanged.

#include "core/document/documentedits.h"
#include "core/rules/rulebook.h"

namespace shienplan::rulebookedit
{

// The value's place in the file and in validateRuleBook's messages:
// valuePath("station", "standard.addons.needs_survey") =
// "menus[station].standard.addons.needs_survey".
QString valuePath(const QString &menu, const QString &item);

// item: "base", "base_juso", "addon_default", "addons.<sub-project>" or a bare sub-project id,
// "per_person.<staff kind>" (a leading "standard." is accepted). A missing add-on or per-person
// entry is created. An unknown amount (no ends) gets status `unknown`, anything else `user`.
void setAmount(RuleBook &book, const QString &menu, const QString &item, const YenRange &value,
    const QString &source, const QString &note = {});
// rate in (0, 1].
void setRate(RuleBook &book, const QString &menu, const Fraction &rate, const QString &source,
    const QString &note = {});
// item: "caps.<staff kind>", "min_coordinators", "min_selected", "max_duration_years"; value ≥ 0.
void setCount(RuleBook &book, const QString &menu, const QString &item, int value,
    const QString &source, const QString &note = {});
inline void setCap(RuleBook &book, const QString &menu, const QString &staffKind, int persons,
    const QString &source, const QString &note = {})
{
    setCount(book, menu, QStringLiteral("caps.") + staffKind, persons, source, note);
}
inline void setMinCoordinators(RuleBook &book, const QString &menu, int persons,
    const QString &source, const QString &note = {})
{
    setCount(book, menu, QStringLiteral("min_coordinators"), persons, source, note);
}
// subproject must be a column of the book's matrix.
void setCell(RuleBook &book, const QString &menu, const QString &subproject, Cell value,
    const QString &source, const QString &note = {});

// The note every carried-over value gets: 「令和7年度から継続（未確認）」.
QString carriedOverNote(int fromFiscalYear);

// Next year's book from the latest one: everything copied, fiscal_year and titles set, and every
// value's status carried_over (source kept, note 「令和N年度から継続（未確認）」 added, with the
// status it had when that was not stated/carried over) — except unknown values, which stay
// unknown. fiscalYear must come after latest's.
RuleBook newFiscalYear(const RuleBook &latest, int fiscalYear);
// The years newFiscalYear accepts (2000–2200): a book for any other is refused.
bool plausibleFiscalYear(int fiscalYear);

// validateRuleBook's problems as one message ("" when the book is valid).
QString validationMessage(const RuleBook &book);

} // namespace shienplan::rulebookedit
