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
    return { L.scenario, L.bodyCode, L.body,
        textIn(lang, u"年度（開始年）", u"Fiscal year (starting)"), L.fiscalYear, L.programId,
        L.menu, L.subprojects, L.staff, L.expenditure, L.otherIncome, L.net, lo(L.standard),
        hi(L.standard), lo(L.adopted), hi(L.adopted), lo(L.national), hi(L.national),
        lo(L.prefecture), hi(L.prefecture), lo(L.local), hi(L.local), L.eligibility, st(L.standard),
        st(L.adopted), st(L.national), st(L.prefecture), st(L.local) };
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
              << textField(p.staffText(lang)) << yenToString(p.expenditure)
              << yenToString(p.otherIncome) << amountField(p.net.value.min);
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local })
                f << amountField(fig->value.min) << amountField(fig->value.max);
            f << textField(!sc.evaluated ? sc.eligibilityText(lang)
                    : p.eligible         ? L.eligible
                                         : L.notEligible);
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local })
                f << textField(statusesText(fig->statuses, lang));
            row(f);
        }
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace shienplan
