#include "cli/cli.h"

#include "core/interchange/batch.h"
#include "core/base/catalogue.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/interchange/evaluationjson.h"
#include "core/base/fiscalyear.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/planjson.h"
#include "core/prefecture/prefecturecsv.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "core/rules/rulebookjson.h"
#include "core/rules/rulebooklibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace shienplan::cli {

namespace {

enum Exit { Ok = 0, NotEligible = 1, BadInput = 2 };

ReportHandler g_reportHandler = nullptr;

const char *kUsage =
    "Usage: shienplan-cli COMMAND [OPTIONS]\n"
    "\n"
    "Eligibility and national funding of ひきこもり支援推進事業 plans.\n"
    "\n"
    "Commands:\n"
    "  evaluate PLAN [--format json|text] [--lang ja|en] [--rules BOOK] [--scenario N|NAME]\n"
    "      Check one plan (JSON, format shienplan/plan, or a .shienplan document: its first\n"
    "      scenario unless --scenario says which) and estimate its funding.\n"
    "  batch FILE [--summary] [--rules BOOK]\n"
    "      Evaluate many plans: a JSON array of plans, JSON Lines (one plan a line), every\n"
    "      scenario of a .shienplan document, or a roster (.csv: one row per program of a body\n"
    "      in a year; any unusable row refuses the file). --summary prints only totals per\n"
    "      prefecture and for the country, with counts per menu.\n"
    "  convert IN OUT\n"
    "      Between JSON plans, .shienplan documents and rosters, by extension (.json,\n"
    "      .shienplan, .csv). A document with several scenarios becomes an array of plans.\n"
    "  rules (--fiscal-year Y | --file BOOK) [--format json|text] [--lang ja|en]\n"
    "      Print a rule book: menus, who may run them, the matrix, amounts, rates and caps,\n"
    "      each with its status and source. The JSON is itself a valid rule book file.\n"
    "  table FILE --prefecture PREF --fiscal-year Y [--lang ja|en] [--rules BOOK]\n"
    "      The prefecture table of a document, roster or plans as CSV on standard output: every\n"
    "      municipality of PREF (its code or name) with what it runs, draws and is told in year\n"
    "      Y, the prefecture's own row first (UTF-8 with BOM, amounts in yen, ranges as 下限/上限).\n"
    "  report PLAN (--pdf OUT | --xlsx OUT | --csv OUT)... [--lang ja|en] [--rules BOOK]\n"
    "      The report of a plan or of every scenario of a .shienplan document: an A4 PDF, an\n"
    "      Excel workbook (one sheet per scenario and a summary) or a CSV (UTF-8 with BOM, one\n"
    "      row per program). Exit 0 when written (eligibility is shown in the report itself).\n"
    "\n"
    "Options:\n"
    "  --rules BOOK   use this rule book file for its fiscal year instead of the bundled one\n"
    "  -h, --help     show this help\n"
    "  --version      show the version\n"
    "\n"
    "Exit status: 0 eligible, 1 evaluated but not eligible (an error finding), 2 unusable input.\n"
    "User rule books in $SHIENPLAN_RULES_DIR (or the application data folder's rules/) replace\n"
    "the bundled book of their fiscal year.\n";

struct Args {
    QString command;
    QStringList positional;
    QMap<QString, QString> options; // --name → value ("" for flags)
};

struct UsageError {
    QString message;
};

const QStringList kValueOptions = {QStringLiteral("--format"), QStringLiteral("--lang"),
                                   QStringLiteral("--rules"), QStringLiteral("--fiscal-year"),
                                   QStringLiteral("--file"), QStringLiteral("--scenario"),
                                   QStringLiteral("--prefecture")};
const QStringList kFlags = {QStringLiteral("--summary")};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &s = args[i];
        if (s.startsWith(QStringLiteral("--"))) {
            QString name = s;
            QString value;
            const auto eq = s.indexOf(u'=');
            if (eq > 0) {
                name = s.left(eq);
                value = s.mid(eq + 1);
            }
            if (kValueOptions.contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= args.size())
                        throw UsageError{QStringLiteral("%1 needs a value").arg(name)};
                    value = args[++i];
                }
                a.options.insert(name, value);
            } else if (kFlags.contains(name)) {
                a.options.insert(name, QString());
            } else {
                throw UsageError{QStringLiteral("unknown option %1").arg(s)};
            }
        } else if (a.command.isEmpty()) {
            a.command = s;
        } else {
            a.positional << s;
        }
    }
    return a;
}

