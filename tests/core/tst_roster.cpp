// Rosters (core/roster.h) as a prefecture's staff hand them over: spreadsheets with Japanese or
// English headers, amounts in 千円, full-width digits, 令和 years, quotes, BOM and CRLF, the
// encodings Excel writes; the bad rows they contain, each reported with its line and, for
// names, what was probably meant; the round trip through the export; the R4 and R6 rosters
// shipped in resources/rosters (their counts against rules.md §6.1 and every decision of their
// README); and `shienplan-cli batch|convert` over a roster.
#include "core/engine/engine.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/clirunner.h"
#include "tests/corefixtures.h"
#include "tests/csvparse.h"
#include "tests/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace shienplan;

namespace
{

RosterImport import(const QByteArray &bytes)
{
    return readRosterCsv(bytes, Registry::bundled());
}

// Lines of a CSV written in the test as UTF-8 text, joined with LF.
QByteArray csv(std::initializer_list<const char *> lines)
{
    QByteArray out;
    for (const char *l : lines)
        out += QByteArray(l) + '\n';
    return out;
}

using testutil::readFile;
using testutil::sourcePath;

// Every problem, one a line, for failure messages.
QByteArray describe(const RosterImport &r)
{
    QStringList out;
    for (const auto &p : r.problems)
        out << QStringLiteral("  [%1] %2 (column \"%3\", value \"%4\")")
                   .arg(p.code, p.toString(), p.column, p.value);
    return out.join(u'\n').toUtf8();
}

const Program *onlyProgram(const RosterImport &r)
{
    if (r.scenarios.size() != 1 || r.scenarios.first().plan.programs.size() != 1)
        return nullptr;
    return &r.scenarios.first().plan.programs.first();
}

// ---- the command line ---------------------------------------------------------------------------

using clirunner::CliResult;
using clirunner::describe;
using clirunner::runCli;

// An amount end as the JSON has it: a number, or nullopt for null (unknown).
std::optional<qint64> endOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT
private slots:
    void goodRows_data();
    void goodRows();
    void badRows_data();
    void badRows();
    void missingColumn_data();
    void missingColumn();
    void goodRowsImportBesideBadOnes();
    void servedArea();
    void leadingZeroIsSaid();
    void rowsOfOneBodyAndYearMakeOneScenario();
    void emptyExpenditureIsZeroAndSaid();
    void ignoredColumnsAreSaid();
    void utf16TabSeparated();
    void shiftJisFromExcel();
    void invalidBytes();
    void hugeInputsAreBounded();
    void exportRoundTrip();
    void exportKeepsLeadingZeros();

    void shippedRosters_data();
    void shippedRosters();
    void shippedDecisions_data();
    void shippedDecisions();
    void shippedRostersRoundTrip_data();
    void shippedRostersRoundTrip();
    void shippedRostersAreEligible_data();
    void shippedRostersAreEligible();

    void cliBatchSummaryOverRoster();
    void cliBatchBadRoster_data();
    void cliBatchBadRoster();
    void cliConvertRoster();
    void cliTableOverRoster();
};

// ---- good rows ----------------------------------------------------------------------------------

// Each file holds one row; the columns say what it must become.
void TestRoster::goodRows_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("subprojects");
    QTest::addColumn<qint64>("expenditure");

    const QStringList core { "consultation", "ibasho", "network" };
    QTest::newRow("Japanese headers, 令和7年度, 14,000千円 in quotes")
        << csv({ "団体コード,団体名,年度,事業,事業内容,支出額",
               "162027,高岡市,令和7年度,ステーション,"
               "相談支援、居場所づくり、連絡協議会・ネットワークづくり,\"14,000千円\"" })
        << "162027" << 2025 << "station" << core << qint64(14'000'000);
    QTest::newRow("English headers in another order, R7, ids separated by ;")
        << csv({ "menu,fiscal_year,name,prefecture,expenditure,subprojects",
               "station,R7,高岡市,富山県,14000000,consultation;ibasho;network" })
        << "162027" << 2025 << "station" << core << qint64(14'000'000);
    QTest::newRow("headers with odd case and spaces: ' Fiscal Year ', 'MENU', 'Name '")
        << csv({ " Fiscal Year ,MENU,Name ,Expenditure", "2025,support,舟橋村,600000" }) << "163210"
        << 2025 << "support" << QStringList() << qint64(600'000);
    QTest::newRow("full-width digits and comma, 令和７ without 年度")
        << csv({ "団体名,年度,事業,事業内容,支出額",
               "舟橋村,令和７,サポート,連絡協議会,３，０００，０００" })
        << "163210" << 2025 << "support" << QStringList { "network" } << qint64(3'000'000);
    QTest::newRow("BOM and CRLF") << QByteArray(
        "\xEF\xBB\xBF団体名,年度,事業,支出額\r\n立山町,2024,サポート,1000000\r\n")
                                  << "163236" << 2024 << "support" << QStringList()
                                  << qint64(1'000'000);
    QTest::newRow("RFC 4180 quotes: a comma, a doubled quote and a line break inside cells")
        << csv({ "団体名,年度,事業,事業内容,備考",
               "\"立山町\",2025,\"サポート\",\"相談支援,居場所づくり\",\"\"\"注\"\"、",
               "二行目\"" })
        << "163236" << 2025 << "support" << QStringList { "consultation", "ibasho" } << qint64(0);
    QTest::newRow("circled numbers, S-keys and ids in one cell, separated by spaces")
        << csv({ "団体名,年度,事業,事業内容",
               "高岡市,2025,ステーション,①相談支援 ②居場所づくり S03 needs_survey" })
        << "162027" << 2025 << "station" << (core + QStringList { "needs_survey" }) << qint64(0);
    QTest::newRow("other spellings of the sources: 相談支援事業（窓口周知）, 実態把握事業, "
                  "ネットワークづくり")
        << csv({ "団体名,年度,事業,事業内容",
               "高岡市,2025,ひきこもり支援ステーション事業,相談支援事業（窓口周知）/"
               "居場所づくり事業/ネットワークづくり/実態把握事業" })
        << "162027" << 2025 << "station" << (core + QStringList { "needs_survey" }) << qint64(0);
    QTest::newRow("unit in the header: 支出額（千円）")
        << csv({ "団体名,年度,事業,支出額（千円）", "立山町,2025,サポート,2500" }) << "163236"
        << 2025 << "support" << QStringList() << qint64(2'500'000);
    QTest::newRow("万円, ¥ and 円")
        << csv({ "団体名,年度,事業,支出額,その他の収入", "立山町,2025,サポート,\"1,400万円\",¥0" })
        << "163236" << 2025 << "support" << QStringList() << qint64(14'000'000);
    QTest::newRow("decimal 千円 that is whole yen: 14,000.5千円")
        << csv({ "団体名,年度,事業,支出額", "立山町,2025,サポート,\"14,000.5千円\"" }) << "163236"
        << 2025 << "support" << QStringList() << qint64(14'000'500);
    QTest::newRow("the prefecture settles an ambiguous name: 府中市 in 広島県")
        << csv({ "都道府県,団体名,年度,事業", "広島県,府中市,2025,サポート" }) << "342084" << 2025
        << "support" << QStringList() << qint64(0);
    QTest::newRow("a short prefecture name: 東京 府中市")
        << csv({ "都道府県,団体名,年度,事業", "東京,府中市,2025,サポート" }) << "132063" << 2025
        << "support" << QStringList() << qint64(0);
    QTest::newRow("the prefecture written into the name: 広島県府中市")
        << csv({ "団体名,年度,事業", "広島県府中市,2025,サポート" }) << "342084" << 2025
        << "support" << QStringList() << qint64(0);
    QTest::newRow("code without check digit")
        << csv({ "団体コード,年度,事業", "16202,FY2025,station" }) << "162027" << 2025 << "station"
        << QStringList() << qint64(0);
    // Excel drops the leading 0 of 北海道〜茨城県's codes when it opens a roster.
    QTest::newRow("leading 0 lost: 10006 is 北海道 (010006)")
        << csv({ "団体コード,年度,事業", "10006,2025,サテライト" }) << "010006" << 2025
        << "satellite" << QStringList() << qint64(0);
    QTest::newRow("leading 0 lost, also a code without check digit: the name decides, 12203 士別市")
        << csv({ "団体コード,団体名,年度,事業", "12203,士別市,2025,サポート" }) << "012203" << 2025
        << "support" << QStringList() << qint64(0);
    QTest::newRow("the same digits with the other name: 12203 市川市 (122033)")
        << csv({ "団体コード,団体名,年度,事業", "12203,市川市,2025,サポート" }) << "122033" << 2025
        << "support" << QStringList() << qint64(0);
    QTest::newRow("the same digits, the prefecture decides: 北海道 12203")
        << csv({ "都道府県,団体コード,年度,事業", "北海道,12203,2025,サポート" }) << "012203"
        << 2025 << "support" << QStringList() << qint64(0);
    QTest::newRow("variant spelling: 竜ヶ崎市 is 龍ケ崎市")
        << csv({ "団体名,年度,事業", "竜ヶ崎市,2025,サポート" }) << "082082" << 2025 << "support"
        << QStringList() << qint64(0);
    QTest::newRow("variant spelling: 茅ケ崎市 is 茅ヶ崎市")
        << csv({ "団体名,年度,事業", "茅ケ崎市,2025,サポート" }) << "142077" << 2025 << "support"
        << QStringList() << qint64(0);
    QTest::newRow("センター for a municipality is its own center")
        << csv({ "団体名,年度,事業", "富山市,2025,センター" }) << "162019" << 2025
        << "center_municipal" << QStringList() << qint64(0);
    QTest::newRow("センター for a designated city is the prefectural-level center")
        << csv({ "団体名,年度,事業", "札幌市,2025,センター" }) << "011002" << 2025
        << "center_prefectural" << QStringList() << qint64(0);
    QTest::newRow("a prefecture's own satellite by the prefecture's name, R6")
        << csv({ "団体名,年度,事業", "富山県,R6,サテライト" }) << "160008" << 2024 << "satellite"
        << QStringList() << qint64(0);
}

