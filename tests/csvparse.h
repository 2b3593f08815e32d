#pragma once

// Reads CSV as a spreadsheet would (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF between rows), so that tests check the cells a planner sees, not the bytes. A cell
// ="013030" (the text formula ShienPlan writes for codes) shows as 013030.

#include <QList>
#include <QString>
#include <QStringList>

inline QString csvCellShown(const QString &field)
{
    if (field.size() >= 3 && field.startsWith(QLatin1String("=\"")) && field.endsWith(u'"'))
        return field.mid(2, field.size() - 3).replace(QLatin1String("\"\""), QLatin1String("\""));
    return field;
}

inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << csvCellShown(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << csvCellShown(field);
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else if (c == u'\n') { // a line ending of another program (LibreOffice writes LF)
            row << csvCellShown(field);
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << csvCellShown(field);
        rows << row;
    }
    return rows;
}
