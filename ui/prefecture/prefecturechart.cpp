#include "ui/prefecture/prefecturechart.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "ui/language.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace shienplan
{

PrefectureChart::PrefectureChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

namespace
{

// What the chart draws of the totals: the national subsidy per year and menu.
bool sameBars(const QMap<int, WorkspaceTotals> &a, const QMap<int, WorkspaceTotals> &b,
    const QStringList &menus)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(), jt = b.cbegin(); it != a.cend(); ++it, ++jt)
        for (const QString &m : menus)
            if (!(it->perMenu.value(m).totals.national == jt->perMenu.value(m).totals.national))
                return false;
    return true;
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
    // Building a chart costs milliseconds: once per batch of edits, and only when it is seen.
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
    QChartView::showEvent(e);
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
    auto *chart = new QChart();
    auto *series = new QStackedBarSeries(chart);
    bool anyRange = false, anyUnknown = false;
    QList<qreal> stackTop(m_byYear.size(), 0);
    for (const QString &menu : m_menus) {
        auto *set = new QBarSet(menuLabel(menu, lang));
        QList<qint64> row;
        int col = 0;
        for (const WorkspaceTotals &t : m_byYear) {
            const YenRange r = t.perMenu.value(menu).totals.national;
            anyRange = anyRange || !r.isExact();
            anyUnknown = anyUnknown || !r.max;
            const auto end = r.max ? r.max : r.min;
            // Display only: thousands of yen as a chart coordinate.
            const qint64 thousands = end ? qint64(Yen(*end / 1000).convert_to<long long>()) : 0;
            row << thousands;
            *set << qreal(thousands);
            stackTop[col++] += qreal(thousands);
        }
        m_values.insert(menu, row);
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    for (int year : m_byYear.keys())
        categories << fiscalYearLabel(year, lang);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    qreal top = 0;
    for (qreal v : std::as_const(stackTop))
        top = std::max(top, v);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (top > 0) {
        y->setRange(0, top * 1.1);
        y->applyNiceNumbers();
    } else {
        y->setRange(0, 10); // nothing spent yet: a plain axis rather than repeated rounded ticks
        y->setTickCount(3);
    }
    y->setTitleText(tr("thousand yen"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QString title = tr("National subsidy by year and menu");
    if (anyUnknown)
        title += tr(" (ranges at their upper end; unknown upper ends at the lower end)");
    else if (anyRange)
        title += tr(" (ranges at their upper end)");
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
}

} // namespace shienplan
