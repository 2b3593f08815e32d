#pragma once

// The five documents ShienPlan's rules rest on, and how a source or a key is put in words for a
// person. Rule books, findings and explanations keep short ids ("002:1148", "ShienPlan: joint",
// "station.addons.needs_survey") because files and the command line need stable ones; a planner
// needs the document's title, issuer and year and a line in it, or our reason, and the name of
// the value. Everything that shows a source or a key to a person goes through this file.

#include "core/base/bilingual.h"
#include "core/base/provenance.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace shienplan
{

struct SourceDocument {
    QString id; // "002": the number a source id starts with ("002:1148")
    Bilingual name; // issuer, title and year, as a citation names it
    Bilingual dating; // what the year rests on (stated in the text, or inferred from its content)
    Bilingual contents; // what a planner finds in it
    int fiscalYear = 0; // the fiscal year the document is of (decisions: what "stated" means)
};

// The fiscal years a stretch of one document speaks for, where it is not the document's own
// year: 002 (a 令和5年度 document) prints the 令和4年度 national subsidy standards, its station
// and support page is headed 「R4~」, and 000 and 001 quote 令和6年度's figures and overview.
// With the documents' own years this is the one table every status of a bundled book follows:
// a value is `stated` only in a year its source speaks for, `carried_over` in a later year,
// `inferred` (a cap: `assumed`) in an earlier one.
struct SourceYears {
    QString doc; // "002"
    int firstLine = 0, lastLine = 0;
    int firstYear = 0, lastYear = 0;
    Bilingual why; // what names the year(s)
};
const QList<SourceYears> &sourceYearSections();

// The fiscal years a source id ("002:1148", "000:170-183") speaks for: its first reference's
// section, else its document's year. nullopt for our own assumptions and users' citations.
struct YearSpan {
    int first = 0, last = 0;
    bool contains(int fy) const { return fy >= first && fy <= last; }
};
std::optional<YearSpan> sourceYears(QStringView source);

// The status a value read from `source` as `reading` (stated, inferred, …) has in the book of
// `fiscalYear`: stated only by a source of that year; from an earlier year carried_over, from a
// later year inferred (a cap printed only in a later table: assumed, `isCap`); never more
// trusted than the reading. Sources that are not document lines keep the reading.
Status statusInYear(Status reading, QStringView source, int fiscalYear, bool isCap = false);

// 000 … 004, in order.
const QList<SourceDocument> &sourceDocuments();
const SourceDocument *findSourceDocument(QStringView id);

// A point where the documents give no value and ShienPlan decided one (docs/assumptions.md):
// the id rule books write after "ShienPlan: " and what it decides.
struct OwnAssumption {
    QString id; // "joint"
    Bilingual topic; // 「共同実施はステーション事業・サポート事業のみ資料に明記」
};
const QList<OwnAssumption> &ownAssumptions();

// "ShienPlan: <id>", the source a rule book gives for one of our own decisions.
QString ownAssumptionSource(QStringView id);
// True for "ShienPlan: …" and for the older references of bundled books that named the
// developers' notes ("rules.md §4 gap 10", "decisions.md"), which user books may still carry.
bool isOwnAssumption(QStringView source);

// The source as a person reads it:
//   "002:1148"        → 厚生労働省『ひきこもり支援施策について』（…）本文1148行目
//   "000:170-183"     → …本文170〜183行目; several ids ("000:143-145; 003:265") are grouped
//                       by document
//   "ShienPlan: …"    → 「ShienPlan の仮定: <note>」 (the value's reason, else the topic)
//   anything else     → unchanged: a user's own citation (「令和7年度交付要綱 別表」)
// Pass the value's note where no note is shown beside the citation; leave it empty where it is.
QString citationText(QStringView source, QStringView lang, QStringView note = {});

// A free text (a rule book's note, a step of an explanation) with every source id it names
// written as a citation: 「…のみ明記（002:1154）」 → 「…のみ明記（厚生労働省『…』本文1154行目）」.
QString withCitations(QStringView text, QStringView lang);

// The name of a rule-book value (UsedValue::item, an override's key, a change log's key):
//   station.base                      → ステーション事業の基本額
//   station.addons.needs_survey       → ステーション事業の加算額（実態把握調査）
//   calculation.truncation_unit       → 千円未満の切捨て単位
// An id nobody knows is returned unchanged.
QString valueLabel(QStringView item, QStringView lang);

// The number the printed matrix gives a sub-project (① 相談支援 … ⑬ 支援者ケア; ⑭ for the 14th
// column, which the document prints without a header), instead of the catalogue's key "S01";
// empty for a sub-project a user's book adds.
QString subprojectMark(QStringView subproject);

// A free text (a change log entry) with every value key in it replaced by valueLabel().
QString withValueLabels(QStringView text, QStringView lang);

} // namespace shienplan
