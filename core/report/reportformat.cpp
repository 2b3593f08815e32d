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

QString reportSizeProblem(ReportFormat format, qsizetype alternatives)
{
    if (format == ReportFormat::Csv || alternatives <= kMaxLaidOutAlternatives)
        return {};
    return QStringLiteral("%1 alternatives are too many for one %2 (at most %3): write a CSV, "
                          "or split the plans into several documents")
        .arg(alternatives)
        .arg(format == ReportFormat::Pdf ? QStringLiteral("PDF") : QStringLiteral("workbook"))
        .arg(kMaxLaidOutAlternatives);
}

} // namespace shienplan
