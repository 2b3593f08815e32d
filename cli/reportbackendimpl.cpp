// The report writers behind cli/reportbackend.h: built into the shienplan-report module on Linux,
// linked into shienplan-cli on Windows.

#include "cli/reportbackend.h"

#include "report/reportwriter.h"

#include <QGuiApplication>

namespace
{

QCoreApplication *makeApplication(int &argc, char **argv)
{
    return new QGuiApplication(argc, argv);
}

// The writers' ReportError stays inside this library: only text crosses to the caller.
template <typename Data>
QString written(void (*write)(const Data &, shienplan::ReportFormat, const QString &),
    const Data &data, shienplan::ReportFormat format, const QString &out)
{
    try {
        write(data, format, out);
        return {};
    } catch (const shienplan::ReportError &e) {
        return e.message.isEmpty() ? QStringLiteral("cannot write") : e.message;
    }
}

QString writeReport(const shienplan::ReportData &d, shienplan::ReportFormat f, const QString &out)
{
    return written<shienplan::ReportData>(shienplan::writeReport, d, f, out);
}

QString writeShoyogaku(
    const shienplan::ShoyogakuData &d, shienplan::ReportFormat f, const QString &out)
{
    return written<shienplan::ShoyogakuData>(shienplan::writeShoyogaku, d, f, out);
}

} // namespace

extern "C" Q_DECL_EXPORT const shienplan::cli::ReportBackend *shienplan_report_backend()
{
    static const shienplan::cli::ReportBackend backend { makeApplication, writeReport,
        writeShoyogaku };
    return &backend;
}
