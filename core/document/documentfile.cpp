// Opening and saving a .shienplan file as a whole: the checks before anything is read (exists,
// a file, SQLite, ours, not newer), the private copy that keeps the user's file untouched, the
// migration, and the atomic replacement on save. The tables themselves: documentreader.cpp,
// documentwriter.cpp; the schema: documentschema.cpp.

#include "core/document/documentfile.h"

#include "core/base/savefile.h"
#include "core/document/documentsql.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace shienplan
{

using namespace docsql;

namespace
{

// Before a byte is parsed as SQL: the path is a readable file that starts like SQLite.
void checkReadableSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルが見つかりません。"),
                QStringLiteral("The file does not exist.")));
    if (info.isDir())
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルではありません（フォルダー）。"),
                QStringLiteral("This is a folder, not a file.")));
    // A pipe with no writer would block the open for ever: only a regular file is read.
    if (!info.isFile())
        throw DocumentError(path,
            bilingual(QStringLiteral("通常のファイルではありません（パイプ・デバイスなど）。"),
                QStringLiteral("This is not a regular file (a pipe, socket or device).")));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルを読めません（%1）。アクセス権を確認してください。")
                          .arg(f.errorString()),
                QStringLiteral("The file cannot be read (%1). Check its permissions.")
                    .arg(f.errorString())));
    const QByteArray header = f.read(16);
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        throw DocumentError(path,
            bilingual(
                QStringLiteral(
                    "ShienPlan の文書ではありません（SQLite データベースではありません）。計画の "
                    "JSON なら「読み込み」を使ってください。"),
                QStringLiteral("Not a ShienPlan document (not an SQLite database). Use Import for "
                               "a JSON plan.")));
}

