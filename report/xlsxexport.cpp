#include "report/xlsxexport.h"

#include "report/reporterror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace shienplan
{

namespace
{

// Columns of a scenario sheet, one row per program.
enum Col {
    CId,
    CMenu,
    CSubprojects,
    CStaff,
    CExpenditure,
    COtherIncome,
    CNet,
    CStandardMin,
    CStandardMax,
    CAdoptedMin,
    CAdoptedMax,
    CNationalMin,
    CNationalMax,
    CPrefectureMin,
    CPrefectureMax,
    CLocalMin,
    CLocalMax,
    CEligible,
    CStatusStandard,
    CStatusAdopted,
    CStatusNational,
    CStatusPrefecture,
    CStatusLocal,
    CCount
};

// Columns of the summary sheet, one row per scenario.
enum SCol {
    SNo,
    SName,
    SYear,
    SMenus,
    SEligible,
    SStandardMin,
    SStandardMax,
    SAdoptedMin,
    SAdoptedMax,
    SNationalMin,
    SNationalMax,
    SPrefectureMin,
    SPrefectureMax,
    SLocalMin,
    SLocalMax,
    SStatusNational,
    SCount
};

// Yen in a cell: Excel holds numbers as doubles, exact up to 2^53 yen (9 千兆円), far above any
// budget; the engine's figures are exact integers, and so is every cell written here.
double toNumber(const Yen &v)
{
    return v.convert_to<double>();
}

// Columns are measured in characters of the default font; a kanji or kana takes two.
int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        if (ch.isLowSurrogate())
            continue;
        const bool wide = ch.isHighSurrogate() || (u >= 0x1100 && u <= 0x115f)
            || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
            || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f)
            || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6) || u == 0x25ce
            || u == 0x25cb || u == 0x2014 || u == 0x2212;
        w += wide ? 2 : 1;
    }
    return w;
}

QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellName(int row, int col) // zero-based → "H8"
{
    return columnName(col) + QString::number(row + 1);
}

QString sheetRef(const QString &sheet, int row, int col)
{
    QString quoted = sheet;
    quoted.replace(QStringLiteral("'"), QStringLiteral("''"));
    return QStringLiteral("'%1'!%2").arg(quoted, cellName(row, col));
}

struct Formats {
    lxw_format *title, *label, *value, *header, *text, *textSmall, *yen, *yenTotal, *unknown,
        *unknownTotal, *status, *ok, *ng, *link, *wrap, *totalLabel;
};

class Book
{
public:
    Book(const QString &path, const QString &tmpdir)
        : m_tmp(QFile::encodeName(tmpdir))
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_FALSE; // merged header cells need the whole sheet in memory
        options.tmpdir = m_tmp.data();
        m_wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_wb)
            return;
        auto fmt = [this](bool bold = false) {
            lxw_format *f = workbook_add_format(m_wb);
            format_set_font_name(f, "BIZ UDPゴシック");
            format_set_font_size(f, 10);
            if (bold)
                format_set_bold(f);
            return f;
        };
        auto bordered = [&](lxw_format *f) {
            format_set_border(f, LXW_BORDER_THIN);
            format_set_border_color(f, 0x8A8A8A);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            return f;
        };
        const char *yenFormat = "#,##0\"円\"";
        f.title = fmt(true);
        format_set_font_size(f.title, 14);
        f.label = fmt(true);
        f.value = fmt();
        f.header = bordered(fmt(true));
        format_set_bg_color(f.header, 0xE8EDF3);
        format_set_text_wrap(f.header);
        format_set_align(f.header, LXW_ALIGN_CENTER);
        format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
        f.text = bordered(fmt());
        f.wrap = bordered(fmt());
        format_set_text_wrap(f.wrap);
        f.textSmall = fmt();
        format_set_font_size(f.textSmall, 9);
        f.yen = bordered(fmt());
        format_set_num_format(f.yen, yenFormat);
        f.yenTotal = bordered(fmt(true));
        format_set_num_format(f.yenTotal, yenFormat);
        format_set_top(f.yenTotal, LXW_BORDER_DOUBLE);
        f.unknown = bordered(fmt());
        format_set_font_color(f.unknown, 0xC62828);
        format_set_align(f.unknown, LXW_ALIGN_RIGHT);
        f.unknownTotal = bordered(fmt(true));
        format_set_font_color(f.unknownTotal, 0xC62828);
        format_set_align(f.unknownTotal, LXW_ALIGN_RIGHT);
        format_set_top(f.unknownTotal, LXW_BORDER_DOUBLE);
        f.totalLabel = bordered(fmt(true));
        format_set_top(f.totalLabel, LXW_BORDER_DOUBLE);
        f.status = bordered(fmt());
        format_set_font_size(f.status, 9);
        format_set_font_color(f.status, 0x455A64);
        format_set_text_wrap(f.status);
        f.ok = bordered(fmt(true));
        format_set_font_color(f.ok, 0x2E7D32);
        f.ng = bordered(fmt(true));
        format_set_font_color(f.ng, 0xC62828);
        f.link = bordered(fmt());
        format_set_font_color(f.link, 0x1A3D6D);
        format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
        format_set_text_wrap(f.link);
    }
    ~Book()
    {
        if (m_wb && !m_closed)
            workbook_close(m_wb); // frees it; the caller discards the half-written file
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    lxw_workbook *wb() const { return m_wb; }
    lxw_error close()
    {
        m_closed = true;
        return workbook_close(m_wb);
    }
    Formats f {};

private:
    QByteArray m_tmp;
    lxw_workbook *m_wb = nullptr;
    bool m_closed = false;
};

