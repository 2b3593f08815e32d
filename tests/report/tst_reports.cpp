// The reports a welfare office files and shares (issue 5), checked as their readers get them:
//
// - PDF: the text poppler extracts (pdftotext) holds every figure of the engine (each end of
//   every amount, in yen and 千円, and the exact display string), the Japanese labels, every
//   status label used, every finding and every explanation step, exactly; BIZ UDPGothic is
//   embedded; the pages are A4 with "1 / N" footers; the title is in the metadata.
// - XLSX: the workbook read back by a small zip + XML reader written here (no libxlsxwriter):
//   sheet names in Japanese, amounts are numbers with the yen format equal to the engine's,
//   totals are =SUM() formulas and the summary refers to them, an unknown end is 不明, panes
//   frozen under the header, column widths set.
// - CSV: BOM, CRLF, the header, one row per program, values equal to the engine's, quoting.
// - shienplan-cli report: success, and bad input (missing file, bad JSON, a year without rule
//   book, an unwritable target) gives exit 2, one stderr line naming the file and no file left.
// - The window's File-menu actions, and the report's statuses against the window's funding table.
//
// The engine's figures are computed here directly (evaluate with effectiveRuleBook), not taken
// from the report's own data.

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/base/textlimit.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/report/csvexport.h"
#include "core/rules/rulebooklibrary.h"
#include "report/pdfreport.h"
#include "report/reportwriter.h"
#include "report/xlsxexport.h"
#include "tests/csvparse.h"
#include "tests/report/xlsxread.h"
#include "tests/testutil.h"
#include "ui/export/printactions.h"
#include "ui/models/fundingmodel.h"
#include "ui/plan/planevaluator.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace shienplan;

