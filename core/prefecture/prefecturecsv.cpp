#include "core/prefecture/prefecturecsv.h"

#include "core/report/csvexport.h"

namespace shienplan {

namespace {

QString end(const std::optional<Yen> &v)
{
    return v ? yenToString(*v) : QString();
}

} // namespace

QStringList prefectureCsvHeader(int fiscalYear, QStringView lang)
{
    const bool en = lang == u"en";
    const QString year = shortYear(fiscalYear, lang);
    auto range = [en](const char *ja, const char *english) {
        const QString name = en ? QString::fromLatin1(english) : QString::fromUtf8(ja);
        return QStringList{name + (en ? QStringLiteral(" (min)") : QStringLiteral("（下限）")),
                           name + (en ? QStringLiteral(" (max)") : QStringLiteral("（上限）"))};
    };
    QStringList h;
    if (en)
        h << QStringLiteral("Body code") << QStringLiteral("Body name") << QStringLiteral("Body kind")
          << QStringLiteral("Population") << QStringLiteral("Programs (%1)").arg(year) << QStringLiteral("By year");
    else
        h << QStringLiteral("団体コード") << QStringLiteral("団体名") << QStringLiteral("種別") << QStringLiteral("人口")
          << QStringLiteral("実施事業（%1）").arg(year) << QStringLiteral("年度ごとの事業");
    h << range("国庫補助額", "National subsidy") << range("都道府県の立ち上げ支援", "Start-up support by the prefecture")
      << range("実施主体の負担", "Local burden") << range("国庫補助額の前年度比", "National subsidy vs. previous year");
    if (en)
        h << QStringLiteral("Errors") << QStringLiteral("Warnings") << QStringLiteral("Findings");
    else
        h << QStringLiteral("エラー") << QStringLiteral("注意") << QStringLiteral("指摘事項");
    return h;
}

QByteArray prefectureTableToCsv(const PrefectureTable &table, const QList<int> &rows, QStringView lang)
{
    QString text;
    auto line = [&text](const QStringList &fields) { text += fields.join(u',') + QStringLiteral("\r\n"); };
    QStringList header;
    for (const QString &h : prefectureCsvHeader(table.fiscalYear, lang))
        header << csvField(h);
    line(header);
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
        f << textField(r.code) << textField(r.name) << textField(bodyKindLabel(r.kind, lang))
          << (r.population ? QString::number(*r.population) : QString()) << textField(rowProgramsText(r, lang))
          << textField(timelineText(r.timeline, lang));
        for (const YenRange *v : {&r.totals.national, &r.totals.prefectureSupport, &r.totals.local})
            f << (planned ? end(v->min) : QString()) << (planned ? end(v->max) : QString());
        f << (r.change ? end(r.change->national.min) : QString()) << (r.change ? end(r.change->national.max) : QString());
        f << QString::number(r.errors) << QString::number(r.warnings) << textField(findings.join(u'\n'));
        line(f);
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace shienplan
