#pragma once

// The .shienplan file: one SQLite database per document.
//
// Reading never touches the user's file: it is copied to a private temporary folder, checked,
// migrated there if it comes from an older ShienPlan, and read into memory. Writing builds a
// complete new database in a temporary folder in one transaction and then replaces the file
// atomically (QSaveFile: write beside it, flush to disk, rename over). A save interrupted at any
// moment leaves either the old or the new document, never a mixture; a failed save (read-only
// folder, full disk) leaves the old file byte for byte. All SQL goes through prepared statements.

#include "core/document/document.h"

#include <QString>
#include <exception>

namespace shienplan
{

// A file could not be read or written. `message` says what happened and what to do, in
// Japanese first, then English, and names the file.
struct DocumentError : std::exception {
    QString file;
    QString message;
    DocumentError(QString f, QString m)
        : file(std::move(f))
        , message(std::move(m))
    {
    }
    const char *what() const noexcept override { return "shienplan document error"; }
    QString toString() const { return file + QStringLiteral(": ") + message; }
};

// Stored in the SQLite header (PRAGMA application_id) so that any tool can tell our files apart.
inline constexpr qint32 kApplicationId = 0x53504C4E; // "SPLN"
inline constexpr int kSchemaVersion = 5;
inline constexpr const char *kDocumentSuffix = "shienplan";

Document readDocument(const QString &path);
void writeDocument(const Document &doc, const QString &path);

// For tests of the migrations: creates an empty database at `path` with the schema of
// `version` (1 … kSchemaVersion), as that version of ShienPlan wrote it.
void createSchemaForTest(const QString &path, int version);

} // namespace shienplan
