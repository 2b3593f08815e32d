#include "core/document/recovery.h"

#include "core/base/savefile.h"
#include "core/document/documentfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace shienplan
{

RecoveryStore::RecoveryStore(QString dir)
    : m_dir(std::move(dir))
{
    if (m_dir.isEmpty())
        m_dir = qEnvironmentVariable("SHIENPLAN_RECOVERY_DIR");
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/recovery");
}

QString RecoveryStore::baseFor(const QString &key) const
{
    const QByteArray h
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_dir).filePath(QString::fromLatin1(h));
}

QString RecoveryStore::save(
    const Document &doc, const QString &key, const QString &originalPath) const
{
    if (!QDir().mkpath(m_dir))
        throw DocumentError(m_dir,
            QStringLiteral(
                "自動保存のフォルダーを作れません。 / Cannot create the autosave folder."));
    const QString base = baseFor(key);
    const QString copy = base + QStringLiteral(".shienplan");
    writeDocument(doc, copy);
    QJsonObject meta { { QStringLiteral("key"), key }, { QStringLiteral("original"), originalPath },
        { QStringLiteral("title"), doc.title },
        { QStringLiteral("saved_at"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    const QString record = base + QStringLiteral(".json");
    if (!saveWhole(record, QJsonDocument(meta).toJson()).isEmpty())
        throw DocumentError(record,
            QStringLiteral("自動保存の情報を書けません。 / Cannot write the autosave record."));
    return copy;
}

QList<RecoveredCopy> RecoveryStore::list() const
{
    QList<RecoveredCopy> out;
    const QDir d(m_dir);
    for (const QString &name : d.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
        RecoveredCopy c;
        c.copyPath = d.filePath(name.chopped(5) + QStringLiteral(".shienplan"));
        if (!QFile::exists(c.copyPath))
            continue; // an interrupted autosave leaves no copy: nothing to offer
        c.originalPath = meta.value(QStringLiteral("original")).toString();
        c.title = meta.value(QStringLiteral("title")).toString();
        c.savedAt = QDateTime::fromString(
            meta.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
        out << c;
    }
    std::sort(out.begin(), out.end(),
        [](const RecoveredCopy &a, const RecoveredCopy &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::discard(const QString &key) const
{
    const QString base = baseFor(key);
    QFile::remove(base + QStringLiteral(".shienplan"));
    QFile::remove(base + QStringLiteral(".json"));
}

Document RecoveryStore::open(const RecoveredCopy &c) const
{
    return readDocument(c.copyPath);
}

Autosaver::Autosaver(RecoveryStore store, QString key, QString originalPath, Provider provider,
    int intervalMs, int idleMs, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_key(std::move(key))
    , m_original(std::move(originalPath))
    , m_provider(std::move(provider))
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(intervalMs);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_interval, &QTimer::timeout, this, &Autosaver::flush);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::flush);
}

void Autosaver::touched()
{
    m_dirty = true;
    m_idle.start(); // restarts: the copy is written once the planner pauses
    if (!m_interval.isActive())
        m_interval.start(); // but no later than the interval after the first unsaved edit
}

void Autosaver::flush()
{
    if (!m_dirty)
        return;
    m_idle.stop();
    m_interval.stop();
    try {
        const QString path = m_store.save(m_provider(), m_key, m_original);
        m_dirty = false;
        ++m_written;
        emit copyWritten(path);
    } catch (const DocumentError &e) {
        emit copyFailed(e.toString());
    }
}

void Autosaver::saved(const QString &newOriginalPath)
{
    m_store.discard(m_key);
    if (!newOriginalPath.isEmpty()) {
        m_key = newOriginalPath;
        m_original = newOriginalPath;
    }
    m_dirty = false;
    m_idle.stop();
    m_interval.stop();
}

void Autosaver::closed()
{
    saved();
}

} // namespace shienplan
