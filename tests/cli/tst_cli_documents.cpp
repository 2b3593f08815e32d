// .shienplan documents through the real shienplan-cli: every plan of tests/data/plans goes
// JSON → .shienplan → JSON and comes back as it went in (modulo the defaults the writer spells
// out), and evaluates the same; an array of plans becomes a document of scenarios and back; a
// bad file gives exit 2 and one stderr line naming it, and nothing is written.

#include "core/document/documentfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "tests/clirunner.h"
#include "tests/documentfixtures.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace shienplan;
using namespace testutil;

namespace
{

using clirunner::CliResult;
using clirunner::describe;
using clirunner::runCli;

// ---------------------------------------------------------------------------------------------
// JSON → .shienplan → JSON: what the writer adds to a plan
// ---------------------------------------------------------------------------------------------

QString canonicalFraction(const QJsonValue &v)
{
    const auto f = parseFraction(v.toString());
    return f ? fractionToString(*f) : v.toString();
}

// The plan as `convert` writes it back (core/planjson.cpp planToJson), from the plan as the
// planner wrote it. planToJson writes some members always, so a plan that left them out comes
// back with them; the rule, member by member:
// - "title": written only when not empty.
// - body "name" and "kind": always written; a plan giving only a code gets them from the
//   registry (planFromJson fills them in). "juso" (false) and "welfare_office" (true): always
//   written. "population": only when given. The prefecture code is never written.
// - program "other_income" (0) and "years_running" (1): always written. "staff": written only
//   when not empty, and entries given as null are dropped by the reader. "startup_support.year"
//   (1): always written. "next_year_menu": only when not empty.
// - fractions are written in lowest terms ("2/4" → "1/2"); joint members given without shares
//   get their equal shares written ("1/3").
// - "scenario" is added (the scenario's name); the caller checks it and removes it.
// The output without the line that names the alternative (JSON `"alternative": …`, text 案: …).
QByteArray withoutAlternative(const QByteArray &out)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().startsWith("\"alternative\"") && !line.startsWith("案: "))
            kept << line;
    return kept.join('\n');
}

QJsonObject canonicalPlan(QJsonObject plan)
{
    if (plan.value(QStringLiteral("title")).toString().isEmpty())
        plan.remove(QStringLiteral("title"));
    QJsonObject body = plan.value(QStringLiteral("body")).toObject();
    if (const LocalBody *known
        = Registry::bundled().find(body.value(QStringLiteral("code")).toString())) {
        if (!body.contains(QStringLiteral("name")))
            body.insert(QStringLiteral("name"), known->name);
        if (!body.contains(QStringLiteral("kind")))
            body.insert(QStringLiteral("kind"), bodyKindId(known->kind));
    }
    if (!body.contains(QStringLiteral("juso")))
        body.insert(QStringLiteral("juso"), false);
    if (!body.contains(QStringLiteral("welfare_office")))
        body.insert(QStringLiteral("welfare_office"), true);
    plan.insert(QStringLiteral("body"), body);
    QJsonArray programs;
    for (const QJsonValue &v : plan.value(QStringLiteral("programs")).toArray()) {
        QJsonObject p = v.toObject();
        if (!p.contains(QStringLiteral("other_income")))
            p.insert(QStringLiteral("other_income"), 0);
        if (!p.contains(QStringLiteral("years_running")))
            p.insert(QStringLiteral("years_running"), 1);
        if (p.contains(QStringLiteral("staff"))) {
            QJsonObject staff = p.value(QStringLiteral("staff")).toObject();
            for (const QString &k : staff.keys())
                if (staff.value(k).isNull())
                    staff.remove(k);
            if (staff.isEmpty())
                p.remove(QStringLiteral("staff"));
            else
                p.insert(QStringLiteral("staff"), staff);
        }
        if (p.contains(QStringLiteral("startup_support"))) {
            QJsonObject su = p.value(QStringLiteral("startup_support")).toObject();
            if (!su.contains(QStringLiteral("year")))
                su.insert(QStringLiteral("year"), 1);
            if (su.contains(QStringLiteral("prefecture_share")))
                su.insert(QStringLiteral("prefecture_share"),
                    canonicalFraction(su.value(QStringLiteral("prefecture_share"))));
            p.insert(QStringLiteral("startup_support"), su);
        }
        if (p.contains(QStringLiteral("joint"))) {
            QJsonObject joint = p.value(QStringLiteral("joint")).toObject();
            QJsonArray members = joint.value(QStringLiteral("members")).toArray();
            bool anyShare = false;
            for (const QJsonValue &m : members)
                anyShare = anyShare || m.toObject().contains(QStringLiteral("share"));
            for (qsizetype i = 0; i < members.size(); ++i) {
                QJsonObject m = members[i].toObject();
                m.insert(QStringLiteral("share"),
                    anyShare ? canonicalFraction(m.value(QStringLiteral("share")))
                             : fractionToString(Fraction(1, members.size())));
                members[i] = m;
            }
            joint.insert(QStringLiteral("members"), members);
            p.insert(QStringLiteral("joint"), joint);
        }
        programs.append(p);
    }
    plan.insert(QStringLiteral("programs"), programs);
    return plan;
}

