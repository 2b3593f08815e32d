#pragma once

// What a planner sends to the prefecture's server: the plan of one body and year with all its
// alternatives (adopted and the others), the document as it is on disk with its SHA-256, and
// the figures the engine gives for it — the same evaluation as `shienplan-cli batch`, and the
// totals the plan counts (its adopted alternative, or the hull of undecided ones).

#include "core/document/document.h"
#include "core/engine/engine.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace shienplan
{

class Registry;
class RuleBookLibrary;

struct Submission {
    QString bodyCode;
    int fiscalYear = 0;
    QString title;
    QString fileName; // the local file's name, without its folder
    QByteArray document; // the file's bytes
    QString sha256; // of document, lowercase hex
    QByteArray plansJson; // the alternatives as a JSON array of plans (spec: plan format)
    QByteArray evaluationJson; // as `batch` prints it for those plans
    int alternatives = 0;
    QString adopted; // the adopted alternative's name; empty while undecided
    bool eligible = false; // of the adopted (or first) alternative
    Totals totals; // what the plan counts in totals
};

// The plan of `bodyCode` (or, when empty or absent from the file, of the one body the file
// plans for) in `fiscalYear` (0: the only year the file has) out of `doc`, read from `bytes`.
// `books` already carry the document's own values. Throws InputError naming the problem: no
// plan of that body or year, plans of several bodies or years and none chosen, no rule book.
Submission makeSubmission(const Document &doc, const QByteArray &bytes, const QString &fileName,
    const QString &bodyCode, int fiscalYear, const RuleBookLibrary &books,
    const Registry &registry);

// none, submitted, returned, accepted — and the words of the forms: 未提出, 提出済み, 差し戻し,
// 受理.
QString submissionStatusLabel(const QString &status, QStringView lang);

} // namespace shienplan
