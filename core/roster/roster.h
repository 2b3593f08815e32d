#pragma once

// Rosters: the spreadsheet a prefecture keeps of who runs what. One row is one program of one
// body in one fiscal year; the importer turns the rows into scenarios (one per body and year,
// the shape core/prefecture/workspace.h works on) and reports every row it could not use, with
// its line, its column and, for names, what the user probably meant. Nothing is dropped
// silently: a row is either imported or reported, and every default the importer applies is
// told as a notice. The importer is split by step over core/roster/ (rosterimporter.h).
//
// Columns (headers in Japanese or English; case, spaces and full-width forms do not matter;
// any order; a unit in the header such as 「支出額（千円）」 applies to the whole column):
//   団体コード|code, 都道府県|prefecture, 団体名|name  — code or name (or both) is required
//   年度|fiscal_year (2025, "R7", "令和7年度", "令和7", "FY2025")                — required
//   事業|menu (ids or Japanese labels; empty = the body is listed but runs nothing) — required
//   事業内容|subprojects, 支出額|expenditure, その他の収入|other_income, 人口|population,
//   コーディネーター|coordinators, 専門職|professionals, 訪問支援員|visiting_supporters,
//   立ち上げ支援|startup, 都道府県負担割合|prefecture_share, 立ち上げ支援年次|startup_year,
//   実施年数|years_running, 翌年度事業|next_year_menu, 重層|juso, 福祉事務所|welfare_office,
//   共同実施|joint ("162019:1/2;162027:1/2" or names; shares may be left out for equal shares),
//   担当区域|served_municipalities (the towns a prefecture's center or satellite serves: codes or
//   names separated by 「、」 or ";", names looked up in the row's prefecture first).
// Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text", tab-separated),
// and CP932 (Excel's "CSV" on Japanese Windows) when this Qt has a CP932 codec.

#include "core/base/bilingual.h"
#include "core/document/document.h"
#include "core/report/csvexport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace shienplan
{

class Registry;

struct RosterProblem {
    int line = 0; // 1-based line of the file (the header is line 1); a quoted cell may
                  // span lines: the line where the row starts
    QString column; // the header as written in the file, empty for the whole row or file
    QString code; // stable id: unknown_name, ambiguous_name, unknown_code, unknown_menu, …
    QString value; // the cell as written
    QString ja; // what is wrong, for the window
    QString en; // the same in English, for the command line (the contract's language)
    QStringList suggestions; // "高岡市（富山県, 162027）", best first

    QString message(QStringView lang) const { return Bilingual { ja, en }.in(lang); }
    // "line 17: 碓氷野市: no such municipality (did you mean …?)"
    QString toString() const;
};

// Something the importer did that the user should know but that does not stop a row: a value
// imported with a default, a name matched through a spelling variant, a column it ignores.
struct RosterNotice {
    int line = 0; // 0: about the whole file
    QString ja;
    QString en;
};

struct RosterImport {
    QList<Scenario> scenarios; // one per body and fiscal year, in order of first appearance
    QList<int> scenarioLines; // parallel to scenarios: the line of the first row of each
    QList<RosterProblem> problems; // rows not imported, each with its line
    QList<RosterNotice> notices;
    int rows = 0; // data rows read (blank rows not counted)
    int importedRows = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Reads a roster. Never throws; an unusable file (wrong encoding, no header, a missing required
// column) gives one problem on line 1 and no scenario.
RosterImport readRosterCsv(const QByteArray &bytes, const Registry &registry);

// A document of the imported scenarios, titled `title`.
Document documentFromRoster(const RosterImport &roster, const QString &title);

// The roster of a document: UTF-8 with BOM, Japanese headers, CRLF, RFC 4180 quoting, one row
// per program (a scenario with no program gives one row with an empty 事業). It reads back
// through readRosterCsv to the same plans. Not carried: the document's title, scenario names
// (rebuilt as 「団体名 令和N年度」), overrides, notes and change log; program ids are renumbered
// p1, p2, … per scenario. Codes, shares and code lists are written ="013030" (csvexport.h), which
// a spreadsheet keeps as text and readRosterCsv reads back as 013030.
QByteArray rosterToCsv(const Document &doc);
// The same rows as a table, for the CSV and the workbook (report/xlsxtable.h).
ExportTable rosterTable(const Document &doc);

// The header row rosterToCsv writes, in order.
QStringList rosterHeader();

// True when a file name looks like a roster (.csv or .tsv), for the command line.
bool isRosterFileName(const QString &path);

} // namespace shienplan
