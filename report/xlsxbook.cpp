// The workbook machinery under the report's sheets: the workbook with its formats (created once,
// in a fixed order, so that the file's styles are the same every time) and a sheet that sizes
// its columns from what was written into it.

#include "report/xlsxbook.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>

namespace shienplan
{

namespace
{

// Yen in a cell: Excel holds numbers as doubles, exact up to 2^53 yen (9 千兆円), far above any
// budget; the engine's figures are exact integers, and so is every cell written here.
double toNumber(const Yen &v)
{
    return v.convert_to<double>();
}

QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

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

QString cellName(int row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

QString sheetRef(const QString &sheet, int row, int col)
{
    QString quoted = sheet;
    quoted.replace(QStringLiteral("'"), QStringLiteral("''"));
    return QStringLiteral("'%1'!%2").arg(quoted, cellName(row, col));
}

std::optional<QByteArray> workbookInTemporaryFolder(
    const std::function<QString(const QString &path)> &write, QString *error)
{
    const QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("workbook.xlsx"));
    if (const QString why = write(path); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the workbook back: %1").arg(f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

Book::Book(const QString &path, const QString &tmpdir)
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
    // The trailing comma divides by 1,000 for display only; three decimals keep every yen.
    const char *thousandFormat = "#,##0.000,";
    f.thousand = bordered(fmt());
    format_set_num_format(f.thousand, thousandFormat);
    f.thousandTotal = bordered(fmt(true));
    format_set_num_format(f.thousandTotal, thousandFormat);
    format_set_top(f.thousandTotal, LXW_BORDER_DOUBLE);
    f.rate = bordered(fmt());
    format_set_num_format(f.rate, "?/?");
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
    f.integer = bordered(fmt());
    format_set_num_format(f.integer, "#,##0");
}

Book::~Book()
{
    if (m_wb && !m_closed)
        workbook_close(m_wb); // frees it; the caller discards the half-written file
}

lxw_error Book::close()
{
    m_closed = true;
    return workbook_close(m_wb);
}

Sheet::Sheet(lxw_worksheet *ws, int columns)
    : m_ws(ws)
    , m_width(size_t(columns), 0)
    , m_headerWidth(size_t(columns), 0)
{
}

void Sheet::titleBlock(const Formats &F, const QString &title,
    const QList<std::pair<QString, QString>> &labelled, const QString &note)
{
    text(0, 0, title, F.title, false);
    int row = 1;
    for (const auto &[label, value] : labelled) {
        text(row, 0, label, F.label, false);
        text(row, 1, value, F.value, false);
        ++row;
    }
    text(row, 0, note, F.textSmall, false);
}

void Sheet::text(int row, int col, const QString &s, lxw_format *fmt, bool widen)
{
    const QByteArray utf8 = s.toUtf8();
    worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), fmt);
    if (widen)
        grow(col, displayWidth(s));
}

void Sheet::amount(int row, int col, const std::optional<Yen> &v, lxw_format *num,
    lxw_format *unknown, const QString &unknownText)
{
    if (v) {
        worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), toNumber(*v), num);
        grow(col, displayWidth(formatYen(*v)) + 2);
    } else {
        text(row, col, unknownText, unknown);
    }
}

void Sheet::formula(int row, int col, const QString &formula, const std::optional<Yen> &cached,
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

void Sheet::merge(int row, int col, int lastRow, int lastCol, const QString &s, lxw_format *fmt)
{
    const QByteArray utf8 = s.toUtf8();
    worksheet_merge_range(m_ws, lxw_row_t(row), lxw_col_t(col), lxw_row_t(lastRow),
        lxw_col_t(lastCol), utf8.constData(), fmt);
}

void Sheet::grow(int col, int width)
{
    if (col >= 0 && size_t(col) < m_width.size())
        m_width[size_t(col)] = std::max(m_width[size_t(col)], width);
}

void Sheet::headerSingle(int row, int col, const QString &label, lxw_format *fmt)
{
    merge(row, col, row + 1, col, label, fmt);
    m_headerWidth[size_t(col)] = displayWidth(label);
}

void Sheet::headerPair(
    int row, int col, const QString &label, const QString &min, const QString &max, lxw_format *fmt)
{
    merge(row, col, row, col + 1, label, fmt);
    text(row + 1, col, min, fmt, false);
    text(row + 1, col + 1, max, fmt, false);
    m_headerWidth[size_t(col)] = m_headerWidth[size_t(col) + 1] = displayWidth(label) / 2;
}

void Sheet::headerBelow(int row, int col, const QString &label, lxw_format *fmt)
{
    text(row, col, label, fmt, false);
    m_headerWidth[size_t(col)] = displayWidth(label);
}

void Sheet::applyWidths()
{
    for (size_t c = 0; c < m_width.size(); ++c) {
        int w = std::max(m_width[c], std::min(m_headerWidth[c], 14));
        w = std::clamp(w + 2, 6, m_cap.value(int(c), 60));
        worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), w, nullptr);
        m_applied.push_back(w);
    }
}

void Sheet::setUpPrint(int headerFirst, int headerLast, int titleColumns, const QList<int> &breaks)
{
    worksheet_set_paper(m_ws, 9); // A4
    worksheet_set_landscape(m_ws);
    worksheet_repeat_rows(m_ws, lxw_row_t(headerFirst), lxw_row_t(headerLast));
    if (breaks.isEmpty()) {
        worksheet_fit_to_pages(m_ws, 1, 0);
        return;
    }
    // libxlsxwriter keeps the print titles ('name'!$A:$B,'name'!$7:$8) in 128 bytes and cuts a
    // longer one mid-character, which breaks the workbook: a sheet with a long Japanese name
    // repeats its header rows only.
    const size_t quoted = 2 * (std::strlen(m_ws->name) + 4) + 16;
    if (quoted < LXW_DEFINED_NAME_LENGTH)
        worksheet_repeat_columns(m_ws, 0, lxw_col_t(titleColumns - 1));
    // A column of width w characters is about 7w + 5 pixels of 96 dpi; A4 landscape with the
    // default margins (0.7 in each side) leaves 10.29 in = 988 pixels.
    auto pixels = [this](int from, int to) {
        double px = 0;
        for (int c = from; c < to && size_t(c) < m_applied.size(); ++c)
            px += 7.0 * m_applied[size_t(c)] + 5;
        return px;
    };
    const double titles = pixels(0, titleColumns);
    double widest = pixels(0, breaks.first());
    for (qsizetype i = 0; i < breaks.size(); ++i) {
        const int to = i + 1 < breaks.size() ? breaks[i + 1] : int(m_applied.size());
        widest = std::max(widest, titles + pixels(breaks[i], to));
    }
    worksheet_set_print_scale(m_ws, uint16_t(std::clamp(int(988.0 * 100 / widest), 10, 100)));
    std::vector<lxw_col_t> cols;
    for (int b : breaks)
        cols.push_back(lxw_col_t(b));
    cols.push_back(0);
    worksheet_set_v_pagebreaks(m_ws, cols.data());
}

} // namespace shienplan