QString choice(const Args &a, const QString &opt, const QStringList &allowed)
{
    const QString v = a.options.value(opt, allowed.first());
    if (!allowed.contains(v))
        throw UsageError{QStringLiteral("%1 must be one of %2, got \"%3\"").arg(opt, allowed.join(u'|'), v)};
    return v;
}

QString onlyPositional(const Args &a, const char *what)
{
    if (a.positional.size() != 1)
        throw UsageError{QStringLiteral("%1 takes exactly one %2").arg(a.command, QString::fromLatin1(what))};
    return a.positional.first();
}

// An InputError about a file, as the one stderr line of the contract.
struct FileError {
    QString file;
    InputError error;
    QByteArray line() const
    {
        return (QStringLiteral("shienplan-cli: ") + file + QStringLiteral(": ") + error.toString() + u'\n').toUtf8();
    }
};

template<typename F>
auto onFile(const QString &file, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const InputError &e) {
        throw FileError{file, e};
    }
}

RuleBookLibrary libraryWith(const Args &a)
{
    RuleBookLibrary lib = RuleBookLibrary::standard();
    if (a.options.contains(QStringLiteral("--rules"))) {
        const QString path = a.options.value(QStringLiteral("--rules"));
        lib.put(onFile(path, [&] { return ruleBookFromFile(path); }));
    }
    return lib;
}

// A .shienplan document as the input of evaluate or batch; its own rule-book values (with
// their sources) are applied on top of the books of their years.
Document readDocumentInput(const QString &path)
{
    try {
        return readDocument(path);
    } catch (const DocumentError &e) {
        throw FileError{path, InputError(QString(), e.message)};
    }
}

// By content, or by name: a file called .shienplan that is not one gets the document reader's
// message ("not a ShienPlan document") rather than a JSON syntax error.
bool treatAsDocument(const QString &path)
{
    return isDocumentFile(path) || QFileInfo(path).suffix().toLower() == QLatin1String(kDocumentSuffix);
}

// A roster (.csv) as the input of batch or convert. Unusable input is exit 2 by the contract, so
// any problem row refuses the whole file: the one stderr line names the first problem and the
// lines of the others.
RosterImport readRosterInput(const QString &path, const Registry &registry)
{
    RosterImport r = onFile(path, [&] { return readRosterCsv(readInputFile(path), registry); });
    if (!r.problems.isEmpty()) {
        const RosterProblem &first = r.problems.first();
        QString message = first.en;
        QList<int> others;
        for (qsizetype i = 1; i < r.problems.size(); ++i)
            if (r.problems[i].line != first.line && !others.contains(r.problems[i].line))
                others << r.problems[i].line;
        const qsizetype more = r.problems.size() - 1;
        if (more > 0) {
            QStringList lines;
            for (qsizetype i = 0; i < others.size() && i < 10; ++i)
                lines << QString::number(others[i]);
            if (others.size() > 10)
                lines << QStringLiteral("…");
            message += QStringLiteral(" (and %1 more problem%2%3)")
                           .arg(more)
                           .arg(more == 1 ? QString() : QStringLiteral("s"))
                           .arg(lines.isEmpty() ? QString()
                                                : QStringLiteral(" on line%1 %2").arg(others.size() == 1 ? QString() : QStringLiteral("s"), lines.join(QStringLiteral(", "))));
        }
        throw FileError{path, InputError(QStringLiteral("line %1").arg(first.line), message)};
    }
    if (r.scenarios.isEmpty())
        throw FileError{path, InputError(QString(), QStringLiteral("the roster has a header but no rows"))};
    return r;
}

