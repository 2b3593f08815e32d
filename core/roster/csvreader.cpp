// Reading CSV records (declared in csvreader.h).

#include "core/roster/csvreader.h"

#include "core/report/csvexport.h"

namespace shienplan::roster
{

bool parseRecords(const QString &text, QChar delimiter, QList<Record> &records, int &unclosedLine)
{
    Record rec;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    rec.line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        // ="013030" is how our exports keep a code's zeros (csvexport.h): a spreadsheet shows
        // it as the text 013030, and so does this reader, quoted or not.
        rec.fields << codeFromCsv(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records << rec;
        rec = Record();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        unclosedLine = rec.line;
        return false;
    }
    if (!field.isEmpty() || !rec.fields.isEmpty())
        endRecord();
    return true;
}

QChar guessDelimiter(const QString &text)
{
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString firstLine = firstBreak < 0 ? text : text.left(firstBreak);
    return firstLine.count(u'\t') > firstLine.count(u',') ? QChar(u'\t') : QChar(u',');
}

bool blank(const Record &r)
{
    for (const auto &f : r.fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace shienplan::roster
