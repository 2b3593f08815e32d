#pragma once

// Paints the statuses a figure rests on as small coloured badges (出典あり, 前年度から継続, 推定,
// 仮定, 範囲, 未確認, ユーザー入力), so an estimate never looks like an official amount.

#include <QStyledItemDelegate>

namespace shienplan
{

class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BadgeDelegate(int statusesRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace shienplan