// What the roster importer did without being asked (values it defaulted, names it matched by a
// variant spelling, columns it ignored), printed with the result rather than on stderr.
JsonOut rosterJson(const RosterImport &r)
{
    JsonOut o = JsonOut::object();
    o.insert("rows", JsonOut::number(qint64(r.rows)));
    o.insert("scenarios", JsonOut::number(qint64(r.scenarios.size())));
    JsonOut notices = JsonOut::array();
    for (const auto &n : r.notices)
        notices.append(JsonOut::string(n.line > 0 ? QStringLiteral("line %1: %2").arg(n.line).arg(n.en) : n.en));
    o.insert("notices", notices);
    return o;
}

void applyDocumentOverrides(RuleBookLibrary &lib, const Document &doc)
{
    for (int fy : lib.fiscalYears())
        lib.put(effectiveRuleBook(*lib.book(fy), doc));
}

int pickScenario(const Args &a, const Document &doc, const QString &path)
{
    if (doc.scenarios.isEmpty())
        throw FileError{path, InputError(QString(), QStringLiteral("the document has no scenario"))};
    if (!a.options.contains(QStringLiteral("--scenario")))
        return 0;
    const QString want = a.options.value(QStringLiteral("--scenario"));
    bool isNumber = false;
    const int n = want.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= doc.scenarios.size())
        return n - 1;
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i)
        if (doc.scenarios[i].name == want)
            return int(i);
    QStringList names;
    for (const auto &sc : doc.scenarios)
        names << sc.name;
    throw UsageError{QStringLiteral("no scenario \"%1\" in %2 (1–%3: %4)").arg(want, path).arg(doc.scenarios.size()).arg(names.join(QStringLiteral(", ")))};
}

int evaluateCommand(const Args &a, Output &o)
{
    const QString path = onlyPositional(a, "PLAN file");
    const QString format = choice(a, QStringLiteral("--format"), {QStringLiteral("json"), QStringLiteral("text")});
    const QString lang = choice(a, QStringLiteral("--lang"), {QStringLiteral("ja"), QStringLiteral("en")});
    const Registry &registry = Registry::bundled();
    RuleBookLibrary lib = libraryWith(a);
    Plan plan;
    if (treatAsDocument(path)) {
        const Document doc = readDocumentInput(path);
        plan = doc.scenarios.value(pickScenario(a, doc, path)).plan;
        applyDocumentOverrides(lib, doc);
    } else {
        if (a.options.contains(QStringLiteral("--scenario")))
            throw UsageError{QStringLiteral("--scenario applies to .shienplan documents only")};
        plan = onFile(path, [&] { return planFromJson(parseJson(readInputFile(path)), registry); });
    }
    const RuleBook *book = lib.book(plan.fiscalYear);
    if (!book)
        throw FileError{path, InputError(QStringLiteral("fiscal_year"),
                                         QStringLiteral("no rule book for %1 (FY%2); rule books exist for %3")
                                             .arg(fiscalYearLabel(plan.fiscalYear, u"ja"))
                                             .arg(plan.fiscalYear)
                                             .arg(lib.describeYears()))};
    const Evaluation e = evaluate(plan, *book, registry);
    o.out = format == QLatin1String("json") ? evaluationToJson(e).toJson() : evaluationToText(e, plan, lang).toUtf8();
    return e.eligible ? Ok : NotEligible;
}

int batchCommand(const Args &a, Output &o)
{
    const QString path = onlyPositional(a, "FILE");
    const Registry &registry = Registry::bundled();
    RuleBookLibrary lib = libraryWith(a);
    QList<PlanInput> inputs;
    std::optional<RosterImport> roster;
    if (treatAsDocument(path)) {
        const Document doc = readDocumentInput(path);
        for (const auto &sc : doc.scenarios)
            inputs << PlanInput{QStringLiteral("scenario \"%1\"").arg(sc.name), sc.plan, sc.name};
        applyDocumentOverrides(lib, doc);
    } else if (isRosterFileName(path)) {
        roster = readRosterInput(path, registry);
        for (qsizetype i = 0; i < roster->scenarios.size(); ++i)
            inputs << PlanInput{QStringLiteral("line %1").arg(roster->scenarioLines[i]), roster->scenarios[i].plan,
                                roster->scenarios[i].name};
    } else {
        inputs = onFile(path, [&] { return readPlans(readInputFile(path), registry); });
    }
    const BatchResult r = onFile(path, [&] { return evaluateAll(inputs, lib, registry); });
    JsonOut result = a.options.contains(QStringLiteral("--summary")) ? batchSummaryToJson(r, registry) : batchToJson(r);
    if (roster)
        result.insert("roster", rosterJson(*roster));
    o.out = result.toJson();
    for (const auto &e : r.evaluations)
        if (!e.eligible)
            return NotEligible;
    return Ok;
}

