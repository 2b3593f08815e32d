// The table model of one rule book's values (see rulevaluesmodel.h).

#include "ui/rulebook/rulevaluesmodel.h"

#include "core/base/sources.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"
#include "ui/statusstyle.h"

#include <QFont>

namespace shienplan
{

RuleValuesModel::RuleValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleValuesModel::setBook(const RuleBook *book, const QString &menu)
{
    beginResetModel();
    m_rows.clear();
    if (book)
        for (const auto &v : listRuleValues(*book, currentLanguage(), true))
            if (v.kind != RuleValueKind::Cell && (menu == u"*" || v.menu == menu))
                m_rows << v;
    endResetModel();
}

const RuleValue *RuleValuesModel::valueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RuleValuesModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path == path)
            return i;
    return -1;
}

bool RuleValuesModel::isEditable(const RuleValue &v)
{
    if (v.menu.isEmpty())
        return false;
    switch (v.kind) {
    case RuleValueKind::Amount:
    case RuleValueKind::Rate:
    case RuleValueKind::Count:
    case RuleValueKind::Cell:
        return true;
    default:
        return false;
    }
}

int RuleValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleValuesModel::data(const QModelIndex &index, int role) const
{
    const RuleValue *v = valueAt(index.row());
    if (!v || !index.isValid())
        return {};
    const Attention attention = attentionOf(*v);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Menu:
            return RuleBookText::shortMenu(v->menu);
        case Item:
            return RuleBookText::plainLabel(v->label);
        case Value:
            return v->text;
        case Status:
            return {}; // painted as a badge
        case Source:
            return v->prov ? citationText(v->prov->source, currentLanguage()) : QString();
        case Note: {
            QStringList lines;
            if (v->prov && !v->prov->note.isEmpty())
                lines << withCitations(v->prov->note, currentLanguage());
            if (v->disagreement)
                lines << RuleBookText::disagreement(*v->disagreement);
            return lines.join(u'\n');
        }
        }
        break;
    case StatusesRole:
        if (index.column() == Status && v->prov)
            return QVariantList { int(v->prov->status) };
        return {};
    case AttentionRole:
        return int(attention);
    case PathRole:
        return v->path;
    case Qt::BackgroundRole: {
        const QColor c = attentionColor(attention);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        if (attention != Attention::None && attention != Attention::User)
            return QColor(Qt::black); // readable on the tint in a dark theme too
        return {};
    case Qt::FontRole:
        if (v->inherited) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value && v->kind == RuleValueKind::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << RuleBookText::shortMenu(v->menu) + QStringLiteral(" › ")
                + RuleBookText::plainLabel(v->label);
        lines << v->text;
        if (v->prov) {
            lines << tr("Status: %1").arg(statusLabel(v->prov->status, currentLanguage()));
            lines << tr("Source: %1").arg(citationText(v->prov->source, currentLanguage()));
            if (!v->prov->note.isEmpty())
                lines << withCitations(v->prov->note, currentLanguage());
        }
        if (v->inherited)
            lines << tr(
                "This sub-project has no amount of its own yet: the default add-on applies. "
                "Double-click to enter its amount.");
        else if (isEditable(*v))
            lines << tr("Double-click to enter the official value with its source.");
        else
            lines << tr("Not editable here (edit the book's file).");
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant RuleValuesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Menu:
        return tr("Menu");
    case Item:
        return tr("Item");
    case Value:
        return tr("Value");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace shienplan
