// The file formats of a report, named as their file suffixes.

#include "core/report/reportformat.h"

namespace shienplan
{

QString reportFormatSuffix(ReportFormat f)
{
    switch (f) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromSuffix(QStringView suffix)
{
    for (ReportFormat f : { ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv })
        if (suffix.compare(reportFormatSuffix(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

} // namespace shienplan
