#include "core/document/document.h"

namespace shienplan
{

bool operator==(const Program &a, const Program &b)
{
    auto sameStartup
        = [](const std::optional<StartupSupport> &x, const std::optional<StartupSupport> &y) {
              if (x.has_value() != y.has_value())
                  return false;
              return !x || (x->prefectureShare == y->prefectureShare && x->year == y->year);
          };
    auto sameJoint = [](const QList<JointMember> &x, const QList<JointMember> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].code != y[i].code || x[i].share != y[i].share)
                return false;
        return true;
    };
    return a.id == b.id && a.menu == b.menu && a.subprojects == b.subprojects && a.staff == b.staff
        && a.expenditure == b.expenditure && a.otherIncome == b.otherIncome
        && a.yearsRunning == b.yearsRunning && sameStartup(a.startup, b.startup)
        && a.nextYearMenu == b.nextYearMenu && sameJoint(a.joint, b.joint) && a.served == b.served
        && a.eligibleExpenditure == b.eligibleExpenditure && a.costLines == b.costLines
        && a.budgeted == b.budgeted && a.budgetedReason == b.budgetedReason;
}

bool operator==(const Plan &a, const Plan &b)
{
    const auto &x = a.body;
    const auto &y = b.body;
    return a.title == b.title && a.fiscalYear == b.fiscalYear && x.code == y.code
        && x.name == y.name && x.kind == y.kind && x.prefectureCode == y.prefectureCode
        && x.population == y.population && x.juso == y.juso && x.welfareOffice == y.welfareOffice
        && a.programs == b.programs && a.alternative == b.alternative && a.adopted == b.adopted;
}

bool operator==(const Scenario &a, const Scenario &b)
{
    return a.plan == b.plan;
}

bool Document::operator==(const Document &o) const
{
    if (title != o.title || scenarios.size() != o.scenarios.size() || overrides != o.overrides
        || notes.size() != o.notes.size() || log.size() != o.log.size())
        return false;
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        if (!(scenarios[i].plan == o.scenarios[i].plan))
            return false;
    for (qsizetype i = 0; i < notes.size(); ++i)
        if (notes[i].at != o.notes[i].at || notes[i].author != o.notes[i].author
            || notes[i].text != o.notes[i].text || notes[i].scenario != o.notes[i].scenario)
            return false;
    for (qsizetype i = 0; i < log.size(); ++i)
        if (log[i].at != o.log[i].at || log[i].author != o.log[i].author
            || log[i].action != o.log[i].action || log[i].detail != o.log[i].detail)
            return false;
    return true;
}

Document newDocument(const PlanBody &body, int fiscalYear, const QString &scenarioName)
{
    Document d;
    Scenario s;
    s.plan.alternative = scenarioName;
    s.plan.fiscalYear = fiscalYear;
    s.plan.body = body;
    d.scenarios << s;
    return d;
}

RuleBook effectiveRuleBook(const RuleBook &bundled, const Document &doc, QStringList *problems)
{
    RuleBook b = bundled;
    const QStringList p = applyOverrides(b, doc.overrides);
    if (problems)
        *problems = p;
    return b;
}

} // namespace shienplan
