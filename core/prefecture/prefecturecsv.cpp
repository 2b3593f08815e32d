// The prefecture table as CSV (prefecturecsv.h): the same columns as the window, in either
// language, with amounts in whole yen.

#include "core/prefecture/prefecturecsv.h"

#include "core/base/bilingual.h"
#include "core/registry/registry.h"
#include "core/report/csvexport.h"

namespace shienplan
{

namespace
{

QString end(const std::optional<Yen> &v)
{
    return v ? yenToString(*v) : QString();
}

} // namespace

QStringList prefectureCsvHeader(int fiscalYear, QStringView lang)
{
    const QString year = shortYear(fiscalYear, lang);
    auto range = [lang](QStringView ja, QStringView en) {
        const QString name = textIn(lang, ja, en);
        return QStringList { name + textIn(lang, u"（下限）", u" (min)"),
            name + textIn(lang, u"（上限）", u" (max)") };
    };
    const QList<Bilingual> body = { { QStringLiteral("団体コード"), QStringLiteral("Body code") },
        { QStringLiteral("団体名"), QStringLiteral("Body name") },
        { QStringLiteral("種別"), QStringLiteral("Body kind") },
        { QStringLiteral("人口"), QStringLiteral("Population") },
        { QStringLiteral("実施事業（%1）").arg(year), QStringLiteral("Programs (%1)").arg(year) },
        { QStringLiteral("年度ごとの事業"), QStringLiteral("By year") } };
    const QList<Bilingual> findings = { { QStringLiteral("エラー"), QStringLiteral("Errors") },
        { QStringLiteral("注意"), QStringLiteral("Warnings") },
        { QStringLiteral("指摘事項"), QStringLiteral("Findings") } };
    QStringList h;
    for (const Bilingual &b : body)
        h << b.in(lang);
    h << range(u"国庫補助額", u"National subsidy")
      << range(u"都道府県の立ち上げ支援", u"Start-up support by the prefecture")
      << range(u"実施主体の負担", u"Local burden")
      << range(u"国庫補助額の前年度比", u"National subsidy vs. previous year");
    for (const Bilingual &b : findings)
        h << b.in(lang);
    return h;
}

ExportTable prefectureExportTable(
    const PrefectureTable &table, const QList<int> &rows, QStringView lang)
{
    ExportTable t;
    const LocalBody *pref = Registry::bundled().find(table.prefectureCode);
    t.title = QStringLiteral("%1 %2").arg(
        pref ? pref->name : table.prefectureCode, shortYear(table.fiscalYear, lang));
    t.header = prefectureCsvHeader(table.fiscalYear, lang);
    t.kinds = { CellKind::Code, CellKind::Text, CellKind::Text, CellKind::Number, CellKind::Text,
        CellKind::Text };
    while (t.kinds.size() < t.header.size() - 1)
        t.kinds << CellKind::Number; // the amounts' ends, the counts of errors and warnings
    t.kinds << CellKind::Text; // the findings
    QList<int> order = rows;
    if (order.isEmpty())
        for (int i = 0; i < table.rows.size(); ++i)
            order << i;
    for (int i : std::as_const(order)) {
        if (i < 0 || i >= table.rows.size())
            continue;
        const PrefectureRow &r = table.rows[i];
        const bool planned = r.scenario >= 0 || !r.jointLeads.isEmpty();
        QStringList findings;
        for (const Finding &f : r.findings)
            findings << severityLabel(f.severity, lang) + QStringLiteral(": ") + f.message(lang);
        QStringList f;
        f << r.code << r.name << bodyKindLabel(r.kind, lang)
          << (r.population ? QString::number(*r.population) : QString()) << rowProgramsText(r, lang)
          << timelineText(r.timeline, lang);
        for (const YenRange *v :
            { &r.totals.national, &r.totals.prefectureSupport, &r.totals.local })
            f << (planned ? end(v->min) : QString()) << (planned ? end(v->max) : QString());
        f << (r.change ? end(r.change->national.min) : QString())
          << (r.change ? end(r.change->national.max) : QString());
        f << QString::number(r.errors) << QString::number(r.warnings) << findings.join(u'\n');
        t.rows << f;
    }
    return t;
}

QByteArray prefectureTableToCsv(
    const PrefectureTable &table, const QList<int> &rows, QStringView lang)
{
    return tableToCsv(prefectureExportTable(table, rows, lang));
}

} // namespace shienplan
