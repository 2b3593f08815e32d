// The 所要額調書 as HTML for the printed page: the title block, then the table in parts of at
// most 12 columns (実施主体 and 事業区分 repeated in each), every part after a page break so that
// A4 landscape stays readable at 7.5 pt, and the notes.

#include "core/base/bilingual.h"
#include "report/pdflayout.h"
#include "report/pdfreport.h"

namespace shienplan
{

namespace
{

constexpr int kPdfColumns = 12;

QString amountText(const std::optional<Yen> &v, AmountUnit unit)
{
    return v ? formatInUnit(*v, unit) : QString();
}

class ShoyogakuHtml
{
public:
    ShoyogakuHtml(const ShoyogakuData &d)
        : d(d)
        , lang(d.lang)
        , cols(shoyogakuColumns(d))
    {
    }

    QStringList parts()
    {
        QList<int> starts { 2 };
        for (int b : shoyogakuPageBreaks(cols, kPdfColumns, 2))
            starts << b;
        QStringList out;
        for (qsizetype k = 0; k < starts.size(); ++k) {
            const int from = starts[k];
            const int to = k + 1 < starts.size() ? starts[k + 1] : int(cols.size());
            QList<int> shown { 0, 1 };
            for (int c = from; c < to; ++c)
                shown << c;
            QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
            h += titleBlock(int(k + 1), int(starts.size()));
            h += table(shown);
            if (k + 1 == starts.size())
                for (const auto &n : d.notes)
                    h += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px; "
                                        "font-size:7.5pt\">%1</p>")
                             .arg(esc(n));
            h += QStringLiteral("</body></html>");
            out << h;
        }
        return out;
    }

private:
    QString titleBlock(int part, int parts) const
    {
        const ReportLabels &L = reportLabels(lang);
        QString h
            = QStringLiteral("<p style=\"font-size:13pt; font-weight:bold; margin-top:0px; "
                             "margin-bottom:4px\">%1%2</p>")
                  .arg(escName(d.title),
                      parts > 1 ? esc(textIn(lang, u"（%1/%2）", u" (%1/%2)").arg(part).arg(parts))
                                : QString());
        h += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:4px\">%1: %2　%3: %4　%5</p>")
                 .arg(esc(L.body), esc(d.bodyText), esc(L.fiscalYear), esc(d.fiscalYearText),
                     esc(d.unitNote));
        return h;
    }

    QString table(const QList<int> &shown) const
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"2\" style=\"border-color:#a8a8a8; "
                                   "border-style:solid; font-size:7.5pt\"><thead><tr>");
        // Header: the step's heading over 下限/上限/不明の端 in the second row.
        for (qsizetype k = 0; k < shown.size();) {
            const ShoyogakuColumn &c = cols[shown[k]];
            int span = 1;
            while (k + span < shown.size() && !c.label.isEmpty()
                && cols[shown[k + span]].step == c.step && c.step >= 0)
                ++span;
            h += QStringLiteral("<th bgcolor=\"#e8edf3\" colspan=\"%1\" rowspan=\"%2\">%3</th>")
                     .arg(span)
                     .arg(c.label.isEmpty() ? 2 : 1)
                     .arg(esc(c.group));
            k += span;
        }
        h += QStringLiteral("</tr><tr>");
        for (int c : shown)
            if (!cols[c].label.isEmpty())
                h += QStringLiteral("<th bgcolor=\"#e8edf3\">%1</th>").arg(esc(cols[c].label));
        h += QStringLiteral("</tr></thead>");
        for (const auto &g : d.groups) {
            for (const auto &r : g.rows)
                h += rowHtml(shown, r.body, r.program.menuLabel, r.program, &r, false);
            if (d.byMenu)
                h += rowHtml(shown, shoyogakuText(u"subtotal", lang), g.menuLabel, g.subtotal,
                    nullptr, true, g.budgeted);
        }
        h += rowHtml(shown, shoyogakuText(u"total", lang), QString(), d.total, nullptr, true,
            d.budgetedTotal);
        if (!d.undecided.isEmpty()) {
            h += QStringLiteral("<tr><td colspan=\"%1\"><b>%2</b></td></tr>")
                     .arg(shown.size())
                     .arg(esc(shoyogakuText(u"undecided", lang)));
            for (const auto &r : d.undecided)
                h += rowHtml(shown, r.body, r.program.menuLabel, r.program, &r, false);
        }
        return h + QStringLiteral("</table>");
    }

    // `budgetedSum`: a 小計 or 合計 row's 予算計上額 (a program's row has its own).
    QString rowHtml(const QList<int> &shown, const QString &body, const QString &menu,
        const ReportSteps &s, const ShoyogakuRow *r, bool total,
        const std::optional<Yen> &budgetedSum = std::nullopt) const
    {
        QString h = total ? QStringLiteral("<tr bgcolor=\"#f4f6f8\">") : QStringLiteral("<tr>");
        const QString b = total ? QStringLiteral("<b>") : QString();
        const QString eb = total ? QStringLiteral("</b>") : QString();
        for (int ci : shown) {
            const ShoyogakuColumn &c = cols[ci];
            QString text;
            bool right = false;
            switch (c.kind) {
            case ShoyogakuColumn::Body:
                text = body;
                break;
            case ShoyogakuColumn::Menu:
                text = menu;
                break;
            case ShoyogakuColumn::Amount: {
                const YenRange &v = s.steps[c.step].value;
                text = amountText(c.max ? v.max : v.min, d.unit);
                right = true;
                break;
            }
            case ShoyogakuColumn::UnknownEnd:
                text = unknownEndText(s.steps[c.step].value, lang);
                break;
            case ShoyogakuColumn::Rate:
                text = r && r->program.rate ? fractionToString(*r->program.rate) : QString();
                right = true;
                break;
            case ShoyogakuColumn::Budgeted:
                text = amountText(r ? r->budgeted : budgetedSum, d.unit);
                right = true;
                break;
            case ShoyogakuColumn::BudgetedReason:
                text = r ? r->budgetedReason : QString();
                break;
            case ShoyogakuColumn::Basis:
                text = r ? r->standardBasis : QString();
                break;
            case ShoyogakuColumn::Decision:
                text = r ? r->decision : QString();
                break;
            }
            const bool red = c.kind == ShoyogakuColumn::UnknownEnd;
            h += QStringLiteral("<td%1>%2%3%4%5%6</td>")
                     .arg(right ? QStringLiteral(" align=\"right\"") : QString(), b,
                         red ? QStringLiteral("<font color=\"#c62828\">") : QString(), esc(text),
                         red ? QStringLiteral("</font>") : QString(), eb);
        }
        return h + QStringLiteral("</tr>");
    }

    const ShoyogakuData &d;
    const QString &lang;
    const QList<ShoyogakuColumn> cols;
};

} // namespace

QStringList shoyogakuHtmlParts(const ShoyogakuData &data, qreal)
{
    return ShoyogakuHtml(data).parts();
}

} // namespace shienplan
