// Every exported table keeps its codes (issue 14): the roster, the prefecture table and the
// report's rows as a workbook have the 団体コード as a TEXT cell (013030, not the number 13030),
// amounts as numbers; LibreOffice (soffice, from scripts/setup.sh) reads the workbook's code as
// 013030, and reads the CSV's ="013030" as the text 013030 too.

#include "core/engine/engine.h"
#include "core/prefecture/prefecturecsv.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/report/reportdata.h"
#include "core/roster/roster.h"
#include "core/rules/rulebooklibrary.h"
#include "report/xlsxtable.h"
#include "tests/corefixtures.h"
#include "tests/csvparse.h"
#include "tests/report/xlsxread.h"
#include "tests/testutil.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace shienplan;

namespace
{

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// LibreOffice converts `file` to `format` (a CSV read as UTF-8, comma-separated, formulas
// evaluated as a spreadsheet user opening it gets them); the converted file, or empty.
QString convert(const QString &file, const QString &format, const QString &workDir)
{
    const QString out = workDir + QStringLiteral("/converted");
    QDir().mkpath(out);
    QStringList args { QStringLiteral("-env:UserInstallation=file://") + workDir
            + QStringLiteral("/lo-profile"),
        QStringLiteral("--headless") };
    if (file.endsWith(QStringLiteral(".csv")))
        args << QStringLiteral("--infilter=CSV:44,34,76,1");
    // A CSV out of a workbook: UTF-8, comma-separated, texts quoted as they show.
    args << QStringLiteral("--convert-to")
         << (format == u"csv" ? QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1")
                              : format)
         << QStringLiteral("--outdir") << out << file;
    QProcess p;
    p.start(soffice(), args);
    if (!p.waitForFinished(120'000) || p.exitCode() != 0)
        return {};
    const QString result = out + u'/' + QFileInfo(file).completeBaseName() + u'.' + format;
    return QFileInfo::exists(result) ? result : QString();
}

// The column of a header text in row 1 of a sheet ("A", "B" …).
QString columnOf(const ::Sheet &sheet, const QString &header)
{
    for (int c = 0; c < 100; ++c)
        if (sheet.at(columnName(c) + u'1').value == header)
            return columnName(c);
    return {};
}

} // namespace

class TestExportTables : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rosterWorkbookHasCodesAsText();
    void prefectureWorkbookHasCodesAsText();
    void reportTableHasTheCodeAsText();
    void libreOfficeKeepsTheZeros();

private:
    QTemporaryDir m_dir;
};

void TestExportTables::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportTables::rosterWorkbookHasCodesAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("roster.xlsx"));
    QString error;
    QVERIFY2(writeTableXlsx(rosterTable(testutil::codesWithLeadingZeros()), path, &error),
        qPrintable(error));
    const Workbook wb = readWorkbook(path);
    QVERIFY(wb.valid);
    QCOMPARE(wb.sheets.size(), 1);
    const ::Sheet &s = wb.sheets.first();
    QCOMPARE(s.at(QStringLiteral("A1")).value, rosterHeader().first());
    for (const auto &[ref, code] : { std::pair { "A2", "013030" }, std::pair { "A3", "010006" } }) {
        const XCell c = s.at(QString::fromLatin1(ref));
        QVERIFY2(c.type == u"s" || c.type == u"inlineStr" || c.type == u"str", ref);
        QCOMPARE(c.value, QString::fromLatin1(code));
    }
    // The joint members and the share stay texts; the expenditure is a number.
    const QStringList header = rosterHeader();
    auto cell = [&](int row, const QString &column) {
        return s.at(columnName(int(header.indexOf(column))) + QString::number(row));
    };
    const QString joint = header[header.size() - 2];
    QCOMPARE(cell(2, joint).value, QStringLiteral("013030:1/2;013048:1/2"));
    QCOMPARE(cell(3, header.last()).value, QStringLiteral("013315"));
    QVERIFY(cell(3, header.last()).type != u"");
    const XCell spent = cell(2, header[6]);
    QCOMPARE(spent.type, QString()); // a number
    QCOMPARE(spent.value, QStringLiteral("14000000"));
    // The header row stays in view.
    QCOMPARE(s.paneYSplit, QStringLiteral("1"));
}

