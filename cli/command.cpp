// The base of every verb: its help texts, the shared options and the parsing every verb does
// the same way (the contract's words, then QCommandLineParser for the values).

#include "cli/command.h"

#include <algorithm>

namespace shienplan::cli
{

namespace
{

struct SharedOption {
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *description;
};

// Every option the verbs before `report` accept, with the description their help shows unless
// the verb gives its own.
const SharedOption kShared[] = {
    { "format", "json|text", "json (the contract's shape, the default) or text for reading" },
    { "lang", "ja|en", "language of text output (default ja)" },
    { "rules", "BOOK", "use this rule book file for its fiscal year instead of the bundled one" },
    { "fiscal-year", "Y", "the fiscal year by the year it starts (e.g. 2025 for 令和7年度)" },
    { "file", "BOOK", "a rule book file" },
    { "scenario", "N|NAME", "the scenario of a .shienplan document, by number or name" },
    { "prefecture", "PREF", "a prefecture by code (010006) or name (北海道)" },
    { "summary", nullptr, "only totals per prefecture and for the country, with menu counts" },
};

QCommandLineOption toOption(const SharedOption &s)
{
    const QString name = QString::fromLatin1(s.name);
    const QString description = QString::fromUtf8(s.description);
    if (!s.valueName)
        return QCommandLineOption(name, description);
    return QCommandLineOption(name, description, QString::fromLatin1(s.valueName));
}

QString optionLabel(const QCommandLineOption &o)
{
    QString label = QStringLiteral("--") + o.names().first();
    if (!o.valueName().isEmpty())
        label += u' ' + o.valueName();
    return label;
}

} // namespace

QString oneLine(const QString &message)
{
    // A value from a file may hold a line break (it would fake a second line), other control
    // characters, or a megabyte of text: escaped, and the line cut with … at a length a
    // terminal and a log still show whole.
    constexpr qsizetype kMax = 400;
    QString out;
    out.reserve(std::min(message.size(), kMax) + 8);
    for (const QChar c : message) {
        if (out.size() >= kMax) {
            out += QStringLiteral("…");
            break;
        }
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QByteArray errorLine(const QString &message)
{
    return (QStringLiteral("shienplan-cli: ") + oneLine(message) + u'\n').toUtf8();
}

Command::Command(QString name, QString synopsis, QString summary, QList<QCommandLineOption> options)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_summary(std::move(summary))
    , m_options(std::move(options))
{
}

QString Command::overviewEntry() const
{
    QString entry = QStringLiteral("  ") + m_synopsis + u'\n';
    for (const QString &line : m_summary.split(u'\n'))
        entry += QStringLiteral("      ") + line + u'\n';
    return entry;
}

QString Command::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &o : m_options)
        if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({ optionLabel(o), o.description() });
    rows.append({ QStringLiteral("-h, --help"), QStringLiteral("show this help") });
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text = QStringLiteral("Usage: shienplan-cli ") + m_synopsis + QStringLiteral("\n\n")
        + m_summary + QStringLiteral("\n\nOptions:\n");
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 3) + row.second + u'\n';
    text += QStringLiteral("\nExit status: see shienplan-cli --help.\n");
    return text;
}

QStringList Command::sharedValueOptions()
{
    QStringList names;
    for (const auto &s : kShared)
        if (s.valueName)
            names << QStringLiteral("--") + QString::fromLatin1(s.name);
    return names;
}

QStringList Command::sharedFlags()
{
    QStringList names;
    for (const auto &s : kShared)
        if (!s.valueName)
            names << QStringLiteral("--") + QString::fromLatin1(s.name);
    return names;
}

QList<QCommandLineOption> Command::sharedOptions(
    const QStringList &shown, const QList<QPair<QString, QString>> &describe)
{
    QList<QCommandLineOption> options;
    for (const QString &name : shown) {
        for (const auto &s : kShared) {
            if (name != QLatin1String(s.name))
                continue;
            QCommandLineOption o = toOption(s);
            for (const auto &[which, description] : describe)
                if (which == name)
                    o.setDescription(description);
            options << o;
        }
    }
    for (const auto &s : kShared) {
        if (shown.contains(QLatin1String(s.name)))
            continue;
        QCommandLineOption o = toOption(s);
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        options << o;
    }
    return options;
}

QList<Word> Command::words(const QStringList &args) const
{
    QStringList valueOptions;
    QStringList flags;
    for (const auto &o : m_options)
        (o.valueName().isEmpty() ? flags : valueOptions)
            << QStringLiteral("--") + o.names().first();
    return splitWords(args, valueOptions, flags);
}

std::unique_ptr<QCommandLineParser> Command::parse(const QStringList &args) const
{
    const QList<Word> split = words(args);
    if (!split.isEmpty() && split.last().kind != Word::Positional
        && split.last().kind != Word::Option)
        throw usageErrorFor(split.last());
    auto parser = std::make_unique<QCommandLineParser>();
    parser->addOptions(m_options);
    // The words were already checked the contract's way; Qt's own message is a last resort.
    if (!parser->parse(forQtParser(split)))
        throw UsageError { parser->errorText() };
    return parser;
}

QString Command::choice(
    const QCommandLineParser &p, const QString &option, const QStringList &allowed)
{
    const QString v = p.isSet(option) ? p.value(option) : allowed.first();
    if (!allowed.contains(v))
        throw UsageError {
            QStringLiteral("--%1 must be one of %2, got \"%3\"").arg(option, allowed.join(u'|'), v)
        };
    return v;
}

QString Command::languageOf(const QCommandLineParser &p)
{
    return choice(p, QStringLiteral("lang"), { QStringLiteral("ja"), QStringLiteral("en") });
}

QString Command::onlyPositional(const QCommandLineParser &p, const QString &what) const
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        throw UsageError { QStringLiteral("%1 takes exactly one %2").arg(m_name, what) };
    return positional.first();
}

} // namespace shienplan::cli