void TestRoster::goodRows()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    QFETCH(int, fiscalYear);
    QFETCH(QString, menu);
    QFETCH(QStringList, subprojects);
    QFETCH(qint64, expenditure);
    const RosterImport r = import(file);
    QVERIFY2(r.ok(), describe(r).constData());
    const Program *p = onlyProgram(r);
    QVERIFY2(p, "expected one scenario with one program");
    const Plan &plan = r.scenarios.first().plan;
    QCOMPARE(plan.body.code, code);
    QCOMPARE(plan.fiscalYear, fiscalYear);
    QCOMPARE(p->menu, menu);
    QCOMPARE(p->subprojects, subprojects);
    QCOMPARE(p->expenditure, Yen(expenditure));
    QCOMPARE(r.rows, 1);
    QCOMPARE(r.importedRows, 1);
    // The body is complete, as if read from a plan file with only its code.
    const LocalBody *b = Registry::bundled().find(code);
    QVERIFY(b);
    QCOMPARE(plan.body.name, b->name);
    QCOMPARE(plan.body.kind, std::optional<BodyKind>(b->kind));
    QCOMPARE(plan.body.prefectureCode, b->prefectureCode);
}

// ---- bad rows -----------------------------------------------------------------------------------

// Each file has a header and some rows; exactly one problem is expected, on `line`, with the
// stable code, in `column`, its English message containing `says`, and (if given) a suggestion
// containing `suggests`.
void TestRoster::badRows_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("suggests");

    const char *header = "団体名,年度,事業,支出額";
    QTest::newRow("OCR garble 岩の川市: unknown, did you mean 紀の川市")
        << csv({ header, "立山町,2025,サポート,0", "岩の川市,2024,ステーション,0" }) << 3
        << "unknown_name"
        << "団体名"
        << "岩の川市: no such municipality (did you mean 紀の川市"
        << "紀の川市（和歌山県, 302082）";
    QTest::newRow("碓氷野市: unknown, with suggestions all the same")
        << csv({ header, "碓氷野市,2024,ステーション,0" }) << 2 << "unknown_name"
        << "団体名"
        << "碓氷野市: no such municipality (did you mean "
        << "野市";
    QTest::newRow("高島町 (meant 高畠町): unknown, 高畠町 suggested")
        << csv({ header, "高島町,2024,サポート,0" }) << 2 << "unknown_name"
        << "団体名"
        << "高島町: no such municipality"
        << "高畠町（山形県, 063819）";
    QTest::newRow("ambiguous 府中市 without a prefecture")
        << csv({ header, "府中市,2024,ステーション,0" }) << 2 << "ambiguous_name"
        << "団体名"
        << "府中市: several municipalities have this name"
        << "府中市（広島県, 342084）";
    QTest::newRow("ambiguous 伊達市 (北海道 and 福島県)")
        << csv({ header, "伊達市,2024,サポート,0" }) << 2 << "ambiguous_name"
        << "団体名"
        << "add the prefecture or the code"
        << "伊達市（北海道, 012335）";
    QTest::newRow("a name not in the given prefecture")
        << csv({ "都道府県,団体名,年度,事業", "富山県,府中市,2024,サポート" }) << 2
        << "not_in_prefecture"
        << "団体名"
        << "府中市: not in 富山県"
        << "府中市（東京都, 132063）";
    QTest::newRow("an unknown prefecture, with the close one")
        << csv({ "都道府県,団体名,年度,事業", "富山件,高岡市,2024,サポート" }) << 2
        << "unknown_prefecture"
        << "都道府県"
        << "富山件: no such prefecture (did you mean 富山県?)"
        << "富山県";
    QTest::newRow("code and name disagree")
        << csv({ "団体コード,団体名,年度,事業", "162019,高岡市,2024,サポート" }) << 2
        << "code_name_mismatch"
        << "団体名"
        << "code 162019 is 富山市"
        << "富山市";
    QTest::newRow("a code with a wrong check digit")
        << csv({ "団体コード,年度,事業", "162020,2024,サポート" }) << 2 << "unknown_code"
        << "団体コード"
        << "162020: no local body has this code"
        << "";
    QTest::newRow("unknown menu ステション")
        << csv({ header, "高岡市,2024,ステション,0" }) << 2 << "unknown_menu"
        << "事業"
        << "\"ステション\" is not a menu"
        << "";
    QTest::newRow("立ち上げ支援 written as the menu")
        << csv({ header, "高岡市,2024,立ち上げ支援,0" }) << 2 << "startup_is_not_a_menu"
        << "事業"
        << "mark the 立ち上げ支援 column"
        << "";
    QTest::newRow("negative amount -5,000")
        << csv({ header, "高岡市,2024,サポート,\"-5,000\"" }) << 2 << "negative_amount"
        << "支出額"
        << "-5,000 is negative"
        << "";
    QTest::newRow("negative amount in accounting style ▲5,000")
        << csv({ header, "高岡市,2024,サポート,\"▲5,000\"" }) << 2 << "negative_amount"
        << "支出額"
        << "is negative"
        << "";
    QTest::newRow("not an amount: 未定")
        << csv({ header, "高岡市,2024,サポート,未定" }) << 2 << "bad_amount"
        << "支出額"
        << "\"未定\" is not an amount of yen"
        << "";
    QTest::newRow("not whole yen: 1.5")
        << csv({ header, "高岡市,2024,サポート,1.5" }) << 2 << "bad_amount"
        << "支出額"
        << "\"1.5\" is not an amount of yen"
        << "";
    QTest::newRow("not a fiscal year: 2025年4月")
        << csv({ header, "高岡市,2025年4月,サポート,0" }) << 2 << "bad_year"
        << "年度"
        << "\"2025年4月\" is not a fiscal year"
        << "";
    QTest::newRow("empty fiscal year")
        << csv({ header, "高岡市,,サポート,0" }) << 2 << "missing_value"
        << "年度"
        << "年度: empty"
        << "";
    QTest::newRow("unknown sub-project カウンセリング")
        << csv({ "団体名,年度,事業,事業内容", "高岡市,2025,サポート,相談支援、カウンセリング" })
        << 2 << "unknown_subproject"
        << "事業内容"
        << "\"カウンセリング\" is not a sub-project"
        << "";
    QTest::newRow("a bare circled number: the slides number sub-projects differently")
        << csv({ "団体名,年度,事業,事業内容", "高岡市,2025,サポート,③" }) << 2
        << "unknown_subproject"
        << "事業内容"
        << "is only a number"
        << "";
    QTest::newRow("a flag that is neither yes nor no")
        << csv({ "団体名,年度,事業,立ち上げ支援", "高岡市,2025,サポート,たぶん" }) << 2
        << "bad_flag"
        << "立ち上げ支援"
        << "\"たぶん\" is not yes or no"
        << "";
    QTest::newRow("the same body, year and menu twice")
        << csv({ header, "高岡市,2025,サポート,0", "高岡市,令和7年度,サポート,100" }) << 3
        << "duplicate_row"
        << "事業"
        << "(line 2)"
        << "";
    QTest::newRow("two rows of one body and year with different populations")
        << csv({ "団体名,年度,事業,人口", "高岡市,2025,サポート,166000",
               "高岡市,2025,ステーション,160000" })
        << 3 << "conflicting_value"
        << "人口"
        << "differs from line 2"
        << "";
    QTest::newRow("program data without a menu")
        << csv({ header, "高岡市,2025,,1000" }) << 2 << "missing_value"
        << "事業"
        << "the row has program data"
        << "";
    QTest::newRow("line numbers count the lines inside a quoted cell")
        << csv({ "団体名,年度,事業,備考", "高岡市,2025,サポート,\"一行目", "二行目", "三行目\"",
               "府中市,2025,サポート," })
        << 5 << "ambiguous_name"
        << "団体名"
        << "府中市"
        << "";
    QTest::newRow("joint shares that do not add up to 1")
        << csv({ "団体名,年度,事業,共同実施", "高岡市,2025,ステーション,162027:1/2;162019:1/3" })
        << 2 << "bad_joint"
        << "共同実施"
        << "add up to 5/6, not 1"
        << "";
    QTest::newRow("5 digits that are two bodies, no name: 12203 is 士別市 or 市川市")
        << csv({ "団体コード,年度,事業", "16202,2025,サポート", "12203,2025,サポート" }) << 3
        << "ambiguous_code"
        << "団体コード"
        << "may be 士別市（北海道, 012203） (leading 0 lost) or 市川市（千葉県, 122033）"
        << "士別市（北海道, 012203）";
    QTest::newRow("a served area naming a town that does not exist, with the one meant")
        << csv({ "団体名,年度,事業,担当区域", "富山県,2025,サテライト,朝日町、入善街" }) << 2
        << "unknown_name"
        << "担当区域"
        << "入善街"
        << "入善町";
    QTest::newRow("a served area naming the prefecture itself")
        << csv({ "団体名,年度,事業,担当区域", "富山県,2025,サテライト,朝日町、富山県" }) << 2
        << "bad_served"
        << "担当区域"
        << "list the municipalities served"
        << "";
    QTest::newRow("a served area naming a town twice")
        << csv({ "団体名,年度,事業,担当区域", "富山県,2025,サテライト,朝日町;163431" }) << 2
        << "bad_served"
        << "担当区域"
        << "朝日町 is listed twice"
        << "";
}

