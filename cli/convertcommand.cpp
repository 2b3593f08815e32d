// `shienplan-cli convert IN OUT`: between JSON plans, .shienplan documents and rosters, chosen
// by the files' extensions.

#include "cli/commands.h"
#include "cli/inputs.h"

#include "core/base/savefile.h"
#include "core/interchange/documentjson.h"

#include <QFileInfo>

namespace shienplan::cli
{

namespace
{

class ConvertCommand : public Command
{
public:
    ConvertCommand()
        : Command(QStringLiteral("convert"), QStringLiteral("convert IN OUT"),
            QStringLiteral("Between JSON plans, .shienplan documents and rosters, by extension "
                           "(.json,\n.shienplan, .csv). A document with several scenarios "
                           "becomes an array of plans."),
            sharedOptions({}))
    {
    }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QStringList files = p->positionalArguments();
        if (files.size() != 2)
            throw UsageError { QStringLiteral("convert takes IN and OUT") };
        const QString in = files[0];
        const QString out = files[1];
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != QLatin1String("json") && suffix != QLatin1String(kDocumentSuffix)
            && suffix != QLatin1String("csv"))
            throw UsageError { QStringLiteral(
                "convert: OUT must end in .json, .shienplan or .csv, got \"%1\"")
                                   .arg(out) };
        if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
            throw UsageError { QStringLiteral("convert: IN and OUT are the same file") };
        const Document doc = readAnyDocument(in);
        try {
            write(doc, out, suffix);
        } catch (const DocumentError &e) {
            throw FileError { out, InputError(QString(), e.message) };
        }
        const auto n = doc.scenarios.size();
        o.out = QStringLiteral("wrote %1 (%2 scenario%3)\n")
                    .arg(out)
                    .arg(n)
                    .arg(n == 1 ? QString() : QStringLiteral("s"))
                    .toUtf8();
        return Ok;
    }

private:
    static void write(const Document &doc, const QString &out, const QString &suffix)
    {
        if (suffix == QLatin1String(kDocumentSuffix)) {
            writeDocument(doc, out);
            return;
        }
        // Whole or not at all: a failed write never leaves a half file.
        const QByteArray bytes
            = suffix == QLatin1String("csv") ? rosterToCsv(doc) : documentToPlansJson(doc).toJson();
        const QString why = saveWhole(out, bytes);
        if (!why.isEmpty())
            throw DocumentError(out, QStringLiteral("cannot write: %1").arg(why));
    }
};

} // namespace

std::unique_ptr<Command> makeConvertCommand()
{
    return std::make_unique<ConvertCommand>();
}

} // namespace shienplan::cli
