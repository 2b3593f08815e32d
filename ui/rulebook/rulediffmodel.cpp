// The table model of the differences between two rule books (see rulediffmodel.h).

#include "ui/rulebook/rulediffmodel.h"

#include "core/base/sources.h"
#include "ui/language.h"
#include "ui/rulebook/rulebooktext.h"

namespace shienplan
{

RuleDiffModel::RuleDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleDiffModel::setDifferences(const QList<RuleBookDifference> &diffs)
{
    m_all = diffs;
    rebuild();
}

void RuleDiffModel::setShowSourceOnly(bool show)
{
    if (show == m_showSource)
        return;
    m_showSource = show;
    rebuild();
}

void RuleDiffModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const auto &d : std::as_const(m_all))
        // A value whose status or source follows its document's year, its amount unchanged,
        // is shown only on request: the list leads with what changed.
        if (m_showSource || (d.kind != u"source" && d.kind != u"status"))
            m_rows << d;
    endResetModel();
}

int RuleDiffModel::hiddenCount() const
{
    return int(m_all.size() - m_rows.size());
}

const RuleBookDifference *RuleDiffModel::differenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RuleDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleDiffModel::data(const QModelIndex &index, int role) const
{
    const RuleBookDifference *d = differenceAt(index.row());
    if (!d || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return RuleBookText::differenceKind(d->kind);
        case Menu:
            return d->menu.isEmpty() && d->path.startsWith(QLatin1String("columns"))
                ? tr("Matrix")
                : RuleBookText::shortMenu(d->menu);
        case Item:
            return RuleBookText::plainLabel(d->item);
        case Before:
            return RuleBookText::plainLabel(withCitations(d->before, currentLanguage()));
        case After:
            return RuleBookText::plainLabel(withCitations(d->after, currentLanguage()));
        }
        break;
    case KindRole:
        return d->kind;
    case PathRole:
        return d->path;
    case Qt::ToolTipRole: {
        const QString lang = currentLanguage();
        QStringList lines { RuleBookText::plainLabel(d->label) };
        if (!d->beforeProv.note.isEmpty())
            lines << tr("Before: %1").arg(withCitations(d->beforeProv.note, lang));
        if (!d->afterProv.note.isEmpty())
            lines << tr("After: %1").arg(withCitations(d->afterProv.note, lang));
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        if (index.column() != Kind)
            return {};
        if (d->kind == u"added")
            return QColor(0xdc, 0xf0, 0xdc);
        if (d->kind == u"removed")
            return attentionColor(Attention::Unknown);
        if (d->kind == u"changed")
            return attentionColor(Attention::Range);
        if (d->kind == u"status")
            return attentionColor(Attention::CarriedOver);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Kind && d->kind != u"source")
            return QColor(Qt::black);
        return {};
    }
    return {};
}

QVariant RuleDiffModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Menu:
        return tr("Menu");
    case Item:
        return tr("Item");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    }
    return {};
}

} // namespace shienplan
