#pragma once

// The workbook machinery under the report's sheets: a libxlsxwriter workbook with the report's
// cell formats, and a sheet that remembers how wide its content is so that its columns fit it.
// Internal to shienplan_report (xlsxexport.cpp and the sheets).

#include "core/base/money.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <xlsxwriter.h>

#include <functional>
#include <optional>
#include <vector>

namespace shienplan
{

// Columns are measured in characters of the default font; a kanji or kana takes two.
int displayWidth(const QString &s);
QString cellName(int row, int col); // zero-based → "H8"
QString sheetRef(const QString &sheet, int row, int col); // 'シート名'!H8

struct Formats {
    lxw_format *title, *label, *value, *header, *text, *textSmall, *yen, *yenTotal, *unknown,
        *unknownTotal, *status, *ok, *ng, *link, *wrap, *totalLabel;
    // 千円: the cell holds yen and shows yen ÷ 1,000 with its three decimals, never rounded
    // (12,345,678 円 shows 12,345.678), so that the formulas are the same in both units.
    lxw_format *thousand, *thousandTotal;
    lxw_format *rate; // 1/2, 3/4
    lxw_format *integer; // a count or an amount of an exported table: 14,000,000 (no unit)
};

// A4 landscape, the table's header rows on every page. A table of at most kMaxPrintColumns
// columns is fitted to the page's width. A wider one is split before the columns `breaks`, its
// first `titleColumns` columns repeated on every page, and scaled so that its widest page fits
// the width (Excel ignores page breaks in a sheet fitted to pages, so it cannot be both).
constexpr int kMaxPrintColumns = 22;

class Book
{
public:
    Book(const QString &path, const QString &tmpdir);
    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    lxw_workbook *wb() const { return m_wb; }
    lxw_error close();
    Formats f {};

private:
    QByteArray m_tmp;
    lxw_workbook *m_wb = nullptr;
    bool m_closed = false;
};

// Makes a workbook with `write`, which is given the file to write it to and returns "" or what
// went wrong: a plain name in a fresh temporary folder, since libxlsxwriter names its files in
// the 8-bit code page, which cannot name every path (under Wine 北海道.xlsx became ???.xlsx).
// Returns the workbook's bytes, for the caller to put in place whole; nullopt and why in *error
// otherwise.
std::optional<QByteArray> workbookInTemporaryFolder(
    const std::function<QString(const QString &path)> &write, QString *error);

// One worksheet, remembering how wide each column's content is.
class Sheet
{
public:
    Sheet(lxw_worksheet *ws, int columns);

    lxw_worksheet *ws() const { return m_ws; }

    void text(int row, int col, const QString &s, lxw_format *fmt, bool widen = true);
    // A known end is a number; an unknown one is the text 不明 (never 0, never a blank that a
    // SUM would quietly skip).
    void amount(int row, int col, const std::optional<Yen> &v, lxw_format *num, lxw_format *unknown,
        const QString &unknownText);
    void formula(int row, int col, const QString &formula, const std::optional<Yen> &cached,
        lxw_format *num, lxw_format *unknown, const QString &unknownText);
    void merge(int row, int col, int lastRow, int lastCol, const QString &s, lxw_format *fmt);
    // The block above a sheet's table: the title in row 0, then one label and value a row
    // (実施主体, 年度, 作成日), then a small note.
    void titleBlock(const Formats &F, const QString &title,
        const QList<std::pair<QString, QString>> &labelled, const QString &note);

    // The two header rows of a table: a single column merged over both rows, a pair of columns
    // under one group label with `min` and `max` below it, or a label in the second row only.
    // Header labels may wrap, so they widen their columns less than content does.
    void headerSingle(int row, int col, const QString &label, lxw_format *fmt);
    void headerPair(int row, int col, const QString &label, const QString &min, const QString &max,
        lxw_format *fmt);
    void headerBelow(int row, int col, const QString &label, lxw_format *fmt);

    void grow(int col, int width);
    // A column whose long texts wrap (its cells have a wrapping format) stays at most this wide.
    void cap(int col, int width) { m_cap[col] = width; }
    // Widths from the content: what the longest entry needs, within limits; a header may wrap.
    void applyWidths();
    // The print setup above; call after applyWidths (the scale depends on the widths).
    void setUpPrint(int headerFirst, int headerLast, int titleColumns, const QList<int> &breaks);

private:
    lxw_worksheet *m_ws;
    std::vector<int> m_width;
    std::vector<int> m_headerWidth;
    std::vector<int> m_applied; // the widths set by applyWidths
    QMap<int, int> m_cap;
};

} // namespace shienplan
