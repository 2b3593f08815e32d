#include "ui/prefecture/prefecturefilter.h"

#include "core/registry/registry.h"
#include "ui/prefecture/prefecturemodel.h"

namespace shienplan
{

PrefectureFilter::PrefectureFilter(PrefectureModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
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
    // codes and names of the registry; a reading typed in katakana matches as hiragana.
    const QString t = foldForSearch(text);
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
    return m_text.isEmpty() || r->code.startsWith(m_text)
        || foldForSearch(r->name).contains(m_text, Qt::CaseInsensitive)
        || foldForSearch(r->kana).contains(m_text);
}

} // namespace shienplan