void TestRoster::badRows()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QFETCH(QString, says);
    QFETCH(QString, suggests);
    const RosterImport r = import(file);
    QVERIFY2(r.problems.size() == 1, ("expected one problem, got:\n" + describe(r)).constData());
    const RosterProblem &p = r.problems.first();
    QVERIFY2(p.line == line && p.code == code && p.column == column, describe(r).constData());
    QVERIFY2(p.en.contains(says), qPrintable(p.en));
    QVERIFY2(
        p.toString().startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(p.toString()));
    QVERIFY2(!p.ja.isEmpty(), "every problem has a Japanese message for the window");
    if (!suggests.isEmpty()) {
        bool found = false;
        for (const auto &s : p.suggestions)
            found = found || s.contains(suggests);
        QVERIFY2(found, qPrintable(p.suggestions.join(QStringLiteral(" | "))));
    }
    // Only the bad row is refused: every other row is imported.
    QCOMPARE(r.importedRows, r.rows - 1);
}

// A file without a required column is unusable as a whole: one problem on the header line and
// nothing imported (rather than every row failing the same way).
void TestRoster::missingColumn_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("no 年度") << csv({ "団体名,事業", "高岡市,サポート" }) << "missing_column"
                             << "missing column fiscal_year (年度)";
    QTest::newRow("no 事業") << csv({ "団体名,年度", "高岡市,2025" }) << "missing_column"
                             << "missing column menu (事業)";
    QTest::newRow("neither code nor name")
        << csv({ "都道府県,年度,事業", "富山県,2025,サポート" }) << "missing_column"
        << "code or name";
    QTest::newRow("a column twice")
        << csv({ "団体名,年度,事業,name", "高岡市,2025,サポート,高岡市" }) << "duplicate_column"
        << "the same column as column 1";
    QTest::newRow("empty file") << QByteArray("\n\n") << "empty_file"
                                << "no header";
    QTest::newRow("a quote never closed")
        << csv({ "団体名,年度,事業", "\"高岡市,2025,サポート" }) << "bad_quotes"
        << "not closed";
}

