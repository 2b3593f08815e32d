#pragma once

// One verb of shienplan-cli, after KeePassXC's src/cli: a name, what it does, its own options
// (QCommandLineOption, shown by `shienplan-cli VERB --help`) and execute(). The verbs that
// existed before `report` have always accepted each other's options (a script may pass --rules
// to convert), so they share one set: each shows its own and accepts the rest hidden.

#include "cli/arguments.h"
#include "cli/cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <memory>

namespace shienplan::cli
{

enum Exit { Ok = 0, NotEligible = 1, BadInput = 2 };

// The message as one line: control characters escaped (\n, \x01), cut at 400 characters.
QString oneLine(const QString &message);
// The one stderr line of a failure: "shienplan-cli: " and the message, as oneLine makes it.
QByteArray errorLine(const QString &message);

class Command
{
public:
    virtual ~Command() = default;

    QString name() const { return m_name; }
    // Its lines in `shienplan-cli --help`: the synopsis, then what it does indented.
    QString overviewEntry() const;
    // `shienplan-cli VERB --help`.
    QString help() const;
    // The verb takes the shared options and may follow them (`--lang en evaluate PLAN`).
    virtual bool sharesOptions() const { return true; }

    // args: after the verb. Returns the exit status; a UsageError or FileError may escape.
    virtual int execute(const QStringList &args, Output &output) const = 0;

    // The shared options' names with their dashes, for finding the verb among them.
    static QStringList sharedValueOptions();
    static QStringList sharedFlags();

protected:
    Command(QString name, QString synopsis, QString summary, QList<QCommandLineOption> options);

    // The shared options: `shown` (option names without dashes) in that order, then the
    // others hidden from help. describe() replaces a shown option's general description.
    static QList<QCommandLineOption> sharedOptions(
        const QStringList &shown, const QList<QPair<QString, QString>> &describe = {});

    QList<Word> words(const QStringList &args) const;
    // The arguments in a parser; an unknown option or a missing value is a UsageError.
    std::unique_ptr<QCommandLineParser> parse(const QStringList &args) const;

    // The value of a value option that must be one of `allowed` (the first when absent).
    static QString choice(
        const QCommandLineParser &p, const QString &option, const QStringList &allowed);
    static QString languageOf(const QCommandLineParser &p);
    // The one positional argument; `what` names it in the message ("PLAN file").
    QString onlyPositional(const QCommandLineParser &p, const QString &what) const;

private:
    QString m_name;
    QString m_synopsis;
    QString m_summary; // lines broken as they are shown
    QList<QCommandLineOption> m_options;
};

} // namespace shienplan::cli