// A .shienplan document, a roster (.csv) or JSON plans, as one document.
Document readAnyDocument(const QString &path)
{
    if (treatAsDocument(path))
        return readDocumentInput(path);
    if (isRosterFileName(path))
        return documentFromRoster(readRosterInput(path, Registry::bundled()), QFileInfo(path).completeBaseName());
    return onFile(path, [&] { return documentFromPlansJson(readInputFile(path), Registry::bundled()); });
}

int convertCommand(const Args &a, Output &o)
{
    if (a.positional.size() != 2)
        throw UsageError{QStringLiteral("convert takes IN and OUT")};
    const QString in = a.positional[0];
    const QString out = a.positional[1];
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String(kDocumentSuffix) && suffix != QLatin1String("csv"))
        throw UsageError{QStringLiteral("convert: OUT must end in .json, .shienplan or .csv, got \"%1\"").arg(out)};
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        throw UsageError{QStringLiteral("convert: IN and OUT are the same file")};
    const Document doc = readAnyDocument(in);
    try {
        if (suffix == QLatin1String(kDocumentSuffix)) {
            writeDocument(doc, out);
        } else {
            // Through QSaveFile: a failed write never leaves a half file.
            QSaveFile f(out);
            const QByteArray bytes = suffix == QLatin1String("csv") ? rosterToCsv(doc) : documentToPlansJson(doc).toJson();
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                throw DocumentError(out, QStringLiteral("cannot write: %1").arg(f.errorString()));
        }
    } catch (const DocumentError &e) {
        throw FileError{out, InputError(QString(), e.message)};
    }
    o.out = QStringLiteral("wrote %1 (%2 scenario%3)\n").arg(out).arg(doc.scenarios.size()).arg(doc.scenarios.size() == 1 ? QString() : QStringLiteral("s")).toUtf8();
    return Ok;
}

int tableCommand(const Args &a, Output &o)
{
    const QString path = onlyPositional(a, "FILE");
    const Registry &registry = Registry::bundled();
    const QString want = a.options.value(QStringLiteral("--prefecture")).trimmed();
    if (want.isEmpty())
        throw UsageError{QStringLiteral("table needs --prefecture (a code such as 010006 or a name such as 北海道)")};
    const LocalBody *pref = registry.find(want);
    if (!pref)
        pref = registry.findByName(want, want);
    if (!pref || pref->kind != BodyKind::Prefecture)
        throw UsageError{QStringLiteral("--prefecture: \"%1\" is not a prefecture (give its code, e.g. 010006, or its name, e.g. 北海道)").arg(want)};
    bool ok = false;
    const int year = a.options.value(QStringLiteral("--fiscal-year")).toInt(&ok);
    if (!ok || year < 1989 || year > 2200)
        throw UsageError{QStringLiteral("table needs --fiscal-year (the year the fiscal year starts, e.g. 2025)")};
    const QString lang = choice(a, QStringLiteral("--lang"), {QStringLiteral("ja"), QStringLiteral("en")});
    RuleBookLibrary lib = libraryWith(a);
    const Document doc = readAnyDocument(path);
    applyDocumentOverrides(lib, doc);
    const QList<Evaluation> evaluations = evaluateWorkspace(doc, lib, registry);
    const PrefectureTable t = prefectureTable(doc, evaluations, pref->code, year, &lib, registry);
    o.out = prefectureTableToCsv(t, {}, lang);
    return Ok;
}

QString ruleBookText(const RuleBook &b, QStringView lang);

