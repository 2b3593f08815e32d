// Files of older versions (core/document/documentfile's migrations): a file of every earlier
// schema version, filled with that version's SQL, opens with its data; the file itself is not
// touched (an older ShienPlan on a colleague's machine can still open it); saving it writes the
// current version, with every step recorded.

#include "core/document/documentfile.h"
#include "tests/documentfixtures.h"
#include "tests/testutil.h"

#include <QFile>
#include <QtTest>

#include <tuple>
#include <utility>

using namespace shienplan;
using namespace testutil;

class TestDocumentMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void migration_data();
    void migration();

private:
    TestFolder m_tmp; // its tmpdir/ is this process's TMPDIR: empty after every test
    QString tmpPath(const QString &name) const { return m_tmp.path(name); }
    QString freshDir(const QString &name) const { return m_tmp.freshDir(name); }
};

void TestDocumentMigration::initTestCase()
{
    START_DOCUMENT_TEST(m_tmp);
}

void TestDocumentMigration::cleanup()
{
    VERIFY_NOTHING_LEFT_IN_TMP(m_tmp);
}

// ---------------------------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------------------------

void TestDocumentMigration::migration_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < kSchemaVersion; ++v)
        QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(v))) << v;
    // The current version through the same SQL: the control row (no migration).
    QTest::newRow(
        qPrintable(QStringLiteral("current version %1, no migration").arg(kSchemaVersion)))
        << kSchemaVersion;
}

