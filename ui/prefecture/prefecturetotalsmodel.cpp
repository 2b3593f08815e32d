#include "ui/prefecture/prefecturetotalsmodel.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "ui/language.h"

#include <QFont>

namespace shienplan
{

PrefectureTotalsModel::PrefectureTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrefectureTotalsModel::setTotals(const WorkspaceTotals &totals, const QStringList &menus)
{
    if (menus != m_menus || (totals.undecided > 0) != hasUndecidedRow()) {
        beginResetModel();
        m_totals = totals;
        m_menus = menus;
        endResetModel();
        return;
    }
    // Only the rows whose figures moved: a population typed in moves none, and the view's
    // columns (sized to their contents) are measured again only when something is shown anew.
    auto same = [](const MenuTotals &a, const MenuTotals &b) {
        return a.programs == b.programs && a.withStartup == b.withStartup
            && a.totals.national == b.totals.national
            && a.totals.prefectureSupport == b.totals.prefectureSupport
            && a.totals.local == b.totals.local;
    };
    QList<int> changed;
    for (int r = 0; r < m_menus.size(); ++r)
        if (!same(m_totals.perMenu.value(m_menus[r]), totals.perMenu.value(m_menus[r])))
            changed << r;
    const bool undecidedChanged = hasUndecidedRow()
        && (m_totals.undecided != totals.undecided
            || !(m_totals.undecidedTotals.national == totals.undecidedTotals.national)
            || !(m_totals.undecidedTotals.prefectureSupport
                == totals.undecidedTotals.prefectureSupport)
            || !(m_totals.undecidedTotals.local == totals.undecidedTotals.local));
    if (undecidedChanged)
        changed << int(m_menus.size());
    const bool totalChanged = !changed.isEmpty() || !(m_totals.all.national == totals.all.national)
        || !(m_totals.all.prefectureSupport == totals.all.prefectureSupport)
        || !(m_totals.all.local == totals.all.local);
    m_totals = totals;
    if (totalChanged)
        changed << rowCount() - 1;
    if (!changed.isEmpty())
        emit dataChanged(index(changed.first(), 0), index(changed.last(), ColumnCount - 1));
}

void PrefectureTotalsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PrefectureTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_menus.size()) + (hasUndecidedRow() ? 2 : 1);
}

int PrefectureTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrefectureTotalsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Menu:
        return tr("Menu");
    case Programs:
        return tr("Programs");
    case WithStartup:
        return tr("With start-up support");
    case National:
        return tr("National subsidy");
    case PrefectureSupport:
        return tr("Start-up support by the prefecture");
    case Local:
        return tr("Local burden");
    }
    return {};
}

QVariant PrefectureTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = isTotalRow(index.row());
    const bool undecided = isUndecidedRow(index.row());
    const QString lang = currentLanguage();
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Menu)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    int programs = 0, withStartup = 0;
    Totals t;
    if (total) {
        for (const MenuTotals &m : m_totals.perMenu) {
            programs += m.programs;
            withStartup += m.withStartup;
        }
        t = m_totals.all;
    } else if (undecided) {
        t = m_totals.undecidedTotals;
    } else {
        const MenuTotals m = m_totals.perMenu.value(m_menus[index.row()]);
        programs = m.programs;
        withStartup = m.withStartup;
        t = m.totals;
    }
    switch (index.column()) {
    case Menu:
        if (undecided) // 「未決定の計画（2件）」: the hull of their alternatives, under no menu
            return textIn(lang, u"未決定の計画（%1件）", u"Plans not decided (%1)")
                .arg(m_totals.undecided);
        return total ? tr("Total of the prefecture") : menuLabel(m_menus[index.row()], lang);
    case Programs: // an undecided plan's programs are not chosen: no count under any menu
        return undecided ? QVariant(QString()) : QVariant(programs);
    case WithStartup:
        return undecided ? QVariant(QString()) : QVariant(withStartup);
    case National:
        return formatRange(t.national, lang);
    case PrefectureSupport:
        return formatRange(t.prefectureSupport, lang);
    case Local:
        return formatRange(t.local, lang);
    }
    return {};
}

} // namespace shienplan