// The user's file is never opened for writing, so it stays byte for byte what it was, whatever
// the outcome: everything below works on this copy.
QString privateCopy(const QString &path, const QTemporaryDir &tmp)
{
    if (!tmp.isValid())
        throw DocumentError(path,
            bilingual(
                QStringLiteral("一時フォルダーを作れません。ディスクの空きを確認してください。"),
                QStringLiteral("Cannot create a temporary folder; check free disk space.")));
    const QString copy = tmp.filePath(QStringLiteral("open.shienplan"));
    if (!QFile::copy(path, copy))
        throw DocumentError(path,
            bilingual(QStringLiteral("ファイルを読めません。"),
                QStringLiteral("The file cannot be read.")));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

qint64 firstInteger(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = prepare(db, sql);
    run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

const QString kDamaged = QStringLiteral(
    "ファイルが壊れています（%1）。バックアップか自動保存の復元版を開いてください。");
const QString kDamagedEn
    = QStringLiteral("The file is damaged (%1). Open a backup or the recovered copy.");

// Ours, of a format this version reads, and whole: the format version of the file.
int checkedVersion(const QSqlDatabase &db, const QString &path)
{
    const qint64 appId = firstInteger(db, QStringLiteral("PRAGMA application_id"));
    if (appId != kApplicationId || !hasTable(db, QStringLiteral("schema_version")))
        throw DocumentError(path,
            bilingual(QStringLiteral(
                          "ShienPlan の文書ではありません（他のプログラムのデータベースです）。"),
                QStringLiteral("Not a ShienPlan document (a database of another program).")));
    // 64 bits until checked: a damaged version past 2^31 is "newer", not cut to a small one.
    const qint64 version
        = firstInteger(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (version > kSchemaVersion)
        throw DocumentError(path,
            bilingual(
                QStringLiteral(
                    "新しい版の ShienPlan で作られた文書です（形式 %1、この版が読めるのは形式 "
                    "%2 まで）。ShienPlan を更新してください。")
                    .arg(version)
                    .arg(kSchemaVersion),
                QStringLiteral("Made by a newer ShienPlan (format %1; this version reads up to "
                               "%2). Update ShienPlan.")
                    .arg(version)
                    .arg(kSchemaVersion)));
    if (version < 1)
        throw DocumentError(path,
            bilingual(kDamaged.arg(QStringLiteral("形式の版がありません")),
                kDamagedEn.arg(QStringLiteral("no format version"))));
    QSqlQuery q = prepare(db, QStringLiteral("PRAGMA quick_check"));
    run(q);
    if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
        throw DocumentError(path,
            bilingual(kDamaged.arg(q.value(0).toString()), kDamagedEn.arg(q.value(0).toString())));
    return int(version);
}

} // namespace

Document readDocument(const QString &path)
{
    checkReadableSqlite(path);
    QTemporaryDir tmp;
    const QString copy = privateCopy(path, tmp);
    try {
        Connection c(copy);
        QSqlDatabase db = c.db();
        const int version = checkedVersion(db, path);
        if (version < kSchemaVersion) { // forward migration, on the private copy
            if (!db.transaction())
                throw SqlFailure { db.lastError().text() };
            applySchema(db, version, kSchemaVersion);
            if (!db.commit())
                throw SqlFailure { db.lastError().text() };
        }
        Document doc = readAll(db, kSchemaVersion);
        if (version < 5)
            nameAlternativesApart(doc.scenarios);
        if (const QString problem = settlePlans(doc.scenarios); !problem.isEmpty())
            throw Corrupt { problem };
        return doc;
    } catch (const SqlFailure &e) {
        throw DocumentError(path, bilingual(kDamaged.arg(e.what), kDamagedEn.arg(e.what)));
    } catch (const Corrupt &e) {
        throw DocumentError(path, bilingual(kDamaged.arg(e.what), kDamagedEn.arg(e.what)));
    }
}

void writeDocument(const Document &doc, const QString &path)
{
    const QFileInfo target(path);
    const QString cannot = QStringLiteral(
        "保存できません: "
        "%1。「名前を付けて保存」で別の場所に保存してください。元のファイルは変更されていません。");
    const QString cannotEn = QStringLiteral(
        "Cannot save: %1. Use Save As to save elsewhere; the original file is unchanged.");
    if (const QString problem = outputTargetProblem(path); !problem.isEmpty())
        throw DocumentError(path,
            bilingual(cannot.arg(target.isDir() ? QStringLiteral("フォルダーです")
                                                : QStringLiteral("通常のファイルではありません")),
                cannotEn.arg(problem)));
    if (target.exists() && !target.isWritable())
        throw DocumentError(path,
            bilingual(cannot.arg(QStringLiteral("ファイルが読み取り専用です")),
                cannotEn.arg(QStringLiteral("the file is read-only"))));
    // What the reader would refuse is never written: the file must open again.
    {
        QList<Scenario> settled = doc.scenarios;
        if (const QString problem = settlePlans(settled); !problem.isEmpty())
            throw DocumentError(path,
                bilingual(QStringLiteral("保存できません: %1。直してから保存してください。"
                                         "元のファイルは変更されていません。")
                              .arg(problem),
                    QStringLiteral("Cannot save: %1. Correct it and save again; the original "
                                   "file is unchanged.")
                        .arg(problem)));
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw DocumentError(path,
            bilingual(
                cannot.arg(QStringLiteral("一時フォルダーを作れません（ディスクの空き不足？）")),
                cannotEn.arg(QStringLiteral("no temporary folder (disk full?)"))));
    const QString built = tmp.filePath(QStringLiteral("save.shienplan"));
    try {
        Connection c(built);
        QSqlDatabase db = c.db();
        {
            QSqlQuery q = prepare(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            run(q);
        }
        if (!db.transaction())
            throw SqlFailure { db.lastError().text() };
        writeAll(db, doc);
        if (!db.commit())
            throw SqlFailure { db.lastError().text() };
    } catch (const SqlFailure &e) {
        throw DocumentError(path, bilingual(cannot.arg(e.what), cannotEn.arg(e.what)));
    }
    QFile builtFile(built);
    if (!builtFile.open(QIODevice::ReadOnly))
        throw DocumentError(path,
            bilingual(cannot.arg(builtFile.errorString()), cannotEn.arg(builtFile.errorString())));
    const QByteArray bytes = builtFile.readAll();
    builtFile.close();
    const QString why = saveWhole(path, bytes);
    if (!why.isEmpty())
        throw DocumentError(path, bilingual(cannot.arg(why), cannotEn.arg(why)));
}

} // namespace shienplan
