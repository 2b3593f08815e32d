#pragma once

// The differences between two rule books (diffRuleBooks) as a table: kind, value, before,
// after; the value's path in the file (a key, not for people) is PathRole. Changes of source only
// are hidden unless asked for: between R5 and R6 every cell is cited from another document, and
// those rows would bury the dozen real changes.

#include "core/rules/rulebookdiff.h"

#include <QAbstractTableModel>

namespace shienplan
{

class RuleDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Menu, Item, Before, After, ColumnCount };
    static constexpr int KindRole
        = Qt::UserRole + 1; // "added", "removed", "changed", "status", "source"
    static constexpr int PathRole = Qt::UserRole + 2; // "menus[station].standard.base"

    explicit RuleDiffModel(QObject *parent = nullptr);

    void setDifferences(const QList<RuleBookDifference> &diffs);
    void setShowSourceOnly(bool show);
    bool showSourceOnly() const { return m_showSource; }
    int hiddenCount() const; // source-only rows not shown
    const RuleBookDifference *differenceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    void rebuild();
    QList<RuleBookDifference> m_all;
    QList<RuleBookDifference> m_rows;
    bool m_showSource = false;
};

} // namespace shienplan
