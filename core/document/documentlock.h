#pragma once

// One writer per document. The lock is a small file beside the document
// (".~lock.NAME.shienplan#", the convention office suites use, so colleagues recognise it),
// held while the document is open for editing. A second instance finds it taken and opens the
// document read-only, saying who has it. A lock left by a crashed program is taken over
// (QLockFile checks whether its process still runs).

#include <QString>
#include <memory>

class QLockFile;

namespace shienplan
{

class DocumentLock
{
public:
    explicit DocumentLock(const QString &documentPath);
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    bool tryLock(); // true: this process may write the document
    void unlock();
    bool isLocked() const;
    // Who holds it, for the message shown with a read-only document ("user on host, pid 123").
    QString holder() const;
    static QString lockPathFor(const QString &documentPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace shienplan
