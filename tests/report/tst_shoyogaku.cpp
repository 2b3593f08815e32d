// The 所要額調書 (core/report/shoyogaku.h) as its readers get it:
//
// - XLSX, read back by tests/report/xlsxread.h: the columns in the form's order and words
//   (fundingSteps()), the derived cells as live formulas whose cached values are the engine's,
//   SUM formulas for the totals, 千円 as a display format on exact yen, an unknown end as an empty
//   cell with 「下限不明」 beside it, 予算計上額 with its reason, A4 landscape with print titles
//   and no printed page of 23 columns or more.
// - Recalculation: the sheet edited as a planner would (a figure changed in the sheet's XML) and
//   recalculated by LibreOffice gives the engine's figures for the edited plan.
// - The grouping of plans: adopted alternatives counted, undecided ones listed apart and left out
//   of the totals, a prefecture's document grouped by menu with subtotals.
// - CSV (BOM, exact 千円), the PDF page, and `shienplan-cli report --form shoyogaku`.

#include "core/base/catalogue.h"
#include "core/interchange/documentjson.h"
#include "core/registry/registry.h"
#include "core/report/shoyogaku.h"
#include "core/rules/rulebooklibrary.h"
#include "report/reportwriter.h"
#include "tests/csvparse.h"
#include "tests/report/xlsxread.h"
#include "tests/testutil.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace shienplan;

