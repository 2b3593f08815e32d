#include "core/document/documentsession.h"

#include "core/document/documentfile.h"

#include <QFileInfo>
#include <QUuid>

namespace shienplan
{

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_untitledKey(
          QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    startAutosave();
}

DocumentSession::~DocumentSession()
{
    // A normal end (window closed after the planner chose to save or discard) keeps no copy.
    if (m_autosaver && !m_modified)
        m_autosaver->closed();
}

QString DocumentSession::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_doc.title.isEmpty() ? QStringLiteral("無題") : m_doc.title;
}

void DocumentSession::startAutosave()
{
    const QString key = m_path.isEmpty() ? m_untitledKey : QFileInfo(m_path).absoluteFilePath();
    m_autosaver
        = std::make_unique<Autosaver>(RecoveryStore(), key, m_path, [this] { return m_doc; });
}

void DocumentSession::setModified(bool m)
{
    if (m_modified == m)
        return;
    m_modified = m;
    emit modifiedChanged(m);
}

void DocumentSession::reset(Document doc, const QString &path)
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_doc = std::move(doc);
    m_path = path;
    m_readOnlyReason.clear();
    startAutosave();
    setModified(false);
    emit pathChanged(m_path);
    emit documentReset();
}

void DocumentSession::open(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<DocumentLock>(abs);
    const bool locked = lock->tryLock();
    Document doc = readDocument(abs); // throws; the lock is released with `lock`
    if (m_lock)
        m_lock->unlock();
    m_doc = std::move(doc);
    m_path = abs;
    m_readOnlyReason.clear();
    if (locked) {
        m_lock = std::move(lock);
    } else {
        m_lock.reset();
        m_readOnlyReason
            = QStringLiteral("この文書は %1 が編集中のため、読み取り専用で開きました。 / Opened "
                             "read-only: %1 is editing it.")
                  .arg(lock->holder());
    }
    if (locked && !QFileInfo(abs).isWritable())
        m_readOnlyReason = QStringLiteral("ファイルが読み取り専用のため、読み取り専用で開きました。"
                                          " / Opened read-only: the file is read-only.");
    startAutosave();
    setModified(false);
    emit pathChanged(m_path);
    emit documentReset();
}

void DocumentSession::save()
{
    if (m_path.isEmpty())
        throw DocumentError(QStringLiteral("(無題)"),
            QStringLiteral("保存先が決まっていません。「名前を付けて保存」を使ってください。 / No "
                           "file yet: use Save As."));
    if (isReadOnly())
        throw DocumentError(m_path,
            m_readOnlyReason
                + QStringLiteral(" 「名前を付けて保存」で別のファイルに保存できます。 / Use Save "
                                 "As to keep your changes."));
    writeDocument(m_doc, m_path);
    m_autosaver->saved(m_path);
    setModified(false);
}

void DocumentSession::saveAs(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<DocumentLock>(abs);
    if (!lock->tryLock())
        throw DocumentError(abs,
            QStringLiteral("%1 が開いているため上書きできません。別の名前で保存してください。 / %1 "
                           "has this file open; choose another name.")
                .arg(lock->holder()));
    writeDocument(m_doc, abs); // throws; the old file and lock stay as they were
    if (m_lock)
        m_lock->unlock();
    m_lock = std::move(lock);
    m_autosaver->saved(abs);
    m_path = abs;
    m_readOnlyReason.clear();
    setModified(false);
    emit pathChanged(m_path);
}

QString DocumentSession::author() const
{
    return m_author.isEmpty() ? currentAuthor() : m_author;
}

Change DocumentSession::apply(
    const std::function<Change(Document &)> &edit, const QString &logPrefix)
{
    Change c = edit(m_doc); // throws EditError before anything changed
    if (!logPrefix.isEmpty())
        c.detail = logPrefix + c.detail;
    recordChange(m_doc, c, author(), QDateTime::currentDateTimeUtc());
    setModified(true);
    m_autosaver->touched();
    emit changed(c);
    return c;
}

} // namespace shienplan