// One worksheet, remembering how wide each column's content is.
class Sheet
{
public:
    Sheet(lxw_worksheet *ws, int columns)
        : m_ws(ws)
        , m_width(size_t(columns), 0)
    {
    }

    lxw_worksheet *ws() const { return m_ws; }

    void text(int row, int col, const QString &s, lxw_format *fmt, bool widen = true)
    {
        const QByteArray utf8 = s.toUtf8();
        worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), fmt);
        if (widen)
            grow(col, displayWidth(s));
    }

    // A known end is a number; an unknown one is the text 不明 (never 0, never a blank that a
    // SUM would quietly skip).
    void amount(int row, int col, const std::optional<Yen> &v, lxw_format *num, lxw_format *unknown,
        const QString &unknownText)
    {
        if (v) {
            worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), toNumber(*v), num);
            grow(col, displayWidth(formatYen(*v)) + 2);
        } else {
            text(row, col, unknownText, unknown);
        }
    }

    void formula(int row, int col, const QString &formula, const std::optional<Yen> &cached,
        lxw_format *num, lxw_format *unknown, const QString &unknownText)
    {
        const QByteArray utf8 = formula.toUtf8();
        if (cached) {
            worksheet_write_formula_num(
                m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), num, toNumber(*cached));
            grow(col, displayWidth(formatYen(*cached)) + 2);
        } else {
            const QByteArray t = unknownText.toUtf8();
            worksheet_write_formula_str(
                m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), unknown, t.constData());
            grow(col, displayWidth(unknownText));
        }
    }

    void merge(int row, int col, int lastRow, int lastCol, const QString &s, lxw_format *fmt)
    {
        const QByteArray utf8 = s.toUtf8();
        worksheet_merge_range(m_ws, lxw_row_t(row), lxw_col_t(col), lxw_row_t(lastRow),
            lxw_col_t(lastCol), utf8.constData(), fmt);
    }

    void grow(int col, int width)
    {
        if (col >= 0 && size_t(col) < m_width.size())
            m_width[size_t(col)] = std::max(m_width[size_t(col)], width);
    }

    // A column whose long texts wrap (its cells have a wrapping format) stays at most this wide.
    void cap(int col, int width) { m_cap[col] = width; }

    // Widths from the content: what the longest entry needs, within limits; a header may wrap.
    void applyWidths(const QList<int> &headerWidths = {})
    {
        for (size_t c = 0; c < m_width.size(); ++c) {
            int w = m_width[c];
            if (qsizetype(c) < headerWidths.size())
                w = std::max(w, std::min(headerWidths[qsizetype(c)], 14));
            w = std::clamp(w + 2, 6, m_cap.value(int(c), 60));
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), w, nullptr);
        }
    }

private:
    lxw_worksheet *m_ws;
    std::vector<int> m_width;
    QMap<int, int> m_cap;
};

