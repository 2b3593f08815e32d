#pragma once

// The funding of the current program, live: 基準額, the net cost, the adopted amount, the
// national subsidy, the prefecture's support and the local burden, in yen and 千円, each with
// badges for the statuses of the values it rests on; then the scenario's totals.

#include <QAbstractTableModel>

#include "core/base/interval.h"
#include "core/base/provenance.h"

namespace shienplan
{

class PlanEvaluator;

class FundingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Yen, Thousand, Basis, ColumnCount };
    enum Row {
        Standard,
        Net,
        Adopted,
        National,
        Prefecture,
        Local,
        TotalNational,
        TotalPrefecture,
        TotalLocal,
        RowCount
    };
    static constexpr int StatusesRole = Qt::UserRole + 1; // QVariantList of int(Status)

    explicit FundingModel(PlanEvaluator *evaluator, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    YenRange amount(int row) const;
    QList<Status> statuses(int row) const; // weakest last, no duplicates

private:
    QString label(int row) const;
    PlanEvaluator *m_eval;
};

} // namespace shienplan
