// Every reader of a plan checks the same things (core/engine/planchecks.h). For each class of
// value a plan may not hold, a .shienplan file that holds it (written whole, then changed by the
// test's own SQL, as a damaged or hand-edited file would be) is refused on open with the same
// words as the plan JSON that holds it, and the file is left untouched; a roster row that would
// make such a plan is reported. And what any reader accepts, at the edges of every limit,
// comes back whole through every other.

#include "core/document/documentfile.h"
#include "core/engine/planchecks.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "core/roster/roster.h"
#include "tests/documentfixtures.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace shienplan;
using namespace testutil;

namespace
{

// Sets the value at `path` ("programs/0/staff/coordinators") of a JSON object, making nothing
// on the way: every step but the last must exist.
QJsonValue setAt(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (at.isArray()) {
        QJsonArray a = at.toArray();
        const int i = step.toInt();
        a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = at.toObject();
    o[step] = setAt(o.value(step), path, value);
    return o;
}

QJsonObject jsonOf(const Plan &plan)
{
    return QJsonDocument::fromJson(planToJson(plan).toJson()).object();
}

// What the plan JSON reader says of `json`, or "" when it accepts it.
QString jsonRefusal(const QJsonObject &json)
{
    try {
        planFromJson(parseJson(QJsonDocument(json).toJson()).root(), Registry::bundled());
    } catch (const InputError &e) {
        return e.toString();
    }
    return {};
}

} // namespace

class TestReadersAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void laxValueRefusedByEveryReader_data();
    void laxValueRefusedByEveryReader();
    void rosterRowMakingABadPlan_data();
    void rosterRowMakingABadPlan();
    void edgesComeBackWhole();

private:
    TestFolder m_tmp;
};

void TestReadersAgree::initTestCase()
{
    START_DOCUMENT_TEST(m_tmp);
}

void TestReadersAgree::cleanup()
{
    VERIFY_NOTHING_LEFT_IN_TMP(m_tmp);
}

