// One exported table as a workbook (see xlsxtable.h).

#include "report/xlsxtable.h"

#include "core/base/savefile.h"
#include "report/xlsxbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shienplan
{

namespace
{

// Excel refuses a sheet name over 31 characters or with one of []:*?/\ in it.
QString sheetName(const QString &title)
{
    QString name = title.isEmpty() ? QStringLiteral("Sheet1") : title;
    for (QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, u'_');
    return name.left(31);
}

void writeRows(Sheet &sheet, const Formats &F, const ExportTable &table)
{
    for (qsizetype c = 0; c < table.header.size(); ++c)
        sheet.headerBelow(0, int(c), table.header[c], F.header);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const int at = int(r) + 1;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &cell = row[c];
            if (cell.isEmpty())
                continue; // an unknown end stays empty, as in the CSV
            const CellKind kind = table.kinds.value(c, CellKind::Text);
            // A number only if it is one: a count or an amount in yen, written by us as digits.
            const bool negative = cell.startsWith(u'-');
            const std::optional<Yen> n = kind == CellKind::Number
                ? parseYen(negative ? QStringView(cell).mid(1) : QStringView(cell))
                : std::nullopt;
            if (n)
                sheet.amount(at, int(c), negative ? Yen(-*n) : *n, F.integer, F.text, QString());
            else
                sheet.text(at, int(c), cell, cell.contains(u'\n') ? F.wrap : F.text);
        }
    }
}

// The table's workbook written to `file`: "" or what went wrong.
QString makeTableWorkbook(const ExportTable &table, const QString &file)
{
    const int columns = int(table.header.size());
    Book book(file, QFileInfo(file).absolutePath());
    if (!book.wb())
        return QStringLiteral("cannot create the workbook");
    Sheet sheet(
        workbook_add_worksheet(book.wb(), sheetName(table.title).toUtf8().constData()), columns);
    if (!sheet.ws())
        return QStringLiteral("cannot add the sheet");
    writeRows(sheet, book.f, table);
    // Long texts (findings) wrap within a readable width instead of one very wide column.
    for (int c = 0; c < columns; ++c)
        sheet.cap(c, 60);
    sheet.applyWidths();
    worksheet_freeze_panes(sheet.ws(), 1, 0);
    if (columns > 0)
        worksheet_autofilter(
            sheet.ws(), 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    sheet.setUpPrint(0, 0, 1, {});
    const lxw_error err = book.close();
    return err == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(err));
}

} // namespace

bool writeTableXlsx(const ExportTable &table, const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString problem = outputTargetProblem(path); !problem.isEmpty())
        return fail(problem);
    QString why;
    const std::optional<QByteArray> bytes = workbookInTemporaryFolder(
        [&](const QString &file) { return makeTableWorkbook(table, file); }, &why);
    if (!bytes)
        return fail(why);
    // Into place whole: the old workbook stays until the new one is complete.
    why = saveWhole(path, *bytes);
    if (!why.isEmpty())
        return fail(why);
    return true;
}

} // namespace shienplan
