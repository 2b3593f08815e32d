// Splits a command line into words the contract's way (see arguments.h for why it is not
// QCommandLineParser's way) and hands the result to QCommandLineParser in a form it cannot
// read differently.

#include "cli/arguments.h"

namespace shienplan::cli
{

QList<Word> splitWords(
    const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    QList<Word> words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        Word w;
        w.index = i;
        w.text = args[i];
        if (!w.text.startsWith(QStringLiteral("--"))) {
            w.value = w.text;
            words << w;
            continue;
        }
        w.name = w.text;
        const auto eq = w.text.indexOf(u'=');
        if (eq > 0) {
            w.name = w.text.left(eq);
            w.value = w.text.mid(eq + 1);
        }
        if (valueOptions.contains(w.name)) {
            w.kind = Word::Option;
            if (eq < 0) {
                if (i + 1 >= args.size())
                    w.kind = Word::MissingValue;
                else
                    w.value = args[++i];
            }
        } else if (flags.contains(w.name)) {
            w.kind = Word::Option;
            w.flag = true;
            w.value.clear();
        } else {
            w.kind = Word::UnknownOption;
        }
        words << w;
        if (w.kind == Word::UnknownOption || w.kind == Word::MissingValue)
            break;
    }
    return words;
}

UsageError usageErrorFor(const Word &word)
{
    if (word.kind == Word::MissingValue)
        return { QStringLiteral("%1 needs a value").arg(word.name) };
    return { QStringLiteral("unknown option %1").arg(word.text) };
}

QStringList forQtParser(const QList<Word> &words)
{
    QStringList options;
    QStringList positional;
    for (const Word &w : words) {
        if (w.kind == Word::Positional)
            positional << w.value;
        else if (w.kind == Word::Option)
            options << (w.flag ? w.name : w.name + u'=' + w.value);
    }
    return QStringList { QStringLiteral("shienplan-cli") } + options
        + QStringList { QStringLiteral("--") } + positional;
}

} // namespace shienplan::cli
