// Status badges painted in a table cell (see badgedelegate.h).

#include "ui/widgets/badgedelegate.h"

#include "ui/language.h"
#include "ui/statusstyle.h"

#include <QApplication>
#include <QPainter>

namespace shienplan
{

BadgeDelegate::BadgeDelegate(int statusesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(statusesRole)
{
}

void BadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList statuses = index.data(m_role).toList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    const QFontMetrics fm(f);
    int x = option.rect.left() + 4;
    const int h = fm.height() + 4;
    const int y = option.rect.center().y() - h / 2;
    for (const QVariant &v : statuses) {
        const auto s = Status(v.toInt());
        const QString text = statusLabel(s, currentLanguage());
        const int w = fm.horizontalAdvance(text) + 10;
        const QRect r(x, y, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusColor(s));
        painter->drawRoundedRect(r, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, text);
        x += w + 4;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetrics fm(f);
    int w = 8;
    for (const QVariant &v : index.data(m_role).toList())
        w += fm.horizontalAdvance(statusLabel(Status(v.toInt()), currentLanguage())) + 14;
    return { w, fm.height() + 10 };
}

} // namespace shienplan
