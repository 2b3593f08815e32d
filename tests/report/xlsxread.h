#pragma once

// A small reader (and writer) of .xlsx files for the report tests, independent of
// libxlsxwriter: a zip of XML parts read through its central directory with zlib, the cells of
// every sheet (type, value, formula, style), the number formats, panes, column widths and merged
// cells. zipStored() writes a zip back (stored, no compression) so that a test can edit a sheet's
// XML the way a planner edits a cell.

#include "tests/testutil.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zlib.h>

namespace
{

// ---- a small reader for .xlsx files: a zip of XML parts --------------------------------------

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

QByteArray inflateRaw(const QByteArray &in, qsizetype size)
{
    QByteArray out(size, '\0');
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int r = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return r == Z_STREAM_END ? out : QByteArray();
}

// Every member of a zip archive, by name (through the central directory).
QMap<QString, QByteArray> unzip(const QByteArray &zip)
{
    QMap<QString, QByteArray> files;
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0; --i) {
        if (le(zip, i, 4) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return files;
    const int count = int(le(zip, eocd + 10, 2));
    qsizetype p = qsizetype(le(zip, eocd + 16, 4));
    for (int n = 0; n < count && p + 46 <= zip.size(); ++n) {
        if (le(zip, p, 4) != 0x02014b50)
            break;
        const quint32 method = le(zip, p + 10, 2);
        const quint32 csize = le(zip, p + 20, 4);
        const quint32 usize = le(zip, p + 24, 4);
        const int nameLen = int(le(zip, p + 28, 2));
        const int extraLen = int(le(zip, p + 30, 2));
        const int commentLen = int(le(zip, p + 32, 2));
        const qsizetype local = qsizetype(le(zip, p + 42, 4));
        const QString name = QString::fromUtf8(zip.mid(p + 46, nameLen));
        const qsizetype data
            = local + 30 + qsizetype(le(zip, local + 26, 2)) + qsizetype(le(zip, local + 28, 2));
        const QByteArray raw = zip.mid(data, csize);
        files.insert(name, method == 0 ? raw : method == 8 ? inflateRaw(raw, usize) : QByteArray());
        p += 46 + nameLen + extraLen + commentLen;
    }
    return files;
}

struct XCell {
    QString type; // t attribute: "" (number), "s", "str", "inlineStr", "b"
    QString value; // the number as written, or the string itself
    QString formula; // without "="
    int style = 0;
};

struct Sheet {
    QString name;
    QMap<QString, XCell> cells; // "H8" → cell
    QString paneYSplit, paneXSplit, paneState;
    int customColumns = 0;
    QStringList merged;
    XCell at(const QString &ref) const { return cells.value(ref); }
    QByteArray xml; // the sheet's XML part as written
};

struct Workbook {
    QList<Sheet> sheets;
    QMap<int, QString> styleFormat; // cell style index → number format code
    bool valid = false;
    QByteArray workbookXml;
    const Sheet *sheet(const QString &name) const
    {
        for (const auto &s : sheets)
            if (s.name == name)
                return &s;
        return nullptr;
    }
};

QString columnName(int col) // 0 → A
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

Workbook readWorkbook(const QString &path)
{
    Workbook wb;
    const QMap<QString, QByteArray> files = unzip(testutil::readFile(path));
    if (!files.contains(QStringLiteral("xl/workbook.xml")))
        return wb;
    QStringList shared;
    {
        QXmlStreamReader x(files.value(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == u"t" && inSi) {
                current += x.readElementText();
            } else if (x.isEndElement() && x.name() == u"si") {
                inSi = false;
                shared << current;
            }
        }
    }
    QMap<QString, QString> rels;
    {
        QXmlStreamReader x(files.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship")
                rels.insert(x.attributes().value(QLatin1String("Id")).toString(),
                    x.attributes().value(QLatin1String("Target")).toString());
    }
    {
        QMap<int, QString> formats { { 0, QStringLiteral("General") } };
        QList<int> xfs;
        QXmlStreamReader x(files.value(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"numFmt")
                formats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                    x.attributes().value(QLatin1String("formatCode")).toString());
            else if (x.isStartElement() && x.name() == u"cellXfs")
                inCellXfs = true;
            else if (x.isEndElement() && x.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && x.isStartElement() && x.name() == u"xf")
                xfs << x.attributes().value(QLatin1String("numFmtId")).toInt();
        }
        for (int i = 0; i < xfs.size(); ++i)
            wb.styleFormat.insert(i, formats.value(xfs[i]));
    }
    QXmlStreamReader x(files.value(QStringLiteral("xl/workbook.xml")));
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement || x.name() != u"sheet")
            continue;
        Sheet s;
        s.name = x.attributes().value(QLatin1String("name")).toString();
        const QString target = rels.value(
            x.attributes()
                .value(QStringLiteral(
                           "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                    QLatin1String("id"))
                .toString());
        QXmlStreamReader y(files.value(QStringLiteral("xl/") + target));
        XCell cell;
        QString ref;
        while (!y.atEnd()) {
            y.readNext();
            if (y.isStartElement() && y.name() == u"c") {
                cell = XCell {};
                ref = y.attributes().value(QLatin1String("r")).toString();
                cell.type = y.attributes().value(QLatin1String("t")).toString();
                cell.style = y.attributes().value(QLatin1String("s")).toInt();
            } else if (y.isStartElement() && y.name() == u"v") {
                cell.value = y.readElementText();
                if (cell.type == QLatin1String("s"))
                    cell.value = shared.value(cell.value.toInt());
            } else if (y.isStartElement() && y.name() == u"f") {
                cell.formula = y.readElementText();
            } else if (y.isStartElement() && y.name() == u"t"
                && cell.type == QLatin1String("inlineStr")) {
                cell.value += y.readElementText();
            } else if (y.isEndElement() && y.name() == u"c") {
                s.cells.insert(ref, cell);
            } else if (y.isStartElement() && y.name() == u"pane") {
                s.paneXSplit = y.attributes().value(QLatin1String("xSplit")).toString();
                s.paneYSplit = y.attributes().value(QLatin1String("ySplit")).toString();
                s.paneState = y.attributes().value(QLatin1String("state")).toString();
            } else if (y.isStartElement() && y.name() == u"col") {
                if (y.attributes().value(QLatin1String("customWidth")) == QLatin1String("1"))
                    ++s.customColumns;
            } else if (y.isStartElement() && y.name() == u"mergeCell") {
                s.merged << y.attributes().value(QLatin1String("ref")).toString();
            }
        }
        s.xml = files.value(QStringLiteral("xl/") + target);
        wb.sheets << s;
    }
    wb.workbookXml = files.value(QStringLiteral("xl/workbook.xml"));
    wb.valid = true;
    return wb;
}

// The members as a zip archive, stored without compression.
QByteArray zipStored(const QMap<QString, QByteArray> &files)
{
    QByteArray out, central;
    auto put = [](QByteArray &b, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray &data = it.value();
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0x0800, 2); // UTF-8 names
        put(out, 0, 2);
        put(out, 0, 4);
        put(out, crc, 4);
        put(out, quint32(data.size()), 4);
        put(out, quint32(data.size()), 4);
        put(out, quint32(name.size()), 2);
        put(out, 0, 2);
        out += name + data;
        put(central, 0x02014b50, 4);
        put(central, 20, 2);
        put(central, 20, 2);
        put(central, 0x0800, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, crc, 4);
        put(central, quint32(data.size()), 4);
        put(central, quint32(data.size()), 4);
        put(central, quint32(name.size()), 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, offset, 4);
        central += name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, quint32(files.size()), 2);
    put(out, quint32(files.size()), 2);
    put(out, quint32(central.size()), 4);
    put(out, at, 4);
    put(out, 0, 2);
    return out;
}

} // namespace
