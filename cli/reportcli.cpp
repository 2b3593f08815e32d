#include "cli/reportcli.h"

#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/base/fiscalyear.h"
#include "core/interchange/inputfile.h"
#include "core/registry/registry.h"
#include "report/reportwriter.h"
#include "core/rules/rulebookjson.h"
#include "core/rules/rulebooklibrary.h"

#include <QFileInfo>

namespace shienplan::report
{

namespace
{

struct Failure { // one stderr line
    QString text;
};

Failure about(const QString &file, const QString &what)
{
    return { file + QStringLiteral(": ") + what };
}

struct Request {
    QString plan;
    QList<QPair<ReportFormat, QString>> outputs;
    QString lang = QStringLiteral("ja");
    QString rules;
};

Request parse(const QStringList &args)
{
    Request r;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        if (!name.startsWith(QStringLiteral("--"))) {
            if (!r.plan.isEmpty())
                throw Failure { QStringLiteral("report takes one PLAN file, got \"%1\" and \"%2\"")
                                    .arg(r.plan, name) };
            r.plan = name;
            continue;
        }
        QString value;
        const auto eq = name.indexOf(u'=');
        if (eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        const QStringList known { QStringLiteral("--pdf"), QStringLiteral("--xlsx"),
            QStringLiteral("--csv"), QStringLiteral("--lang"), QStringLiteral("--rules") };
        if (!known.contains(name))
            throw Failure { QStringLiteral(
                "report: unknown option %1 (--pdf, --xlsx, --csv, --lang, --rules)")
                                .arg(name) };
        if (eq < 0) {
            if (i + 1 >= args.size())
                throw Failure { QStringLiteral("report: %1 needs a value").arg(name) };
            value = args[++i];
        }
        if (value.isEmpty())
            throw Failure { QStringLiteral("report: %1 needs a value").arg(name) };
        if (name == QLatin1String("--lang")) {
            if (value != QLatin1String("ja") && value != QLatin1String("en"))
                throw Failure {
                    QStringLiteral("--lang must be one of ja|en, got \"%1\"").arg(value)
                };
            r.lang = value;
        } else if (name == QLatin1String("--rules")) {
            r.rules = value;
        } else {
            const ReportFormat f = *reportFormatFromSuffix(QStringView(name).mid(2));
            for (const auto &o : r.outputs) {
                if (o.first == f)
                    throw Failure { QStringLiteral("report: %1 given twice").arg(name) };
                if (QFileInfo(o.second).absoluteFilePath() == QFileInfo(value).absoluteFilePath())
                    throw Failure {
                        QStringLiteral("report: two formats to the same file %1").arg(value)
                    };
            }
            r.outputs << qMakePair(f, value);
        }
    }
    if (r.plan.isEmpty())
        throw Failure { QStringLiteral("report needs a PLAN file (JSON or .shienplan)") };
    if (r.outputs.isEmpty())
        throw Failure { QStringLiteral("report needs --pdf OUT, --xlsx OUT or --csv OUT") };
    for (const auto &o : r.outputs)
        if (QFileInfo(o.second).absoluteFilePath() == QFileInfo(r.plan).absoluteFilePath())
            throw Failure {
                QStringLiteral("report: %1 would overwrite the plan itself").arg(o.second)
            };
    return r;
}

Document readPlan(const QString &path)
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

int runReport(const QStringList &args, cli::Output &o)
{
    const Request r = parse(args);
    RuleBookLibrary library = RuleBookLibrary::standard();
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
    // As evaluate: a year without a rule book is unusable input, not a report full of 不明.
    for (const auto &sc : doc.scenarios) {
        if (library.book(sc.plan.fiscalYear))
            continue;
        const QString where = doc.scenarios.size() > 1
            ? QStringLiteral("scenario \"%1\": fiscal_year").arg(sc.name)
            : QStringLiteral("fiscal_year");
        throw about(r.plan,
            QStringLiteral("%1: no rule book for %2 (FY%3); rule books exist for %4")
                .arg(where, fiscalYearLabel(sc.plan.fiscalYear, u"ja"))
                .arg(sc.plan.fiscalYear)
                .arg(library.describeYears()));
    }
    const ReportData data = buildReportData(doc, library, Registry::bundled(), r.lang);
    for (const auto &[format, path] : r.outputs) {
        try {
            writeReport(data, format, path);
        } catch (const ReportError &e) {
            throw about(path, e.message);
        }
        o.out += (QStringLiteral("wrote ") + path + u'\n').toUtf8();
    }
    return 0;
}

} // namespace

int reportCommand(const QStringList &args, cli::Output &o)
{
    try {
        return runReport(args, o);
    } catch (const Failure &f) {
        o.err = (QStringLiteral("shienplan-cli: ") + f.text + u'\n').toUtf8();
    } catch (const std::exception &e) {
        o.err = QByteArrayLiteral("shienplan-cli: internal error: ") + QByteArray(e.what()) + '\n';
    }
    return 2;
}

void installReportCommand()
{
    cli::setReportHandler(&reportCommand);
}

} // namespace shienplan::report
