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

} // namespace shienplan
