// The entry of shienplan-cli: finds the verb and runs it, answers the program's own --help and
// --version, and turns every failure into the contract's one stderr line and exit status.

#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/reportbackend.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace shienplan::cli
{

namespace
{

const char *kUsageHead = "Usage: shienplan-cli COMMAND [OPTIONS]\n"
                         "\n"
                         "Eligibility and national funding of ひきこもり支援推進事業 plans.\n"
                         "\n"
                         "Commands:\n";

const char *kUsageTail
    = "\n"
      "Options:\n"
      "  --rules BOOK   use this rule book file for its fiscal year instead of the bundled one\n"
      "  -h, --help     show this help\n"
      "  --version      show the version\n"
      "\n"
      "Exit status: 0 eligible, 1 evaluated but not eligible (an error finding), 2 unusable "
      "input;\n"
      "3 the server refused, 4 the server could not be reached (server, submit).\n"
      "User rule books in $SHIENPLAN_RULES_DIR (or the application data folder's rules/) replace\n"
      "the bundled book of their fiscal year.\n";

QByteArray programHelp()
{
    QString text = QString::fromUtf8(kUsageHead);
    for (const Command *c : commands())
        text += c->overviewEntry();
    return text.toUtf8() + QByteArray(kUsageTail);
}

bool asksForHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

int dispatch(const QStringList &args, Output &o)
{
    if (args.isEmpty()) {
        o.err = programHelp();
        return BadInput;
    }
    const Command *first = findCommand(args.first());
    if (first && asksForHelp(args)) {
        o.out = first->help().toUtf8();
        return Ok;
    }
    if (asksForHelp(args) || args.first() == QLatin1String("help")) {
        o.out = programHelp();
        return Ok;
    }
    if (args.contains(QStringLiteral("--version"))) {
        o.out = QByteArrayLiteral("shienplan-cli " SHIENPLAN_VERSION "\n");
        return Ok;
    }
    if (first && !first->sharesOptions())
        return first->execute(args.mid(1), o);
    // The verb is the first word that is not an option or its value, as it always was:
    // `--lang en evaluate PLAN` works. The options' problems before it come before an unknown
    // verb; what follows the verb is the verb's to read (its own options, such as table's
    // --xlsx, are unknown to the others).
    const QList<Word> words
        = splitWords(args, Command::sharedValueOptions(), Command::sharedFlags());
    QString name;
    qsizetype at = -1;
    for (const Word &w : words) {
        if (w.kind == Word::UnknownOption || w.kind == Word::MissingValue)
            throw usageErrorFor(w);
        if (w.kind == Word::Positional) {
            name = w.value;
            at = w.index;
            break;
        }
    }
    const Command *verb = findCommand(name);
    if (!verb || !verb->sharesOptions())
        // The order is the contract's message, older than the order of --help.
        throw UsageError { QStringLiteral("unknown command \"%1\" (evaluate, batch, table, rules, "
                                          "convert, report, submit, server; see --help)")
                               .arg(name) };
    QStringList rest = args;
    rest.removeAt(at);
    return verb->execute(rest, o);
}

// The contract is one stderr line on failure: Qt's own notes from the offscreen platform
// ("XDG_RUNTIME_DIR not set", "propagateSizeHints") are not the user's concern.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "shienplan-cli: %s\n", qPrintable(message));
}

} // namespace

int run(const QStringList &args, Output &o)
{
    try {
        return dispatch(args, o);
    } catch (const UsageError &e) {
        o.out.clear();
        o.err = errorLine(e.message);
    } catch (const FileError &e) {
        o.out.clear();
        o.err = e.line();
    } catch (const InputError &e) {
        o.out.clear();
        o.err = errorLine(e.toString());
    } catch (const std::exception &e) {
        // Nothing should get here; if something does, it is still an answer, not a crash.
        o.out.clear();
        o.err = QByteArrayLiteral("shienplan-cli: internal error: ") + QByteArray(e.what()) + '\n';
    }
    return BadInput;
}

int main(int argc, char **argv)
{
    // `report` lays out and paints a PDF, which needs a QGuiApplication; no display is needed
    // (offscreen). Every other verb stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        qInstallMessageHandler(quietQtMessages);
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QString why;
        const ReportBackend *backend = reportBackend(&why);
        if (!backend) {
            std::fprintf(stderr, "shienplan-cli: %s\n", qPrintable(why));
            return BadInput;
        }
        app.reset(backend->makeApplication(argc, argv));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ShienPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("ShienPlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIENPLAN_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    Output o;
    const int status = run(args, o);
    // Raw UTF-8 bytes: the same on every platform, and what JSON consumers expect. A script
    // that sends the output to a full disk must not get exit 0 with a cut file: every byte is
    // checked, and a failure is the one line on stderr.
    errno = 0;
    bool written = o.out.isEmpty()
        || std::fwrite(o.out.constData(), 1, size_t(o.out.size()), stdout) == size_t(o.out.size());
    written = std::fflush(stdout) == 0 && written && !std::ferror(stdout);
    if (!written) {
        const int e = errno;
        std::fprintf(stderr, "shienplan-cli: cannot write standard output: %s\n",
            e ? std::strerror(e) : "write error");
        return BadInput;
    }
    if (!o.err.isEmpty())
        std::fwrite(o.err.constData(), 1, size_t(o.err.size()), stderr);
    return status;
}

} // namespace shienplan::cli
