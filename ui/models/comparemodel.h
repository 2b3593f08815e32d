#pragma once

// The alternatives (案) of the plan shown side by side: one column per alternative of the current
// scenario's plan (same body and fiscal year, core/engine/alternatives.h), never the other bodies'
// plans a prefecture's document holds; rows for what a planner weighs (the menus, eligibility,
// national subsidy, prefecture support, local burden) and what each one requires (◎
// sub-projects, coordinators). The adopted alternative's header says 採用.

#include "core/base/interval.h"

#include <QAbstractTableModel>

#include <limits>

namespace shienplan
{

class PlanEvaluator;

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        Menus,
        FiscalYear,
        Eligibility,
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
    QList<int> alternativesShown() const;
    void refresh();
    PlanEvaluator *m_eval;
    QList<int> m_columns; // the scenario of each column
};

} // namespace shienplan
