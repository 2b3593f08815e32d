// Every report format written through a temporary file renamed into place.

#include "report/reportwriter.h"

#include "core/base/savefile.h"
#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/rules/rulebooklibrary.h"
#include "report/pdfreport.h"
#include "report/xlsxbook.h"
#include "report/xlsxexport.h"
#include "report/xlsxshoyogaku.h"

#include <QBuffer>

#include <functional>

namespace shienplan
{

namespace
{

// A workbook made in a private folder (workbookInTemporaryFolder), so that the target is only
// ever written whole.
QByteArray workbookBytes(const std::function<void(const QString &)> &write, const QString &target)
{
    QString error;
    std::optional<QByteArray> bytes;
    try {
        bytes = workbookInTemporaryFolder(
            [&](const QString &path) {
                write(path);
                return QString();
            },
            &error);
    } catch (const ReportError &e) {
        throw ReportError(target, e.message);
    }
    if (!bytes)
        throw ReportError(target, error);
    return *bytes;
}

QByteArray pdfBytes(const std::function<bool(QIODevice *)> &write, const QString &target)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer))
        throw ReportError(target, QStringLiteral("cannot render the PDF"));
    buffer.close();
    return buffer.data();
}

// The bytes of one format; failures name `target`, the file the user asked for.
QByteArray bytesFor(const ReportData &data, ReportFormat format, const QString &target)
{
    const QString tooMany = reportSizeProblem(format, data.scenarios.size());
    if (!tooMany.isEmpty())
        throw ReportError(target, tooMany);
    switch (format) {
    case ReportFormat::Csv:
        return reportToCsv(data);
    case ReportFormat::Pdf:
        return pdfBytes([&](QIODevice *out) { return writeReportPdf(data, out); }, target);
    case ReportFormat::Xlsx:
        return workbookBytes([&](const QString &path) { writeReportXlsx(data, path); }, target);
    }
    return {};
}

QByteArray bytesFor(const ShoyogakuData &data, ReportFormat format, const QString &target)
{
    switch (format) {
    case ReportFormat::Csv:
        return shoyogakuToCsv(data);
    case ReportFormat::Pdf:
        return pdfBytes([&](QIODevice *out) { return writeShoyogakuPdf(data, out); }, target);
    case ReportFormat::Xlsx:
        return workbookBytes([&](const QString &path) { writeShoyogakuXlsx(data, path); }, target);
    }
    return {};
}

// Before anything is laid out: a target that is not a file is refused at once.
void checkTarget(const QString &out)
{
    const QString problem = outputTargetProblem(out);
    if (!problem.isEmpty())
        throw ReportError(out, problem);
}

// Through a temporary file beside `out`, renamed into place.
void saveBytes(const QByteArray &bytes, const QString &out)
{
    const QString why = saveWhole(out, bytes);
    if (!why.isEmpty())
        throw ReportError(out, QStringLiteral("cannot write: %1").arg(why));
}

} // namespace

QByteArray reportBytes(const ReportData &data, ReportFormat format)
{
    return bytesFor(data, format, QString());
}

void writeReport(const ReportData &data, ReportFormat format, const QString &out)
{
    checkTarget(out);
    saveBytes(bytesFor(data, format, out), out);
}

void writeShoyogaku(const ShoyogakuData &data, ReportFormat format, const QString &out)
{
    checkTarget(out);
    saveBytes(bytesFor(data, format, out), out);
}

QByteArray shoyogakuBytes(const ShoyogakuData &data, ReportFormat format)
{
    return bytesFor(data, format, QString());
}

void writeReport(const Document &doc, const RuleBookLibrary &library, ReportFormat format,
    const QString &out, const QString &lang)
{
    writeReport(buildReportData(doc, library, Registry::bundled(), lang), format, out);
}

void writeReport(const Document &doc, ReportFormat format, const QString &out, const QString &lang)
{
    writeReport(doc, RuleBookLibrary::forPlanning(), format, out, lang);
}

} // namespace shienplan