namespace
{

constexpr int kTimeoutMs = 60'000;
const QDate kDate(2025, 6, 30);

using testutil::readFile;
using testutil::writeFile;

Document loadDocument(const QStringList &files)
{
    Document doc;
    for (const auto &file : files) {
        const QString path
            = file.startsWith(u'/') ? file : QStringLiteral(SHIENPLAN_SOURCE_DIR "/") + file;
        const Document part = documentFromPlansJson(readFile(path), Registry::bundled());
        if (doc.title.isEmpty())
            doc.title = part.title;
        doc.scenarios += part.scenarios;
    }
    return doc;
}

// What the engine says about each scenario, with the document's rule-book values applied.
QList<Evaluation> engineResults(const Document &doc)
{
    const RuleBookLibrary lib = RuleBookLibrary::bundledOnly();
    QList<Evaluation> out;
    for (const auto &sc : doc.scenarios)
        out << evaluate(
            sc.plan, effectiveRuleBook(*lib.book(sc.plan.fiscalYear), doc), Registry::bundled());
    return out;
}

ReportData reportOf(const Document &doc, const QString &lang)
{
    return buildReportData(doc, RuleBookLibrary::bundledOnly(), Registry::bundled(), lang, kDate);
}

QString stripped(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

struct Run {
    int exitCode = -1;
    bool ok = false; // started, finished, not crashed
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ok = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// The amounts of one program with a name for messages.
QList<QPair<QString, YenRange>> amountsOf(const ProgramResult &p)
{
    QList<QPair<QString, YenRange>> list { { QStringLiteral("standard"), p.standard },
        { QStringLiteral("net"), YenRange::exact(p.net) }, { QStringLiteral("adopted"), p.adopted },
        { QStringLiteral("national"), p.national },
        { QStringLiteral("prefecture"), p.prefectureSupport },
        { QStringLiteral("local"), p.local } };
    for (const auto &m : p.members)
        list << qMakePair(QStringLiteral("member ") + m.code, m.local);
    return list;
}

// ---- CSV ------------------------------------------------------------------------------------

QString endText(const std::optional<Yen> &v)
{
    return v ? yenToString(*v) : QString();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void reportData_statusesAsTheFundingTable();
    void reportData_sourcesNameTheMatrixItRestsOn();
    void reportData_notEvaluatedScenario();

    void pdf_data();
    void pdf();
    void pdf_printerPathMatchesWriter();

    void xlsx_data();
    void xlsx();
    void xlsx_sheetNames();

    void csv_data();
    void csv();
    void csv_quotingAndFormulaGuard();

    void hundredScenarios();
    void longNamesPrintedCut();

    void cli_writesEveryFormat();
    void cli_badInput_data();
    void cli_badInput();
    void cli_failedWriteLeavesNothing();

    void windowActions();

private:
    void addDocuments();
    QTemporaryDir m_dir;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(RuleBookLibrary::bundledOnly().book(2025), "no bundled rule book for FY2025");
}

// The documents every format is checked on: three scenarios of one town; a joint station with
// start-up support next to a joint support program of three towns; a center whose 基準額 is
// unknown; a plan that is not eligible next to one with two programs.
void TestReports::addDocuments()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("lang");
    const QString sample = QStringLiteral("resources/samples/sample_takaoka.json");
    auto plan = [](const char *name) {
        return QStringLiteral("tests/data/plans/%1.json").arg(QLatin1String(name));
    };
    QTest::newRow("takaoka 3 scenarios") << QStringList { sample } << QStringLiteral("ja");
    QTest::newRow("joint with start-up support") << QStringList { plan("station_toyama_startup"),
        plan("support_joint_three_towns") } << QStringLiteral("ja");
    QTest::newRow("standard amount unknown")
        << QStringList { plan("center_prefectural_toyama") } << QStringLiteral("ja");
    QTest::newRow("not eligible, two programs") << QStringList { plan("satellite_by_city"),
        plan("two_programs_net_zero") } << QStringLiteral("ja");
    QTest::newRow("takaoka in English") << QStringList { sample } << QStringLiteral("en");
    QTest::newRow("satellite with its served area")
        << QStringList { plan("satellite_served_area") } << QStringLiteral("ja");
}

// The values a report says it used include the matrix cells its plans' checks rest on: stated
// by 令和7年度's own page, inferred (推定) for 令和6年度, whose documents print no matrix; the
// amounts are the same either way.
void TestReports::reportData_sourcesNameTheMatrixItRestsOn()
{
    Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    const ReportData r7 = reportOf(doc, QStringLiteral("ja"));
    for (auto &sc : doc.scenarios)
        sc.plan.fiscalYear = 2024;
    const ReportData r6 = reportOf(doc, QStringLiteral("ja"));
    QCOMPARE(r6.scenarios.size(), r7.scenarios.size());
    int cells = 0;
    for (int s = 0; s < r6.scenarios.size(); ++s) {
        for (int p = 0; p < r6.scenarios[s].programs.size(); ++p) {
            auto cellsOf = [&](const ReportData &d) {
                QList<ReportSource> out;
                for (const ReportSource &src : d.scenarios[s].programs[p].sources)
                    if (src.item.contains(QStringLiteral(".cells.")))
                        out << src;
                return out;
            };
            const QList<ReportSource> six = cellsOf(r6), seven = cellsOf(r7);
            QCOMPARE(six.size(), seven.size());
            for (int i = 0; i < six.size(); ++i) {
                QCOMPARE(six[i].item, seven[i].item);
                QVERIFY2(
                    six[i].label.contains(QStringLiteral("事業表（")), qPrintable(six[i].label));
                // 令和7年度: stated by its own page (or inferred where the page leaves a cell
                // open); 令和6年度: inferred, every one, from that 令和7年度 page.
                QVERIFY(seven[i].status == Status::Stated || seven[i].status == Status::Inferred);
                QCOMPARE(six[i].status, Status::Inferred);
                QVERIFY2(
                    six[i].source.contains(QStringLiteral("令和7年度")), qPrintable(six[i].source));
                cells += seven[i].status == Status::Stated ? 1 : 0;
            }
            QCOMPARE(r6.scenarios[s].programs[p].step('H').value,
                r7.scenarios[s].programs[p].step('H').value);
        }
    }
    QVERIFY(cells >= 3);
    QVERIFY(std::any_of(r6.legend.cbegin(), r6.legend.cend(),
        [](const ReportLegendEntry &e) { return e.status == Status::Inferred; }));
}

void TestReports::reportData_statusesAsTheFundingTable()
{
    // The report and the window must say the same about what each figure rests on.
    const Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json"),
        QStringLiteral("tests/data/plans/station_toyama_startup.json"),
        QStringLiteral("tests/data/plans/center_prefectural_toyama.json"),
        QStringLiteral("tests/data/plans/two_programs_net_zero.json") });
    const ReportData data = reportOf(doc, QStringLiteral("ja"));
    DocumentSession session;
    session.reset(doc);
    PlanEvaluator evaluator(&session);
    FundingModel funding(&evaluator);
    int checked = 0;
    for (int s = 0; s < data.scenarios.size(); ++s) {
        for (int p = 0; p < data.scenarios[s].programs.size(); ++p) {
            evaluator.setCurrent(s, p);
            const ReportProgram &rp = data.scenarios[s].programs[p];
            const QList<QPair<int, const ReportFigure *>> rows { { FundingModel::Standard,
                                                                     &rp.step('E') },
                { FundingModel::Adopted, &rp.step('G') }, { FundingModel::National, &rp.step('H') },
                { FundingModel::Prefecture, &rp.prefecture() },
                { FundingModel::Local, &rp.local() }, { FundingModel::Net, &rp.step('C') } };
            for (const auto &[row, fig] : rows) {
                QCOMPARE(fig->value, funding.amount(row));
                QCOMPARE(fig->statuses, funding.statuses(row));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 6 * 6);
    // A program without start-up support: its prefecture support (0) rests on nothing.
    QVERIFY(data.scenarios[0].programs[0].prefecture().statuses.isEmpty());
    QVERIFY(data.scenarios[1].programs[0].prefecture().statuses.contains(Status::Range));
    // The station's 基準額 rests on a carried-over base and ranged add-ons.
    QCOMPARE(data.scenarios[1].programs[0].step('E').statuses,
        (QList<Status> { Status::CarriedOver, Status::Range }));
    // Legend: every status used, most trusted first.
    QVERIFY(data.statusesUsed().contains(Status::Unknown));
    QCOMPARE(data.statusesUsed().first(), Status::Stated);
}

void TestReports::reportData_notEvaluatedScenario()
{
    Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    doc.scenarios[1].plan.fiscalYear = 2040; // no rule book
    const ReportData data = reportOf(doc, QStringLiteral("ja"));
    QCOMPARE(data.scenarios.size(), 3);
    QVERIFY(data.scenarios[0].evaluated);
    QVERIFY(!data.scenarios[1].evaluated);
    QVERIFY(data.scenarios[1].notEvaluated.contains(QStringLiteral("令和22年度")));
    QVERIFY(data.scenarios[1].totals.step('H').value.isUnknown());
    QCOMPARE(yearsWithoutRuleBook(doc, RuleBookLibrary::bundledOnly()), QList<int> { 2040 });
    // Every format still renders it.
    for (ReportFormat f : { ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv })
        QVERIFY(!reportBytes(data, f).isEmpty());
}

void TestReports::pdf_data()
{
    addDocuments();
}

void TestReports::pdf()
{
    if (!havePoppler())
        QSKIP(
            "poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed: run scripts/setup.sh");
    QFETCH(QStringList, files);
    QFETCH(QString, lang);
    const Document doc = loadDocument(files);
    const QList<Evaluation> engine = engineResults(doc);
    const ReportData data = reportOf(doc, lang);
    const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    writeReport(data, ReportFormat::Pdf, path);
    QVERIFY(readFile(path).startsWith("%PDF-"));

    const Run info = run(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(info.ok && info.exitCode == 0, info.err.constData());
    const QString infoText = QString::fromUtf8(info.out);
    QVERIFY2(infoText.contains(QStringLiteral("(A4)")), qPrintable(infoText));
    const auto pagesMatch = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
    QVERIFY(pagesMatch.hasMatch());
    const int pages = pagesMatch.captured(1).toInt();
    QVERIFY(pages > 0);
    QVERIFY(pages >= doc.scenarios.size()
            + (doc.scenarios.size() > 1 ? 1 : 0)); // each scenario on its own page
    QVERIFY2(infoText.contains(QStringLiteral("Title:")) && infoText.contains(data.title),
        qPrintable(infoText));

    // The font: BIZ UDPGothic, embedded, and nothing else (a fallback font would mean a glyph
    // the report font lacks).
    const Run fonts = run(QStringLiteral("pdffonts"), { path });
    QVERIFY(fonts.ok && fonts.exitCode == 0);
    const QStringList fontLines
        = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const auto &line : fontLines) {
        QVERIFY2(line.contains(QStringLiteral("BIZUDPGothic")), qPrintable(line));
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\b"))), qPrintable(line));
    }

    // The body as a reader sees it: the text area between the top margin (14 mm, 40 pt) and
    // the footer band (787 pt down; A4 is 842 pt high). A table row split by a page break is
    // painted on both pages and clipped; the clipped lines lie in the margins, outside this
    // area, as they are outside what is visible. Then the footers alone.
    const Run body = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-x"),
            QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("40"), QStringLiteral("-W"),
            QStringLiteral("596"), QStringLiteral("-H"), QStringLiteral("747"), path,
            QStringLiteral("-") });
    QVERIFY(body.ok && body.exitCode == 0);
    const QString flat = stripped(QString::fromUtf8(body.out));
    const Run footer = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-x"),
            QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("788"), QStringLiteral("-W"),
            QStringLiteral("596"), QStringLiteral("-H"), QStringLiteral("54"), path,
            QStringLiteral("-") });
    QVERIFY(footer.ok && footer.exitCode == 0);
    const QStringList footers = QString::fromUtf8(footer.out).split(u'\f');
    QVERIFY(footers.size() >= pages);
    for (int i = 0; i < pages; ++i) {
        const QString f = stripped(footers[i]);
        QVERIFY2(f.endsWith(QStringLiteral("%1/%2").arg(i + 1).arg(pages)),
            qPrintable(QStringLiteral("page %1 footer: %2").arg(i + 1).arg(f)));
        QVERIFY2(f.contains(stripped(data.dateText)), qPrintable(f));
    }

    // Present exactly, up to the line breaks the layout put in.
