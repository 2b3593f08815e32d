// Reading a roster file (roster.h): its encoding, its records, its header, then the rows one by
// one (rosterrow.cpp), and the notices about the whole file.

#include "core/roster/rosterimporter.h"

#include "core/roster/rosterencoding.h"

#include <QFileInfo>

#include <algorithm>

namespace shienplan
{

QString RosterProblem::toString() const
{
    return QStringLiteral("line %1: %2").arg(line).arg(en);
}

bool isRosterFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");
}

RosterImport readRosterCsv(const QByteArray &bytes, const Registry &registry)
{
    RosterImport out;
    roster::Importer(registry, out).run(bytes);
    return out;
}

Document documentFromRoster(const RosterImport &roster, const QString &title)
{
    Document d;
    d.title = title;
    d.scenarios = roster.scenarios;
    return d;
}

namespace roster
{

namespace
{

// Runs of consecutive lines as ranges: "lines 2–299", "lines 4, 7–9".
QString lineList(const QList<int> &lines)
{
    QStringList parts;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
            ++j;
        parts << (i == j ? QString::number(lines[i])
                         : QStringLiteral("%1–%2").arg(lines[i]).arg(lines[j]));
        i = j + 1;
    }
    return (lines.size() == 1 ? QStringLiteral("line ") : QStringLiteral("lines "))
        + parts.join(QStringLiteral(", "));
}

} // namespace

Importer::Importer(const Registry &registry, RosterImport &out)
    : m_registry(registry)
    , m_names(registry)
    , m_out(out)
{
}

void Importer::run(const QByteArray &bytes)
{
    QList<Record> records;
    if (!readRecords(bytes, records))
        return;
    qsizetype h = 0;
    while (h < records.size() && blank(records[h]))
        ++h;
    if (h == records.size()) {
        fileProblem(QStringLiteral("empty_file"), QStringLiteral("見出し行もデータもありません。"),
            QStringLiteral("the file has no header and no rows"));
        return;
    }
    if (!readHeader(records[h]))
        return;
    // The whole country for ten years of every menu is about 120,000 rows: a file far beyond that
    // is not a roster, and is refused before its rows cost time and memory.
    constexpr qsizetype kMaxRows = 200'000;
    if (records.size() - h - 1 > kMaxRows) {
        fileProblem(QStringLiteral("too_many_rows"),
            QStringLiteral("行が多すぎます（%1行、上限は%2行）。名簿を分けてください。")
                .arg(records.size() - h - 1)
                .arg(kMaxRows),
            QStringLiteral("the roster has %1 rows; at most %2 are read (split it)")
                .arg(records.size() - h - 1)
                .arg(kMaxRows));
        return;
    }
    readRows(records, h);
    reportEmptyExpenditure();
}

// The file's text as records; false, with the problem told, when it cannot be read.
bool Importer::readRecords(const QByteArray &bytes, QList<Record> &records)
{
    const Decoded d = decode(bytes);
    if (!d.problemEn.isEmpty()) {
        fileProblem(QStringLiteral("encoding"), d.problemJa, d.problemEn);
        return false;
    }
    if (!d.noticeEn.isEmpty())
        m_out.notices << RosterNotice { 0, d.noticeJa, d.noticeEn };
    QString text = d.text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    int unclosed = 0;
    if (!parseRecords(text, guessDelimiter(text), records, unclosed)) {
        RosterProblem p;
        p.line = unclosed;
        p.code = QStringLiteral("bad_quotes");
        p.ja = QStringLiteral("引用符 \" で始まるセルが閉じられていません。");
        p.en = QStringLiteral("a quoted cell is not closed");
        m_out.problems << p;
        return false;
    }
    return true;
}

// The rows after the header; cells under no header are told once per column.
void Importer::readRows(const QList<Record> &records, qsizetype headerIndex)
{
    const qsizetype width = records[headerIndex].fields.size();
    QSet<int> strayColumns;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        if (blank(records[i]))
            continue;
        ++m_out.rows;
        readRow(records[i]);
        for (qsizetype c = 0; c < records[i].fields.size(); ++c)
            if ((c >= width || m_unnamed.contains(int(c)))
                && !records[i].fields[c].trimmed().isEmpty())
                strayColumns.insert(int(c));
    }
    QList<int> stray = strayColumns.values();
    std::sort(stray.begin(), stray.end());
    for (int c : stray)
        m_out.notices << RosterNotice { m_headerLine,
            QStringLiteral("%1列目には見出しがないため、その値は読みません。").arg(c + 1),
            QStringLiteral("column %1 has values but no header: ignored").arg(c + 1) };
}

