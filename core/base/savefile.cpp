#include "core/base/savefile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace shienplan
{

QString outputTargetProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return QStringLiteral("is a folder, not a file");
    if (!info.isFile())
        return QStringLiteral("is not a regular file (a pipe, socket or device); not replaced");
    return {};
}

QString saveWhole(const QString &path, const QByteArray &bytes)
{
    const QString problem = outputTargetProblem(path);
    if (!problem.isEmpty())
        return problem;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return why;
    }
    if (!f.commit())
        return f.errorString();
    return {};
}

} // namespace shienplan