#define VERIFY_PRESENT(what, text)                                                                 \
    QVERIFY2(flat.contains(stripped(text)),                                                        \
        qPrintable(QStringLiteral("%1 \"%2\" is not in the PDF's text").arg(what, text)))

    const bool en = lang == QLatin1String("en");
    const ReportLabels &L = reportLabels(lang);
    for (const QString &label : { L.thousandYen, L.legend, L.findings, L.explanation, L.sources })
        VERIFY_PRESENT(QStringLiteral("label"), label);
    // The calculation in the form's lettered steps, in their words and with their formulas, and
    // the note on where that layout comes from.
    for (const auto &step : fundingSteps()) {
        VERIFY_PRESENT(QStringLiteral("step"), step.heading(lang));
        VERIFY_PRESENT(QStringLiteral("formula"), step.formula.in(lang));
    }
    VERIFY_PRESENT(QStringLiteral("layout note"), formLayoutNote().in(lang));
    if (!en) // the terms of the forms, literally, in their order on the page
        for (const char *term : { "(A)総事業費", "(B)寄付金その他の収入額", "(C)差引額",
                 "(D)対象経費の実支出予定額", "(E)基準額", "(F)選定額", "(G)補助基本額",
                 "(H)国庫補助所要額", "都道府県の支援", "実施主体の負担", "千円", "令和7年度" })
            VERIFY_PRESENT(QStringLiteral("term"), QString::fromUtf8(term));
    if (!en && !data.scenarios.isEmpty() && data.scenarios[0].evaluated) {
        const auto a = flat.indexOf(QStringLiteral("(A)総事業費"));
        const auto h = flat.indexOf(QStringLiteral("(H)国庫補助所要額"), a);
        QVERIFY2(a >= 0 && h > a, "(A) before (H)");
    }
    VERIFY_PRESENT(QStringLiteral("title"), data.title);
    VERIFY_PRESENT(QStringLiteral("date"), data.dateText);

    QSet<Status> used { Status::User };
    for (qsizetype s = 0; s < doc.scenarios.size(); ++s) {
        const Evaluation &e = engine[s];
        VERIFY_PRESENT(QStringLiteral("scenario name"), doc.scenarios[s].plan.alternative);
        VERIFY_PRESENT(
            QStringLiteral("fiscal year"), fiscalYearLabel(doc.scenarios[s].plan.fiscalYear, lang));
        for (const auto &f : e.findings)
            VERIFY_PRESENT(QStringLiteral("finding"), f.message(lang));
        for (const auto &p : e.programs) {
            VERIFY_PRESENT(QStringLiteral("menu"), menuLabel(p.menu, lang));
            for (const auto &[name, r] : amountsOf(p)) {
                VERIFY_PRESENT(QStringLiteral("amount ") + name, formatRange(r, lang));
                for (const auto &end : { r.min, r.max }) {
                    if (!end)
                        continue;
                    VERIFY_PRESENT(QStringLiteral("figure ") + name, formatYen(*end));
                    VERIFY_PRESENT(QStringLiteral("千円 figure ") + name, formatThousandYen(*end));
                }
            }
            for (const auto &step : p.explanation)
                VERIFY_PRESENT( // as the report writes it: its sources cited in words
                    QStringLiteral("explanation step"), withCitations(step.in(lang), lang));
            for (const auto &u : p.provenance) {
                used << u.status;
                VERIFY_PRESENT(QStringLiteral("source"), citationText(u.source, lang));
            }
        }
        for (const YenRange &t : { e.totals.national, e.totals.prefectureSupport, e.totals.local })
            VERIFY_PRESENT(QStringLiteral("total"), formatRange(t, lang));
    }
    // A center's or satellite's 担当区域, by name.
    for (const auto &rs : data.scenarios)
        for (const auto &rp : rs.programs)
            if (!rp.served.isEmpty()) {
                VERIFY_PRESENT(QStringLiteral("label"), L.served);
                VERIFY_PRESENT(QStringLiteral("served area"), rp.served);
            }
    if (QTest::currentDataTag() == QByteArray("satellite with its served area"))
        VERIFY_PRESENT(
            QStringLiteral("served area"), QStringLiteral("入善町、朝日町、金沢市（3団体）"));
    for (Status s : used)
        VERIFY_PRESENT(QStringLiteral("status label"), statusLabel(s, lang));
    for (const auto &entry : data.legend)
        VERIFY_PRESENT(QStringLiteral("legend"), entry.meaning);
