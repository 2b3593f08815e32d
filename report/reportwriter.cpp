// Every report format written through a temporary file renamed into place.

#include "report/reportwriter.h"

#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/rules/rulebooklibrary.h"
#include "report/pdfreport.h"
#include "report/xlsxexport.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace shienplan
{

namespace
{

// The bytes of one format; failures name `target`, the file the user asked for.
QByteArray bytesFor(const ReportData &data, ReportFormat format, const QString &target)
{
    switch (format) {
    case ReportFormat::Csv:
        return reportToCsv(data);
    case ReportFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writeReportPdf(data, &buffer))
            throw ReportError(target, QStringLiteral("cannot render the PDF"));
        buffer.close();
        return buffer.data();
    }
    case ReportFormat::Xlsx: {
        // libxlsxwriter writes a file by name; it goes to a private folder and comes back as
        // bytes, so that the target is only ever written through QSaveFile.
        QTemporaryDir dir;
        if (!dir.isValid())
            throw ReportError(target,
                QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        try {
            writeReportXlsx(data, path);
        } catch (const ReportError &e) {
            throw ReportError(target, e.message);
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw ReportError(
                target, QStringLiteral("cannot read the workbook back: %1").arg(f.errorString()));
        return f.readAll();
    }
    }
    return {};
}

} // namespace

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

QByteArray reportBytes(const ReportData &data, ReportFormat format)
{
    return bytesFor(data, format, QString());
}

void writeReport(const ReportData &data, ReportFormat format, const QString &out)
{
    const QByteArray bytes = bytesFor(data, format, out);
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        throw ReportError(out, QStringLiteral("cannot write: %1").arg(f.errorString()));
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        throw ReportError(out, QStringLiteral("cannot write: %1").arg(why));
    }
    if (!f.commit())
        throw ReportError(out, QStringLiteral("cannot write: %1").arg(f.errorString()));
}

void writeReport(const Document &doc, const RuleBookLibrary &library, ReportFormat format,
    const QString &out, const QString &lang)
{
    writeReport(buildReportData(doc, library, Registry::bundled(), lang), format, out);
}

void writeReport(const Document &doc, ReportFormat format, const QString &out, const QString &lang)
{
    writeReport(doc, RuleBookLibrary::standard(), format, out, lang);
}

} // namespace shienplan