void TestRoster::missingColumn()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const RosterImport r = import(file);
    QVERIFY2(r.problems.size() == 1, describe(r).constData());
    QCOMPARE(r.problems.first().code, code);
    QVERIFY2(r.problems.first().en.contains(says), qPrintable(r.problems.first().en));
    QVERIFY(r.scenarios.isEmpty());
}

// Good rows import, bad rows are reported with their lines, and nothing is lost between them.
// 担当区域: names are looked up in the row's prefecture first (朝日町 is also a town of 山形県 and
// 三重県), codes anywhere; the order of the cell is kept.
void TestRoster::servedArea()
{
    const RosterImport r = import(csv({ "団体名,年度,事業,事業内容,コーディネーター,対象市町村",
        "富山県,2025,サテライト,相談支援、居場所づくり,2,朝日町、入善町;172014",
        "富山県,2025,センター,,2,", "立山町,2025,サポート,相談支援,," }));
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.scenarios.size(), 2);
    const Plan &pref = r.scenarios.first().plan;
    QCOMPARE(pref.programs.size(), 2);
    QCOMPARE(pref.programs[0].menu, QStringLiteral("satellite"));
    QCOMPARE(pref.programs[0].served, (QStringList { "163431", "163422", "172014" }));
    QVERIFY(pref.programs[1].served.isEmpty());
    QVERIFY(r.scenarios[1].plan.programs.first().served.isEmpty());
}

// A code read with its leading 0 restored is said, with the line.
void TestRoster::leadingZeroIsSaid()
{
    const RosterImport r
        = import(csv({ "団体コード,年度,事業", "162027,2025,サポート", "12025,2025,サポート" }));
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.scenarios[1].plan.body.code, QStringLiteral("012025"));
    const auto notice = std::find_if(
        r.notices.cbegin(), r.notices.cend(), [](const RosterNotice &n) { return n.line == 3; });
    QVERIFY(notice != r.notices.cend());
    QVERIFY2(notice->ja.contains(QStringLiteral("先頭の0が落ちた"))
            && notice->ja.contains(QStringLiteral("函館市")),
        qPrintable(notice->ja));
}

void TestRoster::goodRowsImportBesideBadOnes()
{
    const RosterImport r = import(csv({
        "団体名,年度,事業,支出額",
        "高岡市,2025,ステーション,14000000", // 2 good
        "岩の川市,2025,サポート,0", // 3 unknown name
        "立山町,2025,サポート,1000000", // 4 good
        "舟橋村,2025,サポート,-1", // 5 negative
        "", // 6 blank: not a row
        "富山市,2025,市町村センター,0", // 7 good
    }));
    QCOMPARE(r.rows, 5);
    QCOMPARE(r.importedRows, 3);
    QCOMPARE(r.scenarios.size(), 3);
    QCOMPARE(r.scenarioLines, (QList<int> { 2, 4, 7 }));
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems[0].line, 3);
    QCOMPARE(r.problems[1].line, 5);
}

void TestRoster::rowsOfOneBodyAndYearMakeOneScenario()
{
    const RosterImport r = import(csv({
        "団体名,年度,事業,人口,重層",
        "高岡市,2024,サポート,166000,",
        "高岡市,2025,ステーション,,あり",
        "高岡市,令和7年度,準備支援,166000,",
    }));
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.scenarios.size(), 2);
    QCOMPARE(r.scenarios[0].plan.alternative, QStringLiteral("高岡市 令和6年度"));
    QCOMPARE(r.scenarios[1].plan.alternative, QStringLiteral("高岡市 令和7年度"));
    const Plan &p25 = r.scenarios[1].plan;
    QCOMPARE(p25.programs.size(), 2);
    QCOMPARE(p25.programs[0].id, QStringLiteral("p1"));
    QCOMPARE(p25.programs[1].id, QStringLiteral("p2"));
    QCOMPARE(p25.programs[1].menu, QStringLiteral("preparation"));
    QCOMPARE(
        p25.body.population, std::optional<qint64>(166000)); // given on the second row of the year
    QVERIFY(p25.body.juso);
    QVERIFY(!r.scenarios[0].plan.body.juso);
}

// The sources give no expenditure: empty imports as 0 and the import says so, once, with the lines.
void TestRoster::emptyExpenditureIsZeroAndSaid()
{
    const RosterImport r = import(csv({ "団体名,年度,事業,支出額", "高岡市,2025,サポート,",
        "立山町,2025,サポート,5", "舟橋村,2025,サポート," }));
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.scenarios[0].plan.programs[0].expenditure, Yen(0));
    QCOMPARE(r.notices.size(), 1);
    QCOMPARE(r.notices[0].en,
        QStringLiteral("expenditure is empty on 2 row(s) (lines 2, 4): imported as 0 yen"));
    // A file without the column at all says the same.
    const RosterImport noColumn = import(csv({ "団体名,年度,事業", "高岡市,2025,サポート" }));
    QCOMPARE(noColumn.notices.size(), 1);
    QVERIFY(noColumn.notices[0].en.contains(QStringLiteral("line 2")));
}

// A column the roster does not know, or a value under no header, is not imported; it is said.
void TestRoster::ignoredColumnsAreSaid()
{
    const RosterImport r
        = import(csv({ "団体名,年度,事業,支出額,担当者,", "高岡市,2025,サポート,0,山田,メモ" }));
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.notices.size(), 2);
    QCOMPARE(
        r.notices[0].en, QStringLiteral("column 5 \"担当者\" is not a roster column: ignored"));
    QCOMPARE(r.notices[1].en, QStringLiteral("column 6 has values but no header: ignored"));
}

// Excel's "Unicode text" is UTF-16 with a BOM and tabs.
void TestRoster::utf16TabSeparated()
{
    const QString text = QStringLiteral(
        "団体名\t年度\t事業\t支出額\r\n高岡市\t令和7年度\tステーション\t14,000,000\r\n");
    QStringEncoder enc(QStringEncoder::Utf16LE);
    const QByteArray bytes = QByteArray("\xFF\xFE") + QByteArray(enc(text));
    const RosterImport r = import(bytes);
    QVERIFY2(r.ok(), describe(r).constData());
    QVERIFY(onlyProgram(r));
    QCOMPARE(onlyProgram(r)->expenditure, Yen(14'000'000));
}