// Each row: the scenario of richDocument() changed, the SQL that changes it in the file, the
// same change in that scenario's plan JSON, and what both readers must say. Where the file and
// JSON hold a value differently (text in a number column, a number past 32 bits, a flag of 2),
// each reader names the problem in its own terms: `jsonSays` is then given apart.
void TestReadersAgree::laxValueRefusedByEveryReader_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("jsonValue");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("jsonSays");

    const QString p1 = QStringLiteral(
        "(SELECT id FROM program WHERE program_key = 'p1' AND scenario_id = (SELECT id FROM "
        "scenario WHERE position = 0))");
    const QString first = QStringLiteral("(SELECT id FROM scenario WHERE position = 0)");
    const QString center = QStringLiteral(
        "(SELECT id FROM program WHERE program_key = 'center' AND scenario_id = (SELECT id FROM "
        "scenario WHERE position = 2))");
    auto row = [](const char *name, int scenario, const QString &sql, const char *path,
                   const char *value, const QString &says, const QString &jsonSays = {}) {
        QTest::newRow(name) << scenario << sql << QString::fromLatin1(path)
                            << QString::fromUtf8(value) << says
                            << (jsonSays.isEmpty() ? says : jsonSays);
    };

    // Counts, years and shares out of their range.
    row("negative staff", 0,
        QStringLiteral("UPDATE program_staff SET count = -1 WHERE kind = 'coordinators' AND "
                       "program_id = %1")
            .arg(p1),
        "programs/0/staff/coordinators", "-1",
        QStringLiteral("staff.coordinators: must be between 0 and 10000, got -1"));
    row("staff above the limit", 0,
        QStringLiteral("UPDATE program_staff SET count = 10001 WHERE kind = 'coordinators' AND "
                       "program_id = %1")
            .arg(p1),
        "programs/0/staff/coordinators", "10001",
        QStringLiteral("staff.coordinators: must be between 0 and 10000, got 10001"));
    row("negative population", 0,
        QStringLiteral("UPDATE scenario SET population = -5 WHERE id = %1").arg(first),
        "body/population", "-5",
        QStringLiteral("body.population: must be between 0 and 100000000, got -5"));
    row("fiscal year outside the years planned", 0,
        QStringLiteral("UPDATE scenario SET fiscal_year = 3000 WHERE id = %1").arg(first),
        "fiscal_year", "3000",
        QStringLiteral("fiscal_year: must be between 1989 and 2200, got 3000"));
    row("fiscal year past 32 bits", 0,
        QStringLiteral("UPDATE scenario SET fiscal_year = 2147483648 WHERE id = %1").arg(first),
        "fiscal_year", "2147483648", QStringLiteral("fiscal_year: 2147483648 is out of range"),
        QStringLiteral("fiscal_year: must be between 1989 and 2200, got 2147483648"));
    row("years running 0", 0,
        QStringLiteral("UPDATE program SET years_running = 0 WHERE id = %1").arg(p1),
        "programs/0/years_running", "0",
        QStringLiteral("years_running: must be between 1 and 100, got 0"));
    row("years running 2^63-1", 0,
        QStringLiteral("UPDATE program SET years_running = 9223372036854775807 WHERE id = %1")
            .arg(p1),
        "programs/0/years_running", "9223372036854775807",
        QStringLiteral("years_running: 9223372036854775807 is out of range"),
        QStringLiteral("years_running: must be between 1 and 100, got 9223372036854775807"));
    row("start-up year 0", 0,
        QStringLiteral("UPDATE program SET startup_year = 0 WHERE id = %1").arg(p1),
        "programs/0/startup_support/year", "0",
        QStringLiteral("startup_support.year: must be between 1 and 100, got 0"));
    row("prefecture's share above 1", 0,
        QStringLiteral(
            "UPDATE program SET startup_share_num = 3, startup_share_den = 2 WHERE id = %1")
            .arg(p1),
        "programs/0/startup_support/prefecture_share", "\"3/2\"",
        QStringLiteral("startup_support.prefecture_share: must be between 0 and 1, got \"3/2\""));

    // Joint programs and served areas.
    row("joint shares that do not add up to 1", 0,
        QStringLiteral("UPDATE joint_member SET share_num = 1, share_den = 3 WHERE program_id = %1")
            .arg(p1),
        "programs/0/joint/members",
        R"([{"code":"162019","share":"1/3"},{"code":"162027","share":"1/3"}])",
        QStringLiteral("joint.members: the members' shares add up to 2/3, not 1"));
    row("a joint program of one member", 0,
        QStringLiteral("DELETE FROM joint_member WHERE position = 1 AND program_id = %1").arg(p1),
        "programs/0/joint/members", R"([{"code":"162019"}])",
        QStringLiteral("joint.members: a joint program needs at least 2 members, got 1"));
    row("an unknown joint member", 0,
        QStringLiteral("UPDATE joint_member SET code = '999999' WHERE position = 0 AND "
                       "program_id = %1")
            .arg(p1),
        "programs/0/joint/members/0/code", "\"999999\"",
        QStringLiteral("joint.members[0].code: unknown body code \"999999\""));
    row("a joint member twice", 0,
        QStringLiteral("UPDATE joint_member SET code = '162019' WHERE program_id = %1").arg(p1),
        "programs/0/joint/members/1/code", "\"162019\"",
        QStringLiteral("joint.members[1].code: member 162019 is listed twice"));
    row("an unknown served municipality", 2,
        QStringLiteral("UPDATE served_municipality SET code = '999999' WHERE position = 0 AND "
                       "program_id = %1")
            .arg(center),
        "programs/0/served_municipalities/0", "\"999999\"",
        QStringLiteral("served_municipalities[0]: unknown body code \"999999\""));
    row("a prefecture as a served municipality", 2,
        QStringLiteral("UPDATE served_municipality SET code = '160008' WHERE position = 0 AND "
                       "program_id = %1")
            .arg(center),
        "programs/0/served_municipalities/0", "\"160008\"",
        QStringLiteral("served_municipalities[0]: 160008 (富山県) is a prefecture"));

    // Names of the catalogue and the registry, and ids.
    row("an unknown body", 0,
        QStringLiteral("UPDATE scenario SET body_code = '999999' WHERE id = %1").arg(first),
        "body/code", "\"999999\"", QStringLiteral("body.code: unknown body code \"999999\""));
    row("an empty body name", 0,
        QStringLiteral("UPDATE scenario SET body_name = ' ' WHERE id = %1").arg(first), "body/name",
        "\" \"", QStringLiteral("body.name: must not be empty"));
    row("an unknown menu", 0,
        QStringLiteral("UPDATE program SET menu = 'kiosk' WHERE id = %1").arg(p1),
        "programs/0/menu", "\"kiosk\"", QStringLiteral("menu: unknown menu \"kiosk\""));
    row("an unknown next year's menu", 0,
        QStringLiteral("UPDATE program SET next_year_menu = 'kiosk' WHERE id = %1").arg(p1),
        "programs/0/next_year_menu", "\"kiosk\"",
        QStringLiteral("next_year_menu: unknown menu \"kiosk\""));
    row("an unknown sub-project", 0,
        QStringLiteral("UPDATE program_subproject SET subproject = 'karaoke' WHERE position = 0 "
                       "AND program_id = %1")
            .arg(p1),
        "programs/0/subprojects/0", "\"karaoke\"",
        QStringLiteral("subprojects[0]: unknown sub-project \"karaoke\""));
    row("an unknown staff kind", 0,
        QStringLiteral("UPDATE program_staff SET kind = 'cooks' WHERE kind = 'professionals' AND "
                       "program_id = %1")
            .arg(p1),
        "programs/0/staff/cooks", "1", QStringLiteral("staff.cooks: unknown staff kind"));
    row("a program id used twice", 0,
        QStringLiteral("UPDATE program SET program_key = 'p1' WHERE scenario_id = %1").arg(first),
        "programs/1/id", "\"p1\"", QStringLiteral("id: program id \"p1\" is used twice"));
    row("an empty program id", 0,
        QStringLiteral("UPDATE program SET program_key = '' WHERE id = %1").arg(p1),
        "programs/0/id", "\"\"", QStringLiteral("id: must not be empty"));

    // Amounts.
    row("text in an amount column", 0,
        QStringLiteral("UPDATE program SET other_income = 'abc' WHERE id = %1").arg(p1),
        "programs/0/other_income", "\"abc\"",
        QStringLiteral("other_income: \"abc\" is not a whole number"),
        QStringLiteral("other_income: must be a whole number of yen, got a string"));
    row("a real in an amount column", 0,
        QStringLiteral("UPDATE program SET other_income = 12.5 WHERE id = %1").arg(p1),
        "programs/0/other_income", "12.5",
        QStringLiteral("other_income: \"12.5\" is not a whole number"),
        QStringLiteral("other_income: must be a whole number of yen (no fractions"));
    row("a negative amount", 0,
        QStringLiteral("UPDATE program SET other_income = -1 WHERE id = %1").arg(p1),
        "programs/0/other_income", "-1",
        QStringLiteral("other_income: must not be negative, got -1"));
    row("a flag of 2", 0, QStringLiteral("UPDATE scenario SET juso = 2 WHERE id = %1").arg(first),
        "body/juso", "2", QStringLiteral("body.juso: 2 is neither 0 nor 1"),
        QStringLiteral("body.juso: must be true or false, got a number"));
}

