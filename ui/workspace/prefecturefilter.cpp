#include "prefecturefilter.h"

#include "prefecturemodel.h"

namespace shienplan {

PrefectureFilter::PrefectureFilter(PrefectureModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(PrefectureModel::SortRole);
    setSortLocaleAware(true);
}

void PrefectureFilter::setRowFilter(RowFilter f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    invalidateFilter();
}

void PrefectureFilter::setSearchText(const QString &text)
{
    // Full-width digits and letters as typed by a Japanese input method match the half-width
    // codes and names of the registry.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool PrefectureFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PrefectureRow *r = m_model->row(sourceRow);
    if (!r || !matches(*r, m_filter))
        return false;
    return m_text.isEmpty() || r->name.contains(m_text, Qt::CaseInsensitive) || r->kana.contains(m_text)
        || r->code.startsWith(m_text);
}

} // namespace shienplan