// Excel's 「CSV (コンマ区切り)」 on Japanese Windows is CP932. Qt decodes it only with ICU or
// iconv, which this test asks at run time: with a codec the file imports (and says how it was
// read); without one the import refuses it and tells the user to save as CSV UTF-8.
void TestRoster::shiftJisFromExcel()
{
    const QString text = QStringLiteral(
        "団体名,年度,事業,事業内容,支出額\r\n高岡市,令和7年度,ステーション,"
        "①相談支援、②居場所づくり、③連絡協議会・ネットワークづくり,\"14,000千円\"\r\n");
    QStringEncoder enc("CP932");
    if (!enc.isValid())
        enc = QStringEncoder("Shift_JIS");
    const bool haveCodec
        = QStringDecoder("CP932").isValid() || QStringDecoder("Shift_JIS").isValid();
    if (!enc.isValid()) {
        // Without an encoder the bytes are written by hand: 団体名 in CP932 and a UTF-8-invalid
        // tail.
        const RosterImport r
            = import(QByteArray("\x92\x63\x91\xcc\x96\xbc,\x94\x4e\x93\x78,\x8e\x96\x8b\xc6\r\n"));
        QVERIFY(!haveCodec);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().code, QStringLiteral("encoding"));
        QVERIFY(r.problems.first().en.contains(QStringLiteral("CSV UTF-8")));
        return;
    }
    const QByteArray bytes = enc(text);
    QVERIFY(!enc.hasError());
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8(bytes); // the decoder runs when its result is taken
    Q_UNUSED(asUtf8);
    QVERIFY2(
        utf8.hasError(), "the CP932 bytes must not be valid UTF-8, or the test proves nothing");
    const RosterImport r = import(bytes);
    QVERIFY2(r.ok(), describe(r).constData());
    QVERIFY(onlyProgram(r));
    QCOMPARE(onlyProgram(r)->subprojects, (QStringList { "consultation", "ibasho", "network" }));
    QCOMPARE(onlyProgram(r)->expenditure, Yen(14'000'000));
    QVERIFY(!r.notices.isEmpty());
    QCOMPARE(r.notices.first().en,
        QStringLiteral("the file is not UTF-8; read it as Shift_JIS (CP932)"));
}

// Bytes that are neither UTF-8 nor CP932 are refused as a whole, never read as mojibake.
void TestRoster::invalidBytes()
{
    const RosterImport r
        = import(QByteArray("\xEF\xBB\xBF団体名,年度,事業\n\xff\xfe\xff,2025,x\n"));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().code, QStringLiteral("encoding"));
    QCOMPARE(r.problems.first().line, 1);
    QVERIFY(r.scenarios.isEmpty());
}

// Every field a roster carries survives export → import, including what a planner rarely types
// by hand (joint members with exact shares, a start-up share of 1/3, a body with no program).
void TestRoster::exportRoundTrip()
{
    auto scenario = [](const PlanBody &b, int fy, QList<Program> programs) {
        Scenario s;
        s.plan.alternative = QStringLiteral("%1 %2").arg(
            b.name, fy == 2025 ? QStringLiteral("令和7年度") : QStringLiteral("令和6年度"));
        s.plan.fiscalYear = fy;
        s.plan.body = b;
        for (qsizetype i = 0; i < programs.size(); ++i)
            programs[i].id = QStringLiteral("p%1").arg(i + 1);
        s.plan.programs = programs;
        return s;
    };
    Program station;
    station.menu = QStringLiteral("station");
    station.subprojects
        = { "consultation", "ibasho", "network", "peer_family_meetings", "professionals" };
    station.staff = { { "coordinators", 1 }, { "professionals", 1 } };
    station.expenditure = Yen(14'000'001);
    station.otherIncome = Yen(123);
    station.startup = StartupSupport { Fraction(1, 3), 2 };
    station.nextYearMenu = QStringLiteral("center_municipal");
    station.joint = { { "162027", Fraction(40001, 60008) }, { "162043", Fraction(20000, 60008) },
        { "163210", Fraction(7, 60008) } };
    Program support;
    support.menu = QStringLiteral("support");
    support.subprojects = { "consultation" };
    support.startup = StartupSupport { Fraction(1, 4), 1 };
    support.yearsRunning = 3;
    Program satellite;
    satellite.menu = QStringLiteral("satellite");
    satellite.subprojects = { "consultation", "ibasho" };
    satellite.staff = { { "coordinators", 2 } };
    satellite.expenditure = Yen(9'000'000);
    satellite.yearsRunning = 2;
    satellite.served
        = { "163431", "163422", "172014" }; // its order kept, 金沢市 outside the prefecture
    Program prefCenter;
    prefCenter.menu = QStringLiteral("center_prefectural");
    prefCenter.subprojects = { "consultation", "visiting_supporters" };
    prefCenter.staff = { { "visiting_supporters", 3 }, { "coordinators", 0 } };

    Document doc;
    PlanBody takaoka = testutil::registryBody("162027");
    takaoka.population = 166'000;
    takaoka.juso = true;
    PlanBody funahashi = testutil::registryBody("163210");
    funahashi.welfareOffice = false;
    doc.scenarios << scenario(takaoka, 2025, { station, support }) << scenario(funahashi, 2025, {})
                  << scenario(testutil::registryBody("160008"), 2024, { satellite, prefCenter });

    const QByteArray bytes = rosterToCsv(doc);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.contains("\r\n\r\n"));
    QVERIFY(QString::fromUtf8(bytes.mid(3))
                .startsWith(rosterHeader().join(u',') + QStringLiteral("\r\n")));
    // 1/3 as the text formula ="1/3" (a spreadsheet would read a bare 1/3 as 1月3日).
    QVERIFY2(bytes.contains(",33.33%") == false && bytes.contains(",\"=\"\"1/3\"\"\","),
        "1/3 is not a percentage with two decimals");
    QVERIFY(bytes.contains(",25%,"));

    const RosterImport r = import(bytes);
    QVERIFY2(r.ok(), describe(r).constData());
    QCOMPARE(r.scenarios.size(), doc.scenarios.size());
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
        QCOMPARE(r.scenarios[i].plan.alternative, doc.scenarios[i].plan.alternative);
        QVERIFY2(r.scenarios[i].plan == doc.scenarios[i].plan,
            qPrintable(QStringLiteral("scenario %1 differs").arg(i)));
    }
    // And the exported file exports the same again, byte for byte.
    QCOMPARE(rosterToCsv(documentFromRoster(r, QString())), bytes);
}

