// The 所要額調書 sheet: the header, a row per program with the steps' formulas, the 小計 and 合計
// rows, the plans not yet decided, and the notes.

#include "report/xlsxshoyogaku.h"

#include "core/base/bilingual.h"
#include "report/reporterror.h"
#include "report/xlsxbook.h"
#include "report/xlsxformulas.h"

#include <QFileInfo>

namespace shienplan
{

namespace
{

constexpr int kHeader1 = 6, kHeader2 = 7, kFirstRow = 8;

class ShoyogakuSheet
{
public:
    ShoyogakuSheet(Sheet &sh, const Formats &F, const ShoyogakuData &d)
        : sh(sh)
        , F(F)
        , d(d)
        , lang(d.lang)
        , cols(shoyogakuColumns(d))
        , num(d.unit == AmountUnit::Yen ? F.yen : F.thousand)
        , numTotal(d.unit == AmountUnit::Yen ? F.yenTotal : F.thousandTotal)
    {
        for (int c = 0; c < cols.size(); ++c) {
            const ShoyogakuColumn &col = cols[c];
            if (col.kind == ShoyogakuColumn::Amount)
                (col.max ? maxCol : minCol).insert(col.step, c);
            if (col.kind == ShoyogakuColumn::Amount && !col.pair)
                maxCol.insert(col.step, c);
            if (col.kind == ShoyogakuColumn::UnknownEnd)
                markerCol.insert(col.step, c);
            if (col.kind == ShoyogakuColumn::Rate)
                rateCol = c;
        }
    }

    void write()
    {
        heading();
        header();
        int row = kFirstRow;
        QList<int> subtotalRows;
        for (const auto &g : d.groups) {
            const int first = row;
            for (const auto &r : g.rows)
                programRow(row++, r);
            if (d.byMenu) {
                sumRow(
                    row, shoyogakuText(u"subtotal", lang), g.menuLabel, g.subtotal, g.budgeted,
                    [&](int c) { return rangeOf(first, row - 1, c); }, int(g.rows.size()));
                subtotalRows << row++;
            }
        }
        const int last = row - 1;
        if (d.byMenu) {
            sumRow(
                row, shoyogakuText(u"total", lang), QString(), d.total, d.budgetedTotal,
                [&](int c) {
                    QStringList cells;
                    for (int r : subtotalRows)
                        cells << cellName(r, c);
                    return cells.join(u',');
                },
                int(subtotalRows.size()));
        } else {
            sumRow(
                row, shoyogakuText(u"total", lang), QString(), d.total, d.budgetedTotal,
                [&](int c) { return rangeOf(kFirstRow, last, c); }, int(last - kFirstRow + 1));
        }
        row += 2;
        if (!d.undecided.isEmpty()) {
            sh.text(row++, 0, shoyogakuText(u"undecided", lang), F.label, false);
            for (const auto &r : d.undecided)
                programRow(row++, r);
            ++row;
        }
        for (const auto &n : d.notes)
            sh.text(row++, 0, n, F.textSmall, false);
        worksheet_freeze_panes(sh.ws(), kFirstRow, 2);
        for (int c = 0; c < cols.size(); ++c)
            if (cols[c].kind == ShoyogakuColumn::Basis
                || cols[c].kind == ShoyogakuColumn::BudgetedReason)
                sh.cap(c, 30);
        sh.applyWidths();
        sh.setUpPrint(kHeader1, kHeader2, 2, shoyogakuPageBreaks(cols, kMaxPrintColumns, 2));
    }

private:
    // An empty range (no row) sums to nothing: SUM of a one-row range before the first row would
    // be wrong, so an empty group is never written (groups always have rows) and an empty
    // statement gets a 0 total.
    static QString rangeOf(int first, int last, int c)
    {
        if (last < first)
            return cellName(first, c) + u':' + cellName(first, c);
        return cellName(first, c) + u':' + cellName(last, c);
    }

    void heading()
    {
        const ReportLabels &L = reportLabels(lang);
        sh.titleBlock(F, d.title,
            { { L.body, d.bodyText }, { L.fiscalYear, d.fiscalYearText }, { L.date, d.dateText } },
            d.unitNote);
    }

    void header()
    {
        for (int c = 0; c < cols.size();) {
            const ShoyogakuColumn &col = cols[c];
            if (col.label.isEmpty()) {
                sh.headerSingle(kHeader1, c, col.group, F.header);
                ++c;
                continue;
            }
            if (col.pair) { // 下限, 上限 and perhaps 不明の端 under one group label
                int end = c + 2;
                if (end < cols.size() && cols[end].kind == ShoyogakuColumn::UnknownEnd)
                    ++end;
                sh.merge(kHeader1, c, kHeader1, end - 1, col.group, F.header);
                for (int k = c; k < end; ++k)
                    sh.headerBelow(kHeader2, k, cols[k].label, F.header);
                sh.grow(c, displayWidth(col.group) / (end - c));
                c = end;
                continue;
            }
            sh.headerSingle(kHeader1, c, col.group, F.header);
            ++c;
        }
        worksheet_set_row(sh.ws(), kHeader1, 30, nullptr);
        worksheet_set_row(sh.ws(), kHeader2, 16, nullptr);
    }

