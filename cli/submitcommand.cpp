// `shienplan-cli submit FILE --server URI [--fiscal-year Y]`: the plan of the login's body (with
// all its alternatives) from a JSON plan file or a .shienplan document, evaluated as `batch`
// evaluates it, as a new version on the prefecture's server. The file is only read.

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/servercommand.h"

#include "core/base/fiscalyear.h"
#include "core/interchange/inputfile.h"
#include "core/registry/registry.h"

#include <QFileInfo>

namespace shienplan::cli
{

namespace
{

class SubmitCommand : public Command
{
public:
    SubmitCommand()
        : Command(QStringLiteral("submit"),
            QStringLiteral("submit FILE --server URI [--fiscal-year Y] [--rules BOOK]"),
            QStringLiteral("Submit the plan of this login's body (its adopted alternative and "
                           "the others) from\nFILE (JSON or .shienplan) to the prefecture's "
                           "server, as a new version."),
            { serverOption(),
                QCommandLineOption(QStringLiteral("fiscal-year"),
                    QStringLiteral("the fiscal year (when the file has several)"),
                    QStringLiteral("Y")),
                QCommandLineOption(QStringLiteral("rules"),
                    QStringLiteral("use this rule book file for its fiscal year"),
                    QStringLiteral("BOOK")) })
    {
    }
    bool sharesOptions() const override { return false; }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        const QString path = onlyPositional(*p, QStringLiteral("FILE"));
        const int fy = fiscalYearOf(*p, false);
        // The file first: a file that cannot be used never reaches the server.
        const Document doc = readAnyDocument(path);
        const QByteArray bytes = onFile(path, [&] { return readInputFile(path); });
        RuleBookLibrary lib = libraryWith(*p);
        applyDocumentOverrides(lib, doc);
        const QuietDriver quiet;
        try {
            StdinLines in;
            PrefectureServer server;
            connectTo(server, *p, in);
            const ServerUser me = server.whoAmI();
            const Submission s = onFile(path, [&] {
                return makeSubmission(doc, bytes, QFileInfo(path).fileName(), me.bodyCode, fy, lib,
                    Registry::bundled());
            });
            const int version = server.submit(s);
            const LocalBody *body = Registry::bundled().find(s.bodyCode);
            o.out = QStringLiteral("submitted %1 %2 as version %3 (sha256 %4)\n")
                        .arg(body ? body->name : s.bodyCode, fiscalYearLabel(s.fiscalYear, u"ja"))
                        .arg(version)
                        .arg(s.sha256)
                        .toUtf8();
            return Ok;
        } catch (const ServerError &e) {
            return reportServerError(e, o);
        }
    }
};

} // namespace

std::unique_ptr<Command> makeSubmitCommand()
{
    return std::make_unique<SubmitCommand>();
}

} // namespace shienplan::cli
