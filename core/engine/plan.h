#pragma once

// A plan in memory: one local body, one fiscal year, the programs it runs. This mirrors the
// interchange JSON ("shienplan/plan", docs/plan-format.md). Several Plan values with the same body
// and fiscal year are the alternatives (案) of one plan; at most one of them is adopted (採用案),
// see core/engine/alternatives.h.

#include "core/base/bodykind.h"
#include "core/base/money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace shienplan
{

struct PlanBody {
    QString code; // 全国地方公共団体コード (6 digits); may be empty
    QString name;
    std::optional<BodyKind> kind; // always set after parsing: from the plan or the registry
    QString prefectureCode; // from the registry when the code is known
    std::optional<qint64> population;
    bool juso = false; // runs 重層的支援体制整備事業
    bool welfareOffice = true; // has a 福祉事務所
};

struct JointMember {
    QString code;
    Fraction share; // exact; members' shares add up to 1
};

struct StartupSupport {
    std::optional<Fraction> prefectureShare; // absent: the whole range the rule book allows
    int year = 1; // year of the start-up support (1 = first)
};

// One line of a program's 経費内訳 (cost breakdown): a 費目 and its amount, and whether the planner
// counts it as 対象経費 (eligible for the subsidy). Our sources do not say which costs are
// eligible, so every line starts as eligible and the planner decides (docs/assumptions.md).
struct CostLine {
    QString item; // 費目: one of costItemCatalogue() (人件費, 旅費, …) or the planner's own words
    Yen amount { 0 };
    bool eligible = true;
    QString reason; // why a line is not eligible (「会議の飲食」); may be empty
    bool operator==(const CostLine &o) const
    {
        return item == o.item && amount == o.amount && eligible == o.eligible && reason == o.reason;
    }
};

struct Program {
    QString id;
    QString menu;
    QStringList subprojects;
    QMap<QString, int> staff; // "coordinators", "professionals", "visiting_supporters"
    Yen expenditure { 0 }; // (A) 総事業費
    Yen otherIncome { 0 }; // (B) 寄付金その他の収入額
    // (D) 対象経費の実支出予定額: absent means all of the total cost is eligible (D = A).
    std::optional<Yen> eligibleExpenditure;
    // 経費内訳. When not empty, the readers and edits keep expenditure = the sum of every line and
    // eligibleExpenditure = the sum of the eligible lines (syncCostLines).
    QList<CostLine> costLines;
    // 予算計上額: the amount the planner budgets as the national subsidy where the estimate is a
    // range (e.g. the prefecture's 内示額), with its reason. Changes no computed figure; the
    // 所要額調書 shows it next to the range.
    std::optional<Yen> budgeted;
    QString budgetedReason;
    int yearsRunning = 1;
    std::optional<StartupSupport> startup;
    QString nextYearMenu;
    QList<JointMember> joint; // empty: run alone
    // 担当区域: the municipalities (codes) a prefecture's center or satellite serves — the towns a
    // satellite is set up for (000:143-145) or the center backs up (管内市町村への支援, 003:265).
    // Empty: not stated. Only center_prefectural and satellite serve municipalities.
    QStringList served;

    int staffCount(const QString &kind) const { return staff.value(kind, 0); }
    Yen eligible() const { return eligibleExpenditure.value_or(expenditure); }
};

// Sets expenditure and eligibleExpenditure from the cost lines (nothing when there are none).
void syncCostLines(Program &p);

struct Plan {
    QString title;
    int fiscalYear = 0;
    PlanBody body;
    QList<Program> programs;
    // The name of this alternative (案) among the plans of the same body and year, unique among
    // them (a document's scenario name); may be empty for a plan that has no alternatives.
    QString alternative;
    bool adopted = false; // 採用案; a plan with a single alternative counts as adopted anyway
};

} // namespace shienplan
