#pragma once

// The prefecture view's table: one row per municipality of the chosen prefecture (the
// prefecture's own row first) for one fiscal year, from core/prefecturerows.h. The population is
// editable; the model does not change the document itself but asks for the edit
// (populationEdited), so that it goes through the undo stack like every other edit.

#include "core/prefecture/prefecturerows.h"

#include <QAbstractTableModel>

namespace shienplan
{

class PrefectureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Kind,
        Population,
        Programs,
        Timeline,
        National,
        PrefectureSupport,
        Local,
        Change,
        Findings,
        ColumnCount
    };
    // Sorting by amounts and counts: the lower end in yen (an unknown end sorts last).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PrefectureModel(QObject *parent = nullptr);

    // New rows: a reset when the bodies changed (another prefecture), else dataChanged on the
    // rows that differ, so that selection and sorting survive an edit.
    void setTable(const PrefectureTable &table);
    const PrefectureTable &table() const { return m_table; }
    const PrefectureRow *row(int r) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void retranslate(); // headers and texts after a language switch

signals:
    void populationEdited(const QString &code, qint64 population);

private:
    QVariant display(const PrefectureRow &r, int column) const;
    QVariant tooltip(const PrefectureRow &r, int column) const;
    QVariant sortKey(const PrefectureRow &r, int column) const;
    QString reiwaLabel() const;
    PrefectureTable m_table;
};

// A change: 「+1,000,000円」, 「−500,000円」, a range of changes as 「−1,000〜+2,000円」.
QString signedAmount(const YenRange &r, QStringView lang);

} // namespace shienplan
