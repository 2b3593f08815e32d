#pragma once

// The prefecture's totals for one fiscal year: a row per menu (the programs, how many carry
// start-up support, national subsidy, the prefecture's start-up support, local burden), a row
// 「未決定の計画」 for the plans whose alternatives are not decided (how many plans, the hull of
// their alternatives) when there are any, and the prefecture's total, which is the sum of the
// rows above it. A joint program counts once, in the prefecture of its lead body.

#include "core/prefecture/workspace.h"

#include <QAbstractTableModel>

namespace shienplan
{

class PrefectureTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Menu, Programs, WithStartup, National, PrefectureSupport, Local, ColumnCount };

    explicit PrefectureTotalsModel(QObject *parent = nullptr);
    // `menus`: the menus to list (those the prefecture runs in any year), in catalogue order.
    void setTotals(const WorkspaceTotals &totals, const QStringList &menus);
    const WorkspaceTotals &totals() const { return m_totals; }
    bool isTotalRow(int row) const { return row == rowCount() - 1; }
    bool isUndecidedRow(int row) const { return hasUndecidedRow() && row == m_menus.size(); }
    QString menuAt(int row) const { return m_menus.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    bool hasUndecidedRow() const { return m_totals.undecided > 0; }
    WorkspaceTotals m_totals;
    QStringList m_menus;
};

} // namespace shienplan
