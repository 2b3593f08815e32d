// Finding the report writers: linked in, or the shienplan-report module in the program's library
// folder (bin/../lib/shienplan, in the build tree as when installed) or beside the program.

#include "cli/reportbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace shienplan::cli
{

const ReportBackend *reportBackend(QString *why)
{
#ifdef SHIENPLAN_REPORT_LINKED
    Q_UNUSED(why);
    return shienplan_report_backend();
#else
    using Entry = const ReportBackend *(*)();
    static QString problem;
    static const ReportBackend *const backend = []() -> const ReportBackend * {
        // Asked before any application object exists (it is the module that makes it), so the
        // program's folder comes from the kernel: the module is only used on Linux.
        const QDir bin
            = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
        QStringList tried;
        for (const QString &dir :
            { bin.filePath(QStringLiteral("../lib/shienplan")), bin.path() }) {
            QLibrary lib(QDir(dir).filePath(QStringLiteral("shienplan-report")));
            if (const auto entry = reinterpret_cast<Entry>(lib.resolve("shienplan_report_backend")))
                return entry(); // the module stays loaded: QLibrary does not unload on destruction
            tried << lib.errorString();
        }
        problem = QStringLiteral("cannot load the report writers (shienplan-report): %1")
                      .arg(tried.join(QStringLiteral("; ")));
        return nullptr;
    }();
    if (!backend && why)
        *why = problem;
    return backend;
#endif
}

} // namespace shienplan::cli
