#pragma once

// The words of a command line, split the way the contract of spec/interchange.md spells them.
// That spelling predates QCommandLineParser here and scripts depend on it, so it is kept where
// the two differ: a word is an option only if it starts with "--" ("-x" and "-" are files),
// "--" alone is an unknown option rather than the end of the options, a flag ignores an
// "=value", and a value option takes the next word whatever it looks like.

#include <QList>
#include <QString>
#include <QStringList>

namespace shienplan::cli
{

// A mistake in how the command was called: one stderr line, exit 2.
struct UsageError {
    QString message;
};

struct Word {
    enum Kind { Positional, Option, UnknownOption, MissingValue };
    Kind kind = Positional;
    qsizetype index = 0; // in the arguments, so that a caller can drop this word
    QString text; // as typed, "=value" included
    QString name; // an option's name with its dashes ("--format")
    QString value; // an option's value, or the positional word itself
    bool flag = false; // an option without a value (--summary)
};

// Every word up to the first unknown option or option without its value, which is then the
// last one: the caller decides whether an earlier word's problem is reported first.
QList<Word> splitWords(
    const QStringList &args, const QStringList &valueOptions, const QStringList &flags);

// The message of an UnknownOption or MissingValue word, as every verb but `report` words it.
UsageError usageErrorFor(const Word &word);

// The words again, in a form QCommandLineParser reads the same way: options as --name=value,
// then "--" and the positional words, so that "-x" stays a file name.
QStringList forQtParser(const QList<Word> &words);

} // namespace shienplan::cli