// 北海道's codes start with 0: the roster writes them so that a spreadsheet keeps the zero
// (="013030") and reads them back as they were, with nothing "restored" — the body code, the
// joint members and the served area alike.
void TestRoster::exportKeepsLeadingZeros()
{
    const Document doc = testutil::codesWithLeadingZeros();
    const QByteArray bytes = rosterToCsv(doc);
    QVERIFY2(bytes.contains("\r\n\"=\"\"013030\"\"\","), bytes.constData());
    QVERIFY(bytes.contains("\"=\"\"013315\"\"\"")); // a served area of one code is a code too
    // What a spreadsheet shows: the codes with their zeros.
    const QList<QStringList> cells = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(cells.size(), 3);
    QCOMPARE(cells[1].first(), QStringLiteral("013030"));
    QCOMPARE(cells[2].first(), QStringLiteral("010006"));
    QVERIFY(cells[1].contains(QStringLiteral("013030:1/2;013048:1/2")));

    const RosterImport r = import(bytes);
    QVERIFY2(r.ok(), describe(r).constData());
    QVERIFY2(r.notices.isEmpty(), describe(r).constData()); // no zero had to be restored
    QCOMPARE(r.scenarios.size(), 2);
    QCOMPARE(r.scenarios[0].plan.body.code, QStringLiteral("013030"));
    QCOMPARE(r.scenarios[0].plan.programs[0].joint.size(), 2);
    QCOMPARE(r.scenarios[0].plan.programs[0].joint[0].code, QStringLiteral("013030"));
    QCOMPARE(r.scenarios[0].plan.programs[0].joint[1].code, QStringLiteral("013048"));
    QCOMPARE(r.scenarios[1].plan.body.code, QStringLiteral("010006"));
    QCOMPARE(r.scenarios[1].plan.programs[0].served, doc.scenarios[1].plan.programs[0].served);
    QCOMPARE(rosterToCsv(documentFromRoster(r, QString())), bytes);

    // The same form unquoted, as a person may type it into a CSV, reads the same.
    QByteArray typed = bytes;
    typed.replace("\"=\"\"013030\"\"\"", "=\"013030\"");
    const RosterImport t = import(typed);
    QVERIFY2(t.ok(), describe(t).constData());
    QCOMPARE(t.scenarios[0].plan.body.code, QStringLiteral("013030"));
}

// ---- the shipped rosters
// --------------------------------------------------------------------------

// rules.md §6.1 and §6.4. R4: the lists (10/82/84) plus Tokyo's 14 start-up municipalities listed
// separately (center 8, station 5, support 1), 190 in all (004:17). R6: 38 centers as stated;
// stations 110 stated, 108 distinct names extracted, of which 碓氷野市 is no real name and is left
// out → 107; support 155 stated, 152 extracted. The R6 start-up list gives only counts per
// prefecture (000:317-322), no names: only 熊本県's one can be inferred (宇城市, the only 熊本県
// body in the lists), so one R6 row is flagged, not 13 (resources/rosters/README.md).
void TestRoster::shippedRosters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<int>("centers");
    QTest::addColumn<int>("stations");
    QTest::addColumn<int>("supports");
    QTest::addColumn<int>("startupCenters");
    QTest::addColumn<int>("startupStations");
    QTest::addColumn<int>("startupSupports");
    QTest::newRow("R4: 10/82/84 and Tokyo's start-up 8/5/1 = 190")
        << sourcePath(QStringLiteral("resources/rosters/r4_roster.csv")) << 2022 << 18 << 87 << 85
        << 8 << 5 << 1;
    QTest::newRow("R6: 38 centers, 107 of 110 stations, 152 of 155 supports")
        << sourcePath(QStringLiteral("resources/rosters/r6_roster.csv")) << 2024 << 38 << 107 << 152
        << 0 << 1 << 0;
}

void TestRoster::shippedRosters()
{
    QFETCH(QString, file);
    QFETCH(int, fiscalYear);
    QFETCH(int, centers);
    QFETCH(int, stations);
    QFETCH(int, supports);
    QFETCH(int, startupCenters);
    QFETCH(int, startupStations);
    QFETCH(int, startupSupports);
    const QByteArray bytes = readFile(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const RosterImport r = import(bytes);
    QVERIFY2(r.ok(), describe(r).constData());
    // The only notice: the sources give no expenditure.
    QCOMPARE(r.notices.size(), 1);
    QVERIFY(r.notices.first().en.startsWith(QStringLiteral("expenditure is empty")));
    QMap<QString, int> count, startup;
    QSet<QString> bodies;
    for (const auto &sc : r.scenarios) {
        QCOMPARE(sc.plan.fiscalYear, fiscalYear);
        QVERIFY2(!bodies.contains(sc.plan.body.code),
            qPrintable(sc.plan.body.name + QStringLiteral(" twice")));
        bodies.insert(sc.plan.body.code);
        // No body runs two menus in a year (rules.md §1.2, checked on the lists).
        QCOMPARE(sc.plan.programs.size(), 1);
        const Program &p = sc.plan.programs.first();
        count[p.menu] += 1;
        startup[p.menu] += p.startup ? 1 : 0;
        QVERIFY2(sc.plan.body.kind != BodyKind::DesignatedCity
                && sc.plan.body.kind != BodyKind::Prefecture,
            "the lists exclude prefectures and designated cities (000:187, 002:1189-1190)");
    }
    QCOMPARE(count.value("center_municipal"), centers);
    QCOMPARE(count.value("station"), stations);
    QCOMPARE(count.value("support"), supports);
    QCOMPARE(startup.value("center_municipal"), startupCenters);
    QCOMPARE(startup.value("station"), startupStations);
    QCOMPARE(startup.value("support"), startupSupports);
    QCOMPARE(r.rows, centers + stations + supports);
}

// Every name the registry has more than once, and every OCR correction, as the README records
// it: the row must be that body, by code.
void TestRoster::shippedDecisions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    const QString r4 = sourcePath(QStringLiteral("resources/rosters/r4_roster.csv"));
    const QString r6 = sourcePath(QStringLiteral("resources/rosters/r6_roster.csv"));
    struct D {
        const QString &file;
        const char *name;
        const char *code;
        const char *why;
    };
    const QList<D> decisions = {
        { r4, "広川町", "303623", "R4 station, 和歌山 column (002:1235)" },
        { r4, "美浜町", "303810", "R4 station, 和歌山 column (002:1236)" },
        { r4, "日高町", "303828", "R4 station, 和歌山 column (002:1237)" },
        { r4, "池田町", "183822", "R4 station, after 越前市・坂井市 (002:1245)" },
        { r4, "南部町", "313891", "R4 station, after 鳥取市 (002:1251)" },
        { r4, "伊達市", "072133", "R4 support, between 田村市 and 矢吹町 (002:1276)" },
        { r4, "日野町", "253839", "R4 support, between 多気町 and 亀岡市 (002:1274)" },
        { r4, "太子町", "284645", "R4 support, between 福崎町 and 佐用町 (002:1285)" },
        { r4, "朝日町", "163431", "R4 support, after 高岡市・小矢部市 (002:1305)" },
        { r4, "高畠町", "063819", "R4 support, 高島町 corrected (002:1274)" },
        { r6, "美浜町", "303810", "R6 station, 和歌山 column (000:237)" },
        { r6, "日高町", "303828", "R6 station, 和歌山 column (000:238)" },
        { r6, "広川町", "303623", "R6 station, 和歌山 column (000:241)" },
        { r6, "南部町", "313891", "R6 station, after 鳥取市 (000:244)" },
        { r6, "太子町", "284645", "R6 station, between 淡路市 and 奈良市 (000:251)" },
        { r6, "府中市", "342084", "R6 station, between 尾道市 and 庄原市 (000:252)" },
        { r6, "池田町", "183822", "R6 station, after 坂井市 (000:267)" },
        { r6, "伊達市", "072133", "R6 support, after 田村市 (000:291)" },
        { r6, "明和町", "244422", "R6 support, between 多気町 and 菰野町 (000:294)" },
        { r6, "日野町", "253839", "R6 support, between 菰野町 and 亀岡市 (000:296)" },
        { r6, "紀の川市", "302082", "R6 station, 岩の川市 corrected (000:259)" },
        { r6, "棚倉町", "074811", "R6 support, 榑倉町 corrected (000:295)" },
        { r6, "塙町", "074837", "R6 support, 埴町 corrected (000:297)" },
        { r6, "菰野町", "243418", "R6 support, 菟野町 corrected (000:295)" },
        { r6, "三豊市", "372081", "R6 support, 三重市 corrected (000:296)" },
        { r6, "福崎町", "284432", "R6 support, 福岡町 corrected (000:306)" },
        { r6, "高畠町", "063819", "R6 support, 高島町 corrected [guess] (000:289)" },
    };
    for (const auto &d : decisions)
        QTest::newRow(d.why) << d.file << QString::fromUtf8(d.name) << QString::fromLatin1(d.code);
}

