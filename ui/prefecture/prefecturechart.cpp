#include "ui/prefecture/prefecturechart.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "ui/language.h"

namespace shienplan
{

PrefectureChart::PrefectureChart(QWidget *parent)
    : ChartWidget(parent)
{
}

namespace
{

// What the chart draws of the totals: the national subsidy per year and menu, and of the
// undecided plans.
bool sameBars(const QMap<int, WorkspaceTotals> &a, const QMap<int, WorkspaceTotals> &b,
    const QStringList &menus)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(), jt = b.cbegin(); it != a.cend(); ++it, ++jt) {
        for (const QString &m : menus)
            if (!(it->perMenu.value(m).totals.national == jt->perMenu.value(m).totals.national))
                return false;
        if (it->undecided != jt->undecided
            || !(it->undecidedTotals.national == jt->undecidedTotals.national))
            return false; // the undecided plans' series
    }
    return true;
}

// The menus' colours, in the order of the prefecture's menus.
QColor menuColor(int i)
{
    static const QColor colors[] = { QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57),
        QColor(0xc0, 0x6a, 0x1a), QColor(0x7b, 0x3f, 0x9e), QColor(0x1a, 0x8a, 0x99),
        QColor(0xa8, 0x3a, 0x4f), QColor(0x6b, 0x6b, 0x1f), QColor(0x55, 0x55, 0x55) };
    return colors[i % int(std::size(colors))];
}

} // namespace

void PrefectureChart::setTotals(const QMap<int, WorkspaceTotals> &byYear, const QStringList &menus)
{
    // A population or a served area typed in changes no bar: the chart stays as it is.
    const bool same = !m_stale && menus == m_menus && m_builtLanguage == currentLanguage()
        && sameBars(byYear, m_byYear, menus);
    m_byYear = byYear;
    m_menus = menus;
    if (same)
        return;
    m_stale = true;
    // Once per batch of edits, and only when it is seen.
    if (isVisible())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stale && isVisible())
                    rebuild();
            },
            Qt::QueuedConnection);
}

void PrefectureChart::showEvent(QShowEvent *e)
{
    ChartWidget::showEvent(e);
    if (m_stale)
        rebuild();
}

void PrefectureChart::rebuild()
{
    m_stale = false;
    m_builtLanguage = currentLanguage();
    ++m_builds;
    m_values.clear();
    const QString lang = currentLanguage();
    BarChart chart;
    chart.lang = lang;
    chart.title = tr("National subsidy by year and menu");
    chart.mode = BarChart::Mode::Stacked;
    for (int year : m_byYear.keys())
        chart.categories << fiscalYearLabel(year, lang);
    // One series: its bars per year, and the tops in 千円 for the tests (values()).
    const auto addSeries = [&](const QString &key, const QString &label, const QColor &color,
                               const auto &nationalOf) {
        chart.series.append({ label, color });
        QList<YenRange> bars;
        QList<qint64> row;
        for (const WorkspaceTotals &t : std::as_const(m_byYear)) {
            const YenRange r = nationalOf(t);
            bars << r;
            const auto end = r.max ? r.max : r.min;
            row << (end ? qint64(Yen(*end / 1000).convert_to<long long>()) : 0);
        }
        chart.values << bars;
        m_values.insert(key, row);
    };
    for (int i = 0; i < m_menus.size(); ++i) {
        const QString &menu = m_menus[i];
        addSeries(menu, menuLabel(menu, lang), menuColor(i),
            [&](const WorkspaceTotals &t) { return t.perMenu.value(menu).totals.national; });
    }
    // Plans whose alternatives are not decided count under no menu: a series of their own (the
    // hull of their alternatives, a range), never left out of the bars.
    bool anyUndecided = false;
    for (const WorkspaceTotals &t : std::as_const(m_byYear))
        anyUndecided = anyUndecided || t.undecided > 0;
    if (anyUndecided)
        addSeries(QStringLiteral("undecided"), textIn(lang, u"未決定の計画", u"Plans not decided"),
            QColor(0x8a, 0x8a, 0x8a), [](const WorkspaceTotals &t) {
                return t.undecided > 0 ? t.undecidedTotals.national : YenRange::exact(0);
            });
    setChart(chart);
}

} // namespace shienplan
