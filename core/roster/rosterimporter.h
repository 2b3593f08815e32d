#pragma once

// The importer behind readRosterCsv: one object per file, that reads the header, then each row
// into the scenario of its body and year, and collects every problem and notice. Its work is
// spread over files by step: rosterimport.cpp (the file and its header), rosterrow.cpp (a row),
// rostercells.cpp (one cell's value) and rosterbodylists.cpp (cells that list bodies).
// Internal to core/roster/.

#include "core/roster/csvreader.h"
#include "core/roster/namematcher.h"
#include "core/roster/roster.h"
#include "core/roster/rostercolumns.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace shienplan::roster
{

struct ColumnInfo {
    Col col;
    int index;
    QString header; // as written
    int unit = 1; // from the header, e.g. 千円
};

class Importer
{
public:
    Importer(const Registry &registry, RosterImport &out);

    void run(const QByteArray &bytes);

private:
    // What one row gives, gathered step by step; nothing of it is kept unless the row has no
    // problem.
    struct Row {
        explicit Row(const Record &r)
            : record(r)
        {
        }
        const Record &record;
        QList<RosterProblem> problems;
        const LocalBody *pref = nullptr; // from 都道府県
        const LocalBody *body = nullptr;
        QString noticeJa; // how the body was matched, when not as written
        QString noticeEn;
        int fiscalYear = 0;
        std::optional<Program> program;
        bool emptyExpenditure = false; // the program's 支出額 is empty: read as 0 yen
        std::optional<qint64> population;
        std::optional<bool> juso;
        std::optional<bool> welfare;
    };

    // The file (rosterimport.cpp).
    bool readRecords(const QByteArray &bytes, QList<Record> &records);
    void readRows(const QList<Record> &records, qsizetype headerIndex);
    void reportEmptyExpenditure();
    void fileProblem(
        const QString &code, const QString &ja, const QString &en, const QString &column = {});
    bool readHeader(const Record &rec);
    bool checkRequiredColumns(const Record &rec);

    // One row (rosterrow.cpp).
    void readRow(const Record &r);
    void readBody(Row &row);
    void readBodyByCode(Row &row);
    void readFiscalYear(Row &row);
    void readProgram(Row &row);
    void readStartup(Row &row, Program &p);
    void readBodyAttributes(Row &row);
    QList<RosterProblem> conflictsWithEarlierRow(const Row &row, int index, const QString &key);
    void addRow(const Row &row);

    // One cell (rostercells.cpp).
    QString cell(const Record &r, Col c) const;
    bool has(const Record &r, Col c) const { return !cell(r, c).isEmpty(); }
    QString header(Col c) const { return m_cols.value(c).header; }
    void problem(QList<RosterProblem> &list, const Record &r, Col c, const QString &code,
        const QString &ja, const QString &en, const QStringList &suggestions = {});
    std::optional<Yen> amount(QList<RosterProblem> &problems, const Record &r, Col c);
    std::optional<qint64> count(QList<RosterProblem> &problems, const Record &r, Col c, qint64 max);
    std::optional<bool> flag(QList<RosterProblem> &problems, const Record &r, Col c);
    QString menu(QList<RosterProblem> &problems, const Record &r, Col c, BodyKind kind);
    QStringList subprojects(QList<RosterProblem> &problems, const Record &r);

    // Cells that list bodies (rosterbodylists.cpp).
    struct Listed {
        const LocalBody *body = nullptr;
        std::optional<QString> after; // the text after "：" or ":", if any
    };
    QList<Listed> listedBodies(QList<RosterProblem> &problems, const Record &r, Col col,
        const LocalBody *pref, const QString &repeatCode);
    QList<JointMember> joint(
        QList<RosterProblem> &problems, const Record &r, const LocalBody *pref);
    QStringList served(QList<RosterProblem> &problems, const Record &r, const LocalBody *pref);

    const Registry &m_registry;
    NameMatcher m_names;
    RosterImport &m_out;
    QMap<Col, ColumnInfo> m_cols;
    QList<int> m_unnamed; // columns with an empty header
    int m_headerLine = 1;
    QHash<QString, int> m_scenarioOf; // "code/year" → scenario index
    QHash<QString, int> m_lineOfProgram; // "code/year/program id" → its line
    QSet<int> m_jusoGiven; // scenarios whose 重層 a row gave
    QSet<int> m_welfareGiven; // scenarios whose 福祉事務所 a row gave
    QList<int> m_emptyExpenditure; // lines of rows imported with an empty 支出額
};

} // namespace shienplan::roster
