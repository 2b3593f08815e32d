// Fuzz target: bytes written to a temporary file and opened as a .shienplan document (an SQLite
// database), as the window and `convert` open one. A damaged file is refused with a
// DocumentError; an accepted one is evaluated, written out as plan JSON, and saved again to a
// new file that opens to the same document.

#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace shienplan;

namespace
{
QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startQt();
    if (!folder().isValid())
        fuzz::defect("no temporary folder", folder().errorString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder().filePath(QStringLiteral("input.shienplan"));
    const QString saved = folder().filePath(QStringLiteral("saved.shienplan"));
    QFile::remove(path);
    QFile::remove(saved);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(fuzz::bytesOf(data, size)) != qint64(size))
            fuzz::defect("cannot write the input", path);
    }
    Document doc;
    try {
        doc = readDocument(path);
    } catch (const DocumentError &) {
        return 0;
    }
    for (const Scenario &s : std::as_const(doc.scenarios))
        fuzz::evaluateAndWrite(s.plan);
    (void)documentToPlansJson(doc).toJson();
    try {
        writeDocument(doc, saved);
        if (!(readDocument(saved) == doc))
            fuzz::defect("document changed by save and open", saved);
    } catch (const DocumentError &e) {
        fuzz::defect("an opened document could not be saved and opened again", e.toString());
    }
    return 0;
}
