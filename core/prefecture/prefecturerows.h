#pragma once

// The prefecture view's table as plain values: one row per municipality of a prefecture (and a
// first row for the prefecture itself, whose own programs are its center and satellites) for one
// fiscal year, with what it runs, what it draws and what is wrong. The window shows these rows;
// the tests and the benchmark check them without a window.
//
// The rows are built from the slice of the document that concerns the prefecture (its bodies'
// scenarios of every year, and programs elsewhere that its bodies join), so an edit in a
// prefecture costs in proportion to that prefecture, not to the whole country.

#include "core/prefecture/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shienplan
{

struct PrefectureRow {
    QString code;
    QString name;
    QString kana;
    BodyKind kind = BodyKind::Town;
    bool prefecture = false; // the prefecture's own row
    // The body's plan that year: index in doc.scenarios of its adopted alternative (undecided:
    // its first), -1: none; and every alternative of it.
    int scenario = -1;
    QList<int> alternatives;
    bool undecided = false; // several alternatives, none adopted: no programs, amounts the hull
    bool everyAlternativeRuns = false; // undecided, and each alternative runs a program
    std::optional<qint64> population; // from the plan of the year, else the latest known
    bool populationFromOtherYear = false;
    QList<Program> programs; // the body's own programs that year (its adopted alternative's)
    QStringList jointLeads; // names of the bodies whose joint programs it joins
    QList<ServingProgram> servedBy; // the centers and satellites whose served area names it
    QList<TimelineEntry> timeline; // the body's years, ascending (timelineText says them)
    Totals totals; // own programs (prefectureSupport: the start-up support the
                   // prefecture pays for them); local = this body's share of every
                   // program it runs or joins (joint parts exactly split); undecided: the
                   // hull of what each alternative would make them
    std::optional<Totals> change; // against the year before, when that year is in the document
    int errors = 0;
    int warnings = 0;
    // The engine's and the multi-year checks', errors first. Undecided: undecided_alternatives,
    // then each alternative's errors and warnings, the message led by the alternative's name.
    QList<Finding> findings;

    bool runsProgram() const
    {
        return !programs.isEmpty() || !jointLeads.isEmpty() || everyAlternativeRuns;
    }
    bool isServed() const { return !servedBy.isEmpty(); }
    bool hasMenu(QStringView menu) const;
};

struct PrefectureTable {
    QString prefectureCode;
    int fiscalYear = 0;
    QList<PrefectureRow> rows; // the prefecture first, then its municipalities in code order
    WorkspaceTotals totals; // of that year
    QMap<int, WorkspaceTotals> byYear; // every fiscal year of the document, for the chart
};

// The prefecture's slice of a document: the plans of its bodies (every year) and the plans
// elsewhere with a joint program one of its bodies joins, each with all its alternatives (so that
// an undecided plan stays undecided in the slice); `indexes` maps the slice back to
// doc.scenarios. Evaluations are sliced the same way (parallel to doc.scenarios).
struct DocumentSlice {
    Document doc;
    QList<Evaluation> evaluations;
    QList<int> indexes;
};
DocumentSlice sliceForPrefecture(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, const Registry &registry = Registry::bundled());

// The checks across years (multiYearFindings) about one scenario: its body in its year, found on
// the few plans that bear on them (the body's own, its satellites' towns', the programs they
// join), so that the plan tab can show them beside the engine's findings after every edit. Those
// the engine already gives for the same program (same code) are left out. `evaluations` is
// parallel to doc.scenarios.
QList<Finding> multiYearFindingsOf(const Document &doc, const QList<Evaluation> &evaluations,
    int scenario, const RuleBookLibrary *books = nullptr);

PrefectureTable prefectureTable(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, int fiscalYear, const RuleBookLibrary *books = nullptr,
    const Registry &registry = Registry::bundled());

// The filters a prefecture planner asks for.
enum class RowFilter {
    All,
    WithProgram,
    WithoutProgram, // no program at all, alone or joint
    TownsWithoutProgram, // towns and villages with no program (準備支援 candidates)
    WithProblems, // errors or warnings
    StationsWithoutSurvey, // a station without 実態把握調査 (needs_survey)
    WithStartupSupport, // backed by the prefecture's start-up support
    JointPrograms, // runs or joins a joint program
    ServedByPrefecture, // in the served area of a center or satellite (担当区域)
    Uncovered, // no program and in no served area (支援の空白)
};
const QList<RowFilter> &rowFilters(); // in menu order
QString rowFilterLabel(RowFilter f, QStringView lang);
bool matches(const PrefectureRow &row, RowFilter filter);

// What a row runs, as the table's 実施事業 column says it:
// 「ひきこもり支援ステーション事業（共同実施 2団体）/ 高岡市の共同実施に参加」, 「未決定（3案）」
// (alternatives, none adopted), 事業なし (planned, nothing run) or 計画なし (no plan), and who
// serves it: 「（北海道サテライトの担当区域）」.
QString rowProgramsText(const PrefectureRow &row, QStringView lang);

// "R6" for 2024 (Japanese), "FY2024" (English).
QString shortYear(int fiscalYear, QStringView lang);
// 「R6 サポート事業 → R7 ステーション → R8 センター」; a joint membership is marked （共同）, an
// undecided year 「R7 未決定（3案）」.
QString timelineText(const QList<TimelineEntry> &timeline, QStringView lang,
    const QString &separator = QStringLiteral(" → "));

} // namespace shienplan
