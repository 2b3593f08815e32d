// The report as an Excel workbook: the sheet names Excel accepts, and the workbook put together
// from its sheets (xlsxscenariosheet.cpp, xlsxsummarysheet.cpp) on the machinery of xlsxbook.cpp.

#include "report/xlsxexport.h"

#include "report/reporterror.h"
#include "report/xlsxsheets.h"

#include <QFileInfo>

namespace shienplan
{

namespace
{

QString replaceForbidden(QString s)
{
    static const QList<QPair<QChar, QChar>> map = { { u'[', u'［' }, { u']', u'］' },
        { u':', u'：' }, { u'*', u'＊' }, { u'?', u'？' }, { u'/', u'／' }, { u'\\', u'＼' } };
    for (const auto &m : map)
        s.replace(m.first, m.second);
    for (QChar &ch : s)
        if (ch.unicode() < 0x20)
            ch = u' ';
    while (s.startsWith(u'\''))
        s[0] = u'’';
    while (s.endsWith(u'\''))
        s[s.size() - 1] = u'’';
    return s.trimmed();
}

QString truncated(const QString &s, int max)
{
    if (s.size() <= max)
        return s;
    QString t = s.left(max);
    if (t.back().isHighSurrogate())
        t.chop(1);
    return t;
}

void setProperties(const Book &book, const ReportData &data)
{
    QByteArray title = data.title.toUtf8();
    QByteArray subject = QStringLiteral("%1 %2").arg(data.bodyText, data.fiscalYearText).toUtf8();
    QByteArray author = QByteArrayLiteral("ShienPlan");
    lxw_doc_properties props {};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    workbook_set_properties(book.wb(), &props);
}

} // namespace

QStringList xlsxSheetNames(const QStringList &wanted, const QStringList &taken)
{
    constexpr int kMax = 31;
    QStringList used;
    for (const auto &t : taken)
        used << t.toCaseFolded();
    QStringList out;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        QString base = truncated(replaceForbidden(wanted[i]), kMax);
        if (base.isEmpty() || base.compare(QStringLiteral("History"), Qt::CaseInsensitive) == 0)
            base = truncated(QStringLiteral("案%1").arg(i + 1)
                    + (base.isEmpty() ? QString() : QStringLiteral(" ") + base),
                kMax);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral("（%1）").arg(n);
            name = truncated(base, kMax - int(suffix.size())) + suffix;
        }
        used << name.toCaseFolded();
        out << name;
    }
    return out;
}

void writeReportXlsx(const ReportData &data, const QString &path)
{
    const ReportLabels &L = reportLabels(data.lang);
    Book book(path, QFileInfo(path).absolutePath());
    if (!book.wb())
        throw ReportError(path, QStringLiteral("cannot create the workbook"));
    setProperties(book, data);

    QStringList wanted;
    for (const auto &s : data.scenarios)
        wanted << s.name;
    const QStringList names = xlsxSheetNames(wanted, { L.summary });

    // The summary is the first sheet, but it is written last: it refers to the cells of the
    // scenario sheets' totals.
    Sheet summary(workbook_add_worksheet(book.wb(), L.summary.toUtf8().constData()), SCount);
    if (!summary.ws())
        throw ReportError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(L.summary));
    QList<int> totalRows;
    for (qsizetype si = 0; si < data.scenarios.size(); ++si) {
        Sheet sh(workbook_add_worksheet(book.wb(), names[si].toUtf8().constData()),
            ScenarioColumns::count());
        if (!sh.ws())
            throw ReportError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(names[si]));
        totalRows << writeScenarioSheet(sh, book.f, data, si);
    }
    writeSummarySheet(summary, book.f, data, names, totalRows);

    const lxw_error err = book.close();
    if (err != LXW_NO_ERROR)
        throw ReportError(path,
            QStringLiteral("cannot write the workbook: %1")
                .arg(QString::fromUtf8(lxw_strerror(err))));
}

} // namespace shienplan
