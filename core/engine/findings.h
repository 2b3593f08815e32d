#pragma once

// What the engine says about a plan: errors (the plan is not eligible), warnings and
// information, each with a stable code (docs/plan-format.md lists them), a message in
// Japanese and English, and the source of the rule it rests on.

#include "core/base/bilingual.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shienplan
{

enum class Severity { Error, Warning, Info };
QString severityId(Severity s); // "error", "warning", "info"
QString severityLabel(Severity s, QStringView lang);

// The message is the finding's Bilingual: .ja and .en are read by the window, the command line
// and the prefecture workspace.
struct Finding : Bilingual {
    Severity severity = Severity::Error;
    QString code; // "required_missing", …
    QString program; // program id, empty for plan-wide findings
    QString subproject; // the cell at fault, if any
    QString field; // the plan field at fault, if any ("staff.coordinators")
    QString source; // rule's source id, "000:177" (stable: files and the command line)

    QString message(QStringView lang) const { return in(lang); }
    // The source as a person reads it (the document and its line, or our assumption).
    QString citation(QStringView lang) const;
};

// Every code the engine can produce, grouped by what they check.
struct FindingCode {
    const char *code;
    Severity severity;
    Bilingual text; // templates with %1, %2 … filled by makeFinding
    // Who finds it: evaluate() for one plan, the workspace's checks across years, or the grouping
    // of a plan's alternatives (alternatives.h).
    enum class Origin { Engine, AcrossYears, Alternatives };
    Origin origin = Origin::Engine;
};
const QList<FindingCode> &findingCodes();

// Builds a finding from the template of `code`; args fill %1, %2 … in both languages
// (pairs: ja text, en text; a single text, such as a name or a number, is the same in both).
struct Arg : Bilingual {
    Arg(const QString &both)
        : Bilingual { both, both }
    {
    }
    Arg(const QString &j, const QString &e)
        : Bilingual { j, e }
    {
    }
};
Finding makeFinding(
    const char *code, const QString &program, const QList<Arg> &args, const QString &source);
// The same finding without its message: for a result that only counts findings (Detail::Verdict).
Finding unwordedFinding(const char *code, const QString &program, const QString &source);
// makeFinding when `words`, else unwordedFinding: `args()` (the words) is made only when needed.
template <class Args>
Finding findingWith(
    bool words, const char *code, const QString &program, Args &&args, const QString &source)
{
    if (!words)
        return unwordedFinding(code, program, source);
    return makeFinding(code, program, args(), source);
}

} // namespace shienplan
