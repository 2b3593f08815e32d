#pragma once

// The files the verbs read (plans, .shienplan documents, rosters, rule books) and the one stderr
// line that names a file and its problem. Shared by evaluate, batch, convert and table so that a
// file reads the same, and fails the same, whichever verb is given it.

#include "core/document/documentfile.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/jsonwriter.h"
#include "core/roster/roster.h"
#include "core/rules/rulebooklibrary.h"

#include <QCommandLineParser>

namespace shienplan
{
class Registry;
}

namespace shienplan::cli
{

// An InputError about a file, as the one stderr line of the contract.
struct FileError {
    QString file;
    InputError error;
    QByteArray line() const;
};

// f(), with an InputError it throws named after `file`.
template <typename F> auto onFile(const QString &file, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const InputError &e) {
        throw FileError { file, e };
    }
}

// The standard rule books, with the file of --rules (if given) in place of its year's.
RuleBookLibrary libraryWith(const QCommandLineParser &p);
// --rules BOOK for a fiscal year that none of the plans has would be silently ignored: it is
// refused instead, naming both years. Nothing without --rules.
void checkRulesYear(const QCommandLineParser &p, const QList<int> &planYears);

// By content, or by name: a file called .shienplan that is not one gets the document reader's
// message ("not a ShienPlan document") rather than a JSON syntax error.
bool treatAsDocument(const QString &path);
Document readDocumentInput(const QString &path);
RosterImport readRosterInput(const QString &path, const Registry &registry);
// A .shienplan document, a roster (.csv) or JSON plans, as one document.
Document readAnyDocument(const QString &path);

// What the roster importer did without being asked, printed with the result.
JsonOut rosterJson(const RosterImport &r);
// A document's own rule-book values (with their sources) on top of the books of their years.
void applyDocumentOverrides(RuleBookLibrary &lib, const Document &doc);

} // namespace shienplan::cli
