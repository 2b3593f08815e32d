#pragma once

// Documents and .shienplan files for the tests of core/document (tst_documentfile,
// tst_documentmigration, tst_documentlock, tst_recovery) and of the command line over documents
// (tst_cli_documents): a document that uses every field the file stores, readable differences
// between two documents, the DocumentError a call throws, the test's own SQL on a file, and
// the bad files every reader must refuse.

#include "core/document/documentfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace testutil
{

using namespace shienplan;

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline RuleOverride ruleValue(
    int fy, const char *menu, OverrideItem item, const char *key, const char *source)
{
    RuleOverride o;
    o.fiscalYear = fy;
    o.menu = QString::fromLatin1(menu);
    o.item = item;
    o.key = QString::fromLatin1(key); // "" rather than null: texts are never null here
    o.source = QString::fromUtf8(source);
    o.note = QStringLiteral("");
    return o;
}

// A document that uses every field the file stores. Every text is set (an empty text as "",
// never a null QString), so that this round trip tests the format; unset texts are pinned
// separately by nullTextFields().
inline Document richDocument()
{
    Document d;
    d.title = QStringLiteral("令和7年度 ひきこもり支援 計画案（5案の比較）");

    // 1. A joint station of 富山市 (2/7) and 高岡市 (5/7) with start-up support, adopted, its cost
    //    in three lines of which 食糧費 is not eligible (A 14,000,000, D 13,200,000) and a
    //    budgeted national subsidy, and a support program with an amount a double cannot hold
    //    (2^53 + 1).
    Scenario a;
    a.plan.alternative = QStringLiteral("ステーションで開始（共同実施）");
    a.plan.title = QStringLiteral("富山市・高岡市 共同ステーション");
    a.plan.fiscalYear = 2025;
    a.plan.body = registryBody("162019");
    a.plan.body.population = 406'000;
    a.plan.body.juso = true;
    a.plan.body.welfareOffice = true;
    Program st;
    st.id = QStringLiteral("p1");
    st.menu = QStringLiteral("station");
    st.subprojects
        = { QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network"),
              QStringLiteral("needs_survey"), QStringLiteral("peer_family_meetings") };
    st.staff = { { QStringLiteral("coordinators"), 2 }, { QStringLiteral("professionals"), 1 },
        { QStringLiteral("visiting_supporters"), 0 } };
    st.costLines = { CostLine {
                         QStringLiteral("人件費"), Yen(9'000'000), true, QStringLiteral("") },
        CostLine { QStringLiteral("使用料及び賃借料"), Yen(4'200'000), true, QStringLiteral("") },
        CostLine { QStringLiteral("食糧費"), Yen(800'000), false, QStringLiteral("会議の飲食") } };
    syncCostLines(st); // A 14,000,000, D 13,200,000
    st.budgeted = Yen(6'500'000);
    st.budgetedReason = QStringLiteral("都道府県からの内示額");
    st.otherIncome = Yen(250'000);
    st.yearsRunning = 3;
    st.startup = StartupSupport { Fraction(1, 4), 2 };
    st.nextYearMenu = QStringLiteral("station");
    st.joint = { JointMember { QStringLiteral("162019"), Fraction(2, 7) },
        JointMember { QStringLiteral("162027"), Fraction(5, 7) } };
    Program sup;
    sup.id = QStringLiteral("p2");
    sup.menu = QStringLiteral("support");
    sup.subprojects = { QStringLiteral("consultation") };
    sup.expenditure = Yen(9'007'199'254'740'993LL);
    sup.startup = StartupSupport { std::nullopt, 1 }; // no share: the whole range of the book
    sup.nextYearMenu = QStringLiteral("");
    sup.budgetedReason = QStringLiteral("");
    a.plan.programs = { st, sup };
    a.plan.adopted = true;

    // 2. A body not in the registry (no code), no population, no 福祉事務所, last year's book.
    Scenario b;
    b.plan.alternative = QStringLiteral("サポート事業で開始");
    b.plan.title = QStringLiteral("");
    b.plan.fiscalYear = 2024;
    b.plan.body.code = QStringLiteral("");
    b.plan.body.name = QStringLiteral("架空村");
    b.plan.body.kind = BodyKind::Village;
    b.plan.body.prefectureCode = QStringLiteral("");
    b.plan.body.welfareOffice = false;
    Program s2;
    s2.id = QStringLiteral("support");
    s2.menu = QStringLiteral("support");
    s2.subprojects = { QStringLiteral("needs_survey"), QStringLiteral("consultation"),
        QStringLiteral("ibasho") };
    s2.staff = { { QStringLiteral("coordinators"), 0 } };
    s2.expenditure = Yen(3'000'000);
    s2.otherIncome = Yen(100'000);
    s2.yearsRunning = 2;
    s2.nextYearMenu = QStringLiteral("station");
    s2.budgetedReason = QStringLiteral("");
    b.plan.programs = { s2 };

    // 3. A prefecture in FY2022 with three programs, one without sub-projects.
    Scenario c;
    c.plan.alternative = QStringLiteral("県のセンター（令和4年度）");
    c.plan.title = QStringLiteral("富山県");
    c.plan.fiscalYear = 2022;
    c.plan.body = registryBody("160008");
    c.plan.body.population = 1'000'000;
    Program center;
    center.id = QStringLiteral("center");
    center.menu = QStringLiteral("center_prefectural");
    center.subprojects = { QStringLiteral("consultation"), QStringLiteral("staff_training"),
        QStringLiteral("municipal_backup") };
    center.staff = { { QStringLiteral("coordinators"), 3 } };
    center.expenditure = Yen(30'000'000);
    center.otherIncome = Yen(999'001);
    center.nextYearMenu = QStringLiteral("");
    center.served
        = { QStringLiteral("163210"), QStringLiteral("162027") }; // 舟橋村, 高岡市: the order kept
    Program acc;
    acc.id = QStringLiteral("acc");
    acc.menu = QStringLiteral("acceleration");
    acc.expenditure = Yen(2'000'000);
    acc.nextYearMenu = QStringLiteral("");
    Program sat;
    sat.id = QStringLiteral("sat");
    sat.menu = QStringLiteral("satellite");
    sat.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho") };
    sat.expenditure = Yen(0);
    sat.nextYearMenu = QStringLiteral("");
    sat.served = { QStringLiteral("163422") }; // 入善町
    c.plan.programs = { center, acc, sat };

    // 4. and 5. Two alternatives of one plan (高岡市 令和7年度): one with no program yet, and the
    //    adopted one, a station whose eligible expenditure is stated without cost lines.
    Scenario empty;
    empty.plan.alternative = QStringLiteral("まだ事業なし");
    empty.plan.title = QStringLiteral("");
    empty.plan.fiscalYear = 2025;
    empty.plan.body = registryBody("162027");
    Scenario adopted;
    adopted.plan.alternative = QStringLiteral("ステーション案");
    adopted.plan.title = QStringLiteral("高岡市 ステーション");
    adopted.plan.fiscalYear = 2025;
    adopted.plan.body = registryBody("162027");
    adopted.plan.adopted = true;
    Program ast;
    ast.id = QStringLiteral("p1");
    ast.menu = QStringLiteral("station");
    ast.subprojects
        = { QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network") };
    ast.staff = { { QStringLiteral("coordinators"), 1 } };
    ast.expenditure = Yen(8'000'000);
    ast.eligibleExpenditure = Yen(7'400'000);
    ast.nextYearMenu = QStringLiteral("");
    ast.budgetedReason = QStringLiteral("");
    adopted.plan.programs = { ast };

    d.scenarios = { a, b, c, empty, adopted };

    RuleOverride base
        = ruleValue(2025, "station", OverrideItem::Base, "", "令和7年度交付要綱 別表 2(1)");
    base.amount = YenRange::exact(10'000'000);
    base.note = QStringLiteral("県から通知あり（4月1日）");
    RuleOverride addon
        = ruleValue(2025, "station", OverrideItem::Addon, "needs_survey", "令和7年度実施要領 3(2)");
    addon.amount = YenRange::between(500'000, 3'000'000);
    RuleOverride perPerson
        = ruleValue(2025, "station", OverrideItem::PerPerson, "professionals", "県の説明資料 p.4");
    perPerson.amount.min = Yen(1'000'000); // upper end unknown
    RuleOverride rate
        = ruleValue(2025, "preparation", OverrideItem::Rate, "", "令和7年度交付要綱 第5条");
    rate.rate = Fraction(3, 4);
    RuleOverride cell = ruleValue(
        2025, "station", OverrideItem::Cell, "multidisciplinary_team", "事業表（令和7年度版）");
    cell.cell = Cell::Required;
    RuleOverride cap
        = ruleValue(2025, "station", OverrideItem::Cap, "professionals", "実施要領 4(1)");
    cap.count = 2;
    RuleOverride minCoord = ruleValue(
        2022, "center_prefectural", OverrideItem::MinCoordinators, "", "令和4年度実施要領");
    minCoord.count = 1;
    RuleOverride juso = ruleValue(
        2025, "station", OverrideItem::BaseJuso, "", "令和7年度交付要綱 別表 2(1) ただし書");
    juso.amount = YenRange::exact(7'500'000);
    d.overrides = { base, addon, perPerson, rate, cell, cap, minCoord, juso };

    d.notes = {
        Note { utc("2025-04-01T09:30:15.123Z"), QStringLiteral("山田 花子"),
            QStringLiteral("県との協議結果を反映すること。"), -1 },
        // Quotes, semicolons and a newline: stored as data, never as SQL.
        Note { utc("2025-04-02T00:00:00.001Z"), QStringLiteral("yamada"),
            QStringLiteral("'); DROP TABLE scenario; --\n二行目「引用」"), 1 },
        // A time given in JST is the same instant in UTC.
        Note { utc("2025-04-03T18:45:00.500+09:00"), QStringLiteral("佐藤"),
            QStringLiteral("第3案は参考まで"), 2 },
    };
    d.log = {
        ChangeEntry { utc("2025-04-01T09:00:00.000Z"), QStringLiteral("山田 花子"),
            QStringLiteral("set_expenditure"),
            QStringLiteral("「p1」の支出額を 14,000,000円 に変更") },
        ChangeEntry { utc("2025-04-01T09:01:02.345Z"), QStringLiteral("yamada"),
            QStringLiteral("toggle_subproject"), QStringLiteral("「p1」の実態把握調査を選択") },
        ChangeEntry { utc("2025-04-02T10:00:00.000Z"), QStringLiteral("佐藤"),
            QStringLiteral("add_scenario"), QStringLiteral("シナリオ「まだ事業なし」を追加") },
    };
    return d;
}

// n scenarios (copies of the rich ones, renamed): a file of many pages.
inline Document bigDocument(int n)
{
    const Document rich = richDocument();
    Document d = rich;
    d.scenarios.clear();
    for (int i = 0; i < n; ++i) {
        Scenario s = rich.scenarios[i % rich.scenarios.size()];
        s.plan.alternative = QStringLiteral("シナリオ%1").arg(i + 1);
        s.plan.adopted = i < int(rich.scenarios.size()) && s.plan.adopted; // once per plan
        d.scenarios << s;
    }
    return d;
}

// The first way two documents differ, readable (plans as their JSON).
inline QString differenceOf(const Document &got, const Document &expected)
{
    if (got.title != expected.title)
        return QStringLiteral("title: got \"%1\", expected \"%2\"").arg(got.title, expected.title);
    if (got.scenarios.size() != expected.scenarios.size())
        return QStringLiteral("scenarios: got %1, expected %2")
            .arg(got.scenarios.size())
            .arg(expected.scenarios.size());
    for (qsizetype i = 0; i < got.scenarios.size(); ++i) {
        if (got.scenarios[i].plan.alternative != expected.scenarios[i].plan.alternative)
            return QStringLiteral("scenario %1 name: got \"%2\", expected \"%3\"")
                .arg(i)
                .arg(got.scenarios[i].plan.alternative, expected.scenarios[i].plan.alternative);
        if (!(got.scenarios[i].plan == expected.scenarios[i].plan))
            return QStringLiteral("scenario %1 plan:\n  got:      %2\n  expected: %3")
                .arg(i)
                .arg(QString::fromUtf8(planToJson(got.scenarios[i].plan).toCompactJson()),
                    QString::fromUtf8(planToJson(expected.scenarios[i].plan).toCompactJson()));
    }
    if (got.overrides.size() != expected.overrides.size())
        return QStringLiteral("overrides: got %1, expected %2")
            .arg(got.overrides.size())
            .arg(expected.overrides.size());
    for (qsizetype i = 0; i < got.overrides.size(); ++i)
        if (!(got.overrides[i] == expected.overrides[i]))
            return QStringLiteral("override %1 (%2) differs")
                .arg(i)
                .arg(expected.overrides[i].describe());
    if (got.notes.size() != expected.notes.size())
        return QStringLiteral("notes: got %1, expected %2")
            .arg(got.notes.size())
            .arg(expected.notes.size());
    for (qsizetype i = 0; i < got.notes.size(); ++i) {
        const Note &x = got.notes[i], &y = expected.notes[i];
        if (x.at != y.at || x.author != y.author || x.text != y.text || x.scenario != y.scenario)
            return QStringLiteral("note %1: got (%2, %3, %4, %5), expected (%6, %7, %8, %9)")
                .arg(i)
                .arg(x.at.toString(Qt::ISODateWithMs), x.author, x.text)
                .arg(x.scenario)
                .arg(y.at.toString(Qt::ISODateWithMs), y.author, y.text)
                .arg(y.scenario);
    }
    if (got.log.size() != expected.log.size())
        return QStringLiteral("change log: got %1 entries, expected %2")
            .arg(got.log.size())
            .arg(expected.log.size());
    for (qsizetype i = 0; i < got.log.size(); ++i) {
        const ChangeEntry &x = got.log[i], &y = expected.log[i];
        if (x.at != y.at || x.author != y.author || x.action != y.action || x.detail != y.detail)
            return QStringLiteral("log %1: got (%2, %3, %4, %5), expected (%6, %7, %8, %9)")
                .arg(i)
                .arg(x.at.toString(Qt::ISODateWithMs), x.author, x.action, x.detail,
                    y.at.toString(Qt::ISODateWithMs), y.author, y.action, y.detail);
    }
    return got == expected
        ? QString()
        : QStringLiteral("Document::operator== says they differ; no field found");
}

#define COMPARE_DOCUMENTS(got, expected)                                                           \
    do {                                                                                           \
        const bool same_ = (got) == (expected);                                                    \
        QVERIFY2(same_, qPrintable(differenceOf(got, expected)));                                  \
    } while (false)

// ---------------------------------------------------------------------------------------------
// Errors and SQL
// ---------------------------------------------------------------------------------------------

// Runs `f` and returns the DocumentError it throws, or nothing.
template <typename F> std::optional<DocumentError> documentErrorOf(F &&f)
{
    try {
        f();
    } catch (const DocumentError &e) {
        return e;
    }
    return std::nullopt;
}

// A private connection to an SQLite file for the test's own SQL, always through prepared
// statements like the program's.
class Sql
{
public:
    explicit Sql(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Sql()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // Executes one statement; false (and error()) on failure.
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text() + QStringLiteral(" [") + sql + u']';
            return false;
        }
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text() + QStringLiteral(" [") + sql + u']';
            return false;
        }
        return true;
    }
    // The rows of a query, each as a list of values.
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {})
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return out;
        }
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        const auto r = rows(sql, binds);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

// PRAGMA quick_check of a copy of the file (the file itself is never opened): "ok" or what
// SQLite found. Used to make sure a deliberately corrupted file really is corrupt.
inline QString quickCheckOf(const QString &path)
{
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("check.sqlite"));
    if (!QFile::copy(path, copy))
        return QStringLiteral("cannot copy");
    Sql db(copy);
    if (!db.ok())
        return db.error();
    const auto rows = db.rows(QStringLiteral("PRAGMA quick_check"));
    if (rows.isEmpty())
        return db.error().isEmpty() ? QStringLiteral("no answer") : db.error();
    return rows.first().first().toString();
}

// ---------------------------------------------------------------------------------------------
// Bad and hostile files
// ---------------------------------------------------------------------------------------------

// The rows of badFile_data (kind, says): every kind of file a reader must refuse, and fragments
// of the message it must give besides the file's name. Shared by tst_documentfile (badFile) and
// tst_cli_documents (badFileOnCommandLine).
inline void addBadFileRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("says"); // fragments of the message, besides the file's name
    auto row = [](const char *title, const char *kind, const QStringList &says) {
        QTest::newRow(title) << QString::fromLatin1(kind) << says;
    };
    const QString notSqlite = QStringLiteral("SQLite データベースではありません");
    const QString damaged = QStringLiteral("壊れて");
    row("a text file", "text", { notSqlite, QStringLiteral("not an SQLite database") });
    row("a JSON plan named .shienplan", "json", { notSqlite, QStringLiteral("読み込み") });
    row("an empty file", "empty", { notSqlite });
    row("a PNG image", "png", { notSqlite });
    row("the first half of a .shienplan", "truncated", { damaged, QStringLiteral("damaged") });
    row("2 KB of 0xFF over page 2 (schema_version)", "page2", { damaged });
    row("2 KB of 0xFF over a table page in the middle", "middle", { damaged });
    row("an SQLite header and then noise", "header-noise", { damaged });
    row("a database of another program", "other-program",
        { QStringLiteral("他のプログラム"), QStringLiteral("another program") });
    row("ShienPlan's id but no schema_version table", "no-version-table",
        { QStringLiteral("他のプログラム") });
    row("a .shienplan from a newer version (99)", "newer",
        { QStringLiteral("新しい版"), QStringLiteral("形式 99"),
            QStringLiteral("ShienPlan を更新") });
    row("schema_version without a row", "no-version-row",
        { damaged, QStringLiteral("形式の版がありません") });
    row("the scenario table dropped", "no-scenario-table", { damaged, QStringLiteral("scenario") });
    row("an unknown body kind in a scenario", "bad-kind",
        { damaged, QStringLiteral("unknown body kind") });
    row("a joint share with denominator 0", "zero-denominator",
        { damaged, QStringLiteral("fraction") });
    row("an unknown menu", "bad-menu", { damaged, QStringLiteral("unknown menu") });
    // What the plan JSON reader refuses too (settleCosts, checkAlternatives), at its place.
    row("cost lines that add up to more than the stored total cost", "cost-lines-sum",
        { damaged,
            QStringLiteral("scenario \"シナリオ1\", program \"p1\", expenditure: is "
                           "14,000,000 but the cost lines add up to 14,100,000") });
    row("an eligible expenditure above the total cost", "eligible-above-total",
        { damaged,
            QStringLiteral("program \"support\", eligible_expenditure: 20,000,000 is more "
                           "than the total cost (expenditure) 3,000,000") });
    row("a negative cost line", "negative-cost-line",
        { damaged, QStringLiteral("cost_lines[2].amount: -1 is negative") });
    row("two adopted alternatives of one plan", "two-adopted",
        { damaged,
            QStringLiteral("富山市 令和7年度 has two adopted alternatives (scenario 1 "
                           "\"シナリオ1\", scenario 2 \"シナリオ2\")") });
    row("one alternative name used twice in a plan", "duplicate-alternative",
        { damaged, QStringLiteral("富山市 令和7年度 has two alternatives named \"同じ案\"") });
#ifndef Q_OS_WIN
    // Windows has no mode bits to take away (setPermissions only sets "read-only"); a file no
    // one may read there is a matter of its access control list, which Wine does not enforce.
    row("a file without read permission (0000)", "unreadable",
        { QStringLiteral("読めません"), QStringLiteral("アクセス権") });
#endif
    row("a file that does not exist", "missing", { QStringLiteral("見つかりません") });
    row("a folder named .shienplan", "folder", { QStringLiteral("フォルダー") });
}

// Makes the bad file of `kind` at `path`; false (and why in *error) if it could not.
inline bool makeBadFile(const QString &kind, const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    auto realFile = [&](int scenarios) {
        const auto e = documentErrorOf([&] { writeDocument(bigDocument(scenarios), path); });
        if (e)
            *error = e->toString();
        return !e;
    };
    // A valid ShienPlan file, changed with SQL (on the file itself: it is the test's file).
    auto tampered = [&](const QStringList &statements, const QList<QVariantList> &binds = {}) {
        if (!realFile(2))
            return false;
        Sql db(path);
        if (!db.ok())
            return fail(db.error());
        for (qsizetype i = 0; i < statements.size(); ++i)
            if (!db.exec(statements[i], binds.value(i)))
                return fail(db.error());
        return true;
    };
    auto overwrite = [&](qint64 offset, qint64 length) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(offset)
            || f.write(QByteArray(length, '\xFF')) != length)
            return fail(QStringLiteral("cannot overwrite"));
        return true;
    };
    if (kind == QLatin1String("text"))
        return writeFile(path, QByteArrayLiteral("令和7年度の計画メモ\nただのテキストです。\n"));
    if (kind == QLatin1String("json"))
        return writeFile(path, readFile(dataPath(QStringLiteral("plans/station_basic.json"))));
    if (kind == QLatin1String("empty"))
        return writeFile(path, {});
    if (kind == QLatin1String("png")) {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4096; ++i)
            png += char((i * 7919) & 0xFF);
        return writeFile(path, png);
    }
    if (kind == QLatin1String("truncated")) {
        if (!realFile(60))
            return false;
        const QByteArray all = readFile(path);
        if (all.size() < 8 * 4096)
            return fail(QStringLiteral("the file is too small to truncate meaningfully"));
        return writeFile(path, all.left(all.size() / 2));
    }
    if (kind == QLatin1String("page2") || kind == QLatin1String("middle")) {
        if (!realFile(60))
            return false;
        const QByteArray all = readFile(path);
        const int pageSize = (quint8(all[16]) << 8 | quint8(all[17])) == 1
            ? 65536
            : (quint8(all[16]) << 8 | quint8(all[17]));
        const qint64 pages = all.size() / pageSize;
        if (pages < 8)
            return fail(QStringLiteral("only %1 pages").arg(pages));
        // Page 2 is the first table created (schema_version); a page in the middle of a file
        // built in one go holds rows of scenario, program and their children.
        const qint64 offset = kind == QLatin1String("page2") ? 4096 : (pages / 2) * pageSize;
        if (!overwrite(offset, 2048))
            return false;
        // The corruption must be real (a reachable page), or this row would test nothing.
        const QString check = quickCheckOf(path);
        if (check == QLatin1String("ok"))
            return fail(
                QStringLiteral("PRAGMA quick_check finds nothing wrong after the overwrite"));
        return true;
    }
    if (kind == QLatin1String("header-noise")) {
        QByteArray bytes("SQLite format 3\0", 16);
        for (int i = 0; i < 8192; ++i)
            bytes += char((i * 31 + 7) & 0xFF);
        return writeFile(path, bytes);
    }
    if (kind == QLatin1String("other-program")) {
        Sql db(path);
        if (!db.ok()
            || !db.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)"))
            || !db.exec(
                QStringLiteral("INSERT INTO foo (bar) VALUES (?)"), { QStringLiteral("baz") }))
            return fail(db.error());
        return true;
    }
    if (kind == QLatin1String("no-version-table"))
        return tampered({ QStringLiteral("DROP TABLE schema_version") });
    if (kind == QLatin1String("newer"))
        return tampered(
            { QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)") },
            { { 99, QStringLiteral("2031-04-01T00:00:00Z") } });
    if (kind == QLatin1String("no-version-row"))
        return tampered({ QStringLiteral("DELETE FROM schema_version") });
    if (kind == QLatin1String("no-scenario-table"))
        return tampered({ QStringLiteral("DROP TABLE scenario") });
    if (kind == QLatin1String("bad-kind"))
        return tampered({ QStringLiteral("UPDATE scenario SET body_kind = ?") },
            { { QStringLiteral("metropolis") } });
    if (kind == QLatin1String("zero-denominator"))
        return tampered({ QStringLiteral("UPDATE joint_member SET share_den = ?") }, { { 0 } });
    if (kind == QLatin1String("bad-menu"))
        return tampered(
            { QStringLiteral("UPDATE program SET menu = ?") }, { { QStringLiteral("stationn") } });
    // bigDocument(2): シナリオ1 is 富山市 令和7年度 (adopted; p1's lines 9,000,000 + 4,200,000 +
    // 800,000 not eligible), シナリオ2 is 架空村 令和6年度 (program "support", 3,000,000).
    if (kind == QLatin1String("cost-lines-sum"))
        return tampered({ QStringLiteral("UPDATE cost_line SET amount = ? WHERE item = ?") },
            { { 9'100'000, QStringLiteral("人件費") } });
    if (kind == QLatin1String("eligible-above-total"))
        return tampered(
            { QStringLiteral("UPDATE program SET eligible_expenditure = ? WHERE program_key = ?") },
            { { 20'000'000, QStringLiteral("support") } });
    if (kind == QLatin1String("negative-cost-line"))
        return tampered({ QStringLiteral("UPDATE cost_line SET amount = ? WHERE item = ?") },
            { { -1, QStringLiteral("食糧費") } });
    if (kind == QLatin1String("two-adopted") || kind == QLatin1String("duplicate-alternative")) {
        // シナリオ2 made another alternative of 富山市 令和7年度: adopted too, or of the same name.
        const bool adopted = kind == QLatin1String("two-adopted");
        QStringList statements { QStringLiteral("UPDATE scenario SET body_code = ?, body_name = ?, "
                                                "body_kind = ?, fiscal_year = ?, adopted = ? "
                                                "WHERE position = 1") };
        QList<QVariantList> binds { { QStringLiteral("162019"), QStringLiteral("富山市"),
            QStringLiteral("city"), 2025, adopted ? 1 : 0 } };
        if (!adopted) {
            statements << QStringLiteral("UPDATE scenario SET name = ?");
            binds << QVariantList { QStringLiteral("同じ案") };
        }
        return tampered(statements, binds);
    }
    if (kind == QLatin1String("unreadable"))
        return realFile(2) && QFile::setPermissions(path, QFileDevice::Permissions());
    if (kind == QLatin1String("missing"))
        return true;
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path) && writeFile(path + QStringLiteral("/inside.txt"), "x");
    return fail(QStringLiteral("unknown kind ") + kind);
}

} // namespace testutil
