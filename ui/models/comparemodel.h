#pragma once

// The alternatives (案) of the plan shown side by side: one column per alternative of the current
// scenario's plan (same body and fiscal year, core/engine/alternatives.h), never the other bodies'
// plans a prefecture's document holds; rows for what a planner weighs (the menus, eligibility,
// what it costs: (A) 総事業費, (E) 基準額, (H) 国庫補助所要額, the prefecture's support and the
// local burden, in 千円 as the subsidy's forms write them, the yen in the tooltip) and what each
// one requires (◎ sub-projects, coordinators). The adopted alternative's header says 採用.

#include "core/base/interval.h"

#include <QAbstractTableModel>

#include <limits>

namespace shienplan
{

class PlanEvaluator;
struct FundingStep;

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        Menus,
        FiscalYear,
        Eligibility,
        TotalCost,
        Standard,
        National,
        Prefecture,
        Local,
        Requires,
        RowCount
    };
    explicit CompareModel(PlanEvaluator *evaluator, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    YenRange amount(int row, int column) const;
    // The scenario of a column; past the columns an index no scenario has (never the current
    // scenario, which PlanEvaluator gives for -1).
    int scenarioAt(int column) const
    {
        return m_columns.value(column, std::numeric_limits<int>::max());
    }
    QString planTitle() const; // 「高岡市 令和7年度」: whose alternatives these are

private:
    static QString amountHeading(const FundingStep &step);
    QList<int> alternativesShown() const;
    void refresh();
    PlanEvaluator *m_eval;
    QList<int> m_columns; // the scenario of each column
};

} // namespace shienplan
