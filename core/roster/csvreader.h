#pragma once

// The records of a CSV or tab-separated text, with the line each starts on, so that every
// problem of the importer can name its line. Internal to core/roster/; writing a field is
// csvField() of core/report/csvexport.h.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace shienplan::roster
{

struct Record {
    int line = 0; // 1-based; a quoted cell may span lines: the line where the record starts
    QStringList fields;
};

// RFC 4180 with the leniency of real spreadsheets: CRLF, LF or CR line ends; a quote inside
// an unquoted cell is a plain character; text after a closing quote is kept; a cell ="013030"
// (the text formula our exports write for codes) is read as 013030. False, with the
// line of the record, when a quoted cell is not closed.
bool parseRecords(const QString &text, QChar delimiter, QList<Record> &records, int &unclosedLine);

// Tab when the first line has more tabs than commas (Excel's "Unicode text"), else comma.
QChar guessDelimiter(const QString &text);

// Every field empty or white space.
bool blank(const Record &r);

} // namespace shienplan::roster
