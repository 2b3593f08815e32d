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

ExportTable reportTable(const ReportData &data)
{
    const QString &lang = data.lang;
    const ReportLabels &L = reportLabels(lang);
    ExportTable t;
    t.title = textIn(lang, u"補助額の試算", u"Funding estimate");
    t.header = csvHeader(lang);
    const QList<FundingStep> &steps = fundingSteps();
    t.kinds = { CellKind::Text, CellKind::Code, CellKind::Text, CellKind::Number, CellKind::Text,
        CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text };
    for (qsizetype i = 0; i < steps.size(); ++i)
        for (int end = ReportSteps::plannersOwn(i) ? 1 : 2; end > 0; --end)
            t.kinds << CellKind::Number; // one amount, or its lower and upper end
    while (t.kinds.size() < t.header.size())
        t.kinds << CellKind::Text; // 判定, then the statuses each figure rests on
    for (const auto &sc : data.scenarios) {
        for (const auto &p : sc.programs) {
            QStringList f;
            f << sc.name << sc.bodyCode << sc.bodyName << QString::number(sc.fiscalYear)
              << sc.fiscalYearLabel << p.id << p.menuLabel << p.subprojectsText(lang)
              << p.staffText(lang);
            for (qsizetype i = 0; i < p.steps.size(); ++i) {
                f << amountField(p.steps[i].value.min);
                if (!ReportSteps::plannersOwn(i))
                    f << amountField(p.steps[i].value.max);
            }
            f << (!sc.evaluated  ? sc.eligibilityText(lang)
                    : p.eligible ? L.eligible
                                 : L.notEligible);
            for (qsizetype i = 0; i < p.steps.size(); ++i)
                if (!ReportSteps::plannersOwn(i))
                    f << statusesText(p.steps[i].statuses, lang);
            t.rows << f;
        }
    }
    return t;
}

QByteArray reportToCsv(const ReportData &data)
{
    return tableToCsv(reportTable(data));
}

QString codeField(const QString &code)
{
    // Only what a spreadsheet would turn into a number or a date; a code with letters or spaces
    // is text to it already.
    static const QString reinterpreted = QStringLiteral("0123456789/:;.-");
    bool numberLike = !code.isEmpty();
    for (QChar c : code)
        numberLike = numberLike && reinterpreted.contains(c);
    return numberLike ? csvField(QStringLiteral("=\"%1\"").arg(code)) : textField(code);
}

QString codeFromCsv(const QString &field)
{
    if (field.size() >= 3 && field.startsWith(QStringLiteral("=\"")) && field.endsWith(u'"'))
        return field.mid(2, field.size() - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}

QByteArray tableToCsv(const ExportTable &table)
{
    QString text;
    auto line = [&text](const QStringList &fields) {
        text += fields.join(u',') + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const QString &h : table.header)
        header << csvField(h);
    line(header);
    for (const QStringList &row : table.rows) {
        QStringList f;
        for (qsizetype c = 0; c < row.size(); ++c) {
            switch (table.kinds.value(c, CellKind::Text)) {
            case CellKind::Code:
                f << codeField(row[c]);
                break;
            case CellKind::Number:
                f << row[c];
                break;
            case CellKind::Text:
                f << textField(row[c]);
                break;
            }
        }
        line(f);
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace shienplan
