#pragma once

// The funding of the current program, live, as the subsidy's forms lay it out: the lettered steps
// (A) 総事業費 … (H) 国庫補助所要額, then 都道府県の支援 and 実施主体の負担 — the rows, words and
// order of fundingSteps() (core/engine/fundingsteps.h) — in yen and 千円, each with badges for
// the statuses of the values it rests on; then this alternative's totals.

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
    // The first rows are fundingSteps() in its order (checked when the model is made).
    enum Row {
        TotalCost, // (A)
        OtherIncome, // (B)
        Net, // (C)
        Eligible, // (D)
        Standard, // (E)
        Selected, // (F)
        Adopted, // (G)
        National, // (H)
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
    bool isStep(int row) const { return row <= Local; } // a row of fundingSteps()
    QList<Status> statuses(int row) const; // weakest last, no duplicates

private:
    QString label(int row) const;
    PlanEvaluator *m_eval;
};

} // namespace shienplan