QString replaceForbidden(QString s)
{
    static const QList<QPair<QChar, QChar>> map = { { u'[', u'［' }, { u']', u'］' },
        { u':', u'：' }, { u'*', u'＊' }, { u'?', u'？' }, { u'/', u'／' }, { u'\\', u'＼' } };
    for (const auto &m : map)
        s.replace(m.first, m.second);
    for (QChar &ch : s)
        if (ch.unicode() < 0x20)
            ch = u' ';
    while (s.startsWith(u'\''))
        s[0] = u'’';
    while (s.endsWith(u'\''))
        s[s.size() - 1] = u'’';
    return s.trimmed();
}

QString truncated(const QString &s, int max)
{
    if (s.size() <= max)
        return s;
    QString t = s.left(max);
    if (t.back().isHighSurrogate())
        t.chop(1);
    return t;
}

} // namespace

QStringList xlsxSheetNames(const QStringList &wanted, const QStringList &taken)
{
    constexpr int kMax = 31;
    QStringList used;
    for (const auto &t : taken)
        used << t.toCaseFolded();
    QStringList out;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        QString base = truncated(replaceForbidden(wanted[i]), kMax);
        if (base.isEmpty() || base.compare(QStringLiteral("History"), Qt::CaseInsensitive) == 0)
            base = truncated(QStringLiteral("シナリオ%1").arg(i + 1)
                    + (base.isEmpty() ? QString() : QStringLiteral(" ") + base),
                kMax);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral("（%1）").arg(n);
            name = truncated(base, kMax - int(suffix.size())) + suffix;
        }
        used << name.toCaseFolded();
        out << name;
    }
    return out;
}

