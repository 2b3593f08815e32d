// The report as CSV: one row per program of every scenario, UTF-8 with BOM for Excel.

#include "core/report/csvexport.h"

#include "core/base/bilingual.h"

namespace shienplan
{

namespace
{

QString amountField(const std::optional<Yen> &v)
{
    return v ? yenToString(*v) : QString();
}

} // namespace

QString textField(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return csvField(u'\'' + text);
    return csvField(text);
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString q = text;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QStringList csvHeader(QStringView lang)
{
    const ReportLabels &L = reportLabels(lang);
    auto lo = [&](const QString &s) { return s + textIn(lang, u"（下限）", u" (min)"); };
    auto hi = [&](const QString &s) { return s + textIn(lang, u"（上限）", u" (max)"); };
    auto st = [&](const QString &s) { return s + textIn(lang, u"の根拠の状態", u": rests on"); };
    QStringList header { L.scenario, L.bodyCode, L.body,
        textIn(lang, u"年度（開始年）", u"Fiscal year (starting)"), L.fiscalYear, L.programId,
        L.menu, L.subprojects, L.staff };
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString h = steps[i].heading(lang);
        if (ReportSteps::plannersOwn(i))
            header << h;
        else
            header << lo(h) << hi(h);
    }
    header << L.eligibility;
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (!ReportSteps::plannersOwn(i))
            header << st(steps[i].heading(lang));
    return header;
}

QByteArray reportToCsv(const ReportData &data)
{
    const QString &lang = data.lang;
    const ReportLabels &L = reportLabels(lang);
    QString text;
    auto row = [&text](const QStringList &fields) {
        text += fields.join(u',') + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const auto &h : csvHeader(lang))
        header << csvField(h);
    row(header);
    for (const auto &sc : data.scenarios) {
        for (const auto &p : sc.programs) {
            QStringList f;
            f << textField(sc.name) << textField(sc.bodyCode) << textField(sc.bodyName)
              << QString::number(sc.fiscalYear) << textField(sc.fiscalYearLabel) << textField(p.id)
              << textField(p.menuLabel) << textField(p.subprojectsText(lang))
              << textField(p.staffText(lang));
            for (qsizetype i = 0; i < p.steps.size(); ++i) {
                f << amountField(p.steps[i].value.min);
                if (!ReportSteps::plannersOwn(i))
                    f << amountField(p.steps[i].value.max);
            }
            f << textField(!sc.evaluated ? sc.eligibilityText(lang)
                    : p.eligible         ? L.eligible
                                         : L.notEligible);
            for (qsizetype i = 0; i < p.steps.size(); ++i)
                if (!ReportSteps::plannersOwn(i))
                    f << textField(statusesText(p.steps[i].statuses, lang));
            row(f);
        }
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace shienplan