void TestReadersAgree::laxValueRefusedByEveryReader()
{
    QFETCH(int, scenario);
    QFETCH(QString, sql);
    QFETCH(QString, jsonPath);
    QFETCH(QString, jsonValue);
    QFETCH(QString, says);
    QFETCH(QString, jsonSays);

    const Document doc = richDocument();
    const QString path = m_tmp.freshDir(QStringLiteral("lax")) + QStringLiteral("/計画.shienplan");
    writeDocument(doc, path);
    {
        Sql db(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY2(db.exec(sql), qPrintable(db.error()));
        QVERIFY2(
            db.value(QStringLiteral("SELECT changes()")).toInt() > 0, "the SQL changed nothing");
    }
    const QByteArray before = sha256(path);
    const auto e = documentErrorOf([&] { readDocument(path); });
    QVERIFY2(e, "the document was accepted");
    const QString message = e->toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("壊れています")), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QCOMPARE(sha256(path), before);

    // The same value in the same scenario's plan JSON.
    QJsonObject json = jsonOf(doc.scenarios[scenario].plan);
    QVERIFY2(jsonRefusal(json).isEmpty(), qPrintable(jsonRefusal(json))); // the control
    const QJsonValue value = QJsonDocument::fromJson("[" + jsonValue.toUtf8() + "]").array().at(0);
    QVERIFY2(!value.isUndefined(), qPrintable(jsonValue));
    json = setAt(json, jsonPath.split(u'/'), value).toObject();
    const QString refusal = jsonRefusal(json);
    QVERIFY2(!refusal.isEmpty(), "the plan JSON was accepted");
    QVERIFY2(refusal.contains(jsonSays), qPrintable(refusal));
}