void writeReportXlsx(const ReportData &data, const QString &path)
{
    const ReportLabels &L = reportLabels(data.lang);
    const QString &lang = data.lang;
    const bool en = lang == QLatin1String("en");
    Book book(path, QFileInfo(path).absolutePath());
    if (!book.wb())
        throw ReportError(path, QStringLiteral("cannot create the workbook"));
    const Formats &F = book.f;

    QByteArray title = data.title.toUtf8();
    QByteArray subject = QStringLiteral("%1 %2").arg(data.bodyText, data.fiscalYearText).toUtf8();
    QByteArray author = QByteArrayLiteral("ShienPlan");
    lxw_doc_properties props {};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    workbook_set_properties(book.wb(), &props);

    QStringList wanted;
    for (const auto &s : data.scenarios)
        wanted << s.name;
    const QStringList names = xlsxSheetNames(wanted, { L.summary });

    Sheet summary(workbook_add_worksheet(book.wb(), L.summary.toUtf8().constData()), SCount);
    if (!summary.ws())
        throw ReportError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(L.summary));

    // As in the PDF: "—" for a figure that rests on nothing uncertain (no start-up support).
    auto restsOn = [&](const ReportFigure &f) {
        return f.statuses.isEmpty() && f.value.isExact() ? QStringLiteral("—")
                                                         : statusesText(f.statuses, lang);
    };

    // Scenario sheets first: the summary refers to the cells of their totals.
    constexpr int kHeader1 = 5, kHeader2 = 6, kFirstProgram = 7;
    QList<int> totalRows;
    for (qsizetype si = 0; si < data.scenarios.size(); ++si) {
        const ReportScenario &s = data.scenarios[si];
        Sheet sh(workbook_add_worksheet(book.wb(), names[si].toUtf8().constData()), CCount);
        if (!sh.ws())
            throw ReportError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(names[si]));
        lxw_worksheet *ws = sh.ws();
        worksheet_set_paper(ws, 9); // A4
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        sh.text(0, 0,
            (en ? QStringLiteral("%1 %2 \"%3\"") : QStringLiteral("%1 %2 「%3」"))
                .arg(L.scenario)
                .arg(si + 1)
                .arg(s.name),
            F.title, false);
        QStringList body { s.bodyName };
        if (!s.bodyKindLabel.isEmpty())
            body << s.bodyKindLabel;
        if (!s.bodyCode.isEmpty())
            body << s.bodyCode;
        sh.text(1, 0, L.body, F.label);
        sh.text(1, 1, body.join(en ? QStringLiteral(", ") : QStringLiteral("・")), F.value, false);
        sh.text(2, 0, L.fiscalYear, F.label);
        sh.text(2, 1, s.fiscalYearLabel, F.value, false);
        sh.text(3, 0, L.eligibility, F.label);
        sh.text(3, 1, s.evaluated ? s.eligibilityText(lang) : s.notEvaluated, F.value, false);

        // Two header rows: a group label over 下限/上限, single columns merged over both rows.
        QList<int> headerWidths(CCount, 0);
        auto single = [&](int col, const QString &label) {
            sh.merge(kHeader1, col, kHeader2, col, label, F.header);
            headerWidths[col] = displayWidth(label);
        };
        auto pair = [&](int col, const QString &label) {
            sh.merge(kHeader1, col, kHeader1, col + 1, label, F.header);
            sh.text(kHeader2, col, L.min, F.header, false);
            sh.text(kHeader2, col + 1, L.max, F.header, false);
            headerWidths[col] = headerWidths[col + 1] = displayWidth(label) / 2;
        };
        single(CId, L.programId);
        single(CMenu, L.menu);
        single(CSubprojects, L.subprojects);
        single(CStaff, L.staff);
        single(CExpenditure, L.expenditure);
        single(COtherIncome, L.otherIncome);
        single(CNet, L.net);
        pair(CStandardMin, L.standard);
        pair(CAdoptedMin, L.adopted);
        pair(CNationalMin, L.national);
        pair(CPrefectureMin, L.prefecture);
        pair(CLocalMin, L.local);
        single(CEligible, L.eligibility);
        sh.merge(kHeader1, CStatusStandard, kHeader1, CStatusLocal, L.restsOn, F.header);
        const QList<QString> statusHeads { L.standard, L.adopted, L.national, L.prefecture,
            L.local };
        for (int i = 0; i < statusHeads.size(); ++i) {
            sh.text(kHeader2, CStatusStandard + i, statusHeads[i], F.header, false);
            headerWidths[CStatusStandard + i] = displayWidth(statusHeads[i]);
        }
        worksheet_set_row(ws, kHeader1, 30, nullptr);
        worksheet_set_row(ws, kHeader2, 16, nullptr);

        int row = kFirstProgram;
        for (const auto &p : s.programs) {
            sh.text(row, CId, p.id, F.text);
            sh.text(row, CMenu, p.menuLabel, F.text);
            sh.text(row, CSubprojects, p.subprojectsText(lang), F.wrap);
            sh.text(row, CStaff, p.staffText(lang), F.wrap);
            sh.amount(row, CExpenditure, p.expenditure, F.yen, F.unknown, L.unknown);
            sh.amount(row, COtherIncome, p.otherIncome, F.yen, F.unknown, L.unknown);
            // The net cost as the formula a planner would write; the engine's figure is its cached
            // value.
            sh.formula(row, CNet,
                QStringLiteral("=MAX(0,%1-%2)")
                    .arg(cellName(row, CExpenditure), cellName(row, COtherIncome)),
                Yen(std::max(Yen(0), Yen(p.expenditure - p.otherIncome))), F.yen, F.unknown,
                L.unknown);
            int col = CStandardMin;
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local }) {
                sh.amount(row, col, fig->value.min, F.yen, F.unknown, L.unknown);
                sh.amount(row, col + 1, fig->value.max, F.yen, F.unknown, L.unknown);
                col += 2;
            }
            const bool ok = s.evaluated && p.eligible;
            sh.text(row, CEligible,
                !s.evaluated ? s.eligibilityText(lang)
                    : ok     ? L.eligible
                             : L.notEligible,
                ok ? F.ok : F.ng);
            col = CStatusStandard;
            for (const ReportFigure *fig :
                { &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local })
                sh.text(row, col++, restsOn(*fig), F.status);
            ++row;
        }
        if (s.programs.isEmpty()) {
            sh.text(row, CId, L.noProgram, F.text, false);
            ++row;
        }

        // Totals: =SUM() over the program rows, cached with the engine's totals. A column with an
        // unknown end sums to 不明, as the engine says.
        const int totalRow = row;
        totalRows << totalRow;
        sh.merge(totalRow, CId, totalRow, CStaff, L.total, F.totalLabel);
        const ReportTotals &t = s.totals;
        auto total = [&](int col, const std::optional<Yen> &cached) {
            if (s.programs.isEmpty()) {
                sh.amount(totalRow, col, Yen(0), F.yenTotal, F.unknownTotal, L.unknown);
                return;
            }
            if (!cached) {
                sh.text(totalRow, col, L.unknown, F.unknownTotal);
                return;
            }
            sh.formula(totalRow, col,
                QStringLiteral("=SUM(%1:%2)")
                    .arg(cellName(kFirstProgram, col), cellName(totalRow - 1, col)),
                cached, F.yenTotal, F.unknownTotal, L.unknown);
        };
        total(CExpenditure, t.expenditure);
        total(COtherIncome, t.otherIncome);
        total(CNet, t.net.value.min);
        int col = CStandardMin;
        for (const ReportFigure *fig :
            { &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local }) {
            total(col, fig->value.min);
            total(col + 1, fig->value.max);
            col += 2;
        }
        sh.text(
            totalRow, CEligible, s.eligibilityText(lang), s.evaluated && s.eligible ? F.ok : F.ng);
        col = CStatusStandard;
        for (const ReportFigure *fig :
            { &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local })
            sh.text(totalRow, col++, restsOn(*fig), F.status);

        // Below the table: findings, the explanation and the sources (long texts run to the right).
        row = totalRow + 2;
        sh.text(row++, 0, L.findings, F.label, false);
        if (!s.evaluated)
            sh.text(row++, 0, s.notEvaluated, F.value, false);
        else if (s.findings.isEmpty())
            sh.text(row++, 0, L.noFindings, F.value, false);
        for (const auto &fd : s.findings) {
            sh.text(
                row, 0, fd.severityLabel, fd.severity == Severity::Error ? F.ng : F.text, false);
            sh.text(row, 1, fd.program, F.text, false);
            sh.text(row, 2, fd.source, F.text, false);
            sh.text(row, 3, fd.message, F.value, false);
            ++row;
        }
        for (const auto &p : s.programs) {
            if (p.explanation.isEmpty())
                continue;
            ++row;
            sh.text(row++, 0, QStringLiteral("%1: %2 %3").arg(L.explanation, p.id, p.menuLabel),
                F.label, false);
            for (qsizetype i = 0; i < p.explanation.size(); ++i) {
                sh.text(row, 0, p.id, F.textSmall, false);
                worksheet_write_number(ws, lxw_row_t(row), 1, double(i + 1), F.textSmall);
                sh.text(row, 2, p.explanation[i], F.textSmall, false);
                ++row;
            }
        }
        bool anySources = false;
        for (const auto &p : s.programs)
            anySources |= !p.sources.isEmpty();
        if (anySources) {
            ++row;
            sh.text(row++, 0, L.sources, F.label, false);
            sh.text(row, 0, L.programId, F.header, false);
            sh.text(row, 1, L.item, F.header, false);
            sh.text(row, 2, L.status, F.header, false);
            sh.text(row, 3, L.source, F.header, false);
            sh.text(row, 4, L.note, F.header, false);
            ++row;
            for (const auto &p : s.programs) {
                for (const auto &src : p.sources) {
                    sh.text(row, 0, p.id, F.text, false);
                    sh.text(row, 1, src.label, F.text, false);
                    sh.text(row, 2, statusLabel(src.status, lang), F.text, false);
                    sh.text(row, 3, src.source, F.text, false);
                    sh.text(row, 4, src.note, F.text, false);
                    ++row;
                }
            }
        }
        sh.cap(CSubprojects, 44);
        sh.cap(CStaff, 30);
        for (int c = CStatusStandard; c <= CStatusLocal; ++c)
            sh.cap(c, 26);
        worksheet_freeze_panes(ws, kFirstProgram, CSubprojects);
        worksheet_repeat_rows(ws, kHeader1, kHeader2);
        sh.applyWidths(headerWidths);
    }

    // The summary: one row per scenario, its figures taken from the scenario sheets' totals.
    lxw_worksheet *ws = summary.ws();
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_activate(ws);
    summary.text(0, 0, data.title, F.title, false);
    summary.text(1, 0, L.body, F.label, false);
    summary.text(1, 1, data.bodyText, F.value, false);
    summary.text(2, 0, L.fiscalYear, F.label, false);
    summary.text(2, 1, data.fiscalYearText, F.value, false);
    summary.text(3, 0, L.date, F.label, false);
    summary.text(3, 1, data.dateText, F.value, false);
    summary.text(4, 0, L.disclaimer, F.textSmall, false);
    QList<int> headerWidths(SCount, 0);
    auto single = [&](int col, const QString &label) {
        summary.merge(kHeader1, col, kHeader2, col, label, F.header);
        headerWidths[col] = displayWidth(label);
    };
    auto pair = [&](int col, const QString &label) {
        summary.merge(kHeader1, col, kHeader1, col + 1, label, F.header);
        summary.text(kHeader2, col, L.min, F.header, false);
        summary.text(kHeader2, col + 1, L.max, F.header, false);
        headerWidths[col] = headerWidths[col + 1] = displayWidth(label) / 2;
    };
    single(SNo, QStringLiteral("No."));
    single(SName, L.scenario);
    single(SYear, L.fiscalYear);
    single(SMenus, L.program);
    single(SEligible, L.eligibility);
    pair(SStandardMin, L.standard);
    pair(SAdoptedMin, L.adopted);
    pair(SNationalMin, L.national);
    pair(SPrefectureMin, L.prefecture);
    pair(SLocalMin, L.local);
    single(SStatusNational,
        en ? QStringLiteral("National subsidy rests on")
           : QStringLiteral("国庫補助額の根拠の状態"));
    worksheet_set_row(ws, kHeader1, 30, nullptr);
    worksheet_set_row(ws, kHeader2, 16, nullptr);
    int row = kFirstProgram;
    for (qsizetype si = 0; si < data.scenarios.size(); ++si) {
        const ReportScenario &s = data.scenarios[si];
        worksheet_write_number(ws, lxw_row_t(row), SNo, double(si + 1), F.text);
        // The name links to the scenario's sheet.
        const QByteArray url = (QStringLiteral("internal:") + sheetRef(names[si], 0, 0)).toUtf8();
        const QByteArray name = s.name.toUtf8();
        if (url.size() < 255)
            worksheet_write_url_opt(ws, lxw_row_t(row), SName, url.constData(), F.link,
                name.constData(),
                (en ? QByteArrayLiteral("Go to the sheet")
                    : QStringLiteral("シートへ移動").toUtf8())
                    .constData());
        else
            worksheet_write_string(ws, lxw_row_t(row), SName, name.constData(), F.text);
        summary.grow(SName, displayWidth(s.name));
        summary.text(row, SYear, s.fiscalYearLabel, F.text);
        summary.text(row, SMenus, s.menusText(lang), F.wrap);
        summary.text(
            row, SEligible, s.eligibilityText(lang), s.evaluated && s.eligible ? F.ok : F.ng);
        const ReportTotals &t = s.totals;
        int col = SStandardMin;
        int source = CStandardMin;
        for (const ReportFigure *fig :
            { &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local }) {
            summary.formula(row, col,
                QStringLiteral("=") + sheetRef(names[si], totalRows[si], source), fig->value.min,
                F.yen, F.unknown, L.unknown);
            summary.formula(row, col + 1,
                QStringLiteral("=") + sheetRef(names[si], totalRows[si], source + 1),
                fig->value.max, F.yen, F.unknown, L.unknown);
            col += 2;
            source += 2;
        }
        summary.text(row, SStatusNational, statusesText(t.national.statuses, lang), F.status);
        ++row;
    }
    row += 1;
    summary.text(row++, 0,
        en ? QStringLiteral("The figures refer to the totals on each scenario's sheet.")
           : QStringLiteral("金額は各シナリオのシートの合計を参照しています。"),
        F.textSmall, false);
    if (!data.legend.isEmpty()) {
        ++row;
        summary.text(row++, 0, L.legend, F.label, false);
        for (const auto &e : data.legend) {
            summary.text(row, 1, e.label, F.text);
            summary.text(row, 2, e.meaning, F.value, false);
            ++row;
        }
    }
    if (!data.problems.isEmpty()) {
        ++row;
        summary.text(row++, 0,
            en ? QStringLiteral("Values of the document that could not be applied")
               : QStringLiteral("適用できなかった文書の値"),
            F.label, false);
        for (const auto &p : data.problems)
            summary.text(row++, 1, p, F.value, false);
    }
    worksheet_freeze_panes(ws, kFirstProgram, SYear);
    worksheet_repeat_rows(ws, kHeader1, kHeader2);
    summary.cap(SName, 36);
    summary.cap(SMenus, 40);
    summary.cap(SStatusNational, 26);
    summary.applyWidths(headerWidths);

    const lxw_error err = book.close();
    if (err != LXW_NO_ERROR)
        throw ReportError(path,
            QStringLiteral("cannot write the workbook: %1")
                .arg(QString::fromUtf8(lxw_strerror(err))));
}

} // namespace shienplan