    QString cell(int row, qsizetype step, bool max) const
    {
        return cellName(row, max ? maxCol.value(step) : minCol.value(step));
    }

    void programRow(int row, const ShoyogakuRow &r)
    {
        const ReportProgram &p = r.program;
        const QString blank = QStringLiteral("\"\"");
        auto end = [&](qsizetype i, bool max) {
            return max ? p.steps[i].value.max : p.steps[i].value.min;
        };
        auto value = [&](qsizetype i, bool max) {
            const int c = max ? maxCol.value(i) : minCol.value(i);
            if (const auto v = end(i, max))
                sh.amount(row, c, v, num, num, QString());
            else
                worksheet_write_blank(sh.ws(), lxw_row_t(row), lxw_col_t(c), num);
        };
        auto put = [&](qsizetype i, bool max, const QString &formula) {
            sh.formula(row, max ? maxCol.value(i) : minCol.value(i), u'=' + formula, end(i, max),
                num, num, QString());
        };
        const qsizetype A = ReportSteps::fundingRow('A'), B = ReportSteps::fundingRow('B'),
                        C = ReportSteps::fundingRow('C'), D = ReportSteps::fundingRow('D'),
                        E = ReportSteps::fundingRow('E'), Fs = ReportSteps::fundingRow('F'),
                        G = ReportSteps::fundingRow('G'), H = ReportSteps::fundingRow('H'),
                        P = ReportSteps::prefectureRow(), Lc = ReportSteps::localRow();
        for (int c = 0; c < cols.size(); ++c) {
            const ShoyogakuColumn &col = cols[c];
            switch (col.kind) {
            case ShoyogakuColumn::Body:
                sh.text(row, c, r.body, F.text);
                break;
            case ShoyogakuColumn::Menu:
                sh.text(row, c, p.menuLabel, F.text);
                break;
            case ShoyogakuColumn::Rate:
                if (p.rate) {
                    worksheet_write_number(sh.ws(), lxw_row_t(row), lxw_col_t(c),
                        p.rate->convert_to<double>(), F.rate);
                    sh.grow(c, 5);
                } else {
                    worksheet_write_blank(sh.ws(), lxw_row_t(row), lxw_col_t(c), F.rate);
                }
                break;
            case ShoyogakuColumn::Budgeted:
                if (r.budgeted)
                    sh.amount(row, c, r.budgeted, num, num, QString());
                else
                    worksheet_write_blank(sh.ws(), lxw_row_t(row), lxw_col_t(c), num);
                break;
            case ShoyogakuColumn::BudgetedReason:
                sh.text(row, c, r.budgetedReason, F.wrap);
                break;
            case ShoyogakuColumn::Basis:
                sh.text(row, c, r.standardBasis, F.status);
                break;
            case ShoyogakuColumn::Decision:
                sh.text(row, c, r.decision, F.text);
                break;
            case ShoyogakuColumn::UnknownEnd:
                marker(row, col.step, p.steps[col.step].value);
                break;
            case ShoyogakuColumn::Amount:
                break; // below, in the order of the steps
            }
        }
        // The planner's figures and (E) are values; C and every step after (E) a formula.
        for (qsizetype i : { A, B, D, E })
            for (bool max : { false, true })
                if (!max || maxCol.value(i) != minCol.value(i))
                    value(i, max);
        // (C) is always computed from (A) and (B), as the engine does even without a rule book.
        put(C, false, QStringLiteral("MAX(0,%1-%2)").arg(cell(row, A, false), cell(row, B, false)));
        if (!r.computed || rateCol < 0) {
            for (qsizetype i : { Fs, G, H, P, Lc })
                for (bool max : { false, true })
                    if (!max || maxCol.value(i) != minCol.value(i))
                        value(i, max);
            return;
        }
        const QString rate = cellName(row, rateCol);
        // Each end of each step once: a single column is its lower end.
        auto ends = [&](qsizetype i) {
            return maxCol.value(i) == minCol.value(i) ? QList<bool> { false }
                                                      : QList<bool> { false, true };
        };
        for (bool max : ends(Fs))
            put(Fs, max,
                xlsxformula::lowerOf(
                    cell(row, E, max), cell(row, D, false), !max, !end(E, max), blank));
        for (bool max : ends(G))
            put(G, max,
                xlsxformula::lowerOf(
                    cell(row, Fs, max), cell(row, C, false), !max, !end(Fs, max), blank));
        for (bool max : ends(H))
            put(H, max,
                xlsxformula::truncated(
                    cell(row, G, max), rate, p.truncationUnit, !end(G, max), blank));
        for (bool max : ends(P)) {
            if (p.prefectureShare)
                put(P, max,
                    xlsxformula::truncated(cell(row, G, max),
                        fractionToString(max ? p.prefectureShare->max : p.prefectureShare->min),
                        p.truncationUnit, !end(G, max), blank));
            else
                value(P, max);
        }
        // The local burden crosses the ends: its lower end takes the highest (H) and support.
        for (bool max : ends(Lc))
            put(Lc, max,
                xlsxformula::remainder(cell(row, C, false), cell(row, H, !max), cell(row, P, !max),
                    !end(H, !max) || !end(P, !max), blank));
    }

