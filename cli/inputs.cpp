// Reading the verbs' input files: each reader turns its file's problem into the one stderr line
// of the contract (FileError), naming the file.

#include "cli/inputs.h"

#include "cli/arguments.h"
#include "cli/command.h"
#include "core/base/fiscalyear.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookjson.h"

#include <QFileInfo>

#include <algorithm>

namespace shienplan::cli
{

QByteArray FileError::line() const
{
    return errorLine(file + QStringLiteral(": ") + error.toString());
}

RuleBookLibrary libraryWith(const QCommandLineParser &p)
{
    RuleBookLibrary lib = RuleBookLibrary::forPlanning();
    if (p.isSet(QStringLiteral("rules"))) {
        const QString path = p.value(QStringLiteral("rules"));
        lib.put(onFile(path, [&] { return ruleBookFromFile(path); }));
    }
    return lib;
}

void checkRulesYear(const QCommandLineParser &p, const QList<int> &planYears)
{
    if (!p.isSet(QStringLiteral("rules")) || planYears.isEmpty())
        return;
    const QString path = p.value(QStringLiteral("rules"));
    const int bookYear = onFile(path, [&] { return ruleBookFromFile(path); }).fiscalYear;
    if (planYears.contains(bookYear))
        return;
    QList<int> years = planYears;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    QStringList names;
    for (int y : years)
        names << fiscalYearLabelBoth(y);
    throw FileError { path,
        InputError(QString(),
            QStringLiteral("the rule book is for %1, but the plans are for %2; give the book of "
                           "their year, or leave --rules out")
                .arg(fiscalYearLabelBoth(bookYear), names.join(QStringLiteral(", ")))) };
}

bool treatAsDocument(const QString &path)
{
    return isDocumentFile(path)
        || QFileInfo(path).suffix().toLower() == QLatin1String(kDocumentSuffix);
}

Document readDocumentInput(const QString &path)
{
    try {
        return readDocument(path);
    } catch (const DocumentError &e) {
        throw FileError { path, InputError(QString(), e.message) };
    }
}

namespace
{

// " (and 3 more problems on lines 7, 9)": the problems after the first, by line, at most ten.
QString moreProblems(const QList<RosterProblem> &problems)
{
    const RosterProblem &first = problems.first();
    // Only the first 10 other lines are named (and whether there are more): a roster with a
    // million bad rows must not make this a million-squared search.
    QList<int> others;
    for (qsizetype i = 1; i < problems.size() && others.size() <= 10; ++i)
        if (problems[i].line != first.line && !others.contains(problems[i].line))
            others << problems[i].line;
    const qsizetype more = problems.size() - 1;
    if (more <= 0)
        return {};
    QStringList lines;
    for (qsizetype i = 0; i < others.size() && i < 10; ++i)
        lines << QString::number(others[i]);
    if (others.size() > 10)
        lines << QStringLiteral("…");
    const QString where = lines.isEmpty()
        ? QString()
        : QStringLiteral(" on line%1 %2")
              .arg(others.size() == 1 ? QString() : QStringLiteral("s"),
                  lines.join(QStringLiteral(", ")));
    return QStringLiteral(" (and %1 more problem%2%3)")
        .arg(more)
        .arg(more == 1 ? QString() : QStringLiteral("s"))
        .arg(where);
}

} // namespace

// Unusable input is exit 2 by the contract, so any problem row refuses the whole file: the one
// stderr line names the first problem and the lines of the others.
RosterImport readRosterInput(const QString &path, const Registry &registry)
{
    RosterImport r = onFile(path, [&] { return readRosterCsv(readInputFile(path), registry); });
    if (!r.problems.isEmpty()) {
        const RosterProblem &first = r.problems.first();
        throw FileError { path,
            InputError(
                QStringLiteral("line %1").arg(first.line), first.en + moreProblems(r.problems)) };
    }
    if (r.scenarios.isEmpty())
        throw FileError { path,
            InputError(QString(), QStringLiteral("the roster has a header but no rows")) };
    return r;
}

Document readAnyDocument(const QString &path)
{
    if (treatAsDocument(path))
        return readDocumentInput(path);
    if (isRosterFileName(path))
        return documentFromRoster(
            readRosterInput(path, Registry::bundled()), QFileInfo(path).completeBaseName());
    return onFile(
        path, [&] { return documentFromPlansJson(readInputFile(path), Registry::bundled()); });
}

// The values it defaulted, names it matched by a variant spelling and columns it ignored.
JsonOut rosterJson(const RosterImport &r)
{
    JsonOut o = JsonOut::object();
    o.insert("rows", JsonOut::number(qint64(r.rows)));
    o.insert("scenarios", JsonOut::number(qint64(r.scenarios.size())));
    JsonOut notices = JsonOut::array();
    for (const auto &n : r.notices)
        notices.append(JsonOut::string(
            n.line > 0 ? QStringLiteral("line %1: %2").arg(n.line).arg(n.en) : n.en));
    o.insert("notices", notices);
    return o;
}

void applyDocumentOverrides(RuleBookLibrary &lib, const Document &doc)
{
    for (int fy : lib.fiscalYears())
        lib.put(effectiveRuleBook(*lib.book(fy), doc));
}

} // namespace shienplan::cli