// A file as ShienPlan of `version` wrote it, filled by hand with that version's SQL.
void TestDocumentMigration::migration()
{
    QFETCH(int, version);
    const QString dir = freshDir(QStringLiteral("migration"));
    const QString path = dir + QStringLiteral("/old.shienplan");
    createSchemaForTest(path, version);

    // What the file holds, and the document it must read as.
    Document expected;
    expected.title = QStringLiteral("旧版で作った文書");
    {
        Sql db(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(
            db.value(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), version);
        auto exec = [&db](const char *sql, const QVariantList &binds) {
            return db.exec(QString::fromLatin1(sql), binds);
        };
        const QVariant null = QVariant(QMetaType(QMetaType::LongLong));
        QVERIFY2(exec("INSERT INTO meta (key, value) VALUES (?, ?)",
                     { QStringLiteral("title"), expected.title }),
            qPrintable(db.error()));
        // Two scenarios inserted in the reverse of their positions: the file's order is the
        // position, not the id.
        QVERIFY2(exec("INSERT INTO scenario (id, position, name, title, fiscal_year, body_code, "
                      "body_name, body_kind,"
                      " body_prefecture, population, juso, welfare_office) VALUES "
                      "(?,?,?,?,?,?,?,?,?,?,?,?)",
                     { 1, 1, QStringLiteral("二つ目の案"), QStringLiteral(""), 2023,
                         QStringLiteral(""), QStringLiteral("架空町"), QStringLiteral("town"),
                         QStringLiteral(""), null, 0, 0 }),
            qPrintable(db.error()));
        QVERIFY2(
            exec("INSERT INTO scenario (id, position, name, title, fiscal_year, body_code, "
                 "body_name, body_kind,"
                 " body_prefecture, population, juso, welfare_office) VALUES "
                 "(?,?,?,?,?,?,?,?,?,?,?,?)",
                { 2, 0, QStringLiteral("旧版の案"), QStringLiteral("高岡市の計画（令和5年度）"),
                    2023, QStringLiteral("162027"), QStringLiteral("高岡市"),
                    QStringLiteral("city"), QStringLiteral("160008"), 166'000, 1, 1 }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, "
                      "expenditure, other_income,"
                      " years_running, startup, startup_share_num, startup_share_den, "
                      "startup_year, next_year_menu)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     { 10, 2, 0, QStringLiteral("st"), QStringLiteral("station"), 12'000'000,
                         500'000, 2, 1, 1, 2, 1, QStringLiteral("station") }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, "
                      "expenditure, other_income,"
                      " years_running, startup, startup_share_num, startup_share_den, "
                      "startup_year, next_year_menu)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     { 11, 1, 0, QStringLiteral("sup"), QStringLiteral("support"), 3'000'000, 0, 1,
                         0, null, null, null, QStringLiteral("") }),
            qPrintable(db.error()));
        for (const auto &[pos, sub] : { std::pair { 1, "ibasho" }, std::pair { 0, "consultation" },
                 std::pair { 2, "network" } })
            QVERIFY2(exec("INSERT INTO program_subproject (program_id, position, subproject) "
                          "VALUES (?,?,?)",
                         { 10, pos, QString::fromLatin1(sub) }),
                qPrintable(db.error()));
        QVERIFY2(
            exec("INSERT INTO program_subproject (program_id, position, subproject) VALUES (?,?,?)",
                { 11, 0, QStringLiteral("consultation") }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program_staff (program_id, kind, count) VALUES (?,?,?)",
                     { 10, QStringLiteral("professionals"), 1 }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program_staff (program_id, kind, count) VALUES (?,?,?)",
                     { 10, QStringLiteral("coordinators"), 2 }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO joint_member (program_id, position, code, share_num, share_den) "
                      "VALUES (?,?,?,?,?)",
                     { 10, 1, QStringLiteral("162019"), 5, 7 }),
            qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO joint_member (program_id, position, code, share_num, share_den) "
                      "VALUES (?,?,?,?,?)",
                     { 10, 0, QStringLiteral("162027"), 2, 7 }),
            qPrintable(db.error()));

        Scenario first;
        first.plan.alternative = QStringLiteral("旧版の案");
        first.plan.title = QStringLiteral("高岡市の計画（令和5年度）");
        first.plan.fiscalYear = 2023;
        first.plan.body = registryBody("162027");
        first.plan.body.population = 166'000;
        first.plan.body.juso = true;
        Program st;
        st.id = QStringLiteral("st");
        st.menu = QStringLiteral("station");
        st.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
            QStringLiteral("network") };
        st.staff
            = { { QStringLiteral("coordinators"), 2 }, { QStringLiteral("professionals"), 1 } };
        st.expenditure = Yen(12'000'000);
        st.otherIncome = Yen(500'000);
        st.yearsRunning = 2;
        st.startup = StartupSupport { Fraction(1, 2), 1 };
        st.nextYearMenu = QStringLiteral("station");
        st.joint = { JointMember { QStringLiteral("162027"), Fraction(2, 7) },
            JointMember { QStringLiteral("162019"), Fraction(5, 7) } };
        first.plan.programs = { st };
        Scenario second;
        second.plan.alternative = QStringLiteral("二つ目の案");
        second.plan.fiscalYear = 2023;
        second.plan.body.name = QStringLiteral("架空町");
        second.plan.body.kind = BodyKind::Town;
        second.plan.body.welfareOffice = false;
        Program sup;
        sup.id = QStringLiteral("sup");
        sup.menu = QStringLiteral("support");
        sup.subprojects = { QStringLiteral("consultation") };
        sup.expenditure = Yen(3'000'000);
        second.plan.programs = { sup };
        expected.scenarios = { first, second };

        if (version >= 2) { // the user's rule-book values, and notes
            QVERIFY2(exec("INSERT INTO rule_override (fiscal_year, menu, item, key, amount_min, "
                          "amount_max, rate_num, rate_den,"
                          " cell, count, source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         { 2023, QStringLiteral("station"), QStringLiteral("addons"),
                             QStringLiteral("needs_survey"), 500'000, null, 0, 1,
                             QStringLiteral("optional"), 0, QStringLiteral("令和5年度実施要領"),
                             QStringLiteral("上限は未確認") }),
                qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO rule_override (fiscal_year, menu, item, key, amount_min, "
                          "amount_max, rate_num, rate_den,"
                          " cell, count, source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         { 2023, QStringLiteral("preparation"), QStringLiteral("rate"),
                             QStringLiteral(""), null, null, 3, 4, QStringLiteral("optional"), 0,
                             QStringLiteral("令和5年度交付要綱"), QStringLiteral("") }),
                qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO note (at, author, text, scenario_position) VALUES (?,?,?,?)",
                         { QStringLiteral("2023-05-01T10:00:00.000Z"), QStringLiteral("山田"),
                             QStringLiteral("旧版のメモ"), null }),
                qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO note (at, author, text, scenario_position) VALUES (?,?,?,?)",
                         { QStringLiteral("2023-05-02T11:30:00Z"), QStringLiteral("佐藤"),
                             QStringLiteral("二つ目の案について"), 1 }),
                qPrintable(db.error()));
            RuleOverride addon;
            addon.fiscalYear = 2023;
            addon.menu = QStringLiteral("station");
            addon.item = OverrideItem::Addon;
            addon.key = QStringLiteral("needs_survey");
            addon.amount.min = Yen(500'000);
            addon.source = QStringLiteral("令和5年度実施要領");
            addon.note = QStringLiteral("上限は未確認");
            RuleOverride rate;
            rate.fiscalYear = 2023;
            rate.menu = QStringLiteral("preparation");
            rate.item = OverrideItem::Rate;
            rate.rate = Fraction(3, 4);
            rate.source = QStringLiteral("令和5年度交付要綱");
            expected.overrides = { addon, rate };
            expected.notes = { Note { utc("2023-05-01T10:00:00.000Z"), QStringLiteral("山田"),
                                   QStringLiteral("旧版のメモ"), -1 },
                Note { utc("2023-05-02T11:30:00.000Z"), QStringLiteral("佐藤"),
                    QStringLiteral("二つ目の案について"), 1 } };
        }
        if (version >= 4) { // the 担当区域 of a center or satellite, in position order
            QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, "
                          "expenditure, other_income,"
                          " years_running, startup, startup_share_num, startup_share_den, "
                          "startup_year, next_year_menu)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         { 12, 1, 1, QStringLiteral("sat"), QStringLiteral("satellite"), 8'000'000,
                             0, 1, 0, null, null, null, QStringLiteral("") }),
                qPrintable(db.error()));
            for (const auto &[pos, code] : { std::pair { 1, "163210" }, std::pair { 0, "163422" } })
                QVERIFY2(exec("INSERT INTO served_municipality (program_id, position, code) VALUES "
                              "(?,?,?)",
                             { 12, pos, QString::fromLatin1(code) }),
                    qPrintable(db.error()));
            Program sat;
            sat.id = QStringLiteral("sat");
            sat.menu = QStringLiteral("satellite");
            sat.expenditure = Yen(8'000'000);
            sat.served = { QStringLiteral("163422"), QStringLiteral("163210") };
            expected.scenarios[1].plan.programs << sat;
        }
        if (version >= 5) { // the adopted alternative, the cost lines, D and 予算計上額
            QVERIFY2(exec("UPDATE scenario SET adopted = 1 WHERE id = ?", { 2 }),
                qPrintable(db.error()));
            // 8,000,000 + 3,500,000 + 500,000 (not eligible) = A 12,000,000, D 11,500,000.
            for (const auto &[pos, item, amount, eligible, reason] :
                { std::tuple { 1, "使用料及び賃借料", 3'500'000, 1, "" },
                    std::tuple { 0, "人件費", 8'000'000, 1, "" },
                    std::tuple { 2, "食糧費", 500'000, 0, "会議の飲食" } })
                QVERIFY2(exec("INSERT INTO cost_line (program_id, position, item, amount, "
                              "eligible, reason) VALUES (?,?,?,?,?,?)",
                             { 10, pos, QString::fromUtf8(item), amount, eligible,
                                 QString::fromUtf8(reason) }),
                    qPrintable(db.error()));
            QVERIFY2(exec("UPDATE program SET eligible_expenditure = ?, budgeted_national = ?, "
                          "budgeted_reason = ? WHERE id = ?",
                         { 11'500'000, 5'000'000, QStringLiteral("都道府県からの内示額"), 10 }),
                qPrintable(db.error()));
            QVERIFY2(
                exec("UPDATE program SET eligible_expenditure = ? WHERE id = ?", { 2'400'000, 11 }),
                qPrintable(db.error()));
            Plan &first = expected.scenarios[0].plan;
            first.adopted = true;
            Program &st = first.programs[0];
            st.costLines = { CostLine { QStringLiteral("人件費"), Yen(8'000'000), true, {} },
                CostLine { QStringLiteral("使用料及び賃借料"), Yen(3'500'000), true, {} },
                CostLine {
                    QStringLiteral("食糧費"), Yen(500'000), false, QStringLiteral("会議の飲食") } };
            st.eligibleExpenditure = Yen(11'500'000);
            st.budgeted = Yen(5'000'000);
            st.budgetedReason = QStringLiteral("都道府県からの内示額");
            expected.scenarios[1].plan.programs[0].eligibleExpenditure = Yen(2'400'000);
        } else {
            // Before version 5 two scenarios of one body and year could share a name; now they
            // are alternatives of one plan, and the later one is told apart: 「旧版の案（2）」.
            QVERIFY2(exec("INSERT INTO scenario (id, position, name, title, fiscal_year, "
                          "body_code, body_name, body_kind, body_prefecture, population, juso, "
                          "welfare_office) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         { 3, 2, QStringLiteral("旧版の案"), QStringLiteral(""), 2023,
                             QStringLiteral("162027"), QStringLiteral("高岡市"),
                             QStringLiteral("city"), QStringLiteral("160008"), null, 0, 1 }),
                qPrintable(db.error()));
            Scenario twin;
            twin.plan.alternative = QStringLiteral("旧版の案（2）");
            twin.plan.fiscalYear = 2023;
            twin.plan.body = registryBody("162027");
            twin.plan.body.population.reset();
            expected.scenarios << twin;
        }
        if (version >= 3) { // the change log
            QVERIFY2(exec("INSERT INTO change_log (at, author, action, detail) VALUES (?,?,?,?)",
                         { QStringLiteral("2023-05-03T00:00:00.000Z"), QStringLiteral("山田"),
                             QStringLiteral("set_expenditure"),
                             QStringLiteral("「st」の支出額を 12,000,000円 に変更") }),
                qPrintable(db.error()));
            expected.log = { ChangeEntry { utc("2023-05-03T00:00:00.000Z"), QStringLiteral("山田"),
                QStringLiteral("set_expenditure"),
                QStringLiteral("「st」の支出額を 12,000,000円 に変更") } };
        }
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = listing(dir);

    Document got;
    auto e = documentErrorOf([&] { got = readDocument(path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(got, expected);
    if (version < 2) {
        QVERIFY(got.overrides.isEmpty());
        QVERIFY(got.notes.isEmpty());
    }
    if (version < 3)
        QVERIFY(got.log.isEmpty());
    // The migration ran on a private copy: the old file is byte for byte what it was, still of
    // its old version (an older ShienPlan on a colleague's machine can still open it).
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(dir), filesBefore);

    // Saving writes the current version, with every step recorded.
    const QString saved = dir + QStringLiteral("/saved.shienplan");
    e = documentErrorOf([&] { writeDocument(got, saved); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    {
        Sql db(saved, true);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
            kSchemaVersion);
        QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
            kSchemaVersion);
    }
    Document again;
    e = documentErrorOf([&] { again = readDocument(saved); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(again, expected);
}

QTEST_GUILESS_MAIN(TestDocumentMigration)
#include "tst_documentmigration.moc"
