#pragma once

// Autosave copies that survive a crash. While a document is edited, a copy is written every few
// minutes and when the planner pauses, into the application data folder — never over the user's
// file. On the next start the program lists the copies left behind and offers each one; only
// the planner decides whether it replaces anything.

#include "core/document/document.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace shienplan
{

struct RecoveredCopy {
    QString copyPath; // the autosaved .shienplan
    QString originalPath; // the document it belongs to; empty for a never-saved document
    QString title;
    QDateTime savedAt; // UTC
};

class RecoveryStore
{
public:
    // $SHIENPLAN_RECOVERY_DIR if set, else <AppData>/recovery.
    explicit RecoveryStore(QString dir = {});
    QString dir() const { return m_dir; }

    // Writes (atomically) the copy for this document; `key` is the original path, or a
    // session id for a document that has never been saved.
    QString save(const Document &doc, const QString &key, const QString &originalPath) const;
    QList<RecoveredCopy> list() const; // newest first
    void discard(const QString &key) const; // after a normal save or close
    Document open(const RecoveredCopy &c) const; // throws DocumentError

private:
    QString baseFor(const QString &key) const;
    QString m_dir;
};

// Drives the autosave of one document: call touched() after each edit and saved() after each
// save. It writes a recovery copy when the planner has been idle for `idleMs`, and at the latest
// `intervalMs` after the first unsaved edit.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    using Provider = std::function<Document()>;
    Autosaver(RecoveryStore store, QString key, QString originalPath, Provider provider,
        int intervalMs = 3 * 60 * 1000, int idleMs = 20 * 1000, QObject *parent = nullptr);
    void touched();
    void saved(const QString &newOriginalPath = {});
    void closed(); // the planner closed the document on purpose: no copy is kept
    void flush(); // write a copy now if anything is unsaved
    int copiesWritten() const { return m_written; }

signals:
    void copyWritten(const QString &path);
    void copyFailed(const QString &message);

private:
    RecoveryStore m_store;
    QString m_key;
    QString m_original;
    Provider m_provider;
    QTimer m_interval;
    QTimer m_idle;
    bool m_dirty = false;
    int m_written = 0;
};

} // namespace shienplan