QByteArray compact(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void cliRoundTrip_data();
    void cliRoundTrip();
    void cliArrayRoundTrip_data();
    void cliArrayRoundTrip();
    void badFileOnCommandLine_data();
    void badFileOnCommandLine();

private:
    TestFolder m_tmp; // its tmpdir/ is this process's TMPDIR: empty after every test
    QString tmpPath(const QString &name) const { return m_tmp.path(name); }
    QString freshDir(const QString &name) const { return m_tmp.freshDir(name); }
};

void TestCliDocuments::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SHIENPLAN_CLI)).isExecutable(), "not built: " SHIENPLAN_CLI);
    START_DOCUMENT_TEST(m_tmp);
}

void TestCliDocuments::cleanup()
{
    VERIFY_NOTHING_LEFT_IN_TMP(m_tmp);
}

// ---------------------------------------------------------------------------------------------
// JSON → .shienplan → JSON
// ---------------------------------------------------------------------------------------------

void TestCliDocuments::cliRoundTrip_data()
{
    QTest::addColumn<QString>("plan");
    const QStringList plans = QDir(dataPath(QStringLiteral("plans")))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(!plans.isEmpty());
    for (const QString &p : plans)
        QTest::newRow(qPrintable(p)) << dataPath(QStringLiteral("plans/") + p);
}