int rulesCommand(const Args &a, Output &o)
{
    if (!a.positional.isEmpty())
        throw UsageError{QStringLiteral("rules takes no file argument; use --file BOOK")};
    const QString format = choice(a, QStringLiteral("--format"), {QStringLiteral("json"), QStringLiteral("text")});
    const QString lang = choice(a, QStringLiteral("--lang"), {QStringLiteral("ja"), QStringLiteral("en")});
    RuleBook book;
    if (a.options.contains(QStringLiteral("--file"))) {
        const QString path = a.options.value(QStringLiteral("--file"));
        book = onFile(path, [&] { return ruleBookFromFile(path); });
    } else if (a.options.contains(QStringLiteral("--fiscal-year"))) {
        bool ok = false;
        const int fy = a.options.value(QStringLiteral("--fiscal-year")).toInt(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("--fiscal-year takes a year such as 2025 (令和7年度)")};
        const RuleBookLibrary lib = RuleBookLibrary::standard();
        const RuleBook *b = lib.book(fy);
        if (!b)
            throw UsageError{QStringLiteral("no rule book for FY%1 (%2); rule books exist for %3")
                                 .arg(fy)
                                 .arg(fiscalYearLabel(fy, u"ja"), lib.describeYears())};
        book = *b;
    } else {
        throw UsageError{QStringLiteral("rules needs --fiscal-year Y or --file BOOK")};
    }
    o.out = format == QLatin1String("json") ? ruleBookToJson(book).toJson() : ruleBookText(book, lang).toUtf8();
    return Ok;
}

QString provText(const Provenance &p, QStringView lang)
{
    return QStringLiteral("[%1, %2]").arg(statusLabel(p.status, lang), p.source);
}

QString ruleBookText(const RuleBook &b, QStringView lang)
{
    const bool en = lang == u"en";
    QString out;
    auto line = [&out](const QString &s) { out += s + u'\n'; };
    line(QStringLiteral("%1 %2").arg(fiscalYearLabelBoth(b.fiscalYear), en ? b.titleEn : b.titleJa));
    line((en ? QStringLiteral("Matrix version %1 ") : QStringLiteral("事業表 %1 ")).arg(b.matrixVersion) + provText(b.matrixProv, lang));
    for (const auto &n : b.notes)
        line(QStringLiteral("* ") + n);
    line(QString());
    for (const auto &m : b.menus) {
        line(QStringLiteral("■ %1 (%2)").arg(menuLabel(m.id, lang), m.id));
        QStringList kinds;
        for (BodyKind k : m.bodies)
            kinds << bodyKindLabel(k, lang);
        line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("Bodies") : QStringLiteral("実施主体"), kinds.join(en ? QStringLiteral(", ") : QStringLiteral("・")), provText(m.bodiesProv, lang)));
        line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("Rate") : QStringLiteral("補助率"), fractionToString(m.rate), provText(m.rateProv, lang)));
        for (const auto &col : b.columns) {
            const MatrixCell *c = m.cell(col);
            if (!c)
                continue;
            line(QStringLiteral("  %1 %2 %3 %4").arg(cellSymbol(c->value), findSubproject(col)->key, subprojectLabel(col, lang), provText(c->prov, lang)));
        }
        for (auto it = m.caps.cbegin(); it != m.caps.cend(); ++it)
            line(QStringLiteral("  %1 %2: %3 %4").arg(en ? QStringLiteral("Cap") : QStringLiteral("上限"), staffLabel(it.key(), lang)).arg(it->value).arg(provText(it->prov, lang)));
        if (m.minCoordinators)
            line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("Coordinators at least") : QStringLiteral("コーディネーター最低人数")).arg(m.minCoordinators->value).arg(provText(m.minCoordinators->prov, lang)));
        if (m.maxDurationYears)
            line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("Years at most") : QStringLiteral("実施年数の上限（原則）")).arg(m.maxDurationYears->value).arg(provText(m.maxDurationYears->prov, lang)));
        const auto &s = m.standard;
        auto amount = [&](const QString &label, const Amount &am) {
            line(QStringLiteral("  %1: %2 %3").arg(label, formatRange(am.value, lang), provText(am.prov, lang)));
        };
        if (s.base)
            amount(en ? QStringLiteral("Base") : QStringLiteral("基本額"), *s.base);
        if (s.baseJuso)
            amount(en ? QStringLiteral("Base (with 重層)") : QStringLiteral("基本額（重層実施）"), *s.baseJuso);
        if (s.addonDefault)
            amount(en ? QStringLiteral("Add-on per sub-project") : QStringLiteral("加算（1事業あたり）"), *s.addonDefault);
        for (auto it = s.addons.cbegin(); it != s.addons.cend(); ++it)
            amount(subprojectLabel(it.key(), lang), *it);
        for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it)
            amount(staffLabel(it.key(), lang) + (en ? QStringLiteral(" per person") : QStringLiteral("（1人あたり）")), *it);
        line(QString());
    }
    const auto &su = b.startup;
    line(en ? QStringLiteral("■ Start-up support by the prefecture") : QStringLiteral("■ 都道府県による立ち上げ支援"));
    line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("National share") : QStringLiteral("国"), fractionToString(su.nationalShare), provText(su.nationalProv, lang)));
    line(QStringLiteral("  %1: %2〜%3 %4").arg(en ? QStringLiteral("Prefecture share") : QStringLiteral("都道府県"), fractionToString(su.prefectureShare.min), fractionToString(su.prefectureShare.max), provText(su.prefectureProv, lang)));
    line(QStringLiteral("  %1: %2 %3").arg(en ? QStringLiteral("Truncation unit") : QStringLiteral("端数処理"), formatYen(b.calculation.truncationUnit), provText(b.calculation.truncationProv, lang)));
    return out;
}

} // namespace

