#pragma once

// The file formats of a report, named as their file suffixes. Here in core (not in report/)
// because the command line chooses a format before it loads the writers (cli/reportbackend.h).

#include <QString>
#include <QStringView>

#include <optional>

namespace shienplan
{

enum class ReportFormat { Pdf, Xlsx, Csv };

QString reportFormatSuffix(ReportFormat f); // "pdf", "xlsx", "csv"
std::optional<ReportFormat> reportFormatFromSuffix(QStringView suffix);

// The PDF lays out pages and the workbook a sheet for every alternative: beyond this many that is
// thousands of pages or sheets and minutes of work (measured: a PDF of 500 alternatives took
// 20 s), so it is refused at once; the CSV takes any number.
constexpr qsizetype kMaxLaidOutAlternatives = 1000;
// Why a report of `alternatives` alternatives is not written in `format`; empty when it is.
QString reportSizeProblem(ReportFormat format, qsizetype alternatives);

} // namespace shienplan
