// `shienplan-cli table FILE --prefecture PREF --fiscal-year Y [--xlsx OUT]`: the prefecture table
// of a document, roster or plans as CSV (or a workbook), the same table the window's prefecture
// view exports, with the same cells: codes as ="013030" in the CSV, as text cells in the workbook.

#include "cli/commands.h"
#include "cli/inputs.h"

#include "core/prefecture/prefecturecsv.h"
#include "core/registry/registry.h"
#include "report/xlsxtable.h"

#include <QFileInfo>

namespace shienplan::cli
{

namespace
{

class TableCommand : public Command
{
public:
    TableCommand()
        : Command(QStringLiteral("table"),
            QStringLiteral(
                "table FILE --prefecture PREF --fiscal-year Y [--xlsx OUT] [--lang ja|en] "
                "[--rules BOOK]"),
            QStringLiteral("The prefecture table of a document, roster or plans as CSV on standard "
                           "output: every\n"
                           "municipality of PREF (its code or name) with what it runs, draws and "
                           "is told in year\n"
                           "Y, the prefecture's own row first (UTF-8 with BOM, amounts in yen, "
                           "ranges as 下限/上限,\n"
                           "codes as =\"013030\" so that a spreadsheet keeps the zero). --xlsx "
                           "writes an Excel workbook\n"
                           "instead, codes as text cells."),
            options())
    {
    }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QString path = onlyPositional(*p, QStringLiteral("FILE"));
        const Registry &registry = Registry::bundled();
        const LocalBody *pref = prefecture(*p, registry);
        bool ok = false;
        const int year = p->value(QStringLiteral("fiscal-year")).toInt(&ok);
        if (!ok || year < 1989 || year > 2200)
            throw UsageError { QStringLiteral(
                "table needs --fiscal-year (the year the fiscal year starts, e.g. 2025)") };
        const QString lang = languageOf(*p);
        RuleBookLibrary lib = libraryWith(*p);
        const Document doc = readAnyDocument(path);
        checkRulesYear(*p, fiscalYearsOf(doc).values());
        applyDocumentOverrides(lib, doc);
        const QList<Evaluation> evaluations = evaluateWorkspace(doc, lib, registry);
        const PrefectureTable t
            = prefectureTable(doc, evaluations, pref->code, year, &lib, registry);
        const QString xlsx = p->value(QStringLiteral("xlsx"));
        if (xlsx.isEmpty()) {
            o.out = prefectureTableToCsv(t, {}, lang);
            return Ok;
        }
        if (QFileInfo(xlsx).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
            throw UsageError { QStringLiteral("table: %1 would overwrite the input").arg(xlsx) };
        QString error;
        if (!writeTableXlsx(prefectureExportTable(t, {}, lang), xlsx, &error))
            throw UsageError { QStringLiteral("table: cannot write %1: %2").arg(xlsx, error) };
        o.out = (QStringLiteral("wrote ") + xlsx + u'\n').toUtf8();
        return Ok;
    }

private:
    static QList<QCommandLineOption> options()
    {
        QList<QCommandLineOption> list
            = sharedOptions({ QStringLiteral("prefecture"), QStringLiteral("fiscal-year"),
                                QStringLiteral("lang"), QStringLiteral("rules") },
                { { QStringLiteral("fiscal-year"),
                    QStringLiteral("the year of the table, by the year it starts (e.g. 2025)") } });
        list.insert(2,
            QCommandLineOption(QStringLiteral("xlsx"),
                QStringLiteral("write an Excel workbook to OUT instead of CSV on standard output"),
                QStringLiteral("OUT")));
        return list;
    }

    static const LocalBody *prefecture(const QCommandLineParser &p, const Registry &registry)
    {
        const QString want = p.value(QStringLiteral("prefecture")).trimmed();
        if (want.isEmpty())
            throw UsageError { QStringLiteral(
                "table needs --prefecture (a code such as 010006 or a name such as 北海道)") };
        const LocalBody *pref = registry.find(want);
        if (!pref)
            pref = registry.findByName(want, want);
        if (!pref || pref->kind != BodyKind::Prefecture)
            throw UsageError { QStringLiteral(
                "--prefecture: \"%1\" is not a prefecture (give its code, "
                "e.g. 010006, or its name, e.g. 北海道)")
                                   .arg(want) };
        return pref;
    }
};

} // namespace

std::unique_ptr<Command> makeTableCommand()
{
    return std::make_unique<TableCommand>();
}

} // namespace shienplan::cli
