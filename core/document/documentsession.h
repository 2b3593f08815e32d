#pragma once

// One open document: its content, its file, the lock that makes this program its only writer,
// and its autosave. Every change goes through apply(), which records it in the change log and
// announces it with a typed Change, so the window's views refresh only what moved.

#include "core/document/documentedits.h"
#include "core/document/documentlock.h"
#include "core/document/recovery.h"

#include <QObject>
#include <functional>
#include <memory>

namespace shienplan
{

class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    const Document &document() const { return m_doc; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const { return m_modified; }
    // The name shown in the title bar: the file's name, or the document title when unsaved.
    QString displayName() const;

    void reset(Document doc, const QString &path = {}); // a new or recovered document
    // Opens a file; takes the lock or, if another program holds it, opens read-only and says
    // who has it in readOnlyReason(). Throws DocumentError.
    void open(const QString &path);
    void save(); // throws DocumentError; needs a path and the lock
    void saveAs(const QString &path); // throws DocumentError; the new file gets the lock

    // Applies one edit, logs it, marks the document modified and emits changed().
    // Throws EditError (nothing changed) when the edit is refused.
    Change apply(const std::function<Change(Document &)> &edit, const QString &logPrefix = {});

    Autosaver *autosaver() const { return m_autosaver.get(); }

    // The name the change log records for this session's edits: the user's setting (the
    // window's settings dialog), or the operating system account when none is set. Core reads
    // no settings: the window passes the name in.
    void setAuthor(const QString &name) { m_author = name.trimmed(); }
    QString author() const;

signals:
    void changed(const shienplan::Change &change);
    void documentReset();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void setModified(bool m);
    void startAutosave();

    Document m_doc;
    QString m_path;
    QString m_readOnlyReason;
    bool m_modified = false;
    QString m_author; // empty: the operating system account
    std::unique_ptr<DocumentLock> m_lock;
    std::unique_ptr<Autosaver> m_autosaver;
    QString m_untitledKey;
};

} // namespace shienplan