// One notice for all the rows whose empty 支出額 was read as 0 yen, rather than one per row.
void Importer::reportEmptyExpenditure()
{
    if (m_emptyExpenditure.isEmpty())
        return;
    const QString lines = lineList(m_emptyExpenditure);
    m_out.notices << RosterNotice { 0,
        QStringLiteral("支出額が空欄の行（%1行: %2）は 0円 として読みました。")
            .arg(m_emptyExpenditure.size())
            .arg(lines),
        QStringLiteral("expenditure is empty on %1 row(s) (%2): imported as 0 yen")
            .arg(m_emptyExpenditure.size())
            .arg(lines) };
}

void Importer::fileProblem(
    const QString &code, const QString &ja, const QString &en, const QString &column)
{
    RosterProblem p;
    p.line = 1;
    p.code = code;
    p.column = column;
    p.ja = ja;
    p.en = en;
    m_out.problems << p;
}

// The columns of the header; false, with the problem told, when a column is repeated or a
// required one is missing.
bool Importer::readHeader(const Record &rec)
{
    m_headerLine = rec.line;
    QMap<Col, int> seen;
    for (qsizetype i = 0; i < rec.fields.size(); ++i) {
        const QString raw = rec.fields[i].trimmed();
        if (raw.isEmpty()) {
            m_unnamed << int(i);
            continue;
        }
        const auto col = columnOf(raw);
        if (!col) {
            m_out.notices << RosterNotice { rec.line,
                QStringLiteral("%1列目「%2」は名簿の列ではないため読みません。")
                    .arg(i + 1)
                    .arg(raw),
                QStringLiteral("column %1 \"%2\" is not a roster column: ignored")
                    .arg(i + 1)
                    .arg(raw) };
            continue;
        }
        if (seen.contains(*col)) {
            RosterProblem p;
            p.line = rec.line;
            p.column = raw;
            p.code = QStringLiteral("duplicate_column");
            p.ja = QStringLiteral("「%1」と同じ列が%2列目にもあります。")
                       .arg(raw)
                       .arg(seen.value(*col) + 1);
            p.en = QStringLiteral("%1: the same column as column %2")
                       .arg(raw)
                       .arg(seen.value(*col) + 1);
            m_out.problems << p;
            return false;
        }
        seen.insert(*col, int(i));
        m_cols.insert(*col, ColumnInfo { *col, int(i), raw, headerUnit(raw) });
    }
    return checkRequiredColumns(rec);
}

bool Importer::checkRequiredColumns(const Record &rec)
{
    QStringList missingJa, missingEn;
    if (!m_cols.contains(Col::Code) && !m_cols.contains(Col::Name)) {
        missingJa << QStringLiteral("団体コード または 団体名");
        missingEn << QStringLiteral("code or name (団体コード or 団体名)");
    }
    if (!m_cols.contains(Col::FiscalYear)) {
        missingJa << QStringLiteral("年度");
        missingEn << QStringLiteral("fiscal_year (年度)");
    }
    if (!m_cols.contains(Col::Menu)) {
        missingJa << QStringLiteral("事業");
        missingEn << QStringLiteral("menu (事業)");
    }
    if (!missingEn.isEmpty()) {
        QStringList found;
        for (const auto &f : rec.fields)
            if (!f.trimmed().isEmpty())
                found << f.trimmed();
        RosterProblem p;
        p.line = rec.line;
        p.code = QStringLiteral("missing_column");
        p.column = missingEn.join(QStringLiteral(", "));
        p.ja = QStringLiteral("必要な列がありません: %1（見出し: %2）")
                   .arg(missingJa.join(QStringLiteral("、")), found.join(QStringLiteral("、")));
        p.en = QStringLiteral("missing column %1 (the header has: %2)")
                   .arg(missingEn.join(QStringLiteral(", ")), found.join(QStringLiteral(", ")));
        m_out.problems << p;
        return false;
    }
    return true;
}

} // namespace roster

} // namespace shienplan
