#include "core/document/documentlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace shienplan
{

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() + u'#');
}

DocumentLock::DocumentLock(const QString &documentPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(documentPath)))
    , m_path(documentPath)
{
    // A lock older than this whose owner cannot be checked (another host) is still respected;
    // only a dead local process frees it. 0 = never stale by age.
    m_lock->setStaleLockTime(0);
}

DocumentLock::~DocumentLock() = default;

bool DocumentLock::tryLock()
{
    return m_lock->isLocked() || m_lock->tryLock(0);
}

void DocumentLock::unlock()
{
    m_lock->unlock();
}

bool DocumentLock::isLocked() const
{
    return m_lock->isLocked();
}

QString DocumentLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return QStringLiteral("another program");
    return QStringLiteral("%1 on %2 (process %3)")
        .arg(app.isEmpty() ? QStringLiteral("ShienPlan") : app, host)
        .arg(pid);
}

} // namespace shienplan