    // 「下限不明」「上限不明」「不明」 beside the pair, recomputed from it.
    void marker(int row, qsizetype step, const YenRange &cached)
    {
        const QString lo = cell(row, step, false), hi = cell(row, step, true);
        const QString f
            = QStringLiteral(
                "=IF(COUNT(%1:%2)=2,\"\",IF(ISNUMBER(%1),\"%3\",IF(ISNUMBER(%2),\"%4\",\"%5\")))")
                  .arg(lo, hi, unknownEndText({ Yen(0), std::nullopt }, lang),
                      unknownEndText({ std::nullopt, Yen(0) }, lang), unknownEndText({}, lang));
        const QByteArray fu = f.toUtf8(), v = unknownEndText(cached, lang).toUtf8();
        worksheet_write_formula_str(sh.ws(), lxw_row_t(row), lxw_col_t(markerCol.value(step)),
            fu.constData(), F.unknown, v.constData());
        sh.grow(markerCol.value(step), displayWidth(QString::fromUtf8(v)));
    }

    template <class Cells>
    void sumRow(int row, const QString &label, const QString &menu, const ReportSteps &s,
        const std::optional<Yen> &budgeted, const Cells &cellsOf, int count)
    {
        sh.text(row, 0, label, F.totalLabel);
        sh.text(row, 1, menu, F.totalLabel);
        for (int c = 2; c < cols.size(); ++c) {
            const ShoyogakuColumn &col = cols[c];
            if (col.kind == ShoyogakuColumn::UnknownEnd) {
                marker(row, col.step, s.steps[col.step].value);
                continue;
            }
            // 予算計上額: the sum while every row summed has one, else empty, as computed; a
            // planner who clears or types one in the sheet gets the same rule.
            if (col.kind == ShoyogakuColumn::Budgeted && count > 0) {
                sh.formula(row, c,
                    QStringLiteral("=IF(COUNT(%1)=%2,SUM(%1),\"\")").arg(cellsOf(c)).arg(count),
                    budgeted, numTotal, numTotal, QString());
                continue;
            }
            if (col.kind != ShoyogakuColumn::Amount) {
                worksheet_write_blank(sh.ws(), lxw_row_t(row), lxw_col_t(c), F.totalLabel);
                continue;
            }
            const YenRange &v = s.steps[col.step].value;
            const std::optional<Yen> cached = col.max ? v.max : v.min;
            if (count == 0) {
                sh.amount(row, c, Yen(0), numTotal, numTotal, QString());
                continue;
            }
            const bool guarded = !v.min || !v.max;
            sh.formula(row, c,
                u'=' + xlsxformula::sum(cellsOf(c), count, guarded, QStringLiteral("\"\"")), cached,
                numTotal, numTotal, QString());
        }
    }

    Sheet &sh;
    const Formats &F;
    const ShoyogakuData &d;
    const QString &lang;
    const QList<ShoyogakuColumn> cols;
    lxw_format *num, *numTotal;
    QMap<qsizetype, int> minCol, maxCol, markerCol;
    int rateCol = -1;
};

} // namespace

void writeShoyogakuXlsx(const ShoyogakuData &data, const QString &path)
{
    Book book(path, QFileInfo(path).absolutePath());
    if (!book.wb())
        throw ReportError(path, QStringLiteral("cannot create the workbook"));
    QByteArray title = data.title.toUtf8(), author = QByteArrayLiteral("ShienPlan");
    lxw_doc_properties props {};
    props.title = title.data();
    props.author = author.data();
    workbook_set_properties(book.wb(), &props);
    const QString name = textIn(data.lang, u"所要額調書", u"Amount required");
    const QList<ShoyogakuColumn> cols = shoyogakuColumns(data);
    Sheet sh(workbook_add_worksheet(book.wb(), name.toUtf8().constData()), int(cols.size()));
    if (!sh.ws())
        throw ReportError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(name));
    ShoyogakuSheet(sh, book.f, data).write();
    const lxw_error err = book.close();
    if (err != LXW_NO_ERROR)
        throw ReportError(path,
            QStringLiteral("cannot write the workbook: %1")
                .arg(QString::fromUtf8(lxw_strerror(err))));
}

} // namespace shienplan