// A roster row whose cells each read well but that would make a plan no reader accepts.
void TestReadersAgree::rosterRowMakingABadPlan_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QByteArray header = "団体コード,年度,事業,支出額,人口\n";
    QTest::newRow("an amount past 64 bits")
        << header + "162027,2025,station,9223372036854775808,\n"
        << QStringLiteral("支出額")
        << QStringLiteral("line 2: 支出額: expenditure: 9,223,372,036,854,775,808 yen is more "
                          "than a plan can hold");
    QTest::newRow("other income past 64 bits")
        << QByteArray("団体コード,年度,事業,支出額,その他の収入\n"
                      "162027,2025,station,1000,99999999999999999999\n")
        << QStringLiteral("その他の収入")
        << QStringLiteral(
               "other_income: 99,999,999,999,999,999,999 yen is more than a plan can hold");
}

void TestReadersAgree::rosterRowMakingABadPlan()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const RosterImport r = readRosterCsv(csv, Registry::bundled());
    QCOMPARE(r.importedRows, 0);
    QCOMPARE(r.scenarios.size(), 0);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].line, 2);
    QCOMPARE(r.problems[0].column, column);
    QVERIFY2(r.problems[0].toString().contains(says), qPrintable(r.problems[0].toString()));
}

// A plan at the edge of every limit: JSON → plan → document → plan → JSON, the same bytes; and
// one past any edge is refused (the rows above).
void TestReadersAgree::edgesComeBackWhole()
{
    using namespace planlimits;
    Document doc = richDocument();
    Plan &plan = doc.scenarios[0].plan;
    plan.fiscalYear = kLastFiscalYear;
    plan.body.population = kMaxPopulation;
    Program &p = plan.programs[1]; // the support program: no cost lines
    p.staff.insert(QStringLiteral("coordinators"), kMaxStaff);
    p.yearsRunning = kMaxYears;
    p.startup = StartupSupport { Fraction(1), kMaxYears };
    p.expenditure = Yen(kMaxYen);
    p.otherIncome = Yen(kMaxYen);
    p.budgeted = Yen(kMaxYen);
    doc.scenarios[1].plan.fiscalYear = kFirstFiscalYear;
    doc.scenarios[1].plan.body.population = 0;

    for (const Scenario &s : doc.scenarios)
        QVERIFY2(jsonRefusal(jsonOf(s.plan)).isEmpty(), qPrintable(jsonRefusal(jsonOf(s.plan))));
    const QString path = m_tmp.freshDir(QStringLiteral("edges")) + QStringLiteral("/端.shienplan");
    writeDocument(doc, path);
    const Document back = readDocument(path);
    QCOMPARE(back.scenarios.size(), doc.scenarios.size());
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
        const QByteArray json = planToJson(doc.scenarios[i].plan).toJson();
        QCOMPARE(planToJson(back.scenarios[i].plan).toJson(), json);
        const Plan again = planFromJson(parseJson(json).root(), Registry::bundled());
        QCOMPARE(planToJson(again).toJson(), json);
    }
}

QTEST_GUILESS_MAIN(TestReadersAgree)
#include "tst_readersagree.moc"