namespace
{

const QDate kDate(2025, 6, 30);

Document loadPlans(const QStringList &names)
{
    Document doc;
    for (const auto &n : names) {
        const Document part = documentFromPlansJson(
            testutil::readFile(QStringLiteral(SHIENPLAN_SOURCE_DIR "/") + n), Registry::bundled());
        if (doc.title.isEmpty())
            doc.title = part.title;
        doc.scenarios += part.scenarios;
    }
    return doc;
}

ProgramResult engineOf(const Plan &plan)
{
    const RuleBookLibrary lib = RuleBookLibrary::bundledOnly();
    return evaluate(plan, *lib.book(plan.fiscalYear), Registry::bundled()).programs.value(0);
}

ShoyogakuData statementOf(const Document &doc, AmountUnit unit = AmountUnit::Yen)
{
    return buildShoyogaku(
        doc, RuleBookLibrary::bundledOnly(), Registry::bundled(), u"ja", unit, kDate);
}

// The cells of the single-program statement of station_basic (no range anywhere): row 9, one
// column per step. A 実施主体, B 事業区分, C (A), D (B), E (C), F (D), G (E), H (F), I (G),
// J 補助率, K (H), L 都道府県の支援, M 実施主体の負担, N (E) の出典・状態, O 採用案; the total on
// row 10.
const QStringList kStepCells { QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"),
    QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("I"),
    QStringLiteral("K"), QStringLiteral("L"), QStringLiteral("M") };

QList<std::optional<Yen>> stepsOf(const ProgramResult &r)
{
    QList<std::optional<Yen>> out;
    for (const auto &s : fundingSteps())
        out << s.value(r).min;
    return out;
}

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// LibreOffice keeps the cached values of an .xlsx by default ("never recalculate" for Excel
// files); a private profile with Formula/Load/OOXMLRecalcMode = 0 makes it recalculate every
// formula on load, without a macro. Returns the path of the recalculated copy, or empty.
QString recalculate(const QString &xlsx, const QString &workDir)
{
    const QString profile = workDir + QStringLiteral("/lo-profile");
    QDir().mkpath(profile + QStringLiteral("/user"));
    testutil::writeFile(profile + QStringLiteral("/user/registrymodifications.xcu"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
        "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop "
        "oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
        "</oor:items>\n");
    const QString out = workDir + QStringLiteral("/recalculated");
    QDir().mkpath(out);
    QProcess p;
    p.start(soffice(),
        { QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out,
            xlsx });
    if (!p.waitForFinished(120'000) || p.exitCode() != 0)
        return {};
    const QString result = out + u'/' + QFileInfo(xlsx).fileName();
    return QFileInfo::exists(result) ? result : QString();
}

// Sets the value of one number cell in a sheet's XML.
QByteArray withValue(QByteArray xml, const QString &ref, const Yen &v)
{
    const QRegularExpression re(QStringLiteral("(<c r=\"%1\"[^>]*><v>)[^<]*(</v>)").arg(ref));
    QString text = QString::fromUtf8(xml);
    text.replace(re, QStringLiteral("\\1") + yenToString(v) + QStringLiteral("\\2"));
    return text.toUtf8();
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    Run r;
    QProcess p;
    p.start(QStringLiteral(SHIENPLAN_CLI), args);
    p.waitForFinished(60'000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestShoyogaku : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chain_data();
    void chain();
    void rangesUnknownAndBudgeted();
    void prefectureDocument();
    void recalculatedAsWritten();
    void pdfPage();
    void commandLine();

private:
    QTemporaryDir m_dir;
};

void TestShoyogaku::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Not a skip: the recalculation is what proves the formulas, so scripts/test.sh must have it.
    QVERIFY2(!soffice().isEmpty(),
        "LibreOffice (soffice) is not installed; scripts/setup.sh installs it "
        "(Debian package libreoffice-calc-nogui). The 所要額調書's recalculation test needs it.");
}

void TestShoyogaku::chain_data()
{
    // station_basic: (A) 12,345,678, (E) 基準額 10,000,000 (exact), 補助率 1/2, no start-up
    // support.
    QTest::addColumn<qint64>("otherIncome"); // (B)
    QTest::addColumn<qint64>("eligible"); // (D); -1: absent (= A)
    QTest::addColumn<bool>("thousand");
    QTest::addColumn<qint64>("national"); // (H), by hand
    QTest::addColumn<qint64>("local"); // 実施主体の負担, by hand
    QTest::addColumn<QString>("edit"); // the cell a planner changes (row 9)
    QTest::addColumn<qint64>("editTo");
    QTest::addColumn<qint64>("nationalAfter"); // (H) after the edit, by hand
    // D < A: F = min(8,765,432, 10,000,000) = 8,765,432 = G; H = floor(4,382,716 / 1000) × 1000.
    // Edit D to 9,000,000: F = G = 9,000,000, H = 4,500,000.
    QTest::newRow("D < A") << qint64(0) << qint64(8'765'432) << false << qint64(4'382'000)
                           << qint64(12'345'678 - 4'382'000) << QStringLiteral("F")
                           << qint64(9'000'000) << qint64(4'500'000);
    // D > E: F = E = 10,000,000, G = min(C 12,345,678, F) = 10,000,000, H = 5,000,000.
    // Edit A to 9,000,000: C = 9,000,000 < F, G = 9,000,000, H = 4,500,000 (D stays 12,345,678).
    QTest::newRow("D > E") << qint64(0) << qint64(-1) << false << qint64(5'000'000)
                           << qint64(7'345'678) << QStringLiteral("C") << qint64(9'000'000)
                           << qint64(4'500'000);
    // C < F: B 5,000,000, C = 7,345,678 < F 10,000,000: G = 7,345,678, H = 3,672,000.
    // Edit B to 6,000,000: C = G = 6,345,678, H = 3,172,000.
    QTest::newRow("C < F") << qint64(5'000'000) << qint64(-1) << false << qint64(3'672'000)
                           << qint64(7'345'678 - 3'672'000) << QStringLiteral("D")
                           << qint64(6'000'000) << qint64(3'172'000);
    // B > A: C = max(0, A − B) = 0, so G = 0 and H = 0, nothing left to pay.
    // Edit B to 2,345,678: C = 10,000,000, G = 10,000,000, H = 5,000,000.
    QTest::newRow("B > A") << qint64(13'000'000) << qint64(-1) << false << qint64(0) << qint64(0)
                           << QStringLiteral("D") << qint64(2'345'678) << qint64(5'000'000);
    // 千円: the same figures as "D < A", shown ÷ 1,000 with three decimals.
    QTest::newRow("D < A in 千円") << qint64(0) << qint64(8'765'432) << true << qint64(4'382'000)
                                   << qint64(12'345'678 - 4'382'000) << QStringLiteral("F")
                                   << qint64(9'000'000) << qint64(4'500'000);
}

void TestShoyogaku::chain()
{
    QFETCH(qint64, otherIncome);
    QFETCH(qint64, eligible);
    QFETCH(bool, thousand);
    QFETCH(qint64, national);
    QFETCH(qint64, local);
    QFETCH(QString, edit);
    QFETCH(qint64, editTo);
    QFETCH(qint64, nationalAfter);
    Document doc = loadPlans({ QStringLiteral("tests/data/plans/station_basic.json") });
    Program &prog = doc.scenarios[0].plan.programs[0];
    prog.otherIncome = Yen(otherIncome);
    if (eligible >= 0)
        prog.eligibleExpenditure = Yen(eligible);
    const ProgramResult engine = engineOf(doc.scenarios[0].plan);
    QCOMPARE(engine.national.min, std::optional<Yen>(Yen(national)));
    QCOMPARE(engine.local.min, std::optional<Yen>(Yen(local)));

    const ShoyogakuData data = statementOf(doc, thousand ? AmountUnit::Thousand : AmountUnit::Yen);
    const QString tag
        = QString::fromUtf8(QTest::currentDataTag())
              .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    const QString path = m_dir.filePath(tag + QStringLiteral(".xlsx"));
    writeShoyogaku(data, ReportFormat::Xlsx, path);
    const Workbook wb = readWorkbook(path);
    QVERIFY(wb.valid);
    QCOMPARE(wb.sheets.size(), 1);
    const Sheet &sh = wb.sheets[0];
    QCOMPARE(sh.name, QStringLiteral("所要額調書"));

    // The header in the form's order and words.
    QCOMPARE(sh.at(QStringLiteral("A7")).value, QStringLiteral("実施主体"));
    QCOMPARE(sh.at(QStringLiteral("B7")).value, QStringLiteral("事業区分"));
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(sh.at(kStepCells[i] + QStringLiteral("7")).value, steps[i].heading(u"ja"));
    QCOMPARE(sh.at(QStringLiteral("C7")).value, QStringLiteral("(A) 総事業費"));
    QCOMPARE(sh.at(QStringLiteral("K7")).value, QStringLiteral("(H) 国庫補助所要額"));
    QCOMPARE(sh.at(QStringLiteral("J7")).value, QStringLiteral("補助率"));

    // Every step's cached value is the engine's, in yen, whatever the unit.
    const QList<std::optional<Yen>> expected = stepsOf(engine);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const XCell c = sh.at(kStepCells[i] + QStringLiteral("9"));
        QCOMPARE(c.value, yenToString(*expected[i]));
        QCOMPARE(wb.styleFormat.value(c.style),
            thousand ? QStringLiteral("#,##0.000,") : QStringLiteral("#,##0\"円\""));
    }
    QCOMPARE(sh.at(QStringLiteral("J9")).value, QStringLiteral("0.5"));
    // The derived cells are the form's formulas.
    QCOMPARE(sh.at(QStringLiteral("E9")).formula, QStringLiteral("MAX(0,C9-D9)")); // C = A − B
    QCOMPARE(sh.at(QStringLiteral("H9")).formula, QStringLiteral("MIN(F9,G9)")); // F = min(D, E)
    QCOMPARE(sh.at(QStringLiteral("I9")).formula, QStringLiteral("MIN(E9,H9)")); // G = min(C, F)
    QCOMPARE(sh.at(QStringLiteral("K9")).formula, QStringLiteral("ROUNDDOWN(I9*J9,-3)"));
    QCOMPARE(sh.at(QStringLiteral("M9")).formula, QStringLiteral("E9-K9-L9"));
    for (const char *input : { "C9", "D9", "F9", "G9" })
        QVERIFY2(sh.at(QString::fromLatin1(input)).formula.isEmpty(), input);
    // The total: SUM formulas over the program rows, cached with the engine's totals.
    QCOMPARE(sh.at(QStringLiteral("A10")).value, QStringLiteral("合計"));
    QCOMPARE(sh.at(QStringLiteral("K10")).formula, QStringLiteral("SUM(K9:K9)"));
    QCOMPARE(sh.at(QStringLiteral("K10")).value, QString::number(national));
    // A4 landscape, header rows printed on every page, fitted to the width (15 columns).
    QVERIFY(sh.xml.contains("paperSize=\"9\""));
    QVERIFY(sh.xml.contains("orientation=\"landscape\""));
    QVERIFY(sh.xml.contains("fitToPage=\"1\""));
    QVERIFY(wb.workbookXml.contains("_xlnm.Print_Titles"));

    // CSV: the same figures; 千円 exactly (12,345,678 円 is 12345.678).
    const QList<QStringList> csv
        = parseCsv(QString::fromUtf8(shoyogakuBytes(data, ReportFormat::Csv).mid(3)));
    QCOMPARE(csv[0][2], QStringLiteral("(A) 総事業費"));
    QCOMPARE(csv[1][2], thousand ? QStringLiteral("12345.678") : QStringLiteral("12345678"));
    QCOMPARE(csv[1][10],
        thousand ? amountInUnit(Yen(national), AmountUnit::Thousand) : QString::number(national));
    QVERIFY(shoyogakuBytes(data, ReportFormat::Csv).startsWith("\xEF\xBB\xBF"));

    // A planner edits one figure; LibreOffice recalculates; the sheet agrees with the engine's
    // figures for the edited plan (the sheet's D is a figure of its own: the edited plan keeps it).
    QMap<QString, QByteArray> files = unzip(testutil::readFile(path));
    const QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    files[sheetPart] = withValue(files[sheetPart], edit + QStringLiteral("9"), Yen(editTo));
    const QString edited = m_dir.filePath(tag + QStringLiteral("_edited.xlsx"));
    QVERIFY(testutil::writeFile(edited, zipStored(files)));
    const QString recalculated = recalculate(edited, m_dir.filePath(tag));
    QVERIFY2(!recalculated.isEmpty(), "LibreOffice could not convert the edited workbook");
    const Workbook after = readWorkbook(recalculated);
    QVERIFY(after.valid);
    Plan plan = doc.scenarios[0].plan;
    Program &p = plan.programs[0];
    p.eligibleExpenditure = p.eligible();
    if (edit == QLatin1String("C"))
        p.expenditure = Yen(editTo);
    else if (edit == QLatin1String("D"))
        p.otherIncome = Yen(editTo);
    else
        p.eligibleExpenditure = Yen(editTo);
    const ProgramResult editedEngine = engineOf(plan);
    QCOMPARE(editedEngine.national.min, std::optional<Yen>(Yen(nationalAfter)));
    QVERIFY2(nationalAfter != national, "the edit must change (H) to show a recalculation");
    const QList<std::optional<Yen>> want = stepsOf(editedEngine);
    const Sheet &ash = after.sheets[0];
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(ash.at(kStepCells[i] + QStringLiteral("9")).value, yenToString(*want[i]));
    QCOMPARE(ash.at(QStringLiteral("K10")).value, QString::number(nationalAfter)); // the total
}

void TestShoyogaku::rangesUnknownAndBudgeted()
{
    // A prefecture's center whose 基準額 is unknown: (E) has no known end, so (F), (G) and (H)
    // have an unknown lower end and the upper ends min(D, …); the budgeted amount and its reason.
    Document doc = loadPlans({ QStringLiteral("tests/data/plans/center_prefectural_toyama.json"),
        QStringLiteral("tests/data/plans/station_toyama_startup.json") });
    doc.scenarios[0].plan.programs[0].budgeted = Yen(9'000'000);
    doc.scenarios[0].plan.programs[0].budgetedReason = QStringLiteral("県からの内示額");
    const ShoyogakuData data = statementOf(doc);
    QVERIFY(data.byMenu); // two bodies
    const QList<ShoyogakuColumn> cols = shoyogakuColumns(data);
    auto find = [&](ShoyogakuColumn::Kind kind, char letter, bool max) {
        for (int c = 0; c < cols.size(); ++c)
            if (cols[c].kind == kind
                && (letter == 0
                    || (cols[c].step == ReportSteps::fundingRow(letter)
                        && (kind != ShoyogakuColumn::Amount || cols[c].max == max))))
                return c;
        return -1;
    };
    const int eMin = find(ShoyogakuColumn::Amount, 'E', false);
    const int eMax = find(ShoyogakuColumn::Amount, 'E', true);
    const int eUnknown = find(ShoyogakuColumn::UnknownEnd, 'E', false);
    const int hMin = find(ShoyogakuColumn::Amount, 'H', false);
    const int hUnknown = find(ShoyogakuColumn::UnknownEnd, 'H', false);
    const int budget = find(ShoyogakuColumn::Budgeted, 0, false);
    const int reason = find(ShoyogakuColumn::BudgetedReason, 0, false);
    QVERIFY(eMin >= 0 && eMax == eMin + 1 && eUnknown == eMin + 2);
    QVERIFY(hMin >= 0 && hUnknown == hMin + 2);
    QVERIFY(budget == hUnknown + 1 && reason == budget + 1);

    const QString path = m_dir.filePath(QStringLiteral("ranges.xlsx"));
    writeShoyogaku(data, ReportFormat::Xlsx, path);
    const Workbook wb = readWorkbook(path);
    const Sheet &sh = wb.sheets[0];
    QCOMPARE(sh.at(columnName(eMin) + QStringLiteral("7")).value, QStringLiteral("(E) 基準額"));
    QCOMPARE(sh.at(columnName(eMin) + QStringLiteral("8")).value, QStringLiteral("下限"));
    QCOMPARE(sh.at(columnName(eUnknown) + QStringLiteral("8")).value, QStringLiteral("不明の端"));
    // Menus in the catalogue's order: the prefecture's center (row 9, its 小計 on 10), then the
    // station (富山市, row 11).
    const int centerRow = 9;
    QCOMPARE(sh.at(QStringLiteral("B9")).value, menuLabel(u"center_prefectural", u"ja"));
    QCOMPARE(sh.at(QStringLiteral("A10")).value, QStringLiteral("小計"));
    QCOMPARE(sh.at(QStringLiteral("B11")).value, menuLabel(u"station", u"ja"));
    const QString n = QString::number(centerRow);
    const ProgramResult center = engineOf(doc.scenarios[0].plan);
    QVERIFY(!center.standard.min && !center.national.min && center.national.max);
    // Unknown: an empty cell (no value, never 0), 「不明」 beside it.
    QVERIFY(sh.at(columnName(eMin) + n).value.isEmpty());
    QVERIFY(sh.at(columnName(eMax) + n).value.isEmpty());
    QCOMPARE(sh.at(columnName(eUnknown) + n).value, QStringLiteral("不明"));
    QVERIFY(sh.at(columnName(hMin) + n).value.isEmpty());
    QVERIFY(!sh.at(columnName(hMin) + n).formula.isEmpty()); // still live: it follows an edit of E
    QCOMPARE(sh.at(columnName(hMin + 1) + n).value, yenToString(*center.national.max));
    QCOMPARE(sh.at(columnName(hUnknown) + n).value, QStringLiteral("下限不明"));
    QVERIFY(sh.at(columnName(hUnknown) + n).formula.contains(QStringLiteral("ISNUMBER")));
    QCOMPARE(sh.at(columnName(budget) + n).value, QStringLiteral("9000000"));
    QCOMPARE(sh.at(columnName(reason) + n).value, QStringLiteral("県からの内示額"));
    // 予算計上額 is totalled only where every row has one: the center's 小計 (its one row) is
    // 9,000,000, live; the station's 小計 and the 合計 (富山市 has none) stay empty, and a note
    // says why.
    QCOMPARE(data.groups[0].budgeted, std::optional<Yen>(Yen(9'000'000)));
    QVERIFY(!data.groups[1].budgeted && !data.budgetedTotal);
    QCOMPARE(sh.at(columnName(budget) + QStringLiteral("10")).value, QStringLiteral("9000000"));
    QVERIFY(
        sh.at(columnName(budget) + QStringLiteral("10")).formula.contains(QStringLiteral("COUNT")));
    QCOMPARE(sh.at(QStringLiteral("A12")).value, QStringLiteral("小計"));
    QVERIFY(sh.at(columnName(budget) + QStringLiteral("12")).value.isEmpty());
    QCOMPARE(sh.at(QStringLiteral("A13")).value, QStringLiteral("合計"));
    QVERIFY(sh.at(columnName(budget) + QStringLiteral("13")).value.isEmpty());
    QVERIFY(data.notes.join(u'\n').contains(QStringLiteral("予算計上額の小計・合計は")));
    // With 富山市's station budgeted too, the 合計 is the sum of both.
    Document both = doc;
    both.scenarios[1].plan.programs[0].budgeted = Yen(5'000'000);
    const ShoyogakuData full = statementOf(both);
    QCOMPARE(full.budgetedTotal, std::optional<Yen>(Yen(14'000'000)));
    QVERIFY(!full.notes.join(u'\n').contains(QStringLiteral("予算計上額の小計・合計は")));
    // Wide: split into printed pages of at most 22 columns, 実施主体 and 事業区分 on each.
    QVERIFY(cols.size() > 22);
    QList<int> breaks;
    const QRegularExpression brk(QStringLiteral("<brk id=\"(\\d+)\""));
    const auto colBreaks = QString::fromUtf8(sh.xml).section(QStringLiteral("<colBreaks"), 1);
    for (auto it = brk.globalMatch(colBreaks); it.hasNext();)
        breaks << it.next().captured(1).toInt();
    QVERIFY(!breaks.isEmpty());
    breaks << int(cols.size());
    int start = 0;
    for (int b : breaks) {
        QVERIFY2(b - start + (start ? 2 : 0) <= 22,
            qPrintable(QStringLiteral("page of columns %1–%2").arg(start).arg(b)));
        start = b;
    }
    QVERIFY(wb.workbookXml.contains("_xlnm.Print_Titles"));
    QVERIFY(sh.xml.contains("orientation=\"landscape\""));
}

void TestShoyogaku::prefectureDocument()
{
    // Four bodies; 高岡市's three alternatives are undecided. Rows by menu in the catalogue's
    // order: ステーション (富山市), then サポート事業 (射水市, the joint program of three towns);
    // 高岡市's alternatives listed after the total and not in it.
    const Document doc = loadPlans({ QStringLiteral("tests/data/plans/support_all8.json"),
        QStringLiteral("tests/data/plans/station_toyama_startup.json"),
        QStringLiteral("tests/data/plans/support_joint_three_towns.json"),
        QStringLiteral("resources/samples/sample_takaoka.json") });
    const ShoyogakuData data = statementOf(doc);
    QVERIFY(data.byMenu);
    QCOMPARE(data.groups.size(), 2);
    QCOMPARE(data.groups[0].menuLabel, menuLabel(u"station", u"ja"));
    QCOMPARE(data.groups[1].menuLabel, menuLabel(u"support", u"ja"));
    QCOMPARE(data.groups[1].rows.size(), 2);
    QCOMPARE(data.undecided.size(), 3);
    QVERIFY(data.undecided[0].decision.startsWith(QStringLiteral("未決定（3案）")));
    // The total counts each decided plan once: 射水市 + the joint program + 富山市, by the engine.
    Yen hMax = 0;
    for (int i : { 0, 1, 2 })
        hMax += *engineOf(doc.scenarios[i].plan).national.max;
    QCOMPARE(data.total.step('H').value.max, std::optional<Yen>(hMax));
    QVERIFY(std::any_of(data.notes.cbegin(), data.notes.cend(),
        [](const QString &n) { return n.contains(QStringLiteral("合計に含めていません")); }));

    const QString path = m_dir.filePath(QStringLiteral("prefecture.xlsx"));
    writeShoyogaku(data, ReportFormat::Xlsx, path);
    const Sheet sh = readWorkbook(path).sheets.value(0);
    // Row 9 富山市, 10 its 小計, 11–12 サポート事業, 13 小計, 14 合計; `h` is (H)'s 上限 column.
    const int hCol = [&] {
        const auto cols = shoyogakuColumns(data);
        for (int c = 0; c < cols.size(); ++c)
            if (cols[c].kind == ShoyogakuColumn::Amount
                && cols[c].step == ReportSteps::fundingRow('H') && cols[c].max)
                return c;
        return -1;
    }();
    const QString h = columnName(hCol);
    QCOMPARE(sh.at(QStringLiteral("A10")).value, QStringLiteral("小計"));
    QCOMPARE(sh.at(h + QStringLiteral("10")).formula, QStringLiteral("SUM(%1:%1)").arg(h + u'9'));
    QCOMPARE(sh.at(QStringLiteral("A13")).value, QStringLiteral("小計"));
    QCOMPARE(sh.at(QStringLiteral("B13")).value, menuLabel(u"support", u"ja"));
    QCOMPARE(sh.at(h + QStringLiteral("13")).formula,
        QStringLiteral("SUM(%1:%2)").arg(h + QStringLiteral("11"), h + QStringLiteral("12")));
    QCOMPARE(sh.at(QStringLiteral("A14")).value, QStringLiteral("合計"));
    QCOMPARE(sh.at(h + QStringLiteral("14")).formula,
        QStringLiteral("SUM(%1,%2)").arg(h + QStringLiteral("10"), h + QStringLiteral("13")));
    QCOMPARE(sh.at(h + QStringLiteral("14")).value, yenToString(hMax));
    // The undecided block comes after the total, headed as such.
    QCOMPARE(sh.at(QStringLiteral("A16")).value, QStringLiteral("未決定の計画（合計に含めない）"));
    QCOMPARE(sh.at(QStringLiteral("A17")).value, QStringLiteral("高岡市"));
}

// Opened and recalculated by LibreOffice, every workbook shows what it was written with: the
// formulas (guarded ones for unknown ends, the crossed local burden, the start-up support's share,
// subtotals of subtotals, the 不明 markers) compute the engine's figures themselves. The plan
// report's scenario sheets too.
void TestShoyogaku::recalculatedAsWritten()
{
    Document doc = loadPlans({ QStringLiteral("tests/data/plans/center_prefectural_toyama.json"),
        QStringLiteral("tests/data/plans/station_toyama_startup.json"),
        QStringLiteral("tests/data/plans/support_all8.json"),
        QStringLiteral("tests/data/plans/support_joint_three_towns.json"),
        QStringLiteral("resources/samples/sample_takaoka.json") });
    doc.scenarios[1].plan.programs[0].budgeted = Yen(6'000'000);
    doc.scenarios[1].plan.programs[0].budgetedReason = QStringLiteral("県からの内示額");
    QStringList paths;
    for (AmountUnit unit : { AmountUnit::Yen, AmountUnit::Thousand }) {
        paths << m_dir.filePath(unit == AmountUnit::Yen ? QStringLiteral("all_yen.xlsx")
                                                        : QStringLiteral("all_sen.xlsx"));
        writeShoyogaku(statementOf(doc, unit), ReportFormat::Xlsx, paths.last());
    }
    paths << m_dir.filePath(QStringLiteral("plan_report.xlsx"));
    writeReport(
        buildReportData(doc, RuleBookLibrary::bundledOnly(), Registry::bundled(), u"ja", kDate),
        ReportFormat::Xlsx, paths.last());
    for (const QString &path : paths) {
        const QString again = recalculate(path, path + QStringLiteral(".lo"));
        QVERIFY2(!again.isEmpty(), qPrintable(path));
        const Workbook before = readWorkbook(path), after = readWorkbook(again);
        QCOMPARE(after.sheets.size(), before.sheets.size());
        int formulas = 0;
        for (qsizetype k = 0; k < before.sheets.size(); ++k) {
            for (auto it = before.sheets[k].cells.cbegin(); it != before.sheets[k].cells.cend();
                 ++it) {
                const XCell &c = it.value();
                formulas += !c.formula.isEmpty();
                QVERIFY2(after.sheets[k].at(it.key()).value == c.value,
                    qPrintable(QStringLiteral("%1 %2!%3: written %4 (=%5), recalculated %6")
                                   .arg(QFileInfo(path).fileName(), before.sheets[k].name, it.key(),
                                       c.value, c.formula, after.sheets[k].at(it.key()).value)));
            }
        }
        QVERIFY(formulas > 50);
    }
}

void TestShoyogaku::pdfPage()
{
    Document doc = loadPlans({ QStringLiteral("tests/data/plans/station_basic.json"),
        QStringLiteral("tests/data/plans/center_prefectural_toyama.json") });
    const ShoyogakuData data = statementOf(doc, AmountUnit::Thousand);
    const QString path = m_dir.filePath(QStringLiteral("shoyogaku.pdf"));
    writeShoyogaku(data, ReportFormat::Pdf, path);
    QVERIFY(testutil::readFile(path).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("poppler-utils (pdftotext) is not installed: run scripts/setup.sh");
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60'000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const auto &s : fundingSteps())
        QVERIFY2(text.contains(s.heading(u"ja").remove(u' ')), qPrintable(s.heading(u"ja")));
    QVERIFY(text.contains(QStringLiteral("12,345.678"))); // (A) in 千円, exact
    QVERIFY(text.contains(QStringLiteral("5,000"))); // (H) 5,000,000 円
    QVERIFY(text.contains(QStringLiteral("下限不明")));
    QVERIFY(text.contains(formLayoutNote().ja.remove(u' ')));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    QVERIFY(info.waitForFinished(60'000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QStringLiteral("842 x 595")), qPrintable(infoText)); // A4 landscape
}

void TestShoyogaku::commandLine()
{
    QTemporaryDir dir;
    const QString plan
        = QStringLiteral(SHIENPLAN_SOURCE_DIR "/tests/data/plans/station_basic.json");
    const QString xlsx = dir.filePath(QStringLiteral("調書.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("調書.csv"));
    Run r = cli({ QStringLiteral("report"), plan, QStringLiteral("--form"),
        QStringLiteral("shoyogaku"), QStringLiteral("--unit"), QStringLiteral("sen"),
        QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("wrote %1\nwrote %2\n").arg(xlsx, csv));
    const Workbook wb = readWorkbook(xlsx);
    QCOMPARE(wb.sheets.value(0).name, QStringLiteral("所要額調書"));
    QCOMPARE(wb.styleFormat.value(wb.sheets[0].at(QStringLiteral("C9")).style),
        QStringLiteral("#,##0.000,"));
    QVERIFY(testutil::readFile(csv).contains("12345.678"));

    const QList<QPair<QStringList, QString>> bad {
        { { QStringLiteral("--form"), QStringLiteral("chosho") },
            QStringLiteral("plan|shoyogaku") },
        { { QStringLiteral("--form"), QStringLiteral("shoyogaku"), QStringLiteral("--unit"),
              QStringLiteral("man") },
            QStringLiteral("yen|sen") },
        { { QStringLiteral("--unit"), QStringLiteral("sen") }, QStringLiteral("--form shoyogaku") },
    };
    for (const auto &[options, mentions] : bad) {
        r = cli(QStringList { QStringLiteral("report"), plan, QStringLiteral("--csv"),
                    dir.filePath(QStringLiteral("bad.csv")) }
            + options);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad.csv"))));
    }
    r = cli({ QStringLiteral("report"), QStringLiteral("--help") });
    QVERIFY(r.out.contains("--form") && r.out.contains("--unit"));
}

QTEST_MAIN(TestShoyogaku)
#include "tst_shoyogaku.moc"
