// ShienPlan's own bar chart (report/chart/barchart.h), as a planner would check it:
// - a range is solid up to its lower end and hatched from there to its upper end;
// - an amount with no known figure is no bar, only 「不明」; one known only as an upper bound is a
//   dashed outline (never filled) marked 「不明」; an unknown upper end is marked 「上限不明」;
// - a stack never reaches higher than the known upper ends allow;
// - legend texts are whole (wrapped onto lines, never elided), even in a narrow chart;
// - the comparison tab's chart of the Takaoka sample draws the station's range as solid + hatched
//   and the センター's national subsidy as 「不明」 (layout and pixels), with the same bars the PDF
//   report draws on its front page (poppler's text and the rendered page).

#include "core/document/document.h"
#include "core/registry/registry.h"
#include "core/report/reportdata.h"
#include "core/rules/rulebooklibrary.h"
#include "report/chart/alternativeschart.h"
#include "report/chart/barchart.h"
#include "report/pdfreport.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/language.h"
#include "ui/models/comparemodel.h"
#include "ui/plan/planevaluator.h"
#include "ui/widgets/comparechart.h"

#include "core/document/documentsession.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace shienplan;
using namespace testutil;

namespace
{

const QFont &testFont()
{
    static const QFont f = [] {
        QFont font = QGuiApplication::font();
        font.setPixelSize(12);
        return font;
    }();
    return f;
}

BarChart oneSeries(const YenRange &value, BarChart::Mode mode = BarChart::Mode::Grouped)
{
    BarChart c;
    c.title = QStringLiteral("テスト");
    c.mode = mode;
    c.categories = { QStringLiteral("案1") };
    c.series = { { QStringLiteral("国庫補助所要額"), Qt::blue } };
    c.values = { { value } };
    return c;
}

QList<ChartBar> barsOf(const ChartLayout &l, int series, int category)
{
    QList<ChartBar> out;
    for (const ChartBar &b : l.bars)
        if (b.series == series && b.category == category)
            out << b;
    return out;
}

QStringList labelsOf(const ChartLayout &l, int series, int category)
{
    QStringList out;
    for (const ChartText &t : l.labels)
        if ((series < 0 || t.series == series) && t.category == category)
            out << t.text;
    return out;
}

// The y of a value in thousands of yen, as the plot's scale puts it.
qreal yOf(const ChartLayout &l, qreal thousands)
{
    return l.plot.bottom() - thousands / l.axisTop * l.plot.height();
}

bool near(qreal a, qreal b)
{
    return std::abs(a - b) < 0.01;
}

struct Run {
    bool ok = false;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(kHelperTimeoutMs) || !p.waitForFinished(kHelperTimeoutMs))
        return r;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.out = p.readAllStandardOutput();
    return r;
}

// How many pixels of `img` inside `r` are close to `color`.
int pixelsLike(const QImage &img, const QRect &r, const QColor &color, int tolerance = 60)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < tolerance;
        }
    return n;
}

} // namespace

class TestChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rangeIsSolidThenHatched();
    void exactIsSolidOnly();
    void unknownIsNoBar();
    void upperBoundIsAnOutline();
    void unknownUpperEndIsSaid();
    void stackNeverExceedsWhatIsKnown();
    void legendWrapsAndIsWhole();
    void sampleCompareChart();
    void pdfFrontPageHasTheChart();

private:
    TestFolder m_tmp;
};

void TestChart::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    useTestPathsAndRecoveryDir(m_tmp.path(QStringLiteral("recovery")));
    setLanguage(QStringLiteral("ja"));
}