#undef VERIFY_PRESENT
}

void TestReports::pdf_printerPathMatchesWriter()
{
    // Print and print preview paint on a QPrinter at another resolution; the layout is done at
    // 96 dpi whatever the device, so the pages are the same.
    const Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    const ReportData data = reportOf(doc, QStringLiteral("ja"));
    int pages[3] = { 0, 0, 0 };
    int i = 0;
    for (auto mode : { QPrinter::HighResolution, QPrinter::ScreenResolution }) {
        QPrinter printer(mode);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printer%1.pdf").arg(i)));
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
        pages[i++] = paintReport(data, &printer);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
    pages[2] = paintReport(data, &writer);
    QVERIFY(pages[0] > 0);
    QCOMPARE(pages[1], pages[0]);
    QCOMPARE(pages[2], pages[0]);
}

void TestReports::xlsx_data()
{
    addDocuments();
}

void TestReports::xlsx()
{
    QFETCH(QStringList, files);
    QFETCH(QString, lang);
    const Document doc = loadDocument(files);
    const QList<Evaluation> engine = engineResults(doc);
    const ReportData data = reportOf(doc, lang);
    const ReportLabels &L = reportLabels(lang);
    const QString path = m_dir.filePath(QStringLiteral("%1.xlsx").arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    writeReport(data, ReportFormat::Xlsx, path);
    const Workbook wb = readWorkbook(path);
    QVERIFY2(wb.valid, "the workbook could not be read back");

    // Sheets: the summary (概要) first, then one per scenario, named after it.
    QCOMPARE(wb.sheets.size(), doc.scenarios.size() + 1);
    QCOMPARE(wb.sheets[0].name,
        lang == QLatin1String("en") ? QStringLiteral("Summary") : QStringLiteral("概要"));
    for (qsizetype s = 0; s < doc.scenarios.size(); ++s)
        QCOMPARE(wb.sheets[s + 1].name,
            xlsxSheetNames({ doc.scenarios[s].plan.alternative }, { L.summary }).first());
    if (lang == QLatin1String("ja"))
        QVERIFY(wb.sheets[1].name.contains(
            QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"))));

    const QString yenFormat = QStringLiteral("#,##0\"円\"");
    // A known end is a number cell with the yen format and the engine's value, exactly; an
    // unknown end is the text 不明.
    auto checkAmount = [&](const Sheet &sheet, const QString &ref,
                           const std::optional<Yen> &expected, bool formula) {
        const XCell c = sheet.at(ref);
        const QString where = sheet.name + u'!' + ref;
        if (!expected) {
            QVERIFY2(c.type == QLatin1String("s") || c.type == QLatin1String("str"),
                qPrintable(where + QStringLiteral(" type ") + c.type));
            QCOMPARE(c.value, L.unknown);
            return;
        }
        QVERIFY2(c.type.isEmpty() || c.type == QLatin1String("n"),
            qPrintable(where + QStringLiteral(" is not a number: ") + c.type + u' ' + c.value));
        QCOMPARE(c.value, yenToString(*expected));
        QCOMPARE(wb.styleFormat.value(c.style), yenFormat);
        if (formula)
            QVERIFY2(!c.formula.isEmpty(), qPrintable(where + QStringLiteral(" has no formula")));
    };

    for (qsizetype s = 0; s < doc.scenarios.size(); ++s) {
        const Sheet &sheet = wb.sheets[s + 1];
        const Evaluation &e = engine[s];
        QCOMPARE(sheet.paneState, QStringLiteral("frozen"));
        QCOMPARE(sheet.paneYSplit, QStringLiteral("7"));
        QVERIFY(sheet.customColumns >= 20);
        QVERIFY(!sheet.merged.isEmpty());
        // Printed A4 landscape in two parts, A:N (the program and (A)–(G)) and O:AB, so that no
        // page has 23 columns; the header rows repeat on every page.
        QVERIFY(sheet.xml.contains("orientation=\"landscape\""));
        QVERIFY2(sheet.xml.contains("<brk id=\"14\""),
            sheet.xml.mid(sheet.xml.indexOf("<colBreaks"), 200).constData());
        QVERIFY(wb.workbookXml.contains("_xlnm.Print_Titles"));
        // Columns: A id, B menu, C sub-projects, D staff, E (A), F (B), G (C), H (D), I:J (E)
        // 下限/上限, K:L (F), M:N (G), O 補助率, P:Q (H), R:S 都道府県の支援, T:U 実施主体の負担.
        QCOMPARE(sheet.at(QStringLiteral("E6")).value, fundingStep('A').heading(lang));
        QCOMPARE(sheet.at(QStringLiteral("I6")).value, fundingStep('E').heading(lang));
        QCOMPARE(sheet.at(QStringLiteral("O6")).value, L.rate);
        QCOMPARE(sheet.at(QStringLiteral("P6")).value, fundingStep('H').heading(lang));
        const int first = 8;
        for (qsizetype p = 0; p < e.programs.size(); ++p) {
            const ProgramResult &r = e.programs[p];
            const int row = first + int(p);
            const QString n = QString::number(row);
            QCOMPARE(sheet.at(QStringLiteral("A") + n).value, r.id);
            const Program &prog = doc.scenarios[s].plan.programs[p];
            checkAmount(sheet, QStringLiteral("E") + n, prog.expenditure, false);
            checkAmount(sheet, QStringLiteral("F") + n, prog.otherIncome, false);
            checkAmount(sheet, QStringLiteral("G") + n, r.net, true);
            QCOMPARE(sheet.at(QStringLiteral("G") + n).formula,
                QStringLiteral("MAX(0,E%1-F%1)").arg(row));
            checkAmount(sheet, QStringLiteral("H") + n, r.eligible, false);
            // (F), (G), (H) and the local burden are live formulas wherever the engine computed
            // them (a rule for the menu): the sheet recomputes them when a planner edits it.
            const bool computed = r.rate.has_value();
            const QList<QPair<int, YenRange>> ranged { { 8, r.standard }, { 10, r.selected },
                { 12, r.adopted }, { 15, r.national }, { 17, r.prefectureSupport },
                { 19, r.local } };
            for (const auto &[col, range] : ranged) {
                const bool shared = std::any_of(
                    r.provenance.cbegin(), r.provenance.cend(), [](const UsedValue &u) {
                        return u.item == QLatin1String("startup_support.prefecture_share");
                    });
                const bool derived = computed && col != 8 && (col != 17 || shared);
                checkAmount(sheet, columnName(col) + n, range.min, derived && range.min);
                checkAmount(sheet, columnName(col + 1) + n, range.max, derived && range.max);
            }
            if (computed) {
                QVERIFY2(sheet.at(QStringLiteral("K") + n)
                             .formula.contains(QStringLiteral("MIN(H%1,I%1)").arg(row)),
                    qPrintable(sheet.at(QStringLiteral("K") + n).formula));
                QVERIFY2(sheet.at(QStringLiteral("P") + n)
                             .formula.contains(QStringLiteral("ROUNDDOWN(M%1*O%1,-3)").arg(row)),
                    qPrintable(sheet.at(QStringLiteral("P") + n).formula));
            }
        }
        // The totals row: =SUM() over the programs, cached with the engine's totals.
        const int totalRow = first + int(e.programs.size());
        const QString t = QString::number(totalRow);
        QCOMPARE(sheet.at(QStringLiteral("A") + t).value, L.total);
        const QList<QPair<int, std::optional<Yen>>> totals { { 15, e.totals.national.min },
            { 16, e.totals.national.max }, { 17, e.totals.prefectureSupport.min },
            { 18, e.totals.prefectureSupport.max }, { 19, e.totals.local.min },
            { 20, e.totals.local.max } };
        for (const auto &[col, expected] : totals) {
            const QString ref = columnName(col) + t;
            checkAmount(sheet, ref, expected, true);
            if (expected)
                QCOMPARE(sheet.at(ref).formula,
                    QStringLiteral("SUM(%1%2:%1%3)")
                        .arg(columnName(col))
                        .arg(first)
                        .arg(totalRow - 1));
        }
        // The summary refers to these totals.
        const Sheet &summary = wb.sheets[0];
        const QString sr = QString::number(8 + s);
        QCOMPARE(summary.at(QStringLiteral("B") + sr).value, doc.scenarios[s].plan.alternative);
        const QList<QPair<QString, std::optional<Yen>>> refs {
            { QStringLiteral("J"), e.totals.national.min },
            { QStringLiteral("K"), e.totals.national.max },
            { QStringLiteral("N"), e.totals.local.min }, { QStringLiteral("O"), e.totals.local.max }
        };
        for (const auto &[col, expected] : refs) {
            const XCell c = summary.at(col + sr);
            QVERIFY2(
                c.formula.contains(u'!'), qPrintable(col + sr + QStringLiteral(": ") + c.formula));
            QVERIFY2(c.formula.contains(sheet.name), qPrintable(c.formula));
            if (expected) {
                QVERIFY(c.type.isEmpty());
                QCOMPARE(c.value, yenToString(*expected));
            } else {
                QCOMPARE(c.value, L.unknown);
            }
        }
    }
    QCOMPARE(wb.sheets[0].paneState, QStringLiteral("frozen"));
}

void TestReports::xlsx_sheetNames()
{
    const QStringList names = xlsxSheetNames(
        { QStringLiteral("案[1]: A/B*C?\\"), QString(), QStringLiteral("History"),
            QStringLiteral("'引用'"),
            QStringLiteral("とても長いシナリオの名前がここにあります三十一文字を超える名前です"),
            QStringLiteral("とても長いシナリオの名前がここにあります三十一文字を超える名前です"),
            QStringLiteral("概要"), QStringLiteral("abc"), QStringLiteral("ABC") },
        { QStringLiteral("概要") });
    QCOMPARE(names[0], QStringLiteral("案［1］： A／B＊C？＼"));
    QCOMPARE(names[1], QStringLiteral("案2"));
    QVERIFY(names[2] != QLatin1String("History"));
    QVERIFY(!names[3].startsWith(u'\'') && !names[3].endsWith(u'\''));
    QCOMPARE(names[4].size(), 31);
    QVERIFY(names[5] != names[4] && names[5].size() <= 31
        && names[5].endsWith(QStringLiteral("（2）")));
    QCOMPARE(names[6], QStringLiteral("概要（2）"));
    QCOMPARE(names[7], QStringLiteral("abc"));
    QCOMPARE(names[8], QStringLiteral("ABC（2）")); // Excel compares sheet names without case
    for (const auto &n : names) {
        QVERIFY(!n.isEmpty() && n.size() <= 31);
        QVERIFY(!n.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
    }
}

void TestReports::csv_data()
{
    addDocuments();
}

void TestReports::csv()
{
    QFETCH(QStringList, files);
    QFETCH(QString, lang);
    const Document doc = loadDocument(files);
    const QList<Evaluation> engine = engineResults(doc);
    const ReportData data = reportOf(doc, lang);
    const QString path = m_dir.filePath(QStringLiteral("%1.csv").arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    writeReport(data, ReportFormat::Csv, path);
    const QByteArray bytes = readFile(path);
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "no UTF-8 byte-order mark");
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(
        bytes.count('\n'), bytes.count("\r\n")); // CRLF only (no field holds a line break here)
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    const QStringList header = csvHeader(lang);
    QCOMPARE(rows.first(), header);
    int programs = 0;
    for (const auto &e : engine)
        programs += int(e.programs.size());
    QCOMPARE(rows.size(), programs + 1);
    auto column = [&](const QString &name) {
        const auto i = header.indexOf(name);
        if (i < 0)
            qFatal("no column %s", qPrintable(name));
        return i;
    };
    const ReportLabels &L = reportLabels(lang);
    const bool en = lang == QLatin1String("en");
    auto lo = [&](const QString &s) {
        return en ? s + QStringLiteral(" (min)") : s + QStringLiteral("（下限）");
    };
    auto hi = [&](const QString &s) {
        return en ? s + QStringLiteral(" (max)") : s + QStringLiteral("（上限）");
    };
    int r = 1;
    for (qsizetype s = 0; s < doc.scenarios.size(); ++s) {
        for (qsizetype p = 0; p < engine[s].programs.size(); ++p, ++r) {
            const QStringList &row = rows[r];
            const ProgramResult &res = engine[s].programs[p];
            const Program &prog = doc.scenarios[s].plan.programs[p];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[column(L.scenario)], doc.scenarios[s].plan.alternative);
            QCOMPARE(row[column(L.bodyCode)], doc.scenarios[s].plan.body.code);
            QCOMPARE(row[column(L.programId)], res.id);
            QCOMPARE(row[column(L.menu)], menuLabel(res.menu, lang));
            QCOMPARE(
                row[column(L.fiscalYear)], fiscalYearLabel(doc.scenarios[s].plan.fiscalYear, lang));
            auto heading = [&](char letter) { return fundingStep(letter).heading(lang); };
            QCOMPARE(row[column(heading('A'))], yenToString(prog.expenditure));
            QCOMPARE(row[column(heading('B'))], yenToString(prog.otherIncome));
            QCOMPARE(row[column(heading('C'))], yenToString(res.net));
            QCOMPARE(row[column(heading('D'))], yenToString(res.eligible));
            const auto &steps = fundingSteps();
            const QList<QPair<QString, YenRange>> amounts { { heading('E'), res.standard },
                { heading('F'), res.selected }, { heading('G'), res.adopted },
                { heading('H'), res.national },
                { steps[ReportSteps::prefectureRow()].heading(lang), res.prefectureSupport },
                { steps[ReportSteps::localRow()].heading(lang), res.local } };
            for (const auto &[label, range] : amounts) {
                QCOMPARE(row[column(lo(label))], endText(range.min));
                QCOMPARE(row[column(hi(label))], endText(range.max));
            }
            bool programError = false;
            for (const auto &f : engine[s].findings)
                programError |= f.severity == Severity::Error
                    && (f.program == res.id || f.program.isEmpty());
            QCOMPARE(row[column(L.eligibility)], programError ? L.notEligible : L.eligible);
        }
    }
}

void TestReports::csv_quotingAndFormulaGuard()
{
    Document doc = loadDocument({ QStringLiteral("tests/data/plans/station_toyama_startup.json") });
    doc.scenarios[0].plan.alternative = QStringLiteral("案A, \"改\"");
    Scenario second = doc.scenarios[0];
    second.plan.alternative = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    doc.scenarios << second;
    const QByteArray bytes = reportToCsv(reportOf(doc, QStringLiteral("ja")));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][0], QStringLiteral("案A, \"改\""));
    QVERIFY(bytes.contains("\"案A, \"\"改\"\"\""));
    QCOMPARE(
        rows[2][0], QStringLiteral("'=HYPERLINK(\"http://example.com\")")); // never a live formula
    QCOMPARE(csvField(QStringLiteral(" a")), QStringLiteral("\" a\""));
    QCOMPARE(csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
}

void TestReports::hundredScenarios()
{
    // The size the issue names: 100 scenarios (timed in tests/bench/bench_report.cpp).
    const Document base = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    Document doc;
    doc.title = base.title;
    for (int i = 0; i < 100; ++i) {
        Scenario s = base.scenarios[i % 3];
        s.plan.alternative
            = QStringLiteral("案%1 %2").arg(i + 1).arg(base.scenarios[i % 3].plan.alternative);
        s.plan.programs[0].expenditure += Yen(i) * 1000;
        doc.scenarios << s;
    }
    const ReportData data = reportOf(doc, QStringLiteral("ja"));
    const QString xlsx = m_dir.filePath(QStringLiteral("hundred.xlsx"));
    writeReport(data, ReportFormat::Xlsx, xlsx);
    const Workbook wb = readWorkbook(xlsx);
    QCOMPARE(wb.sheets.size(), 101);
    const QString pdf = m_dir.filePath(QStringLiteral("hundred.pdf"));
    writeReport(data, ReportFormat::Pdf, pdf);
    QVERIFY(QFileInfo(pdf).size() > 0);
    const QString csv = m_dir.filePath(QStringLiteral("hundred.csv"));
    writeReport(data, ReportFormat::Csv, csv);
    QCOMPARE(readFile(csv).count("\r\n"), 101);
}

// A title and an alternative's name of a million characters each: the PDF is laid out in
// moments (it took more than 5 minutes when every character was laid out) with both cut and
// marked "…"; the workbook and the CSV keep them whole. Any text of the report is cut too.
void TestReports::longNamesPrintedCut()
{
    Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    doc.scenarios.resize(1);
    doc.title = QString(1'000'000, u'題');
    doc.scenarios[0].plan.alternative = QString(1'000'000, u'案');
    const ReportData data = reportOf(doc, QStringLiteral("ja"));
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    QElapsedTimer timer;
    timer.start();
    writeReport(data, ReportFormat::Pdf, pdf);
    QVERIFY2(timer.elapsed() < kTimeoutMs, "the PDF of long names took more than a minute");
    if (havePoppler()) {
        const Run text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.ok && text.exitCode == 0);
        const QString t = stripped(QString::fromUtf8(text.out));
        QVERIFY2(t.contains(QString(kPrintedNameLimit - 1, u'題') + QChar(0x2026)),
            "the title is not shown cut with …");
        QVERIFY(!t.contains(QString(kPrintedNameLimit, u'題')));
        QVERIFY(t.contains(QString(kPrintedNameLimit - 1, u'案') + QChar(0x2026)));
    }
    const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
    writeReport(data, ReportFormat::Csv, csv);
    QVERIFY(QString::fromUtf8(readFile(csv)).contains(QString(1'000'000, u'案')));

    // The cut itself: at most `limit` characters, "…" last, a surrogate pair never split.
    QCOMPARE(cutForShowing(QStringLiteral("abc"), 3), QStringLiteral("abc"));
    QCOMPARE(cutForShowing(QStringLiteral("abcd"), 3), QStringLiteral("ab…"));
    const QString emoji = QString::fromUtf8("a\xF0\x9F\x98\x80\xF0\x9F\x98\x80"); // a + 2 pairs
    QCOMPARE(cutForShowing(emoji, 3), QStringLiteral("a…"));
}

void TestReports::cli_writesEveryFormat()
{
    QTemporaryDir dir;
    const QString plan
        = QStringLiteral(SHIENPLAN_SOURCE_DIR "/resources/samples/sample_takaoka.json");
    const QString pdf = dir.filePath(QStringLiteral("計画.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("計画.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("計画.csv"));
    Run r = run(QStringLiteral(SHIENPLAN_CLI),
        { QStringLiteral("report"), plan, QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"),
            xlsx, QStringLiteral("--csv"), csv });
    QVERIFY2(r.ok && r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    QCOMPARE(QString::fromUtf8(r.out),
        QStringLiteral("wrote %1\nwrote %2\nwrote %3\n").arg(pdf, xlsx, csv));
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    QVERIFY(readWorkbook(xlsx).valid);
    QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary left

    // A .shienplan document, in English; and a plan that is not eligible still gives 0 (the
    // report shows its eligibility).
    const QString doc = dir.filePath(QStringLiteral("plan.shienplan"));
    writeDocument(loadDocument({ QStringLiteral("tests/data/plans/satellite_by_city.json") }), doc);
    r = run(QStringLiteral(SHIENPLAN_CLI),
        { QStringLiteral("report"), doc, QStringLiteral("--csv=") + csv, QStringLiteral("--lang"),
            QStringLiteral("en") });
    QVERIFY2(r.ok && r.exitCode == 0, r.err.constData());
    QVERIFY(readFile(csv).contains("Not eligible"));

    r = run(QStringLiteral(SHIENPLAN_CLI), { QStringLiteral("--help") });
    QVERIFY(r.out.contains("report PLAN"));
}

void TestReports::cli_badInput_data()
{
    QTest::addColumn<QString>("content"); // the plan file's content; empty: no file at all
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named"); // what the stderr line must name ("PLAN", "OUT" or a text)
    QTest::addColumn<QString>("mentions");
    const QString sample = QString::fromUtf8(
        readFile(QStringLiteral(SHIENPLAN_SOURCE_DIR "/resources/samples/sample_takaoka.json")));
    QTest::newRow("missing file") << QString()
                                  << QStringList { QStringLiteral("--pdf"), QStringLiteral("OUT") }
                                  << QStringLiteral("PLAN") << QStringLiteral("");
    QTest::newRow("bad JSON") << QStringLiteral("{ \"format\": \"shienplan/plan\", ")
                              << QStringList { QStringLiteral("--xlsx"), QStringLiteral("OUT") }
                              << QStringLiteral("PLAN") << QStringLiteral("line");
    QTest::newRow("no rule book for the year")
        << QString::fromUtf8(
               readFile(QStringLiteral(SHIENPLAN_TEST_DATA "/bad/fiscal_year_no_rule_book.json")))
        << QStringList { QStringLiteral("--csv"), QStringLiteral("OUT") } << QStringLiteral("PLAN")
        << QStringLiteral("fiscal_year");
    QTest::newRow("no output") << sample << QStringList {} << QString()
                               << QStringLiteral("--pdf OUT");
    QTest::newRow("unknown option")
        << sample << QStringList { QStringLiteral("--docx"), QStringLiteral("OUT") } << QString()
        << QStringLiteral("--docx");
    QTest::newRow("bad language") << sample
                                  << QStringList { QStringLiteral("--pdf"), QStringLiteral("OUT"),
                                         QStringLiteral("--lang"), QStringLiteral("fr") }
                                  << QString() << QStringLiteral("ja|en");
    // More alternatives than a PDF or a workbook lays out: refused before anything is evaluated.
    QJsonArray many;
    const QJsonObject first = QJsonDocument::fromJson(sample.toUtf8()).array().first().toObject();
    for (qsizetype i = 0; i <= kMaxLaidOutAlternatives; ++i) {
        QJsonObject plan = first;
        plan[QStringLiteral("alternative")] = QStringLiteral("案%1").arg(i + 1);
        many.append(plan);
    }
    const QString manyText = QString::fromUtf8(QJsonDocument(many).toJson());
    QTest::newRow("too many alternatives for a PDF")
        << manyText << QStringList { QStringLiteral("--pdf"), QStringLiteral("OUT") }
        << QStringLiteral("OUT") << QStringLiteral("at most %1").arg(kMaxLaidOutAlternatives);
    QTest::newRow("too many alternatives for a workbook")
        << manyText << QStringList { QStringLiteral("--xlsx"), QStringLiteral("OUT") }
        << QStringLiteral("OUT") << QStringLiteral("too many for one workbook");
    QTest::newRow("folder is a file")
        << sample << QStringList { QStringLiteral("--pdf"), QStringLiteral("FILE/out.pdf") }
        << QStringLiteral("FILE/out.pdf") << QStringLiteral("cannot write");
    QTest::newRow("folder does not exist")
        << sample << QStringList { QStringLiteral("--xlsx"), QStringLiteral("NOWHERE/out.xlsx") }
        << QStringLiteral("NOWHERE/out.xlsx") << QStringLiteral("cannot write");
}

void TestReports::cli_badInput()
{
    QFETCH(QString, content);
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    if (!content.isEmpty())
        QVERIFY(writeFile(plan, content.toUtf8()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("FILE")), "a file, not a folder"));
    auto resolve = [&](QString s) {
        s.replace(QStringLiteral("FILE"), dir.filePath(QStringLiteral("FILE")));
        s.replace(QStringLiteral("NOWHERE"), dir.filePath(QStringLiteral("nowhere")));
        if (s == QLatin1String("OUT"))
            s = dir.filePath(QStringLiteral("out"));
        if (s == QLatin1String("PLAN"))
            s = plan;
        return s;
    };
    QStringList args { QStringLiteral("report"), plan };
    for (const auto &o : options)
        args << resolve(o);
    const QStringList before
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Run r = run(QStringLiteral(SHIENPLAN_CLI), args);
    QVERIFY2(r.ok, "shienplan-cli crashed or hung");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(QStringLiteral("shienplan-cli: ")), qPrintable(err));
    if (!named.isEmpty())
        QVERIFY2(err.contains(resolve(named)), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    // Nothing was written: the folder holds what it held.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestReports::cli_failedWriteLeavesNothing()
{
    // The target is a folder: the report is written beside it and the rename fails. The
    // temporary file must be gone and the folder untouched. An existing file survives a failed
    // export byte for byte.
    QTemporaryDir dir;
    const QString plan
        = QStringLiteral(SHIENPLAN_SOURCE_DIR "/resources/samples/sample_takaoka.json");
    for (const char *suffix : { "pdf", "xlsx", "csv" }) {
        const QString target = dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
        QVERIFY(QDir(dir.path()).mkpath(target));
        const Run r = run(QStringLiteral(SHIENPLAN_CLI),
            { QStringLiteral("report"), plan, QStringLiteral("--") + QLatin1String(suffix),
                target });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).count(u'\n'), 1);
        QVERIFY2(r.err.contains(target.toUtf8()), r.err.constData());
        QVERIFY(QFileInfo(target).isDir());
        QVERIFY(QDir(target).isEmpty());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList {});

    const QString existing = dir.filePath(QStringLiteral("keep.csv"));
    QVERIFY(writeFile(existing, "old content"));
    const Run r = run(QStringLiteral(SHIENPLAN_CLI),
        { QStringLiteral("report"), dir.filePath(QStringLiteral("missing.json")),
            QStringLiteral("--csv"), existing });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readFile(existing), QByteArray("old content"));

    // In process as well: a failed write throws ReportError naming the file.
    const ReportData data
        = reportOf(loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") }),
            QStringLiteral("ja"));
    const QString bad = dir.filePath(QStringLiteral("keep.csv/x.pdf"));
    try {
        writeReport(data, ReportFormat::Pdf, bad);
        QFAIL("no ReportError");
    } catch (const ReportError &e) {
        QCOMPARE(e.file, bad);
        QVERIFY(e.toString().contains(bad));
    }
}

void TestReports::windowActions()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("File"));
    file->addAction(QStringLiteral("Save"));
    file->addSeparator();
    QAction *quit = file->addAction(QStringLiteral("Quit"));
    quit->setMenuRole(QAction::QuitRole);
    Document doc = loadDocument({ QStringLiteral("resources/samples/sample_takaoka.json") });
    addReportActions(file, &window, [&doc]() -> const Document & { return doc; });

    const QStringList names { QStringLiteral("actionPrint"), QStringLiteral("actionPrintPreview"),
        QStringLiteral("actionExportPdf"), QStringLiteral("actionExportXlsx"),
        QStringLiteral("actionExportCsv") };
    for (const auto &name : names) {
        auto *a = window.findChild<QAction *>(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY(!a->text().isEmpty());
        QVERIFY(file->actions().contains(a));
        QVERIFY(file->actions().indexOf(a) < file->actions().indexOf(quit)); // Quit stays last
    }
    QCOMPARE(file->actions().last(), quit);

    // Export through the action, with the save dialog replaced.
    QTemporaryDir dir;
    QString suggestedName;
    setReportFileChooser([&](ReportFormat f, const QString &suggested) {
        suggestedName = QFileInfo(suggested).fileName();
        return dir.filePath(QStringLiteral("out.") + reportFormatSuffix(f));
    });
    window.findChild<QAction *>(QStringLiteral("actionExportCsv"))->trigger();
    window.findChild<QAction *>(QStringLiteral("actionExportXlsx"))->trigger();
    window.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    setReportFileChooser({});
    QCOMPARE(suggestedName, doc.title + QStringLiteral(".pdf"));
    QVERIFY(readFile(dir.filePath(QStringLiteral("out.csv"))).startsWith("\xEF\xBB\xBF"));
    QVERIFY(readWorkbook(dir.filePath(QStringLiteral("out.xlsx"))).valid);
    QVERIFY(readFile(dir.filePath(QStringLiteral("out.pdf"))).startsWith("%PDF-"));
    // The CSV's rows as an Excel table, chosen in the CSV's save dialog: codes stay text.
    setReportFileChooser(
        [&](ReportFormat, const QString &) { return dir.filePath(QStringLiteral("rows.xlsx")); });
    window.findChild<QAction *>(QStringLiteral("actionExportCsv"))->trigger();
    setReportFileChooser({});
    const auto rows = readWorkbook(dir.filePath(QStringLiteral("rows.xlsx")));
    QVERIFY(rows.valid);
    QVERIFY(!rows.sheets.isEmpty());
    const QString code = doc.scenarios.first().plan.body.code; // 162027
    int codeCells = 0;
    for (auto it = rows.sheets[0].cells.cbegin(); it != rows.sheets[0].cells.cend(); ++it)
        if (it.key().startsWith(u'B') && it->value == code) {
            QVERIFY2(!it->type.isEmpty(), qPrintable(it.key())); // a text cell, not a number
            ++codeCells;
        }
    QVERIFY(codeCells >= 1);

    // Print preview: the dialog paints the report into its pages; it is closed once it shows.
    int previewPages = -1;
    QTimer::singleShot(0, &window, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (auto *preview = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr) {
            preview->updatePreview();
            previewPages = preview->pageCount();
        }
        if (dialog)
            dialog->close();
    });
    window.findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
    QVERIFY2(previewPages > 0, qPrintable(QStringLiteral("preview pages: %1").arg(previewPages)));

    // The texts follow a language change.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &change);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionPrint"))->text().isEmpty());
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