int run(const QStringList &args, Output &o)
{
    try {
        if (args.isEmpty()) {
            o.err = QByteArray(kUsage);
            return BadInput;
        }
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) || args.first() == QLatin1String("help")) {
            o.out = QByteArray(kUsage);
            return Ok;
        }
        if (args.contains(QStringLiteral("--version"))) {
            o.out = QByteArrayLiteral("shienplan-cli " SHIENPLAN_VERSION "\n");
            return Ok;
        }
        if (args.first() == QLatin1String("report")) {
            // Its options (--pdf, --xlsx, --csv) are its own: the handler parses them.
            if (!g_reportHandler)
                throw UsageError{QStringLiteral("report is not available in this build")};
            return g_reportHandler(args.mid(1), o);
        }
        const Args a = parseArgs(args);
        if (a.command == QLatin1String("evaluate"))
            return evaluateCommand(a, o);
        if (a.command == QLatin1String("batch"))
            return batchCommand(a, o);
        if (a.command == QLatin1String("rules"))
            return rulesCommand(a, o);
        if (a.command == QLatin1String("convert"))
            return convertCommand(a, o);
        if (a.command == QLatin1String("table"))
            return tableCommand(a, o);
        throw UsageError{QStringLiteral("unknown command \"%1\" (evaluate, batch, table, rules, convert, report; see --help)").arg(a.command)};
    } catch (const UsageError &e) {
        o.out.clear();
        o.err = (QStringLiteral("shienplan-cli: ") + e.message + u'\n').toUtf8();
    } catch (const FileError &e) {
        o.out.clear();
        o.err = e.line();
    } catch (const InputError &e) {
        o.out.clear();
        o.err = (QStringLiteral("shienplan-cli: ") + e.toString() + u'\n').toUtf8();
    } catch (const std::exception &e) {
        // Nothing should get here; if something does, it is still an answer, not a crash.
        o.out.clear();
        o.err = QByteArrayLiteral("shienplan-cli: internal error: ") + QByteArray(e.what()) + '\n';
    }
    return BadInput;
}

void setReportHandler(ReportHandler handler)
{
    g_reportHandler = handler;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return mainWith(app);
}

int mainWith(QCoreApplication &)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShienPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("ShienPlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIENPLAN_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    Output o;
    const int status = run(args, o);
    // Raw UTF-8 bytes: the same on every platform, and what JSON consumers expect.
    if (!o.out.isEmpty())
        std::fwrite(o.out.constData(), 1, size_t(o.out.size()), stdout);
    if (!o.err.isEmpty())
        std::fwrite(o.err.constData(), 1, size_t(o.err.size()), stderr);
    std::fflush(stdout);
    return status;
}

} // namespace shienplan::cli