void TestRoster::shippedDecisions()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, code);
    const RosterImport r = import(readFile(file));
    QVERIFY2(r.ok(), describe(r).constData());
    QStringList found;
    for (const auto &sc : r.scenarios)
        if (sc.plan.body.name == name)
            found << sc.plan.body.code;
    QCOMPARE(found, QStringList { code });
}

void TestRoster::shippedRostersRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("r4_roster.csv") << sourcePath(QStringLiteral("resources/rosters/r4_roster.csv"));
    QTest::newRow("r6_roster.csv") << sourcePath(QStringLiteral("resources/rosters/r6_roster.csv"));
}

void TestRoster::shippedRostersRoundTrip()
{
    QFETCH(QString, file);
    const RosterImport first = import(readFile(file));
    QVERIFY2(first.ok(), describe(first).constData());
    const RosterImport again = import(rosterToCsv(documentFromRoster(first, QString())));
    QVERIFY2(again.ok(), describe(again).constData());
    QCOMPARE(again.scenarios.size(), first.scenarios.size());
    for (qsizetype i = 0; i < first.scenarios.size(); ++i)
        QVERIFY2(again.scenarios[i] == first.scenarios[i],
            qPrintable(first.scenarios[i].plan.alternative));
}

// The sample sub-projects and coordinators were chosen so that every sample plan is eligible in
// its year's rule book: the lists say these bodies ran the menu, so an error would be the
// sample's fault, not theirs.
void TestRoster::shippedRostersAreEligible_data()
{
    shippedRostersRoundTrip_data();
}

void TestRoster::shippedRostersAreEligible()
{
    QFETCH(QString, file);
    const RosterImport r = import(readFile(file));
    const Document doc = documentFromRoster(r, QString());
    const QList<Evaluation> evals
        = evaluateWorkspace(doc, RuleBookLibrary::bundledOnly(), Registry::bundled());
    QCOMPARE(evals.size(), doc.scenarios.size());
    for (qsizetype i = 0; i < evals.size(); ++i) {
        QStringList errors;
        for (const auto &f : evals[i].findings)
            if (f.severity == Severity::Error)
                errors << f.code + QStringLiteral(": ") + f.en;
        QVERIFY2(evals[i].eligible,
            qPrintable(doc.scenarios[i].plan.alternative + QStringLiteral(": ")
                + errors.join(QStringLiteral("; "))));
    }
}

// ---- the command line ---------------------------------------------------------------------------

// batch over the shipped R6 roster with --summary: exit 0, the national totals equal the sum of
// the plans (computed here through the library, independently of the command's own summing), the
// per-menu counts match the roster, and the notices of the import travel with the result.
void TestRoster::cliBatchSummaryOverRoster()
{
    const QString file = sourcePath(QStringLiteral("resources/rosters/r6_roster.csv"));
    const QStringList args { QStringLiteral("batch"), file, QStringLiteral("--summary") };
    const CliResult res = runCli(args);
    QVERIFY2(res.ok() && res.exitCode == 0, describe(args, res).constData());
    QVERIFY2(res.err.isEmpty(), describe(args, res).constData());
    const QJsonObject s = QJsonDocument::fromJson(res.out).object();
    QCOMPARE(s.value("plans").toInt(), 297);
    QCOMPARE(s.value("eligible").toInt(), 297);
    const QJsonObject menus = s.value("menus").toObject();
    QCOMPARE(menus.value("center_municipal").toObject().value("programs").toInt(), 38);
    QCOMPARE(menus.value("station").toObject().value("programs").toInt(), 107);
    QCOMPARE(menus.value("support").toObject().value("programs").toInt(), 152);
    QCOMPARE(s.value("roster").toObject().value("rows").toInt(), 297);
    QVERIFY(s.value("roster").toObject().value("notices").toArray().first().toString().contains(
        QStringLiteral("imported as 0 yen")));

    const RosterImport r = import(readFile(file));
    const Document doc = documentFromRoster(r, QString());
    const QList<Evaluation> evals
        = evaluateWorkspace(doc, RuleBookLibrary::bundledOnly(), Registry::bundled());
    Totals sum;
    for (const auto &e : evals)
        sum.add(e.totals);
    const auto check = [&](const char *path, const YenRange &expected) {
        const QJsonObject range
            = s.value("totals").toObject().value(QLatin1String(path)).toObject();
        const auto asOpt = [](const std::optional<Yen> &v) {
            return v ? std::optional<qint64>(v->convert_to<qint64>()) : std::nullopt;
        };
        QCOMPARE(endOf(range.value("min")), asOpt(expected.min));
        QCOMPARE(endOf(range.value("max")), asOpt(expected.max));
    };
    check("national", sum.national);
    check("prefecture_support", sum.prefectureSupport);
    check("local", sum.local);
    // Per prefecture, the plans add up to the country.
    int plans = 0;
    const QJsonObject prefs = s.value("prefectures").toObject();
    for (const auto &k : prefs.keys())
        plans += prefs.value(k).toObject().value("plans").toInt();
    QCOMPARE(plans, 297);
    // 東京都: 15 centers, 6 stations (府中市 is 広島県's, README), 10 support programs.
    QCOMPARE(prefs.value(QStringLiteral("東京都")).toObject().value("plans").toInt(), 31);
}