// plan.json → x.shienplan → back.json through the real command line.
void TestCliDocuments::cliRoundTrip()
{
    QFETCH(QString, plan);
    const QString dir = freshDir(QStringLiteral("cli"));
    const QString doc = dir + QStringLiteral("/plan.shienplan");
    const QString back = dir + QStringLiteral("/back.json");
    const QString direct = dir + QStringLiteral("/direct.json");
    const QJsonObject original = QJsonDocument::fromJson(readFile(plan)).object();
    QVERIFY(!original.isEmpty());

    // JSON → JSON without a .shienplan in between: the reference for the bytes.
    QStringList args { QStringLiteral("convert"), plan, direct };
    CliResult r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());

    args = QStringList { QStringLiteral("convert"), plan, doc };
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    QVERIFY2(r.err.isEmpty(), describe(args, r).constData());

    args = QStringList { QStringLiteral("convert"), doc, back };
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());

    // Byte for byte what JSON → JSON gives: the .shienplan kept everything the JSON had.
    QCOMPARE(readFile(back), readFile(direct));
    // And, member by member, the plan that went in (see canonicalPlan for what the writer adds).
    QJsonObject got = QJsonDocument::fromJson(readFile(back)).object();
    const QString title = original.value(QStringLiteral("title")).toString();
    const QString named = original.value(QStringLiteral("alternative")).toString();
    // A plan object without a name becomes the document's alternative named by its title or 案1,
    // and comes back with that name (a named one, with its own); the writer writes version 2.
    QCOMPARE(got.value(QStringLiteral("alternative")).toString(),
        !named.isEmpty()      ? named
            : title.isEmpty() ? QStringLiteral("案1")
                              : title);
    QCOMPARE(got.value(QStringLiteral("version")).toInt(), 2);
    got.remove(QStringLiteral("alternative"));
    got.insert(QStringLiteral("version"), original.value(QStringLiteral("version")));
    QJsonObject expected = canonicalPlan(original);
    expected.remove(QStringLiteral("alternative"));
    QVERIFY2(got == expected,
        ("\n  got:      " + compact(got) + "\n  expected: " + compact(expected)).constData());

    // The .shienplan evaluates exactly as the JSON does.
    for (const QString &format : { QStringLiteral("json"), QStringLiteral("text") }) {
        const QStringList onJson { QStringLiteral("evaluate"), plan, QStringLiteral("--format"),
            format };
        const QStringList onDoc { QStringLiteral("evaluate"), doc, QStringLiteral("--format"),
            format };
        const CliResult a = runCli(onJson);
        const CliResult b = runCli(onDoc);
        VERIFY_RAN(onJson, a);
        VERIFY_RAN(onDoc, b);
        QVERIFY2(a.exitCode == b.exitCode,
            (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
        // Only the alternative's name differs: the document names it (案1 or the title).
        QVERIFY2(withoutAlternative(a.out) == withoutAlternative(b.out),
            (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
        QVERIFY2(b.err.isEmpty(), describe(onDoc, b).constData());
    }
}

void TestCliDocuments::cliArrayRoundTrip_data()
{
    QTest::addColumn<QStringList>("plans");
    QTest::addColumn<bool>("everyTextGiven"); // false: some plan leaves a text unset
    // Three plans of tests/data/plans; two leave next_year_menu out.
    QTest::newRow("three test plans (array)") << QStringList {
        QStringLiteral("station_toyama_startup"), QStringLiteral("support_joint_three_towns"),
        QStringLiteral("two_programs_net_zero")
    } << false;
    // The same three with every text given (next_year_menu added), so the array round trip is
    // tested whatever the texts are.
    QTest::newRow("three plans with every text given (array)") << QStringList {
        QStringLiteral("station_toyama_startup"), QStringLiteral("support_joint_three_towns"),
        QStringLiteral("two_programs_net_zero")
    } << true;
}

// A JSON array of three plans becomes a document of three scenarios, and comes back as an
// array of the same three plans; batch on either gives the same output.
void TestCliDocuments::cliArrayRoundTrip()
{
    QFETCH(QStringList, plans);
    QFETCH(bool, everyTextGiven);
    const QString dir = freshDir(QStringLiteral("cli-array"));
    QJsonArray input;
    for (const QString &name : plans) {
        QJsonObject p
            = QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("plans/%1.json").arg(name))))
                  .object();
        QVERIFY(!p.isEmpty());
        if (everyTextGiven) {
            QJsonArray programs = p.value(QStringLiteral("programs")).toArray();
            for (qsizetype i = 0; i < programs.size(); ++i) {
                QJsonObject o = programs[i].toObject();
                if (!o.contains(QStringLiteral("next_year_menu")))
                    o.insert(QStringLiteral("next_year_menu"), o.value(QStringLiteral("menu")));
                programs[i] = o;
            }
            p.insert(QStringLiteral("programs"), programs);
        }
        input.append(p);
    }
    const QString in = dir + QStringLiteral("/plans.json");
    const QString doc = dir + QStringLiteral("/plans.shienplan");
    const QString back = dir + QStringLiteral("/back.json");
    QVERIFY(writeFile(in, QJsonDocument(input).toJson()));

    QStringList args { QStringLiteral("convert"), in, doc };
    CliResult r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    QVERIFY2(r.out.contains("3 scenarios"), describe(args, r).constData());

    Document d;
    auto e = documentErrorOf([&] { d = readDocument(doc); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    QCOMPARE(d.scenarios.size(), 3);

    args = QStringList { QStringLiteral("convert"), doc, back };
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    const QJsonDocument got = QJsonDocument::fromJson(readFile(back));
    QVERIFY2(got.isArray(), "a document of several scenarios must export as an array");
    const QJsonArray gotPlans = got.array();
    QCOMPARE(gotPlans.size(), input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        QJsonObject g = gotPlans[i].toObject();
        QCOMPARE(g.value(QStringLiteral("alternative")).toString(),
            input[i].toObject().value(QStringLiteral("title")).toString());
        g.remove(QStringLiteral("alternative"));
        g.insert(QStringLiteral("version"), input[i].toObject().value(QStringLiteral("version")));
        const QJsonObject expected = canonicalPlan(input[i].toObject());
        QVERIFY2(g == expected,
            ("plan " + QByteArray::number(i) + "\n  got:      " + compact(g)
                + "\n  expected: " + compact(expected))
                .constData());
    }

    // batch over the document is batch over the array.
    const QStringList onJson { QStringLiteral("batch"), in };
    const QStringList onDoc { QStringLiteral("batch"), doc };
    const CliResult a = runCli(onJson);
    const CliResult b = runCli(onDoc);
    VERIFY_RAN(onJson, a);
    VERIFY_RAN(onDoc, b);
    QVERIFY2(a.exitCode == b.exitCode && withoutAlternative(a.out) == withoutAlternative(b.out),
        (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
    // evaluate --scenario picks one of them.
    const QStringList second { QStringLiteral("evaluate"), doc, QStringLiteral("--scenario"),
        QStringLiteral("2") };
    const QStringList secondJson { QStringLiteral("evaluate"),
        dataPath(QStringLiteral("plans/%1.json").arg(plans[1])) };
    const CliResult c = runCli(second);
    const CliResult cj = runCli(secondJson);
    VERIFY_RAN(second, c);
    QVERIFY2(c.exitCode == cj.exitCode && withoutAlternative(c.out) == withoutAlternative(cj.out),
        (describe(second, c) + '\n' + describe(secondJson, cj)).constData());
}

// ---------------------------------------------------------------------------------------------
// Bad files
// ---------------------------------------------------------------------------------------------

void TestCliDocuments::badFileOnCommandLine_data()
{
    addBadFileRows();
}

// The same files given to the command line: exit 2, nothing on stdout, one line on stderr
// naming the file; nothing written.
void TestCliDocuments::badFileOnCommandLine()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, says);
    const QString dir = freshDir(QStringLiteral("bad-cli"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QString error;
    QVERIFY2(makeBadFile(kind, path, &error), qPrintable(error));
    if (kind == QLatin1String("unreadable") && QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with permission to read a 0000 file (root); only testable as an ordinary "
              "user");
    const QByteArray before = sha256(path);
    const QStringList filesBefore = listing(dir);
    const QString out = tmpPath(QStringLiteral("bad-cli-out.json"));
    QFile::remove(out);

    for (const QStringList &args : { QStringList { QStringLiteral("evaluate"), path },
             QStringList { QStringLiteral("batch"), path },
             QStringList { QStringLiteral("convert"), path, out } }) {
        const CliResult r = runCli(args);
        VERIFY_RAN(args, r);
        QVERIFY2(r.exitCode == 2, describe(args, r).constData());
        QVERIFY2(r.out.isEmpty(), describe(args, r).constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(path), describe(args, r).constData());
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(args, r).constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says.first()), describe(args, r).constData());
    }
    QVERIFY2(!QFileInfo::exists(out), "convert wrote an output for a bad input");
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(dir), filesBefore);
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
