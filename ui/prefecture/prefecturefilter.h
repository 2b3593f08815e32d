#pragma once

// Filtering and sorting of the prefecture table: one of the planner's filters (core/
// prefecturerows.h: 「未実施の町村」, 「実態把握調査のないステーション事業」 …) and a search text
// matched against the name, its reading and the code. Sorting uses the model's SortRole, so
// amounts sort as numbers and names by their reading.

#include "core/prefecture/prefecturerows.h"

#include <QSortFilterProxyModel>

namespace shienplan
{

class PrefectureModel;

class PrefectureFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PrefectureFilter(PrefectureModel *model, QObject *parent = nullptr);
    void setRowFilter(RowFilter f);
    RowFilter rowFilter() const { return m_filter; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PrefectureModel *m_model;
    RowFilter m_filter = RowFilter::All;
    QString m_text;
};

} // namespace shienplan