void TestExportTables::prefectureWorkbookHasCodesAsText()
{
    const Document doc = testutil::codesWithLeadingZeros();
    const RuleBookLibrary lib = RuleBookLibrary::bundledOnly();
    const QList<Evaluation> evaluations = evaluateWorkspace(doc, lib, Registry::bundled());
    const PrefectureTable t
        = prefectureTable(doc, evaluations, QStringLiteral("010006"), 2025, &lib);
    const ExportTable table = prefectureExportTable(t, {}, u"ja");
    const QString path = m_dir.filePath(QStringLiteral("hokkaido.xlsx"));
    QString error;
    QVERIFY2(writeTableXlsx(table, path, &error), qPrintable(error));
    const Workbook wb = readWorkbook(path);
    QVERIFY(wb.valid);
    const ::Sheet &s = wb.sheets.first();
    QCOMPARE(s.name, table.title);
    const QString code = columnOf(s, QStringLiteral("団体コード"));
    const QString national = columnOf(s, QStringLiteral("国庫補助額（上限）"));
    QVERIFY(!code.isEmpty() && !national.isEmpty());
    // Row 2 is the prefecture, then its municipalities in code order: 当別町 among them.
    QCOMPARE(s.at(code + u'2').value, QStringLiteral("010006"));
    int row = 0;
    for (int r = 3; r < t.rows.size() + 2 && row == 0; ++r)
        if (s.at(code + QString::number(r)).value == u"013030")
            row = r;
    QVERIFY(row > 0);
    QVERIFY(s.at(code + QString::number(row)).type != u""); // text, not the number 13030
    const XCell n = s.at(national + QString::number(row));
    QCOMPARE(n.type, QString());
    QVERIFY2(n.value.toLongLong() > 0, qPrintable(n.value));
    // The CSV of the same table says the same, its code kept as ="013030".
    const QList<QStringList> csv
        = parseCsv(QString::fromUtf8(prefectureTableToCsv(t, {}, u"ja").mid(3)));
    QCOMPARE(csv[row - 1].first(), QStringLiteral("013030"));
    QCOMPARE(csv[row - 1][table.header.indexOf(QStringLiteral("国庫補助額（上限）"))], n.value);
}

void TestExportTables::reportTableHasTheCodeAsText()
{
    const ReportData data
        = buildReportData(testutil::codesWithLeadingZeros(), RuleBookLibrary::bundledOnly(),
            Registry::bundled(), QStringLiteral("ja"), QDate(2026, 12, 2));
    const ExportTable t = reportTable(data);
    QCOMPARE(t.kinds.size(), t.header.size());
    QCOMPARE(t.kinds[1], CellKind::Code);
    const QByteArray csv = reportToCsv(data);
    QVERIFY(csv.contains(",\"=\"\"013030\"\"\","));
    const QString path = m_dir.filePath(QStringLiteral("report-rows.xlsx"));
    QVERIFY(writeTableXlsx(t, path));
    const Workbook wb = readWorkbook(path);
    QCOMPARE(wb.sheets.first().at(QStringLiteral("B2")).value, QStringLiteral("013030"));
    QVERIFY(wb.sheets.first().at(QStringLiteral("B2")).type != u"");
}

// What a person opening the files in a spreadsheet sees: 013030 both times.
void TestExportTables::libreOfficeKeepsTheZeros()
{
    QVERIFY2(!soffice().isEmpty(),
        "LibreOffice (soffice) is not installed; scripts/setup.sh installs it");
    const QString xlsx = m_dir.filePath(QStringLiteral("lo-roster.xlsx"));
    QVERIFY(writeTableXlsx(rosterTable(testutil::codesWithLeadingZeros()), xlsx));
    const QString fromXlsx = convert(xlsx, QStringLiteral("csv"), m_dir.path());
    QVERIFY2(!fromXlsx.isEmpty(), "soffice could not convert the workbook");
    const QByteArray converted = testutil::readFile(fromXlsx);
    const QList<QStringList> shown = parseCsv(QString::fromUtf8(converted));
    QVERIFY2(shown.size() >= 3, converted.left(300).constData());
    QCOMPARE(shown[1].first(), QStringLiteral("013030"));

    const QString csv = m_dir.filePath(QStringLiteral("lo-roster.csv"));
    QVERIFY(testutil::writeFile(csv, rosterToCsv(testutil::codesWithLeadingZeros())));
    const QString fromCsv = convert(csv, QStringLiteral("xlsx"), m_dir.path());
    QVERIFY2(!fromCsv.isEmpty(), "soffice could not convert the CSV");
    const XCell c = readWorkbook(fromCsv).sheets.first().at(QStringLiteral("A2"));
    QCOMPARE(c.value, QStringLiteral("013030"));
    QVERIFY2(c.type == u"str" || c.type == u"s", qPrintable(c.type)); // text, not 13030
}

QTEST_MAIN(TestExportTables)
#include "tst_exporttables.moc"
