// The .shienplan file (core/documentfile, documentlock, recovery) as a planner meets it: saving
// and opening, files of older versions, files that are broken or not ours, saves that cannot
// happen, two programs on one document, and the copy that survives a crash.
//
// - round trip: a document using every field writes and reads back equal, twice; every plan of
//   tests/data/plans goes JSON → .shienplan → JSON through the real shienplan-cli and comes
//   back as it went in (modulo the defaults the writer spells out), and evaluates the same.
// - migrations: a file of every earlier schema version, filled with that version's SQL, opens
//   with its data; the file itself is not touched; saving it writes the current version.
// - bad files: each gives a DocumentError naming the file and saying what it is, leaves the
//   file byte for byte (SHA-256), and gives exit 2 and one stderr line on the command line.
// - write failures: read-only file or folder, a full disk (a file-size limit), a missing
//   folder, a folder in the way, an amount too large: the old file is byte for byte unchanged.
// - lock: one writer per document, in one process and across processes, and a lock left by a
//   killed process is taken over.
// - recovery: autosave copies are found again after a restart (and after a real kill), open
//   equal to what was saved, never touch the user's file, and go away after a save.
//
// The test executable runs itself as a helper process for the lock and crash tests
// ("--helper-hold-lock PATH", "--helper-autosave DIR ORIGINAL"): see main() at the end.
//
// Two bugs were found with these tests and fixed in core/documentfile.cpp: a text never set
// (a null QString) was bound as SQL NULL into NOT NULL columns, so most plans could not be
// saved; and SQLite's multi-line integrity report made a three-line error message.

#include "tests/clirunner.h"
#include "core/document/documentfile.h"
#include "core/interchange/documentjson.h"
#include "core/document/documentlock.h"
#include "core/interchange/planjson.h"
#include "core/document/recovery.h"
#include "core/registry/registry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace shienplan;


