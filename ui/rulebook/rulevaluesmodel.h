#pragma once

// Every value of one rule book except the matrix cells (the grid shows those): bodies, rates,
// caps, staffing minimums, amounts, start-up shares. Each row has its status as a badge and
// its source; unknown, ranged and carried-over values get a background that stands out.

#include "core/rules/rulebookdiff.h"

#include <QAbstractTableModel>

namespace shienplan
{

class RuleValuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Menu, Item, Value, Status, Source, Note, ColumnCount };
    static constexpr int StatusesRole
        = Qt::UserRole + 1; // QVariantList of int(Status), for BadgeDelegate
    static constexpr int AttentionRole = Qt::UserRole + 2; // int(Attention)
    static constexpr int PathRole = Qt::UserRole + 3; // "menus[station].standard.base"

    explicit RuleValuesModel(QObject *parent = nullptr);

    // menu: only that menu's values; "*" every value; "" the book's own values.
    void setBook(const RuleBook *book, const QString &menu = QStringLiteral("*"));
    const RuleValue *valueAt(int row) const;
    int rowOf(const QString &path) const;
    static bool isEditable(const RuleValue &v);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<RuleValue> m_rows;
};

} // namespace shienplan
