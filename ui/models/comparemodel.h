#pragma once

// Scenarios side by side: one column per scenario of the document, rows for what a planner
// weighs (the menus, eligibility, national subsidy, prefecture support, local burden) and what
// each one requires (◎ sub-projects, coordinators).

#include "core/base/interval.h"

#include <QAbstractTableModel>

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
    YenRange amount(int row, int scenario) const;

private:
    PlanEvaluator *m_eval;
    int m_columns = 0;
};

} // namespace shienplan