// shienplan-cli table: 北海道's table of R6 from the shipped roster, one row per municipality and
// the prefecture first; a name that is no prefecture and a missing year are refused in one line.
void TestRoster::cliTableOverRoster()
{
    const QString file = sourcePath(QStringLiteral("resources/rosters/r6_roster.csv"));
    const QStringList args { QStringLiteral("table"), file, QStringLiteral("--prefecture"),
        QStringLiteral("北海道"), QStringLiteral("--fiscal-year"), QStringLiteral("2024") };
    const CliResult res = runCli(args);
    QVERIFY2(res.ok() && res.exitCode == 0, describe(args, res).constData());
    QVERIFY(res.out.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(res.out.mid(3)));
    const int municipalities = int(Registry::bundled().municipalitiesOf(u"010006").size());
    QCOMPARE(rows.size(), 1 + 1 + municipalities);
    QCOMPARE(rows[1].first(), QStringLiteral("010006"));
    const int programs = rows.first().indexOf(QStringLiteral("実施事業（R6）"));
    QVERIFY(programs > 0);
    // As many with a program as the roster lists for 北海道 in R6.
    const RosterImport r = import(readFile(file));
    int listed = 0;
    for (const Scenario &sc : r.scenarios)
        listed += sc.plan.body.prefectureCode == QLatin1String("010006") ? 1 : 0;
    int running = 0;
    for (const QStringList &row : rows.mid(2))
        running += row[programs] != QStringLiteral("計画なし") ? 1 : 0;
    QCOMPARE(running, listed);

    for (const QStringList &bad :
        { QStringList { QStringLiteral("table"), file, QStringLiteral("--prefecture"),
              QStringLiteral("北海"), QStringLiteral("--fiscal-year"), QStringLiteral("2024") },
            QStringList { QStringLiteral("table"), file, QStringLiteral("--prefecture"),
                QStringLiteral("010006") } }) {
        const CliResult e = runCli(bad);
        QVERIFY2(e.ok() && e.exitCode == 2, describe(bad, e).constData());
        QVERIFY(e.out.isEmpty());
        QVERIFY2(e.err.count('\n') == 1, e.err.constData());
    }
}

void TestRoster::cliBatchBadRoster_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("stderrLine");
    QTest::newRow("one unknown name on line 3")
        << csv({ "団体名,年度,事業", "高岡市,2024,ステーション", "碓氷野市,2024,ステーション" })
        << "line 3: 碓氷野市: no such municipality (did you mean ";
    QTest::newRow("the first problem, and the lines of the others")
        << csv({ "団体名,年度,事業,支出額", "高岡市,2024,ステーション,-1", "府中市,2024,サポート,",
               "立山町,2024,サポート,", "岩の川市,2024,サポート," })
        << "line 2: 支出額: -1 is negative; amounts are 0 or more yen (and 2 more problems on "
           "lines 3, 5)";
    QTest::newRow("a missing column") << csv({ "団体名,事業", "高岡市,ステーション" })
                                      << "line 1: missing column fiscal_year (年度)";
    QTest::newRow("a year without a rule book names the row's line")
        << csv({ "団体名,年度,事業", "高岡市,2024,ステーション", "立山町,2019,サポート" })
        << "line 3, fiscal_year: no rule book for 令和元年度";
}

// Exit 2, nothing on stdout, one stderr line naming the file, the line and the problem.
void TestRoster::cliBatchBadRoster()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, stderrLine);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    const QStringList args { QStringLiteral("batch"), path, QStringLiteral("--summary") };
    const CliResult res = runCli(args);
    QVERIFY2(res.ok() && res.exitCode == 2, describe(args, res).constData());
    QVERIFY(res.out.isEmpty());
    const QString err = QString::fromUtf8(res.err);
    QCOMPARE(err.count(u'\n'), 1);
    const QString expectedStart
        = QStringLiteral("shienplan-cli: ") + path + QStringLiteral(": ") + stderrLine;
    QVERIFY2(err.startsWith(expectedStart),
        qPrintable(err + QStringLiteral("\nexpected to start with\n") + expectedStart));
}

// convert: roster → .shienplan → roster gives the rows back; roster → JSON gives one plan per
// body and year.
void TestRoster::cliConvertRoster()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("r4.shienplan"));
    const QString json = dir.filePath(QStringLiteral("r4.json"));
    const QString back = dir.filePath(QStringLiteral("r4_back.csv"));
    for (const QStringList &args :
        { QStringList { QStringLiteral("convert"),
              sourcePath(QStringLiteral("resources/rosters/r4_roster.csv")), doc },
            QStringList { QStringLiteral("convert"),
                sourcePath(QStringLiteral("resources/rosters/r4_roster.csv")), json },
            QStringList { QStringLiteral("convert"), doc, back } }) {
        const CliResult res = runCli(args);
        QVERIFY2(res.ok() && res.exitCode == 0, describe(args, res).constData());
    }
    QCOMPARE(QJsonDocument::fromJson(readFile(json)).array().size(), 190);
    const RosterImport original
        = import(readFile(sourcePath(QStringLiteral("resources/rosters/r4_roster.csv"))));
    const RosterImport roundTrip = import(readFile(back));
    QVERIFY2(roundTrip.ok(), describe(roundTrip).constData());
    QCOMPARE(roundTrip.scenarios.size(), original.scenarios.size());
    for (qsizetype i = 0; i < original.scenarios.size(); ++i)
        QVERIFY2(roundTrip.scenarios[i].plan == original.scenarios[i].plan,
            qPrintable(original.scenarios[i].plan.alternative));
}

// What no roster holds is answered without the work growing with it: a 担当区域 cell of 100,000
// characters is one unknown name with no suggestion, many rows of one unknown name each get
// the same suggestions, and a file of far more rows than the country has is refused whole.
void TestRoster::hugeInputsAreBounded()
{
    {
        const RosterImport r = import("団体コード,年度,事業,支出額,担当区域\n160008,2025,"
                                      "center_prefectural,1000,"
            + QByteArray(100'000, 'x') + "\n");
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].code, QStringLiteral("unknown_name"));
        QVERIFY(r.problems[0].suggestions.isEmpty());
    }
    {
        QByteArray csv = "団体名,年度,事業,支出額\n";
        for (int i = 0; i < 300; ++i)
            csv += "高岡氏,2025,station,1000\n";
        const RosterImport r = import(csv);
        QCOMPARE(r.problems.size(), 300);
        QVERIFY(r.problems[0].suggestions.contains(QStringLiteral("高岡市（富山県, 162027）")));
        QCOMPARE(r.problems[299].suggestions, r.problems[0].suggestions);
    }
    {
        QByteArray csv = "団体コード,年度,事業,支出額\n";
        csv.reserve(6'000'000);
        for (int i = 0; i < 200'001; ++i)
            csv += "162027,2025,station,1\n";
        const RosterImport r = import(csv);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].code, QStringLiteral("too_many_rows"));
        QCOMPARE(r.problems[0].toString(),
            QStringLiteral(
                "line 1: the roster has 200001 rows; at most 200000 are read (split it)"));
        QVERIFY(r.scenarios.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