namespace {

constexpr int kTimeoutMs = 30'000;

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

PlanBody registryBody(const char *code)
{
    const LocalBody *b = Registry::bundled().find(QString::fromLatin1(code));
    Q_ASSERT(b);
    PlanBody body;
    body.code = b->code;
    body.name = b->name;
    body.kind = b->kind;
    body.prefectureCode = b->prefectureCode;
    return body;
}

RuleOverride ruleValue(int fy, const char *menu, OverrideItem item, const char *key, const char *source)
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
Document richDocument()
{
    Document d;
    d.title = QStringLiteral("令和7年度 ひきこもり支援 計画案（4案の比較）");

    // 1. A joint station of 富山市 (2/7) and 高岡市 (5/7) with start-up support, and a support
    //    program with an amount a double cannot hold (2^53 + 1).
    Scenario a;
    a.name = QStringLiteral("ステーションで開始（共同実施）");
    a.plan.title = QStringLiteral("富山市・高岡市 共同ステーション");
    a.plan.fiscalYear = 2025;
    a.plan.body = registryBody("162019");
    a.plan.body.population = 406'000;
    a.plan.body.juso = true;
    a.plan.body.welfareOffice = true;
    Program st;
    st.id = QStringLiteral("p1");
    st.menu = QStringLiteral("station");
    st.subprojects = {QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network"),
                      QStringLiteral("needs_survey"), QStringLiteral("peer_family_meetings")};
    st.staff = {{QStringLiteral("coordinators"), 2}, {QStringLiteral("professionals"), 1},
                {QStringLiteral("visiting_supporters"), 0}};
    st.expenditure = Yen(14'000'000);
    st.otherIncome = Yen(250'000);
    st.yearsRunning = 3;
    st.startup = StartupSupport{Fraction(1, 4), 2};
    st.nextYearMenu = QStringLiteral("station");
    st.joint = {JointMember{QStringLiteral("162019"), Fraction(2, 7)},
                JointMember{QStringLiteral("162027"), Fraction(5, 7)}};
    Program sup;
    sup.id = QStringLiteral("p2");
    sup.menu = QStringLiteral("support");
    sup.subprojects = {QStringLiteral("consultation")};
    sup.expenditure = Yen(9'007'199'254'740'993LL);
    sup.startup = StartupSupport{std::nullopt, 1}; // no share: the whole range of the book
    sup.nextYearMenu = QStringLiteral("");
    a.plan.programs = {st, sup};

    // 2. A body not in the registry (no code), no population, no 福祉事務所, last year's book.
    Scenario b;
    b.name = QStringLiteral("サポート事業で開始");
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
    s2.subprojects = {QStringLiteral("needs_survey"), QStringLiteral("consultation"), QStringLiteral("ibasho")};
    s2.staff = {{QStringLiteral("coordinators"), 0}};
    s2.expenditure = Yen(3'000'000);
    s2.otherIncome = Yen(100'000);
    s2.yearsRunning = 2;
    s2.nextYearMenu = QStringLiteral("station");
    b.plan.programs = {s2};

    // 3. A prefecture in FY2022 with three programs, one without sub-projects.
    Scenario c;
    c.name = QStringLiteral("県のセンター（令和4年度）");
    c.plan.title = QStringLiteral("富山県");
    c.plan.fiscalYear = 2022;
    c.plan.body = registryBody("160008");
    c.plan.body.population = 1'000'000;
    Program center;
    center.id = QStringLiteral("center");
    center.menu = QStringLiteral("center_prefectural");
    center.subprojects = {QStringLiteral("consultation"), QStringLiteral("staff_training"), QStringLiteral("municipal_backup")};
    center.staff = {{QStringLiteral("coordinators"), 3}};
    center.expenditure = Yen(30'000'000);
    center.otherIncome = Yen(999'001);
    center.nextYearMenu = QStringLiteral("");
    center.served = {QStringLiteral("163210"), QStringLiteral("162027")}; // 舟橋村, 高岡市: the order kept
    Program acc;
    acc.id = QStringLiteral("acc");
    acc.menu = QStringLiteral("acceleration");
    acc.expenditure = Yen(2'000'000);
    acc.nextYearMenu = QStringLiteral("");
    Program sat;
    sat.id = QStringLiteral("sat");
    sat.menu = QStringLiteral("satellite");
    sat.subprojects = {QStringLiteral("consultation"), QStringLiteral("ibasho")};
    sat.expenditure = Yen(0);
    sat.nextYearMenu = QStringLiteral("");
    sat.served = {QStringLiteral("163422")}; // 入善町
    c.plan.programs = {center, acc, sat};

    // 4. A scenario with no program yet.
    Scenario empty;
    empty.name = QStringLiteral("まだ事業なし");
    empty.plan.title = QStringLiteral("");
    empty.plan.fiscalYear = 2025;
    empty.plan.body = registryBody("162027");

    d.scenarios = {a, b, c, empty};

    RuleOverride base = ruleValue(2025, "station", OverrideItem::Base, "", "令和7年度交付要綱 別表 2(1)");
    base.amount = YenRange::exact(10'000'000);
    base.note = QStringLiteral("県から通知あり（4月1日）");
    RuleOverride addon = ruleValue(2025, "station", OverrideItem::Addon, "needs_survey", "令和7年度実施要領 3(2)");
    addon.amount = YenRange::between(500'000, 3'000'000);
    RuleOverride perPerson = ruleValue(2025, "station", OverrideItem::PerPerson, "professionals", "県の説明資料 p.4");
    perPerson.amount.min = Yen(1'000'000); // upper end unknown
    RuleOverride rate = ruleValue(2025, "preparation", OverrideItem::Rate, "", "令和7年度交付要綱 第5条");
    rate.rate = Fraction(3, 4);
    RuleOverride cell = ruleValue(2025, "station", OverrideItem::Cell, "multidisciplinary_team", "事業表（令和7年度版）");
    cell.cell = Cell::Required;
    RuleOverride cap = ruleValue(2025, "station", OverrideItem::Cap, "professionals", "実施要領 4(1)");
    cap.count = 2;
    RuleOverride minCoord = ruleValue(2022, "center_prefectural", OverrideItem::MinCoordinators, "", "令和4年度実施要領");
    minCoord.count = 1;
    RuleOverride juso = ruleValue(2025, "station", OverrideItem::BaseJuso, "", "令和7年度交付要綱 別表 2(1) ただし書");
    juso.amount = YenRange::exact(7'500'000);
    d.overrides = {base, addon, perPerson, rate, cell, cap, minCoord, juso};

    d.notes = {
        Note{utc("2025-04-01T09:30:15.123Z"), QStringLiteral("山田 花子"), QStringLiteral("県との協議結果を反映すること。"), -1},
        // Quotes, semicolons and a newline: stored as data, never as SQL.
        Note{utc("2025-04-02T00:00:00.001Z"), QStringLiteral("yamada"),
             QStringLiteral("'); DROP TABLE scenario; --\n二行目「引用」"), 1},
        // A time given in JST is the same instant in UTC.
        Note{utc("2025-04-03T18:45:00.500+09:00"), QStringLiteral("佐藤"), QStringLiteral("第3案は参考まで"), 2},
    };
    d.log = {
        ChangeEntry{utc("2025-04-01T09:00:00.000Z"), QStringLiteral("山田 花子"), QStringLiteral("set_expenditure"),
                    QStringLiteral("「p1」の支出額を 14,000,000円 に変更")},
        ChangeEntry{utc("2025-04-01T09:01:02.345Z"), QStringLiteral("yamada"), QStringLiteral("toggle_subproject"),
                    QStringLiteral("「p1」の実態把握調査を選択")},
        ChangeEntry{utc("2025-04-02T10:00:00.000Z"), QStringLiteral("佐藤"), QStringLiteral("add_scenario"),
                    QStringLiteral("シナリオ「まだ事業なし」を追加")},
    };
    return d;
}

// n scenarios (copies of the rich ones, renamed): a file of many pages.
Document bigDocument(int n)
{
    const Document rich = richDocument();
    Document d = rich;
    d.scenarios.clear();
    for (int i = 0; i < n; ++i) {
        Scenario s = rich.scenarios[i % rich.scenarios.size()];
        s.name = QStringLiteral("シナリオ%1").arg(i + 1);
        d.scenarios << s;
    }
    return d;
}

// The first way two documents differ, readable (plans as their JSON).
QString differenceOf(const Document &got, const Document &expected)
{
    if (got.title != expected.title)
        return QStringLiteral("title: got \"%1\", expected \"%2\"").arg(got.title, expected.title);
    if (got.scenarios.size() != expected.scenarios.size())
        return QStringLiteral("scenarios: got %1, expected %2").arg(got.scenarios.size()).arg(expected.scenarios.size());
    for (qsizetype i = 0; i < got.scenarios.size(); ++i) {
        if (got.scenarios[i].name != expected.scenarios[i].name)
            return QStringLiteral("scenario %1 name: got \"%2\", expected \"%3\"").arg(i).arg(got.scenarios[i].name, expected.scenarios[i].name);
        if (!(got.scenarios[i].plan == expected.scenarios[i].plan))
            return QStringLiteral("scenario %1 plan:\n  got:      %2\n  expected: %3")
                .arg(i)
                .arg(QString::fromUtf8(planToJson(got.scenarios[i].plan).toCompactJson()),
                     QString::fromUtf8(planToJson(expected.scenarios[i].plan).toCompactJson()));
    }
    if (got.overrides.size() != expected.overrides.size())
        return QStringLiteral("overrides: got %1, expected %2").arg(got.overrides.size()).arg(expected.overrides.size());
    for (qsizetype i = 0; i < got.overrides.size(); ++i)
        if (!(got.overrides[i] == expected.overrides[i]))
            return QStringLiteral("override %1 (%2) differs").arg(i).arg(expected.overrides[i].describe());
    if (got.notes.size() != expected.notes.size())
        return QStringLiteral("notes: got %1, expected %2").arg(got.notes.size()).arg(expected.notes.size());
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
        return QStringLiteral("change log: got %1 entries, expected %2").arg(got.log.size()).arg(expected.log.size());
    for (qsizetype i = 0; i < got.log.size(); ++i) {
        const ChangeEntry &x = got.log[i], &y = expected.log[i];
        if (x.at != y.at || x.author != y.author || x.action != y.action || x.detail != y.detail)
            return QStringLiteral("log %1: got (%2, %3, %4, %5), expected (%6, %7, %8, %9)")
                .arg(i)
                .arg(x.at.toString(Qt::ISODateWithMs), x.author, x.action, x.detail,
                     y.at.toString(Qt::ISODateWithMs), y.author, y.action, y.detail);
    }
    return got == expected ? QString() : QStringLiteral("Document::operator== says they differ; no field found");
}

#define COMPARE_DOCUMENTS(got, expected)                                                           \
    do {                                                                                           \
        const bool same_ = (got) == (expected);                                                    \
        QVERIFY2(same_, qPrintable(differenceOf(got, expected)));                                  \
    } while (false)

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The SHA-256 of a file, or "" if there is none: the bad-file and write-failure tests compare
// it before and after. A file without read permission is made readable for the moment.
QByteArray sha256(const QString &path)
{
    QFile f(path);
    const QFileDevice::Permissions mode = f.permissions();
    const bool grant = f.exists() && !(mode & QFileDevice::ReadOwner);
    if (grant)
        f.setPermissions(mode | QFileDevice::ReadOwner);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (grant)
        f.setPermissions(mode);
    if (!opened)
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Everything in a folder, hidden files included: a failed save or an open must not leave a
// temporary, journal or lock file beside the user's file.
QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// The permission bits of a file (0644), or 0 if it does not exist.
unsigned modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0u;
}

// Runs `f` and returns the DocumentError it throws, or nothing.
template<typename F>
std::optional<DocumentError> documentErrorOf(F &&f)
{
    try {
        f();
    } catch (const DocumentError &e) {
        return e;
    }
    return std::nullopt;
}

// Runs `f` at the end of the scope (permissions restored even when a check fails or skips).
struct Finally {
    std::function<void()> f;
    ~Finally() { f(); }
};

// A private connection to an SQLite file for the test's own SQL, always through prepared
// statements like the program's.
class Sql {
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
QString quickCheckOf(const QString &path)
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
// The command line and helper processes
// ---------------------------------------------------------------------------------------------

using clirunner::CliResult;
using clirunner::describe;
using clirunner::runCli;

// Starts this test executable as a helper (see main()) and waits for its first line.
bool startHelper(QProcess &p, const QStringList &args, const QByteArray &expectedLine, QString *error,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted(kTimeoutMs)) {
        *error = QStringLiteral("helper did not start: ") + p.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine()) {
        if (t.elapsed() > kTimeoutMs || p.state() == QProcess::NotRunning) {
            *error = QStringLiteral("helper gave no line; stderr: ") + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        p.waitForReadyRead(100);
    }
    const QByteArray line = p.readLine().trimmed();
    if (line != expectedLine) {
        *error = QStringLiteral("helper said \"%1\", expected \"%2\"").arg(QString::fromUtf8(line), QString::fromUtf8(expectedLine));
        return false;
    }
    return true;
}

void killHelper(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill(); // SIGKILL: no destructor, no unlock, no cleanup — a crash
        p.waitForFinished(kTimeoutMs);
    }
}

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
QJsonObject canonicalPlan(QJsonObject plan)
{
    if (plan.value(QStringLiteral("title")).toString().isEmpty())
        plan.remove(QStringLiteral("title"));
    QJsonObject body = plan.value(QStringLiteral("body")).toObject();
    if (const LocalBody *known = Registry::bundled().find(body.value(QStringLiteral("code")).toString())) {
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
                su.insert(QStringLiteral("prefecture_share"), canonicalFraction(su.value(QStringLiteral("prefecture_share"))));
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
                m.insert(QStringLiteral("share"), anyShare ? canonicalFraction(m.value(QStringLiteral("share")))
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

// The text fields of a plan that its reader leaves as null QStrings, i.e. what once made saving fail (a null text bound as SQL NULL).
QStringList nullTextFieldsOf(const QJsonObject &plan)
{
    QStringList out;
    if (!plan.contains(QStringLiteral("title")))
        out << QStringLiteral("title");
    if (!plan.value(QStringLiteral("body")).toObject().contains(QStringLiteral("code")))
        out << QStringLiteral("body.code");
    const QJsonArray programs = plan.value(QStringLiteral("programs")).toArray();
    for (qsizetype i = 0; i < programs.size(); ++i)
        if (!programs[i].toObject().contains(QStringLiteral("next_year_menu")))
            out << QStringLiteral("programs[%1].next_year_menu").arg(i);
    return out;
}

QByteArray compact(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(SHIENPLAN_TEST_DATA "/") + relative;
}

// ---------------------------------------------------------------------------------------------
// Helper processes (run by main() before QTest)
// ---------------------------------------------------------------------------------------------

// --helper-hold-lock PATH: takes the document's lock, says "locked", and holds it until its
// stdin is closed (then unlocks and exits 0) or it is killed.
int helperHoldLock(const QString &path)
{
    DocumentLock lock(path);
    if (!lock.tryLock()) {
        std::printf("busy\n");
        std::fflush(stdout);
        return 3;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    lock.unlock();
    return 0;
}

// --helper-autosave DIR ORIGINAL: edits richDocument() under an Autosaver (short timers),
// says "copy" once the recovery copy is written, and then keeps running, unsaved, until killed.
int helperAutosave(const QString &dir, const QString &original)
{
    Autosaver saver(RecoveryStore(dir), original, original, [] { return richDocument(); }, 200, 50);
    QObject::connect(&saver, &Autosaver::copyWritten, [] {
        std::printf("copy\n");
        std::fflush(stdout);
    });
    QObject::connect(&saver, &Autosaver::copyFailed, [](const QString &m) {
        std::printf("failed %s\n", qPrintable(m));
        std::fflush(stdout);
    });
    saver.touched();
    return QCoreApplication::exec();
}

} // namespace

class TestDocumentFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void nullTextFields_data();
    void nullTextFields();
    void storedAsIntegers();
    void saveKeepsPermissions();
    void readOnlyFileAndFolderOpen();
    void cliRoundTrip_data();
    void cliRoundTrip();
    void cliArrayRoundTrip_data();
    void cliArrayRoundTrip();

    void migration_data();
    void migration();

    void badFile_data();
    void badFile();
    void badFileOnCommandLine_data();
    void badFileOnCommandLine();

    void writeFailure_data();
    void writeFailure();

    void lockInOneProcess();
    void lockHeldByAnotherProcess_data();
    void lockHeldByAnotherProcess();

    void recoveryAfterRestart();
    void recoveryAfterKilledProcess();
    void autosaverWritesWhenIdle();
    void autosaverWritesWithinInterval();
    void autosaverReportsFailure();

private:
    QTemporaryDir m_tmp;
    QString m_privateTmp; // TMPDIR of this process: must be empty after every test
    bool makeBadFile(const QString &kind, const QString &path, QString *error);
    QString tmpPath(const QString &name) const { return m_tmp.filePath(name); }
    QString freshDir(const QString &name) const
    {
        const QString d = tmpPath(name);
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        return d;
    }
};

void TestDocumentFile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(SHIENPLAN_CLI)).isExecutable(), "not built: " SHIENPLAN_CLI);
    if (qEnvironmentVariable("SHIENPLAN_RULES_DIR").isEmpty())
        qputenv("SHIENPLAN_RULES_DIR", QFile::encodeName(tmpPath(QStringLiteral("no-user-rules"))));
    // readDocument and writeDocument work in a temporary folder. Give this process its own
    // TMPDIR so that cleanup() can check that nothing is ever left there, even after a failure.
    m_privateTmp = tmpPath(QStringLiteral("tmpdir"));
    QVERIFY(QDir().mkpath(m_privateTmp));
    qputenv("TMPDIR", QFile::encodeName(m_privateTmp));
    QCOMPARE(QDir::tempPath(), QDir(m_privateTmp).absolutePath());
}

void TestDocumentFile::cleanup()
{
    const QStringList left = listing(m_privateTmp);
    QDir(m_privateTmp).removeRecursively();
    QDir().mkpath(m_privateTmp);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left in the temporary folder: ") + left.join(u", ")));
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

void TestDocumentFile::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("every field: 4 scenarios, joint 2/7+5/7, 8 rule values, notes, change log") << QStringLiteral("rich");
    QTest::newRow("title only, no scenario") << QStringLiteral("empty");
    QTest::newRow("200 scenarios") << QStringLiteral("big");
}

void TestDocumentFile::roundTrip()
{
    QFETCH(QString, kind);
    Document doc;
    if (kind == QLatin1String("rich")) {
        doc = richDocument();
    } else if (kind == QLatin1String("empty")) {
        doc.title = QStringLiteral("空の文書");
    } else {
        doc = bigDocument(200);
    }
    const QString dir = freshDir(QStringLiteral("roundtrip"));
    const QString first = dir + QStringLiteral("/first.shienplan");
    const QString second = dir + QStringLiteral("/second.shienplan");

    auto e = documentErrorOf([&] { writeDocument(doc, first); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    Document back;
    e = documentErrorOf([&] { back = readDocument(first); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(back, doc);

    // What was read writes again to a file that reads back the same: nothing is lost or
    // changed by a second save (a document goes through many).
    e = documentErrorOf([&] { writeDocument(back, second); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    Document again;
    e = documentErrorOf([&] { again = readDocument(second); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(again, doc);

    // Saving over an existing file replaces it (the common case: Save).
    e = documentErrorOf([&] { writeDocument(doc, second); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    e = documentErrorOf([&] { again = readDocument(second); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(again, doc);
    // Nothing but the two documents in the folder (no journal, no temporary file).
    QCOMPARE(listing(dir), QStringList({QStringLiteral("first.shienplan"), QStringLiteral("second.shienplan")}));
}

// Every text field left as the readers leave it (a null QString, not ""), one at a time.
void TestDocumentFile::nullTextFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("newDocument() as the window creates it") << QStringLiteral("newDocument");
    QTest::newRow("document title not set") << QStringLiteral("title");
    QTest::newRow("plan without title") << QStringLiteral("plan.title");
    QTest::newRow("body without code (not in the registry)") << QStringLiteral("body.code");
    QTest::newRow("program without next_year_menu") << QStringLiteral("next_year_menu");
    QTest::newRow("rule value without key (base amount)") << QStringLiteral("override.key");
    QTest::newRow("rule value without note") << QStringLiteral("override.note");
}

void TestDocumentFile::nullTextFields()
{
    QFETCH(QString, field);
    Document doc = richDocument();
    if (field == QLatin1String("newDocument")) {
        doc = newDocument(registryBody("162019"), 2025, QStringLiteral("案1"));
    } else if (field == QLatin1String("title")) {
        doc.title = QString();
    } else if (field == QLatin1String("plan.title")) {
        doc.scenarios[1].plan.title = QString();
    } else if (field == QLatin1String("body.code")) {
        doc.scenarios[1].plan.body.code = QString();
        doc.scenarios[1].plan.body.prefectureCode = QString();
    } else if (field == QLatin1String("next_year_menu")) {
        doc.scenarios[0].plan.programs[1].nextYearMenu = QString();
    } else if (field == QLatin1String("override.key")) {
        doc.overrides[0].key = QString();
    } else if (field == QLatin1String("override.note")) {
        doc.overrides[1].note = QString();
    }
    const QString path = freshDir(QStringLiteral("null")) + QStringLiteral("/doc.shienplan");
    auto e = documentErrorOf([&] { writeDocument(doc, path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    Document back;
    e = documentErrorOf([&] { back = readDocument(path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(back, doc); // a null text reads back as "", which compares equal
}

// Yen are INTEGER and rates two INTEGER columns: never REAL, DECIMAL or NUMERIC, in the schema
// or in the values actually stored; the header carries our application id.
void TestDocumentFile::storedAsIntegers()
{
    const QString path = freshDir(QStringLiteral("types")) + QStringLiteral("/doc.shienplan");
    const Document doc = richDocument();
    auto e = documentErrorOf([&] { writeDocument(doc, path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));

    Sql db(path, true);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(kApplicationId));
    QCOMPARE(db.value(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), kSchemaVersion);
    const auto tables = db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QVERIFY(tables.size() >= 9);
    for (const auto &t : tables) {
        const QString table = t.first().toString();
        // PRAGMA table_info cannot take a bound parameter; the table-valued function can.
        const auto columns = db.rows(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {table});
        QVERIFY2(!columns.isEmpty(), qPrintable(table + u' ' + db.error()));
        for (const auto &c : columns) {
            const QString type = c[1].toString().toUpper();
            for (const char *bad : {"REAL", "FLOA", "DOUB", "DEC", "NUM"})
                QVERIFY2(!type.contains(QLatin1String(bad)),
                         qPrintable(QStringLiteral("%1.%2 is declared %3").arg(table, c[0].toString(), type)));
        }
    }
    const QList<std::pair<const char *, const char *>> amounts = {
        {"program", "expenditure"},        {"program", "other_income"},     {"program", "startup_share_num"},
        {"program", "startup_share_den"},  {"joint_member", "share_num"},   {"joint_member", "share_den"},
        {"rule_override", "amount_min"},   {"rule_override", "amount_max"}, {"rule_override", "rate_num"},
        {"rule_override", "rate_den"},
    };
    for (const auto &[table, column] : amounts) {
        // Column and table names come from the list above, not from data.
        const auto types = db.rows(QStringLiteral("SELECT DISTINCT typeof(%1) FROM %2").arg(QLatin1String(column), QLatin1String(table)));
        for (const auto &t : types)
            QVERIFY2(t.first() == QLatin1String("integer") || t.first() == QLatin1String("null"),
                     qPrintable(QStringLiteral("%1.%2 holds a %3").arg(QLatin1String(table), QLatin1String(column), t.first().toString())));
    }
    // 2^53 + 1 is stored exactly (a double would make it 2^53).
    QCOMPARE(db.value(QStringLiteral("SELECT expenditure FROM program WHERE program_key = ?"), {QStringLiteral("p2")}).toLongLong(),
             9'007'199'254'740'993LL);
    // 2/7 stays 2 and 7.
    const auto share = db.rows(QStringLiteral("SELECT share_num, share_den FROM joint_member WHERE code = ?"), {QStringLiteral("162019")});
    QCOMPARE(share.size(), 1);
    QCOMPARE(share.first()[0].toLongLong(), 2);
    QCOMPARE(share.first()[1].toLongLong(), 7);
}

// Saving replaces the file (QSaveFile renames a new one over it) but keeps who may read it: a
// planner who made a document private (0600) does not find it readable by all after a save.
void TestDocumentFile::saveKeepsPermissions()
{
    const QString dir = freshDir(QStringLiteral("permissions"));
    const QString path = dir + QStringLiteral("/doc.shienplan");
    Document doc = richDocument();
    for (const unsigned mode : {0600u, 0640u, 0664u}) {
        auto e = documentErrorOf([&] { writeDocument(doc, path); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
        doc.title = QStringLiteral("mode %1").arg(mode, 4, 8, QLatin1Char('0'));
        e = documentErrorOf([&] { writeDocument(doc, path); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
        QCOMPARE(readDocument(path).title, doc.title);
        QCOMPARE(modeOf(path), mode);
    }
}

// A colleague's file on a read-only share, or one marked read-only, still opens.
void TestDocumentFile::readOnlyFileAndFolderOpen()
{
    const QString dir = freshDir(QStringLiteral("readonly-open"));
    const QString path = dir + QStringLiteral("/doc.shienplan");
    const Document doc = richDocument();
    auto e = documentErrorOf([&] { writeDocument(doc, path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    Finally restore{[&] {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }};
    const QByteArray before = sha256(path);
    Document back;
    e = documentErrorOf([&] { back = readDocument(path); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(back, doc);
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(dir), QStringList{QStringLiteral("doc.shienplan")});
}

void TestDocumentFile::cliRoundTrip_data()
{
    QTest::addColumn<QString>("plan");
    const QStringList plans = QDir(dataPath(QStringLiteral("plans"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!plans.isEmpty());
    for (const QString &p : plans)
        QTest::newRow(qPrintable(p)) << dataPath(QStringLiteral("plans/") + p);
}

// plan.json → x.shienplan → back.json through the real command line.
void TestDocumentFile::cliRoundTrip()
{
    QFETCH(QString, plan);
    const QString dir = freshDir(QStringLiteral("cli"));
    const QString doc = dir + QStringLiteral("/plan.shienplan");
    const QString back = dir + QStringLiteral("/back.json");
    const QString direct = dir + QStringLiteral("/direct.json");
    const QJsonObject original = QJsonDocument::fromJson(readFile(plan)).object();
    QVERIFY(!original.isEmpty());

    // JSON → JSON without a .shienplan in between: the reference for the bytes.
    QStringList args{QStringLiteral("convert"), plan, direct};
    CliResult r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());

    args = QStringList{QStringLiteral("convert"), plan, doc};
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    QVERIFY2(r.err.isEmpty(), describe(args, r).constData());

    args = QStringList{QStringLiteral("convert"), doc, back};
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());

    // Byte for byte what JSON → JSON gives: the .shienplan kept everything the JSON had.
    QCOMPARE(readFile(back), readFile(direct));
    // And, member by member, the plan that went in (see canonicalPlan for what the writer adds).
    QJsonObject got = QJsonDocument::fromJson(readFile(back)).object();
    const QString title = original.value(QStringLiteral("title")).toString();
    QCOMPARE(got.value(QStringLiteral("scenario")).toString(), title.isEmpty() ? QStringLiteral("シナリオ1") : title);
    got.remove(QStringLiteral("scenario"));
    const QJsonObject expected = canonicalPlan(original);
    QVERIFY2(got == expected, ("\n  got:      " + compact(got) + "\n  expected: " + compact(expected)).constData());

    // The .shienplan evaluates exactly as the JSON does.
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("text")}) {
        const QStringList onJson{QStringLiteral("evaluate"), plan, QStringLiteral("--format"), format};
        const QStringList onDoc{QStringLiteral("evaluate"), doc, QStringLiteral("--format"), format};
        const CliResult a = runCli(onJson);
        const CliResult b = runCli(onDoc);
        VERIFY_RAN(onJson, a);
        VERIFY_RAN(onDoc, b);
        QVERIFY2(a.exitCode == b.exitCode, (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
        QVERIFY2(a.out == b.out, (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
        QVERIFY2(b.err.isEmpty(), describe(onDoc, b).constData());
    }
}

void TestDocumentFile::cliArrayRoundTrip_data()
{
    QTest::addColumn<QStringList>("plans");
    QTest::addColumn<bool>("everyTextGiven"); // false: some plan leaves a text unset
    // Three plans of tests/data/plans; two leave next_year_menu out.
    QTest::newRow("three test plans (array)") << QStringList{QStringLiteral("station_toyama_startup"), QStringLiteral("support_joint_three_towns"),
                                                             QStringLiteral("two_programs_net_zero")}
                                              << false;
    // The same three with every text given (next_year_menu added), so the array round trip is
    // tested whatever the texts are.
    QTest::newRow("three plans with every text given (array)")
        << QStringList{QStringLiteral("station_toyama_startup"), QStringLiteral("support_joint_three_towns"), QStringLiteral("two_programs_net_zero")}
        << true;
}

// A JSON array of three plans becomes a document of three scenarios, and comes back as an
// array of the same three plans; batch on either gives the same output.
void TestDocumentFile::cliArrayRoundTrip()
{
    QFETCH(QStringList, plans);
    QFETCH(bool, everyTextGiven);
    const QString dir = freshDir(QStringLiteral("cli-array"));
    QJsonArray input;
    for (const QString &name : plans) {
        QJsonObject p = QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("plans/%1.json").arg(name)))).object();
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

    QStringList args{QStringLiteral("convert"), in, doc};
    CliResult r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    QVERIFY2(r.out.contains("3 scenarios"), describe(args, r).constData());

    Document d;
    auto e = documentErrorOf([&] { d = readDocument(doc); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    QCOMPARE(d.scenarios.size(), 3);

    args = QStringList{QStringLiteral("convert"), doc, back};
    r = runCli(args);
    VERIFY_RAN(args, r);
    QVERIFY2(r.exitCode == 0, describe(args, r).constData());
    const QJsonDocument got = QJsonDocument::fromJson(readFile(back));
    QVERIFY2(got.isArray(), "a document of several scenarios must export as an array");
    const QJsonArray gotPlans = got.array();
    QCOMPARE(gotPlans.size(), input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        QJsonObject g = gotPlans[i].toObject();
        QCOMPARE(g.value(QStringLiteral("scenario")).toString(), input[i].toObject().value(QStringLiteral("title")).toString());
        g.remove(QStringLiteral("scenario"));
        const QJsonObject expected = canonicalPlan(input[i].toObject());
        QVERIFY2(g == expected, ("plan " + QByteArray::number(i) + "\n  got:      " + compact(g) + "\n  expected: " + compact(expected)).constData());
    }

    // batch over the document is batch over the array.
    const QStringList onJson{QStringLiteral("batch"), in};
    const QStringList onDoc{QStringLiteral("batch"), doc};
    const CliResult a = runCli(onJson);
    const CliResult b = runCli(onDoc);
    VERIFY_RAN(onJson, a);
    VERIFY_RAN(onDoc, b);
    QVERIFY2(a.exitCode == b.exitCode && a.out == b.out, (describe(onJson, a) + '\n' + describe(onDoc, b)).constData());
    // evaluate --scenario picks one of them.
    const QStringList second{QStringLiteral("evaluate"), doc, QStringLiteral("--scenario"), QStringLiteral("2")};
    const QStringList secondJson{QStringLiteral("evaluate"), dataPath(QStringLiteral("plans/%1.json").arg(plans[1]))};
    const CliResult c = runCli(second);
    const CliResult cj = runCli(secondJson);
    VERIFY_RAN(second, c);
    QVERIFY2(c.exitCode == cj.exitCode && c.out == cj.out, (describe(second, c) + '\n' + describe(secondJson, cj)).constData());
}

// ---------------------------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------------------------

void TestDocumentFile::migration_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < kSchemaVersion; ++v)
        QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(v))) << v;
    // The current version through the same SQL: the control row (no migration).
    QTest::newRow(qPrintable(QStringLiteral("current version %1, no migration").arg(kSchemaVersion))) << kSchemaVersion;
}

// A file as ShienPlan of `version` wrote it, filled by hand with that version's SQL.
void TestDocumentFile::migration()
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
        QCOMPARE(db.value(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), version);
        auto exec = [&db](const char *sql, const QVariantList &binds) { return db.exec(QString::fromLatin1(sql), binds); };
        const QVariant null = QVariant(QMetaType(QMetaType::LongLong));
        QVERIFY2(exec("INSERT INTO meta (key, value) VALUES (?, ?)", {QStringLiteral("title"), expected.title}), qPrintable(db.error()));
        // Two scenarios inserted in the reverse of their positions: the file's order is the
        // position, not the id.
        QVERIFY2(exec("INSERT INTO scenario (id, position, name, title, fiscal_year, body_code, body_name, body_kind,"
                      " body_prefecture, population, juso, welfare_office) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                      {1, 1, QStringLiteral("二つ目の案"), QStringLiteral(""), 2023, QStringLiteral(""), QStringLiteral("架空町"),
                       QStringLiteral("town"), QStringLiteral(""), null, 0, 0}),
                 qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO scenario (id, position, name, title, fiscal_year, body_code, body_name, body_kind,"
                      " body_prefecture, population, juso, welfare_office) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                      {2, 0, QStringLiteral("旧版の案"), QStringLiteral("高岡市の計画（令和5年度）"), 2023, QStringLiteral("162027"),
                       QStringLiteral("高岡市"), QStringLiteral("city"), QStringLiteral("160008"), 166'000, 1, 1}),
                 qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, expenditure, other_income,"
                      " years_running, startup, startup_share_num, startup_share_den, startup_year, next_year_menu)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      {10, 2, 0, QStringLiteral("st"), QStringLiteral("station"), 12'000'000, 500'000, 2, 1, 1, 2, 1, QStringLiteral("station")}),
                 qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, expenditure, other_income,"
                      " years_running, startup, startup_share_num, startup_share_den, startup_year, next_year_menu)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      {11, 1, 0, QStringLiteral("sup"), QStringLiteral("support"), 3'000'000, 0, 1, 0, null, null, null, QStringLiteral("")}),
                 qPrintable(db.error()));
        for (const auto &[pos, sub] : {std::pair{1, "ibasho"}, std::pair{0, "consultation"}, std::pair{2, "network"}})
            QVERIFY2(exec("INSERT INTO program_subproject (program_id, position, subproject) VALUES (?,?,?)",
                          {10, pos, QString::fromLatin1(sub)}),
                     qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program_subproject (program_id, position, subproject) VALUES (?,?,?)",
                      {11, 0, QStringLiteral("consultation")}),
                 qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program_staff (program_id, kind, count) VALUES (?,?,?)", {10, QStringLiteral("professionals"), 1}), qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO program_staff (program_id, kind, count) VALUES (?,?,?)", {10, QStringLiteral("coordinators"), 2}), qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO joint_member (program_id, position, code, share_num, share_den) VALUES (?,?,?,?,?)",
                      {10, 1, QStringLiteral("162019"), 5, 7}),
                 qPrintable(db.error()));
        QVERIFY2(exec("INSERT INTO joint_member (program_id, position, code, share_num, share_den) VALUES (?,?,?,?,?)",
                      {10, 0, QStringLiteral("162027"), 2, 7}),
                 qPrintable(db.error()));

        Scenario first;
        first.name = QStringLiteral("旧版の案");
        first.plan.title = QStringLiteral("高岡市の計画（令和5年度）");
        first.plan.fiscalYear = 2023;
        first.plan.body = registryBody("162027");
        first.plan.body.population = 166'000;
        first.plan.body.juso = true;
        Program st;
        st.id = QStringLiteral("st");
        st.menu = QStringLiteral("station");
        st.subprojects = {QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network")};
        st.staff = {{QStringLiteral("coordinators"), 2}, {QStringLiteral("professionals"), 1}};
        st.expenditure = Yen(12'000'000);
        st.otherIncome = Yen(500'000);
        st.yearsRunning = 2;
        st.startup = StartupSupport{Fraction(1, 2), 1};
        st.nextYearMenu = QStringLiteral("station");
        st.joint = {JointMember{QStringLiteral("162027"), Fraction(2, 7)}, JointMember{QStringLiteral("162019"), Fraction(5, 7)}};
        first.plan.programs = {st};
        Scenario second;
        second.name = QStringLiteral("二つ目の案");
        second.plan.fiscalYear = 2023;
        second.plan.body.name = QStringLiteral("架空町");
        second.plan.body.kind = BodyKind::Town;
        second.plan.body.welfareOffice = false;
        Program sup;
        sup.id = QStringLiteral("sup");
        sup.menu = QStringLiteral("support");
        sup.subprojects = {QStringLiteral("consultation")};
        sup.expenditure = Yen(3'000'000);
        second.plan.programs = {sup};
        expected.scenarios = {first, second};

        if (version >= 2) { // the user's rule-book values, and notes
            QVERIFY2(exec("INSERT INTO rule_override (fiscal_year, menu, item, key, amount_min, amount_max, rate_num, rate_den,"
                          " cell, count, source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                          {2023, QStringLiteral("station"), QStringLiteral("addons"), QStringLiteral("needs_survey"), 500'000, null, 0, 1,
                           QStringLiteral("optional"), 0, QStringLiteral("令和5年度実施要領"), QStringLiteral("上限は未確認")}),
                     qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO rule_override (fiscal_year, menu, item, key, amount_min, amount_max, rate_num, rate_den,"
                          " cell, count, source, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                          {2023, QStringLiteral("preparation"), QStringLiteral("rate"), QStringLiteral(""), null, null, 3, 4,
                           QStringLiteral("optional"), 0, QStringLiteral("令和5年度交付要綱"), QStringLiteral("")}),
                     qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO note (at, author, text, scenario_position) VALUES (?,?,?,?)",
                          {QStringLiteral("2023-05-01T10:00:00.000Z"), QStringLiteral("山田"), QStringLiteral("旧版のメモ"), null}),
                     qPrintable(db.error()));
            QVERIFY2(exec("INSERT INTO note (at, author, text, scenario_position) VALUES (?,?,?,?)",
                          {QStringLiteral("2023-05-02T11:30:00Z"), QStringLiteral("佐藤"), QStringLiteral("二つ目の案について"), 1}),
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
            expected.overrides = {addon, rate};
            expected.notes = {Note{utc("2023-05-01T10:00:00.000Z"), QStringLiteral("山田"), QStringLiteral("旧版のメモ"), -1},
                              Note{utc("2023-05-02T11:30:00.000Z"), QStringLiteral("佐藤"), QStringLiteral("二つ目の案について"), 1}};
        }
        if (version >= 4) { // the 担当区域 of a center or satellite, in position order
            QVERIFY2(exec("INSERT INTO program (id, scenario_id, position, program_key, menu, expenditure, other_income,"
                          " years_running, startup, startup_share_num, startup_share_den, startup_year, next_year_menu)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          {12, 1, 1, QStringLiteral("sat"), QStringLiteral("satellite"), 8'000'000, 0, 1, 0, null, null, null, QStringLiteral("")}),
                     qPrintable(db.error()));
            for (const auto &[pos, code] : {std::pair{1, "163210"}, std::pair{0, "163422"}})
                QVERIFY2(exec("INSERT INTO served_municipality (program_id, position, code) VALUES (?,?,?)",
                              {12, pos, QString::fromLatin1(code)}),
                         qPrintable(db.error()));
            Program sat;
            sat.id = QStringLiteral("sat");
            sat.menu = QStringLiteral("satellite");
            sat.expenditure = Yen(8'000'000);
            sat.served = {QStringLiteral("163422"), QStringLiteral("163210")};
            expected.scenarios[1].plan.programs << sat;
        }
        if (version >= 3) { // the change log
            QVERIFY2(exec("INSERT INTO change_log (at, author, action, detail) VALUES (?,?,?,?)",
                          {QStringLiteral("2023-05-03T00:00:00.000Z"), QStringLiteral("山田"), QStringLiteral("set_expenditure"),
                           QStringLiteral("「st」の支出額を 12,000,000円 に変更")}),
                     qPrintable(db.error()));
            expected.log = {ChangeEntry{utc("2023-05-03T00:00:00.000Z"), QStringLiteral("山田"), QStringLiteral("set_expenditure"),
                                        QStringLiteral("「st」の支出額を 12,000,000円 に変更")}};
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
        QCOMPARE(db.value(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), kSchemaVersion);
        QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), kSchemaVersion);
    }
    Document again;
    e = documentErrorOf([&] { again = readDocument(saved); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(again, expected);
}

// ---------------------------------------------------------------------------------------------
// Bad and hostile files
// ---------------------------------------------------------------------------------------------

void TestDocumentFile::badFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("says"); // fragments of the message, besides the file's name
    auto row = [](const char *title, const char *kind, const QStringList &says) {
        QTest::newRow(title) << QString::fromLatin1(kind) << says;
    };
    const QString notSqlite = QStringLiteral("SQLite データベースではありません");
    const QString damaged = QStringLiteral("壊れて");
    row("a text file", "text", {notSqlite, QStringLiteral("not an SQLite database")});
    row("a JSON plan named .shienplan", "json", {notSqlite, QStringLiteral("読み込み")});
    row("an empty file", "empty", {notSqlite});
    row("a PNG image", "png", {notSqlite});
    row("the first half of a .shienplan", "truncated", {damaged, QStringLiteral("damaged")});
    row("2 KB of 0xFF over page 2 (schema_version)", "page2", {damaged});
    row("2 KB of 0xFF over a table page in the middle", "middle", {damaged});
    row("an SQLite header and then noise", "header-noise", {damaged});
    row("a database of another program", "other-program", {QStringLiteral("他のプログラム"), QStringLiteral("another program")});
    row("ShienPlan's id but no schema_version table", "no-version-table", {QStringLiteral("他のプログラム")});
    row("a .shienplan from a newer version (99)", "newer", {QStringLiteral("新しい版"), QStringLiteral("形式 99"), QStringLiteral("ShienPlan を更新")});
    row("schema_version without a row", "no-version-row", {damaged, QStringLiteral("形式の版がありません")});
    row("the scenario table dropped", "no-scenario-table", {damaged, QStringLiteral("scenario")});
    row("an unknown body kind in a scenario", "bad-kind", {damaged, QStringLiteral("unknown body kind")});
    row("a joint share with denominator 0", "zero-denominator", {damaged, QStringLiteral("fraction")});
    row("an unknown menu", "bad-menu", {damaged, QStringLiteral("unknown menu")});
    row("a file without read permission (0000)", "unreadable", {QStringLiteral("読めません"), QStringLiteral("アクセス権")});
    row("a file that does not exist", "missing", {QStringLiteral("見つかりません")});
    row("a folder named .shienplan", "folder", {QStringLiteral("フォルダー")});
}

bool TestDocumentFile::makeBadFile(const QString &kind, const QString &path, QString *error)
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
        if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || f.write(QByteArray(length, '\xFF')) != length)
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
        const int pageSize = (quint8(all[16]) << 8 | quint8(all[17])) == 1 ? 65536 : (quint8(all[16]) << 8 | quint8(all[17]));
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
            return fail(QStringLiteral("PRAGMA quick_check finds nothing wrong after the overwrite"));
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
        if (!db.ok() || !db.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)"))
            || !db.exec(QStringLiteral("INSERT INTO foo (bar) VALUES (?)"), {QStringLiteral("baz")}))
            return fail(db.error());
        return true;
    }
    if (kind == QLatin1String("no-version-table"))
        return tampered({QStringLiteral("DROP TABLE schema_version")});
    if (kind == QLatin1String("newer"))
        return tampered({QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")},
                        {{99, QStringLiteral("2031-04-01T00:00:00Z")}});
    if (kind == QLatin1String("no-version-row"))
        return tampered({QStringLiteral("DELETE FROM schema_version")});
    if (kind == QLatin1String("no-scenario-table"))
        return tampered({QStringLiteral("DROP TABLE scenario")});
    if (kind == QLatin1String("bad-kind"))
        return tampered({QStringLiteral("UPDATE scenario SET body_kind = ?")}, {{QStringLiteral("metropolis")}});
    if (kind == QLatin1String("zero-denominator"))
        return tampered({QStringLiteral("UPDATE joint_member SET share_den = ?")}, {{0}});
    if (kind == QLatin1String("bad-menu"))
        return tampered({QStringLiteral("UPDATE program SET menu = ?")}, {{QStringLiteral("stationn")}});
    if (kind == QLatin1String("unreadable"))
        return realFile(2) && QFile::setPermissions(path, QFileDevice::Permissions());
    if (kind == QLatin1String("missing"))
        return true;
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path) && writeFile(path + QStringLiteral("/inside.txt"), "x");
    return fail(QStringLiteral("unknown kind ") + kind);
}

void TestDocumentFile::badFile()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, says);
    const QString dir = freshDir(QStringLiteral("bad"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QString error;
    QVERIFY2(makeBadFile(kind, path, &error), qPrintable(error));
    if (kind == QLatin1String("unreadable") && QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with permission to read a 0000 file (root); only testable as an ordinary user");
    const QByteArray before = sha256(path);
    const QStringList filesBefore = listing(dir);

    const auto e = documentErrorOf([&] { (void)readDocument(path); });
    QVERIFY2(e, "readDocument accepted the file");
    QCOMPARE(e->file, path);
    const QString message = e->toString();
    qInfo("%s", qPrintable(message)); // what the planner reads
    QVERIFY2(message.startsWith(path), qPrintable(message));
    for (const QString &s : says)
        QVERIFY2(message.contains(s), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(message, s)));
    // The file is byte for byte what it was, and nothing appeared beside it.
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(dir), filesBefore);
}

void TestDocumentFile::badFileOnCommandLine_data()
{
    badFile_data();
}

// The same files given to the command line: exit 2, nothing on stdout, one line on stderr
// naming the file; nothing written.
void TestDocumentFile::badFileOnCommandLine()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, says);
    const QString dir = freshDir(QStringLiteral("bad-cli"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QString error;
    QVERIFY2(makeBadFile(kind, path, &error), qPrintable(error));
    if (kind == QLatin1String("unreadable") && QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with permission to read a 0000 file (root); only testable as an ordinary user");
    const QByteArray before = sha256(path);
    const QStringList filesBefore = listing(dir);
    const QString out = tmpPath(QStringLiteral("bad-cli-out.json"));
    QFile::remove(out);

    for (const QStringList &args : {QStringList{QStringLiteral("evaluate"), path},
                                    QStringList{QStringLiteral("batch"), path},
                                    QStringList{QStringLiteral("convert"), path, out}}) {
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

// ---------------------------------------------------------------------------------------------
// Saves that cannot happen
// ---------------------------------------------------------------------------------------------

void TestDocumentFile::writeFailure_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says"); // besides the file's name and 「名前を付けて保存」
    QTest::newRow("the file is read-only (0444)") << QStringLiteral("readonly-file") << QStringLiteral("読み取り専用");
    QTest::newRow("the folder is read-only (0555)") << QStringLiteral("readonly-folder") << QString();
    QTest::newRow("the disk is full (a 32 KiB file-size limit)") << QStringLiteral("disk-full") << QString();
    QTest::newRow("the folder does not exist") << QStringLiteral("missing-folder") << QString();
    QTest::newRow("a folder is in the way") << QStringLiteral("is-folder") << QString();
    QTest::newRow("an amount beyond 64 bits") << QStringLiteral("too-large") << QStringLiteral("too large");
}

// Each case: the save throws a DocumentError naming the file and pointing to Save As, and the
// file that was there is byte for byte what it was, with nothing new beside it.
//
// The permission cases cannot fail for root, who may write anything: they probe first and
// skip with the reason. As root, a 0444 file IS replaced: writeDocument refuses only when
// QFileInfo::isWritable() says no, and access(W_OK) says yes to root (checked below).
//
// A full disk is simulated with RLIMIT_FSIZE (what a quota or a full volume gives: write()
// fails, EFBIG here, ENOSPC there), which needs no mount and works for any user. The limit is
// per process and per file, so it always strikes while SQLite builds the new database in the
// temporary folder, never later in QSaveFile; a volume that fills up between the two (the
// temporary folder on another disk than the document) cannot be simulated without mounting
// a small filesystem, which needs root. /dev/full is not used: QSaveFile would try to rename a
// temporary file over the device node, which root is allowed to do.
void TestDocumentFile::writeFailure()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    const QString dir = freshDir(QStringLiteral("write"));
    QString target = dir + QStringLiteral("/計画.shienplan");
    Document newer = richDocument();
    newer.title = QStringLiteral("変更後");
    std::function<void()> restore = [] {};
    Finally guard{[&] { restore(); }};
    std::unique_ptr<rlimit> oldLimit;

    if (kind != QLatin1String("missing-folder") && kind != QLatin1String("is-folder")) {
        Document old = richDocument();
        old.title = QStringLiteral("変更前");
        const auto e = documentErrorOf([&] { writeDocument(old, target); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    }
    if (kind == QLatin1String("readonly-file")) {
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        restore = [target] { QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner); };
        QFile probe(target);
        if (probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
            probe.close();
            // Root: isWritable() is true, so the save goes through and replaces the file,
            // keeping its mode. Document that, then skip the refusal this row is about.
            const auto e = documentErrorOf([&] { writeDocument(newer, target); });
            QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
            QCOMPARE(readDocument(target).title, newer.title);
            // QSaveFile gives the new file the owner's write bit (0644 with umask 022): the
            // read-only mark does not survive a root save. Qt's doing, noted, not asserted.
            qInfo("as root: the 0444 file was replaced; its mode is now %04o", modeOf(target));
            QSKIP("running with permission to write a 0444 file (root): the save replaces it (checked); "
                  "the refusal of a read-only file is only testable as an ordinary user");
        }
    } else if (kind == QLatin1String("readonly-folder")) {
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        restore = [dir] { QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner); };
        QFile probe(dir + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("running with permission to create files in a 0555 folder (root); only testable as an ordinary user");
        }
    } else if (kind == QLatin1String("disk-full")) {
        newer = bigDocument(300); // several hundred KB
        oldLimit = std::make_unique<rlimit>();
        QVERIFY(getrlimit(RLIMIT_FSIZE, oldLimit.get()) == 0);
        rlimit small = *oldLimit;
        small.rlim_cur = 32 * 1024;
        auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        restore = [&oldLimit, oldHandler] {
            setrlimit(RLIMIT_FSIZE, oldLimit.get());
            std::signal(SIGXFSZ, oldHandler);
        };
    } else if (kind == QLatin1String("missing-folder")) {
        target = dir + QStringLiteral("/ない/計画.shienplan");
    } else if (kind == QLatin1String("is-folder")) {
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeFile(target + QStringLiteral("/inside.txt"), "x"));
    } else if (kind == QLatin1String("too-large")) {
        newer.scenarios[0].plan.programs[0].expenditure = Yen(1) << 70;
    }

    const QByteArray before = sha256(target);
    const QStringList filesBefore = listing(dir);
    const auto e = documentErrorOf([&] { writeDocument(newer, target); });
    restore(); // before any check can fail: lift the limit, give back the permissions
    restore = [] {};
    QVERIFY2(e, "the save did not fail");
    QCOMPARE(e->file, target);
    const QString message = e->toString();
    qInfo("%s", qPrintable(message)); // what the planner reads
    QVERIFY2(message.startsWith(target), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("名前を付けて保存")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Save As")), qPrintable(message));
    if (!says.isEmpty())
        QVERIFY2(message.contains(says), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(message, says)));
    QCOMPARE(sha256(target), before);
    QCOMPARE(listing(dir), filesBefore);
    if (kind == QLatin1String("is-folder"))
        QCOMPARE(listing(target), QStringList{QStringLiteral("inside.txt")});
    if (kind == QLatin1String("missing-folder"))
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/ない")));
    if (!before.isEmpty()) {
        Document still;
        const auto e2 = documentErrorOf([&] { still = readDocument(target); });
        QVERIFY2(!e2, qPrintable(e2 ? e2->toString() : QString()));
        QCOMPARE(still.title, QStringLiteral("変更前"));
    }
}

// ---------------------------------------------------------------------------------------------
// The lock
// ---------------------------------------------------------------------------------------------

void TestDocumentFile::lockInOneProcess()
{
    const QString dir = freshDir(QStringLiteral("lock"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QCOMPARE(DocumentLock::lockPathFor(path), dir + QStringLiteral("/.~lock.計画.shienplan#"));

    DocumentLock first(path);
    DocumentLock second(path);
    QVERIFY(!first.isLocked());
    QVERIFY(first.tryLock());
    QVERIFY(first.isLocked());
    QVERIFY(first.tryLock()); // asking again while holding it is not an error
    QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(path)));

    QVERIFY(!second.tryLock());
    QVERIFY(!second.isLocked());
    const QString holder = second.holder();
    QVERIFY(!holder.isEmpty());
    QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));

    first.unlock();
    QVERIFY(!first.isLocked());
    QVERIFY(!QFileInfo::exists(DocumentLock::lockPathFor(path)));
    QVERIFY(second.tryLock());
    QVERIFY(!first.tryLock());
    second.unlock();

    // A lock object going away releases the lock.
    {
        DocumentLock scoped(path);
        QVERIFY(scoped.tryLock());
    }
    QVERIFY(first.tryLock());
    first.unlock();
}

void TestDocumentFile::lockHeldByAnotherProcess_data()
{
    QTest::addColumn<bool>("kill");
    QTest::newRow("the other program closes the document") << false;
    QTest::newRow("the other program is killed (stale lock taken over)") << true;
}

void TestDocumentFile::lockHeldByAnotherProcess()
{
    QFETCH(bool, kill);
    const QString dir = freshDir(QStringLiteral("lock-process"));
    const QString path = dir + QStringLiteral("/計画.shienplan");
    QProcess other;
    Finally stop{[&] { killHelper(other); }};
    QString error;
    QVERIFY2(startHelper(other, {QStringLiteral("--helper-hold-lock"), path}, "locked", &error), qPrintable(error));

    DocumentLock mine(path);
    QVERIFY(!mine.tryLock());
    const QString holder = mine.holder();
    QVERIFY2(holder.contains(QString::number(other.processId())), qPrintable(holder));
    QVERIFY(!mine.tryLock()); // still, while the other one lives

    if (kill) {
        killHelper(other);
        // The lock file stays behind, naming a process that no longer runs.
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    } else {
        other.closeWriteChannel(); // the helper unlocks and exits
        QVERIFY(other.waitForFinished(kTimeoutMs));
        QCOMPARE(other.exitStatus(), QProcess::NormalExit);
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(DocumentLock::lockPathFor(path)));
    }
    QVERIFY(mine.tryLock());
    QVERIFY(mine.isLocked());
    mine.unlock();
}

// ---------------------------------------------------------------------------------------------
// Recovery
// ---------------------------------------------------------------------------------------------

// The program saves a recovery copy, "crashes" (its objects are simply gone), and a new
// RecoveryStore — the next start — finds the copy, opens it, and only then lets it go.
void TestDocumentFile::recoveryAfterRestart()
{
    QTemporaryDir recoveryDir(tmpPath(QStringLiteral("recovery-XXXXXX")));
    QVERIFY(recoveryDir.isValid());
    const QByteArray oldEnv = qgetenv("SHIENPLAN_RECOVERY_DIR");
    qputenv("SHIENPLAN_RECOVERY_DIR", QFile::encodeName(recoveryDir.path()));
    Finally env{[oldEnv] {
        if (oldEnv.isNull())
            qunsetenv("SHIENPLAN_RECOVERY_DIR");
        else
            qputenv("SHIENPLAN_RECOVERY_DIR", oldEnv);
    }};

    const QString dir = freshDir(QStringLiteral("recovery-user"));
    const QString original = dir + QStringLiteral("/計画.shienplan");
    Document saved = richDocument();
    saved.title = QStringLiteral("保存した版");
    auto e = documentErrorOf([&] { writeDocument(saved, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    const QByteArray userFile = sha256(original);

    Document edited = richDocument();
    edited.title = QStringLiteral("編集中の版");
    edited.scenarios[0].plan.programs[0].expenditure = Yen(15'500'000);
    Document untitled = richDocument();
    untitled.title = QStringLiteral("無題");
    untitled.scenarios.removeLast();
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    {
        const RecoveryStore store;
        QCOMPARE(store.dir(), recoveryDir.path());
        e = documentErrorOf([&] { store.save(edited, original, original); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
        QTest::qWait(5); // distinct times, so "newest first" is defined
        e = documentErrorOf([&] { store.save(untitled, QStringLiteral("session-1234"), QString()); });
        QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    }
    const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(1);

    const RecoveryStore afterCrash;
    const QList<RecoveredCopy> copies = afterCrash.list();
    QCOMPARE(copies.size(), 2);
    // Newest first: the never-saved document, then the edited one.
    QCOMPARE(copies[0].title, untitled.title);
    QVERIFY(copies[0].originalPath.isEmpty());
    QCOMPARE(copies[1].title, edited.title);
    QCOMPARE(copies[1].originalPath, original);
    for (const auto &c : copies) {
        QVERIFY2(c.savedAt >= start && c.savedAt <= end, qPrintable(c.savedAt.toString(Qt::ISODateWithMs)));
        QVERIFY(c.copyPath.startsWith(recoveryDir.path()));
        QVERIFY(c.copyPath.endsWith(QStringLiteral(".shienplan")));
    }
    Document recovered;
    e = documentErrorOf([&] { recovered = afterCrash.open(copies[1]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, edited);
    e = documentErrorOf([&] { recovered = afterCrash.open(copies[0]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, untitled);
    // Saving, listing and opening copies never touched the user's file.
    QCOMPARE(sha256(original), userFile);
    QCOMPARE(listing(dir), QStringList{QStringLiteral("計画.shienplan")});

    // A newer autosave of the same document replaces its copy rather than adding one.
    e = documentErrorOf([&] { afterCrash.save(saved, original, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    QCOMPARE(afterCrash.list().size(), 2);

    afterCrash.discard(original);
    const QList<RecoveredCopy> left = afterCrash.list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].title, untitled.title);
    QVERIFY(!QFileInfo::exists(copies[1].copyPath));
    afterCrash.discard(QStringLiteral("session-1234"));
    QVERIFY(afterCrash.list().isEmpty());
    QVERIFY(listing(recoveryDir.path()).isEmpty());
    QCOMPARE(sha256(original), userFile);
}

// A real crash: a helper process edits under an Autosaver, writes its copy, and is killed.
void TestDocumentFile::recoveryAfterKilledProcess()
{
    const QString recoveryDir = freshDir(QStringLiteral("recovery-killed"));
    const QString dir = freshDir(QStringLiteral("recovery-killed-user"));
    const QString original = dir + QStringLiteral("/計画.shienplan");
    Document saved = richDocument();
    saved.title = QStringLiteral("保存した版");
    auto e = documentErrorOf([&] { writeDocument(saved, original); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    const QByteArray userFile = sha256(original);

    // The helper gets its own TMPDIR: a killed writer may leave its temporary folder behind.
    const QString helperTmp = freshDir(QStringLiteral("recovery-killed-tmp"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), helperTmp);
    QProcess helper;
    Finally stop{[&] { killHelper(helper); }};
    QString error;
    QVERIFY2(startHelper(helper, {QStringLiteral("--helper-autosave"), recoveryDir, original}, "copy", &error, env), qPrintable(error));
    killHelper(helper);
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    const RecoveryStore store(recoveryDir);
    const QList<RecoveredCopy> copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].originalPath, original);
    QCOMPARE(copies[0].title, richDocument().title);
    Document recovered;
    e = documentErrorOf([&] { recovered = store.open(copies[0]); });
    QVERIFY2(!e, qPrintable(e ? e->toString() : QString()));
    COMPARE_DOCUMENTS(recovered, richDocument());
    // The user's file is still the saved version: only the planner decides to replace it.
    QCOMPARE(sha256(original), userFile);
    QCOMPARE(readDocument(original).title, saved.title);
}

void TestDocumentFile::autosaverWritesWhenIdle()
{
    const QString recoveryDir = freshDir(QStringLiteral("autosave-idle"));
    const QString original = tmpPath(QStringLiteral("autosave-idle.shienplan"));
    Document current = richDocument();
    Autosaver saver(RecoveryStore(recoveryDir), original, original, [&current] { return current; }, 200, 50);
    QSignalSpy written(&saver, &Autosaver::copyWritten);
    QSignalSpy failed(&saver, &Autosaver::copyFailed);

    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 1);
    QCOMPARE(written.count(), 1);
    QCOMPARE(failed.count(), 0);
    const RecoveryStore store(recoveryDir);
    QList<RecoveredCopy> copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].copyPath, written.first().first().toString());
    QCOMPARE(copies[0].originalPath, original);
    COMPARE_DOCUMENTS(store.open(copies[0]), current);

    // Nothing new, nothing written: the copy is not rewritten while nothing changes.
    QTest::qWait(300);
    QCOMPARE(saver.copiesWritten(), 1);

    // A further edit writes a newer copy over the old one.
    current.title = QStringLiteral("さらに編集");
    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 2);
    copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].title, current.title);

    // The planner saves: the copy goes, and no timer brings it back.
    saver.saved();
    QVERIFY(store.list().isEmpty());
    QTest::qWait(300);
    QVERIFY(store.list().isEmpty());
    QCOMPARE(saver.copiesWritten(), 2);

    // Save As moves the key to the new path; closing on purpose keeps no copy.
    const QString renamed = tmpPath(QStringLiteral("autosave-renamed.shienplan"));
    saver.touched();
    saver.saved(renamed);
    saver.touched();
    QTRY_COMPARE(saver.copiesWritten(), 3);
    copies = store.list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].originalPath, renamed);
    saver.closed();
    QVERIFY(store.list().isEmpty());
}

// An edit every 30 ms never lets the 1 s idle timer fire; the 200 ms interval still writes.
void TestDocumentFile::autosaverWritesWithinInterval()
{
    const QString recoveryDir = freshDir(QStringLiteral("autosave-interval"));
    Autosaver saver(RecoveryStore(recoveryDir), QStringLiteral("session-interval"), QString(),
                    [] { return richDocument(); }, 200, 1000);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600) {
        saver.touched();
        QTest::qWait(30);
    }
    QVERIFY2(saver.copiesWritten() >= 1, "no copy within the interval while the planner kept editing");
    QCOMPARE(RecoveryStore(recoveryDir).list().size(), 1);
    saver.closed();
    QVERIFY(RecoveryStore(recoveryDir).list().isEmpty());
}

// An autosave that cannot be written is reported (the window shows it), not thrown.
void TestDocumentFile::autosaverReportsFailure()
{
    const QString blocker = tmpPath(QStringLiteral("autosave-blocked"));
    QDir(blocker).removeRecursively();
    QVERIFY(writeFile(blocker, "a file where the recovery folder should be"));
    const QByteArray before = sha256(blocker);
    Autosaver saver(RecoveryStore(blocker + QStringLiteral("/recovery")), QStringLiteral("session-blocked"), QString(),
                    [] { return richDocument(); }, 200, 50);
    QSignalSpy failed(&saver, &Autosaver::copyFailed);
    saver.touched();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saver.copiesWritten(), 0);
    QVERIFY2(failed.first().first().toString().contains(blocker), qPrintable(failed.first().first().toString()));
    QCOMPARE(sha256(blocker), before);
}

// QTEST_GUILESS_MAIN, plus the helper modes the lock and crash tests start this executable in.
int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--helper-hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return helperHoldLock(QString::fromLocal8Bit(argv[2]));
    }
    if (argc >= 4 && std::strcmp(argv[1], "--helper-autosave") == 0) {
        QCoreApplication app(argc, argv);
        return helperAutosave(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestDocumentFile tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_documentfile.moc"