void TestChart::rangeIsSolidThenHatched()
{
    const BarChart c = oneSeries(YenRange::between(5'500'000, 7'000'000));
    const ChartLayout l = layoutChart(c, QRectF(0, 0, 600, 300), testFont());
    const QList<ChartBar> bars = barsOf(l, 0, 0);
    QCOMPARE(bars.size(), 2);
    QCOMPARE(bars[0].part, BarPart::Solid);
    QCOMPARE(bars[1].part, BarPart::Hatched);
    // Solid from the axis to the lower end, hatched from the lower to the upper end.
    QVERIFY(near(bars[0].rect.bottom(), l.plot.bottom()));
    QVERIFY(near(bars[0].rect.top(), yOf(l, 5'500)));
    QVERIFY(near(bars[1].rect.bottom(), yOf(l, 5'500)));
    QVERIFY(near(bars[1].rect.top(), yOf(l, 7'000)));
    QVERIFY(l.axisTop >= 7'000);
    QVERIFY(labelsOf(l, 0, 0).isEmpty());
    // The axis says its unit and writes its ticks grouped by three.
    QCOMPARE(l.unit.text, QStringLiteral("（千円）"));
    QStringList ticks;
    for (const ChartTick &t : l.ticks)
        ticks << t.label.text;
    QVERIFY2(ticks.contains(QStringLiteral("2,000")), qPrintable(ticks.join(u' ')));
    // The hatching's key is in the legend, whole.
    bool key = false;
    for (const ChartLegendItem &i : l.legend)
        key = key || (i.series == -1 && i.label.text.contains(QStringLiteral("斜線")));
    QVERIFY(key);
}

void TestChart::exactIsSolidOnly()
{
    const ChartLayout l
        = layoutChart(oneSeries(YenRange::exact(1'250'000)), QRectF(0, 0, 600, 300), testFont());
    const QList<ChartBar> bars = barsOf(l, 0, 0);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars[0].part, BarPart::Solid);
    QVERIFY(near(bars[0].rect.top(), yOf(l, 1'250)));
    for (const ChartLegendItem &i : l.legend)
        QVERIFY(i.series >= 0); // no key for a pattern the chart does not use
}

void TestChart::unknownIsNoBar()
{
    const ChartLayout l
        = layoutChart(oneSeries(YenRange::unknown()), QRectF(0, 0, 600, 300), testFont());
    QVERIFY(l.bars.isEmpty());
    QCOMPARE(labelsOf(l, 0, 0), QStringList { QStringLiteral("不明") });
}

void TestChart::upperBoundIsAnOutline()
{
    const YenRange bound { std::nullopt, Yen(12'500'000) };
    const ChartLayout l = layoutChart(oneSeries(bound), QRectF(0, 0, 600, 300), testFont());
    const QList<ChartBar> bars = barsOf(l, 0, 0);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars[0].part, BarPart::Bound); // never Solid or Hatched: no figure is certain
    QVERIFY(near(bars[0].rect.top(), yOf(l, 12'500)));
    QCOMPARE(labelsOf(l, 0, 0), QStringList { QStringLiteral("不明") });
    // The label sits above the outline, inside the chart.
    const ChartText label = l.labels.first();
    QVERIFY(label.rect.bottom() <= bars[0].rect.top() + 0.01);
    QVERIFY(l.area.contains(label.rect));
}

void TestChart::unknownUpperEndIsSaid()
{
    const YenRange atLeast { Yen(12'500'000), std::nullopt };
    const ChartLayout l = layoutChart(oneSeries(atLeast), QRectF(0, 0, 600, 300), testFont());
    const QList<ChartBar> bars = barsOf(l, 0, 0);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars[0].part, BarPart::Solid);
    QVERIFY(near(bars[0].rect.top(), yOf(l, 12'500)));
    QCOMPARE(labelsOf(l, 0, 0), QStringList { QStringLiteral("上限不明") });
}

void TestChart::stackNeverExceedsWhatIsKnown()
{
    BarChart c;
    c.mode = BarChart::Mode::Stacked;
    c.categories = { QStringLiteral("令和7年度") };
    c.series = { { QStringLiteral("A"), Qt::red }, { QStringLiteral("B"), Qt::green },
        { QStringLiteral("C"), Qt::blue }, { QStringLiteral("D"), Qt::gray } };
    c.values = { { YenRange::exact(3'000'000) }, { YenRange::between(1'000'000, 2'000'000) },
        { YenRange { std::nullopt, Yen(500'000) } }, { YenRange { Yen(400'000), std::nullopt } } };
    const ChartLayout l = layoutChart(c, QRectF(0, 0, 500, 400), testFont());
    // What the sum certainly reaches: the lower ends (3,000 + 1,000 + 400); the highest it may
    // reach with the known upper ends: 3,000 + 2,000 + 500 + 400 (D's upper end is not known and
    // is said so, not drawn).
    qreal solidTop = l.plot.bottom(), top = l.plot.bottom(), solidHeight = 0;
    for (const ChartBar &b : l.bars) {
        top = std::min(top, b.rect.top());
        if (b.part == BarPart::Solid) {
            solidTop = std::min(solidTop, b.rect.top());
            solidHeight += b.rect.height();
        }
        QVERIFY(b.part != BarPart::Solid || b.series != 2); // C has no certain part
    }
    QVERIFY(near(solidTop, yOf(l, 4'400)));
    QVERIFY(near(solidHeight, l.plot.bottom() - yOf(l, 4'400)));
    QVERIFY(near(top, yOf(l, 5'900)));
    QVERIFY(yOf(l, 5'900) >= l.plot.top());
    const QStringList labels = labelsOf(l, -1, 0);
    QVERIFY2(labels.contains(QStringLiteral("上限不明")), qPrintable(labels.join(u' ')));
    QVERIFY2(labels.contains(QStringLiteral("不明")), qPrintable(labels.join(u' ')));
    // No two pieces of the stack overlap.
    for (int i = 0; i < l.bars.size(); ++i)
        for (int j = i + 1; j < l.bars.size(); ++j)
            QVERIFY(l.bars[i].rect.intersected(l.bars[j].rect).height() < 0.01);
}

void TestChart::legendWrapsAndIsWhole()
{
    BarChart c = oneSeries(YenRange::between(1'000'000, 2'000'000), BarChart::Mode::Stacked);
    c.series = { { QStringLiteral("ひきこもり地域支援センター（都道府県）"), Qt::blue },
        { QStringLiteral("ひきこもり地域支援センター（市区町村）"), Qt::green },
        { QStringLiteral("ひきこもり支援ステーション事業"), Qt::red } };
    c.values = { { YenRange::between(1'000'000, 2'000'000) }, { YenRange::exact(0) },
        { YenRange::exact(500'000) } };
    const QFontMetricsF fm(testFont());
    for (const qreal width : { 900.0, 260.0, 120.0 }) {
        const ChartLayout l = layoutChart(c, QRectF(0, 0, width, 600), testFont());
        QCOMPARE(l.legend.size(), 4); // three series and the hatching's key
        for (int s = 0; s < 3; ++s)
            QCOMPARE(l.legend[s].label.text, c.series[s].name); // never elided
        for (const ChartLegendItem &item : l.legend) {
            // The text, wrapped at its rect's width, fits its rect; the rect is inside the chart.
            const QRectF need = fm.boundingRect(
                QRectF(item.label.rect.topLeft(), QSizeF(item.label.rect.width(), 1e6)),
                Qt::TextWordWrap, item.label.text);
            QVERIFY2(need.height() <= item.label.rect.height() + 0.01, qPrintable(item.label.text));
            QVERIFY2(item.label.rect.right() <= width + 0.01,
                qPrintable(QStringLiteral("%1 at %2").arg(item.label.text).arg(width)));
            // Items do not overlap one another.
            for (const ChartLegendItem &other : l.legend)
                if (&other != &item)
                    QVERIFY(!other.label.rect.intersects(item.label.rect));
        }
        if (width < 200) // too narrow for one line: the name goes on several
            QVERIFY(l.legend[0].label.rect.height() > fm.height() * 1.5);
    }
}

void TestChart::sampleCompareChart()
{
    DocumentSession session;
    session.reset(takaokaSample());
    PlanEvaluator eval(&session);
    eval.setCurrent(0, 0);
    CompareModel model(&eval);
    QCOMPARE(model.columnCount(), 3);
    CompareChart chart(&model);
    chart.resize(720, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.rebuild();
    const ChartLayout l = chart.chartLayout();
    QCOMPARE(l.categoryLabels.size(), 3);
    QCOMPARE(
        l.categoryLabels[1].text, model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString());

    // The station's national subsidy is a range: solid to its lower end, hatched above.
    const YenRange station = model.amount(CompareModel::National, 1);
    QVERIFY(!station.isExact() && station.min && station.max);
    const QList<ChartBar> stationBars = barsOf(l, 0, 1);
    QCOMPARE(stationBars.size(), 2);
    QCOMPARE(stationBars[0].part, BarPart::Solid);
    QCOMPARE(stationBars[1].part, BarPart::Hatched);
    QVERIFY(near(stationBars[0].rect.top(), stationBars[1].rect.bottom()));

    // The centre's 基準額 is unknown: its national subsidy is only an upper bound, so no solid or
    // hatched bar, a dashed outline and 「不明」.
    const YenRange center = model.amount(CompareModel::National, 2);
    QVERIFY(!center.min && center.max);
    const QList<ChartBar> centerBars = barsOf(l, 0, 2);
    QCOMPARE(centerBars.size(), 1);
    QCOMPARE(centerBars[0].part, BarPart::Bound);
    QVERIFY(labelsOf(l, 0, 2).contains(QStringLiteral("不明")));

    // What is painted: the solid part filled with the series' colour, the hatched part with
    // lines of it over a light tint, the outline's inside left empty.
    const QImage img = chart.grab().toImage();
    const QColor national = chart.chart().series[0].color;
    auto inner
        = [&](const QRectF &r) { return r.toAlignedRect().adjusted(3, 3, -3, -3) & img.rect(); };
    const QRect solid = inner(stationBars[0].rect),
                hatched = stationBars[1].rect.toAlignedRect().adjusted(2, 1, -2, -1) & img.rect(),
                bound = inner(centerBars[0].rect);
    const int area = solid.width() * solid.height();
    QVERIFY(area > 0 && hatched.width() * hatched.height() > 0);
    QVERIFY(pixelsLike(img, solid, national) > area * 9 / 10);
    const int lines = pixelsLike(img, hatched, national, 200); // antialiased thin lines
    QVERIFY2(lines > 0 && lines < hatched.width() * hatched.height() * 7 / 10,
        qPrintable(QString::number(lines)));
    QCOMPARE(pixelsLike(img, bound, national), 0);

    // A screen reader gets the bars in words, the tooltip's words.
    QVERIFY(chart.accessibleDescription().contains(chartValueText(chart.chart(), 0, 2)));
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("不明")) || !center.min);
}

void TestChart::pdfFrontPageHasTheChart()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed: run scripts/setup.sh");
    const ReportData data = buildReportData(
        takaokaSample(), RuleBookLibrary::bundledOnly(), Registry::bundled(), u"ja");
    const QList<BarChart> charts = reportCharts(data);
    QCOMPARE(charts.size(), 1); // one plan, three alternatives
    QCOMPARE(charts[0].categories.size(), 3);
    const QString pdf = m_tmp.path(QStringLiteral("report.pdf"));
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(writeReportPdf(data, &f));
    }
    const Run text = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
            QStringLiteral("-") });
    QVERIFY(text.ok);
    const QString page = QString::fromUtf8(text.out);
    QVERIFY2(page.contains(charts[0].title), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("不明")), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("（千円）")), qPrintable(page));
    // Every legend entry is whole on the page (the words may be broken over lines).
    QString flat = page;
    flat.remove(u'\n').remove(u' ');
    for (const ChartSeries &s : charts[0].series)
        QVERIFY2(flat.contains(QString(s.name).remove(u' ')), qPrintable(s.name));

    // The bars are drawn: the page has the national subsidy's colour.
    const QString prefix = m_tmp.path(QStringLiteral("page"));
    QVERIFY(run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix })
                .ok);
    QImage img;
    for (const QString &name : QDir(m_tmp.path()).entryList({ QStringLiteral("page*.png") }))
        img.load(m_tmp.path(name));
    QVERIFY(!img.isNull());
    QVERIFY(pixelsLike(img, img.rect(), charts[0].series[0].color) > 50);
}

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
