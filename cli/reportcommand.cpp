// `shienplan-cli report PLAN --pdf OUT | --xlsx OUT | --csv OUT [--form plan|shoyogaku]
// [--unit yen|sen]`: the report of a plan, or of every scenario of a document, or its 所要額調書
// (core/report/shoyogaku.h), written to files by the report writers (cli/reportbackend.h: they
// paint, so cli.cpp makes a QGuiApplication for this verb, offscreen).
//
// Exit 0 when every requested file was written (eligibility is in the report itself, so a plan
// that is not eligible still gives 0); 2 for unusable input or a file that could not be written,
// with one line on stderr and no partial file. The files already written stay, and so do their
// "wrote" lines on stdout.

#include "cli/commands.h"
#include "cli/reportbackend.h"

#include "core/base/fiscalyear.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/interchange/inputfile.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookjson.h"
#include "core/rules/rulebooklibrary.h"

#include <QFileInfo>

namespace shienplan::cli
{

namespace
{

UsageError about(const QString &file, const QString &what)
{
    return { file + QStringLiteral(": ") + what };
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

struct Request {
    QString plan;
    QList<QPair<ReportFormat, QString>> outputs; // in the order given, the order of "wrote"
    QString lang = QStringLiteral("ja");
    QString rules;
    bool shoyogaku = false; // --form shoyogaku
    std::optional<AmountUnit> unit; // --unit; only with --form shoyogaku
};

class ReportCommand : public Command
{
public:
    ReportCommand()
        : Command(QStringLiteral("report"),
            QStringLiteral(
                "report PLAN (--pdf OUT | --xlsx OUT | --csv OUT)... [--form plan|shoyogaku] "
                "[--unit yen|sen] [--lang ja|en] [--rules BOOK]"),
            QStringLiteral("The report of a plan or of every scenario of a .shienplan document: an "
                           "A4 PDF, an\n"
                           "Excel workbook (one sheet per scenario and a summary) or a CSV (UTF-8 "
                           "with BOM, one\n"
                           "row per program). --form shoyogaku writes the 所要額調書 instead: one "
                           "row per program of\n"
                           "each plan's adopted alternative, (A) 総事業費 … (H) 国庫補助所要額 as "
                           "live formulas, grouped\n"
                           "by menu with subtotals for several bodies; undecided plans listed "
                           "apart, not in the totals.\n"
                           "Exit 0 when written (eligibility is shown in the report itself)."),
            { QCommandLineOption(
                  QStringLiteral("pdf"), QStringLiteral("write an A4 PDF"), QStringLiteral("OUT")),
                QCommandLineOption(QStringLiteral("xlsx"),
                    QStringLiteral("write an Excel workbook"), QStringLiteral("OUT")),
                QCommandLineOption(QStringLiteral("csv"),
                    QStringLiteral("write a CSV, one row per program"), QStringLiteral("OUT")),
                QCommandLineOption(QStringLiteral("form"),
                    QStringLiteral("plan: the plan report (default); shoyogaku: the 所要額調書"),
                    QStringLiteral("plan|shoyogaku")),
                QCommandLineOption(QStringLiteral("unit"),
                    QStringLiteral("amounts of the 所要額調書 in yen (円, default) or sen (千円, "
                                   "exact: 12,345.678)"),
                    QStringLiteral("yen|sen")),
                QCommandLineOption(QStringLiteral("lang"),
                    QStringLiteral("language of the report (default ja)"), QStringLiteral("ja|en")),
                QCommandLineOption(QStringLiteral("rules"),
                    QStringLiteral("use this rule book file for its fiscal year"),
                    QStringLiteral("BOOK")) })
    {
    }

    // Its options are its own, so it must be the first word (`--lang en report` is not it).
    bool sharesOptions() const override { return false; }

    int execute(const QStringList &args, Output &o) const override
    {
        try {
            return write(request(args), o);
        } catch (const UsageError &e) {
            o.err = errorLine(e.message);
        } catch (const std::exception &e) {
            o.err = QByteArrayLiteral("shienplan-cli: internal error: ") + QByteArray(e.what())
                + '\n';
        }
        return BadInput;
    }

private:
    // The words in the order given: the first problem met is the one reported.
    Request request(const QStringList &args) const
    {
        Request r;
        for (const Word &w : words(args)) {
            if (w.kind == Word::Positional) {
                if (!r.plan.isEmpty())
                    throw UsageError { QStringLiteral(
                        "report takes one PLAN file, got \"%1\" and \"%2\"")
                                           .arg(r.plan, w.value) };
                r.plan = w.value;
            } else if (w.kind == Word::UnknownOption) {
                throw UsageError { QStringLiteral("report: unknown option %1 (--pdf, --xlsx, "
                                                  "--csv, --form, --unit, --lang, --rules)")
                                       .arg(w.name) };
            } else if (w.kind == Word::MissingValue || w.value.isEmpty()) {
                throw UsageError { QStringLiteral("report: %1 needs a value").arg(w.name) };
            } else {
                take(r, w);
            }
        }
        if (r.plan.isEmpty())
            throw UsageError { QStringLiteral("report needs a PLAN file (JSON or .shienplan)") };
        if (r.outputs.isEmpty())
            throw UsageError { QStringLiteral("report needs --pdf OUT, --xlsx OUT or --csv OUT") };
        if (r.unit && !r.shoyogaku)
            throw UsageError { QStringLiteral(
                "report: --unit applies to --form shoyogaku only (the plan report shows 円 and "
                "千円 both)") };
        for (const auto &out : r.outputs)
            if (sameFile(out.second, r.plan))
                throw UsageError {
                    QStringLiteral("report: %1 would overwrite the plan itself").arg(out.second)
                };
        return r;
    }

    static void take(Request &r, const Word &w)
    {
        if (w.name == QLatin1String("--lang")) {
            if (w.value != QLatin1String("ja") && w.value != QLatin1String("en"))
                throw UsageError {
                    QStringLiteral("--lang must be one of ja|en, got \"%1\"").arg(w.value)
                };
            r.lang = w.value;
            return;
        }
        if (w.name == QLatin1String("--rules")) {
            r.rules = w.value;
            return;
        }
        if (w.name == QLatin1String("--form")) {
            if (w.value != QLatin1String("plan") && w.value != QLatin1String("shoyogaku"))
                throw UsageError {
                    QStringLiteral("--form must be one of plan|shoyogaku, got \"%1\"").arg(w.value)
                };
            r.shoyogaku = w.value == QLatin1String("shoyogaku");
            return;
        }
        if (w.name == QLatin1String("--unit")) {
            if (w.value != QLatin1String("yen") && w.value != QLatin1String("sen"))
                throw UsageError { QStringLiteral(
                    "--unit must be one of yen|sen (円 or 千円), got \"%1\"")
                                       .arg(w.value) };
            r.unit = w.value == QLatin1String("sen") ? AmountUnit::Thousand : AmountUnit::Yen;
            return;
        }
        const ReportFormat f = *reportFormatFromSuffix(QStringView(w.name).mid(2));
        for (const auto &out : r.outputs) {
            if (out.first == f)
                throw UsageError { QStringLiteral("report: %1 given twice").arg(w.name) };
            if (sameFile(out.second, w.value))
                throw UsageError {
                    QStringLiteral("report: two formats to the same file %1").arg(w.value)
                };
        }
        r.outputs << qMakePair(f, w.value);
    }

    static Document readPlan(const QString &path)
    {
        const bool document = isDocumentFile(path)
            || QFileInfo(path).suffix().toLower() == QLatin1String(kDocumentSuffix);
        try {
            if (document)
                return readDocument(path);
            return documentFromPlansJson(readInputFile(path), Registry::bundled());
        } catch (const DocumentError &e) {
            throw about(path, e.message);
        } catch (const InputError &e) {
            throw about(path, e.toString());
        }
    }

    static int write(const Request &r, Output &o)
    {
        RuleBookLibrary library = RuleBookLibrary::forPlanning();
        if (!r.rules.isEmpty()) {
            try {
                library.put(ruleBookFromFile(r.rules));
            } catch (const InputError &e) {
                throw about(r.rules, e.toString());
            }
        }
        const Document doc = readPlan(r.plan);
        if (doc.scenarios.isEmpty())
            throw about(r.plan, QStringLiteral("the document has no scenario"));
        // Before anything is evaluated: a report too large to lay out is refused at once.
        for (const auto &[format, path] : r.outputs) {
            const QString tooMany
                = r.shoyogaku ? QString() : reportSizeProblem(format, doc.scenarios.size());
            if (!tooMany.isEmpty())
                throw about(path, tooMany);
        }
        // As evaluate: a year without a rule book is unusable input, not a report full of 不明.
        for (const auto &sc : doc.scenarios) {
            if (library.book(sc.plan.fiscalYear))
                continue;
            const QString where = doc.scenarios.size() > 1
                ? QStringLiteral("scenario \"%1\": fiscal_year").arg(sc.plan.alternative)
                : QStringLiteral("fiscal_year");
            throw about(r.plan,
                QStringLiteral("%1: no rule book for %2 (FY%3); rule books exist for %4")
                    .arg(where, fiscalYearLabel(sc.plan.fiscalYear, u"ja"))
                    .arg(sc.plan.fiscalYear)
                    .arg(library.describeYears()));
        }
        std::optional<ReportData> data;
        std::optional<ShoyogakuData> statement;
        if (r.shoyogaku)
            statement = buildShoyogaku(
                doc, library, Registry::bundled(), r.lang, r.unit.value_or(AmountUnit::Yen));
        else
            data = buildReportData(doc, library, Registry::bundled(), r.lang);
        QString why;
        const ReportBackend *writers = reportBackend(&why);
        if (!writers)
            throw UsageError { why };
        for (const auto &[format, path] : r.outputs) {
            const QString problem = statement ? writers->writeShoyogaku(*statement, format, path)
                                              : writers->writeReport(*data, format, path);
            if (!problem.isEmpty())
                throw about(path, problem);
            o.out += (QStringLiteral("wrote ") + path + u'\n').toUtf8();
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace shienplan::cli
