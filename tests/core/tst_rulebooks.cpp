// The bundled rule books over time, checked the way Catala checks date coverage: every fiscal
// year has exactly one book, every menu × sub-project cell is defined, every amount, rate, cap
// and cell has a status and a source, and the matrices are those decisions.md prescribes,
// cell by cell from rules.md §2. 令和8年度 is 令和7年度 carried over (no source of its own yet),
// and so is any later year a new plan asks for; a new plan is for the fiscal year after today's.
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"
#include "core/rules/rulebooklibrary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace shienplan;

namespace
{
// rules.md §2.2 and §2.4, transcribed independently of the generator script:
// R = ◎, O = ○, - = not allowed; columns S01…
const QMap<QString, QString> kVersionB = {
    { "center_prefectural", "RRRRROOOORRR" },
    { "satellite", "RROOOOOOO--O" },
    { "center_municipal", "RRRRROOOOOO-" },
    { "station", "RRROOOOOOO--" },
    { "support", "OOOOOOOO----" },
};
const QMap<QString, QString> kVersionA = {
    { "center_prefectural", "RRRRROOOOORROO" },
    { "satellite", "RROOOOOOOOOO--" },
    { "center_municipal", "RRRRROOOOO----" },
    { "station", "RRROOOOOO-----" },
    { "support", "OOOOOOOO------" },
};
QChar symbolOf(Cell c)
{
    return c == Cell::Required ? u'R' : c == Cell::Optional ? u'O' : u'-';
}
} // namespace

class TestRuleBooks : public QObject
{
    Q_OBJECT
private slots:
    void everyYearHasExactlyOneBook();
    void matrixCells_data();
    void matrixCells();
    void everyValueHasStatusAndSource();
    void menusPerYear_data();
    void menusPerYear();
    void amounts_data();
    void amounts();
    void capsFollowVersionA();
    void roundTripThroughFile();
    void invalidBooksAreRefused_data();
    void invalidBooksAreRefused();
    void userBookReplacesBundled();
    void brokenUserBookIsReportedNotFatal();
    void fy2026IsFy2025CarriedOver();
    void laterYearsAreCarriedOverOnRequest();
    void fiscalYearOfADate_data();
    void fiscalYearOfADate();
};

void TestRuleBooks::everyYearHasExactlyOneBook()
{
    // One file per year in resources/rules, and the library sees exactly those years.
    const QDir dir(QStringLiteral(":/rules"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QCOMPARE(files,
        (QStringList {
            "fy2022.json", "fy2023.json", "fy2024.json", "fy2025.json", "fy2026.json" }));
    const auto lib = RuleBookLibrary::bundledOnly();
    QCOMPARE(lib.fiscalYears(), (QList<int> { 2022, 2023, 2024, 2025, 2026 }));
    QVERIFY(lib.loadProblems().isEmpty());
    for (int fy : lib.fiscalYears()) {
        const RuleBook *b = lib.book(fy);
        QCOMPARE(b->fiscalYear, fy);
        // The file name and the year inside agree, so no year can be defined twice.
        const RuleBook fromFile = ruleBookFromFile(QStringLiteral(":/rules/fy%1.json").arg(fy));
        QCOMPARE(fromFile.fiscalYear, fy);
    }
    QVERIFY(!lib.book(2021));
    QVERIFY(!lib.book(2027));
}

void TestRuleBooks::matrixCells_data()
{
    QTest::addColumn<int>("fy");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("columns");
    QTest::newRow("R4 = Version B, 12 columns") << 2022 << "B" << 12;
    QTest::newRow("R5 = Version B, 12 columns") << 2023 << "B" << 12;
    QTest::newRow("R6 = Version A without S14") << 2024 << "A13" << 13;
    QTest::newRow("R7 = Version A, 14 columns") << 2025 << "A" << 14;
    QTest::newRow("R8 = R7's Version A, carried over") << 2026 << "A" << 14;
}

void TestRuleBooks::matrixCells()
{
    QFETCH(int, fy);
    QFETCH(QString, version);
    QFETCH(int, columns);
    const RuleBook *b = RuleBookLibrary::bundledOnly().book(fy);
    QVERIFY(b);
    QCOMPARE(b->matrixVersion, version);
    QCOMPARE(b->columns.size(), columns);
    for (int i = 0; i < columns; ++i)
        QCOMPARE(b->columns[i], subprojectCatalogue()[i].id); // S01… in order
    const auto &expected = version == QLatin1String("B") ? kVersionB : kVersionA;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const MenuRule *m = b->menu(it.key());
        QVERIFY2(m, qPrintable(it.key()));
        QString got;
        for (const auto &col : b->columns) {
            const MatrixCell *c = m->cell(col);
            QVERIFY2(c, qPrintable(QStringLiteral("%1 × %2 undefined").arg(it.key(), col)));
            got += symbolOf(c->value);
        }
        QCOMPARE(got, it.value().left(columns));
    }
}

void TestRuleBooks::everyValueHasStatusAndSource()
{
    // A line of one of the five documents, or one of ShienPlan's own decisions by an id that
    // sources.cpp explains (a book must not cite the developers' notes, which are not shipped).
    const QRegularExpression seedLine(QStringLiteral(R"(^00[0-4]:\d+(-\d+)?$)"));
    QStringList ownIds;
    for (const auto &a : ownAssumptions())
        ownIds << ownAssumptionSource(a.id);
    for (int fy : RuleBookLibrary::bundledOnly().fiscalYears()) {
        const RuleBook *b = RuleBookLibrary::bundledOnly().book(fy);
        QStringList sources;
        for (const auto &m : b->menus) {
            sources << m.bodiesProv.source << m.rateProv.source;
            for (const auto &col : b->columns) {
                if (m.cells.isEmpty())
                    break; // menus without a matrix row (preparation, acceleration)
                QVERIFY2(m.cells.contains(col),
                    qPrintable(QStringLiteral("FY%1 %2 × %3").arg(fy).arg(m.id, col)));
                sources << m.cells.value(col).prov.source;
            }
            for (const auto &c : m.caps)
                sources << c.prov.source;
            if (m.minCoordinators)
                sources << m.minCoordinators->prov.source;
            const auto &s = m.standard;
            for (const auto *a : { s.base ? &*s.base : nullptr, s.baseJuso ? &*s.baseJuso : nullptr,
                     s.addonDefault ? &*s.addonDefault : nullptr }) {
                if (!a)
                    continue;
                sources << a->prov.source;
                // An amount without a value is unknown, never 0.
                QCOMPARE(a->value.isUnknown(), a->prov.status == Status::Unknown);
            }
            for (const auto &a : s.addons)
                sources << a.prov.source;
        }
        sources << b->startup.prefectureProv.source << b->calculation.truncationProv.source;
        for (const auto &src : sources)
            QVERIFY2(seedLine.match(src).hasMatch() || ownIds.contains(src),
                qPrintable(QStringLiteral("FY%1: source \"%2\"").arg(fy).arg(src)));
        QVERIFY(validateRuleBook(*b).isEmpty());
    }
}

void TestRuleBooks::menusPerYear_data()
{
    QTest::addColumn<int>("fy");
    QTest::addColumn<QStringList>("menus");
    const QStringList regular { "center_prefectural", "satellite", "center_municipal", "station",
        "support" };
    QTest::newRow("R4 has the acceleration program")
        << 2022 << (regular + QStringList { "acceleration" });
    QTest::newRow("R5 regular menus only") << 2023 << regular;
    QTest::newRow("R6 adds preparation") << 2024 << (regular + QStringList { "preparation" });
    QTest::newRow("R7 keeps preparation") << 2025 << (regular + QStringList { "preparation" });
    QTest::newRow("R8 as R7") << 2026 << (regular + QStringList { "preparation" });
}

void TestRuleBooks::menusPerYear()
{
    QFETCH(int, fy);
    QFETCH(QStringList, menus);
    QStringList got;
    for (const auto &m : RuleBookLibrary::bundledOnly().book(fy)->menus)
        got << m.id;
    QCOMPARE(got, menus);
}

void TestRuleBooks::amounts_data()
{
    QTest::addColumn<int>("fy");
    QTest::addColumn<QString>("status");
    QTest::newRow("R4 stated") << 2022 << "stated";
    QTest::newRow("R5 carried over") << 2023 << "carried_over";
    QTest::newRow("R6 carried over") << 2024 << "carried_over";
    QTest::newRow("R7 carried over") << 2025 << "carried_over";
}

void TestRuleBooks::amounts()
{
    QFETCH(int, fy);
    QFETCH(QString, status);
    const RuleBook *b = RuleBookLibrary::bundledOnly().book(fy);
    const MenuRule *station = b->menu(u"station");
    QCOMPARE(*station->standard.base->value.min, Yen(10'000'000));
    QCOMPARE(station->standard.base->prov.source, QStringLiteral("002:1148"));
    QCOMPARE(statusId(station->standard.base->prov.status), status);
    QCOMPARE(*station->standard.baseJuso->value.max, Yen(7'500'000));
    QCOMPARE(station->standard.addonDefault->value, YenRange::between(500'000, 3'000'000));
    QCOMPARE(station->standard.addonDefault->prov.status, Status::Range);
    const MenuRule *support = b->menu(u"support");
    QCOMPARE(support->standard.addonScope, AddonScope::Selected);
    Yen all = 0;
    for (const auto &a : support->standard.addons) {
        all += *a.value.min;
        QCOMPARE(statusId(a.prov.status), status);
    }
    QCOMPARE(all, Yen(5'500'000)); // rules.md §1.7: maximum 5,500千円
    QCOMPARE(*support->standard.addons.value(QStringLiteral("private_partners")).value.min,
        Yen(1'000'000));
    QCOMPARE(
        *support->standard.addons.value(QStringLiteral("needs_survey")).value.min, Yen(500'000));
    // Centers and satellites: unknown, with their gap as the source.
    for (const char *id : { "center_prefectural", "center_municipal", "satellite" }) {
        const MenuRule *m = b->menu(QString::fromLatin1(id));
        QVERIFY(m->standard.base->value.isUnknown());
        QCOMPARE(m->standard.base->prov.status, Status::Unknown);
        QCOMPARE(m->rate, Fraction(1, 2));
    }
    QCOMPARE(b->startup.prefectureShare.min, Fraction(1, 4));
    QCOMPARE(b->startup.prefectureShare.max, Fraction(1, 2));
    QCOMPARE(b->calculation.truncationUnit, Yen(1000));
    QCOMPARE(b->calculation.truncationProv.status, Status::Assumed);
    if (const MenuRule *prep = b->menu(u"preparation")) {
        QCOMPARE(prep->rate, Fraction(3, 4));
        QCOMPARE(prep->rateProv.status, Status::Assumed);
    }
    if (const MenuRule *acc = b->menu(u"acceleration")) {
        QCOMPARE(acc->rate, Fraction(3, 4));
        QCOMPARE(acc->rateProv.status, Status::Stated);
    }
}

void TestRuleBooks::capsFollowVersionA()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    for (int fy : { 2022, 2023 }) // Version B prints no caps
        for (const auto &m : lib.book(fy)->menus)
            QVERIFY2(m.caps.isEmpty(), qPrintable(m.id));
    for (int fy : { 2024, 2025 }) {
        const RuleBook *b = lib.book(fy);
        QCOMPARE(
            b->menu(u"center_prefectural")->caps.value(QStringLiteral("professionals")).value, 3);
        QCOMPARE(
            b->menu(u"center_municipal")->caps.value(QStringLiteral("professionals")).value, 3);
        QCOMPARE(b->menu(u"station")->caps.value(QStringLiteral("professionals")).value, 1);
        QVERIFY(!b->menu(u"satellite")->caps.contains(QStringLiteral("professionals")));
        QCOMPARE(
            b->menu(u"center_prefectural")->caps.contains(QStringLiteral("visiting_supporters")),
            fy == 2025);
    }
    QCOMPARE(lib.book(2025)->menu(u"station")->minCoordinators->value, 1);
    QCOMPARE(lib.book(2025)->menu(u"center_municipal")->minCoordinators->value, 2);
    QCOMPARE(lib.book(2025)->menu(u"satellite")->maxDurationYears->value, 2);
}

void TestRuleBooks::roundTripThroughFile()
{
    QTemporaryDir dir;
    for (int fy : RuleBookLibrary::bundledOnly().fiscalYears()) {
        const RuleBook *b = RuleBookLibrary::bundledOnly().book(fy);
        const QByteArray first = ruleBookToJson(*b).toJson();
        const QString path = dir.filePath(QStringLiteral("book%1.json").arg(fy));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(first);
        f.close();
        const RuleBook again = ruleBookFromFile(path);
        QCOMPARE(ruleBookToJson(again).toJson(), first);
    }
}

void TestRuleBooks::invalidBooksAreRefused_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative amount") << "\"value\": 10000000"
                                     << "\"value\": -1"
                                     << "menus[station].standard.base.value: must not be negative";
    QTest::newRow("rate above 1") << "\"value\": \"3/4\""
                                  << "\"value\": \"5/4\""
                                  << "rate.value: must be between 0 and 1";
    QTest::newRow("reversed range") << "\"min\": 500000"
                                    << "\"min\": 5000000"
                                    << "min is greater than max";
    // (令和6年度 has no value stated: no document of that year gives its rules, tst_rulestatus)
    QTest::newRow("unknown status") << "\"status\": \"inferred\""
                                    << "\"status\": \"official\""
                                    << "unknown status \"official\"";
    QTest::newRow("cell value") << "\"value\": \"optional\""
                                << "\"value\": \"maybe\""
                                << "must be required, optional or not_allowed";
    QTest::newRow("empty source") << "\"source\": \"002:1148\""
                                  << "\"source\": \"\""
                                  << "source: must name a source";
    QTest::newRow("undefined cell") << "\"supporter_care\": {"
                                    << "\"x_supporter_care\": {"
                                    << "unknown sub-project";
    QTest::newRow("other format") << "shienplan/rulebook"
                                  << "shienplan/plan"
                                  << "not a rule book";
}

void TestRuleBooks::invalidBooksAreRefused()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QString, message);
    QFile src(QStringLiteral(":/rules/fy2024.json"));
    QVERIFY(src.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(src.readAll());
    QVERIFY2(text.contains(find), qPrintable(find));
    text.replace(text.indexOf(find), find.size(), replace);
    try {
        ruleBookFromJson(parseJson(text.toUtf8()).root());
        QFAIL("the broken book was accepted");
    } catch (const InputError &e) {
        QVERIFY2(e.toString().contains(message), qPrintable(e.toString()));
    }
}

void TestRuleBooks::userBookReplacesBundled()
{
    QTemporaryDir dir;
    RuleBook b = *RuleBookLibrary::bundledOnly().book(2025);
    b.menu(u"station"); // exists
    for (auto &m : b.menus)
        if (m.id == QLatin1String("station"))
            m.standard.base = Amount { YenRange::exact(12'000'000),
                { Status::User, QStringLiteral("令和7年度交付要綱 別表"), {} } };
    QFile f(dir.filePath(QStringLiteral("fy2025.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ruleBookToJson(b).toJson());
    f.close();
    qputenv("SHIENPLAN_RULES_DIR", dir.path().toUtf8());
    const auto lib = RuleBookLibrary::standard();
    qunsetenv("SHIENPLAN_RULES_DIR");
    QCOMPARE(*lib.book(2025)->menu(u"station")->standard.base->value.min, Yen(12'000'000));
    QCOMPARE(lib.book(2025)->origin, f.fileName());
    // The bundled book itself is untouched.
    QCOMPARE(*RuleBookLibrary::bundledOnly().book(2025)->menu(u"station")->standard.base->value.min,
        Yen(10'000'000));
}

void TestRuleBooks::brokenUserBookIsReportedNotFatal()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("fy2024.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"shienplan/rulebook\", ");
    f.close();
    qputenv("SHIENPLAN_RULES_DIR", dir.path().toUtf8());
    const auto lib = RuleBookLibrary::standard();
    qunsetenv("SHIENPLAN_RULES_DIR");
    QCOMPARE(lib.loadProblems().size(), 1);
    QVERIFY(lib.loadProblems().first().contains(QStringLiteral("fy2024.json")));
    QVERIFY(lib.loadProblems().first().contains(QStringLiteral("invalid JSON")));
    QCOMPARE(lib.book(2024)->origin, QStringLiteral("bundled"));
}

// resources/rules/fy2026.json (scripts/generate-rulebooks.py) is FY2025 as the program carries a
// book over to a new year: the same amounts, cells, caps and sources, every known value
// carried_over with the note 「令和7年度から継続（未確認）」, the unknown ones still unknown.
void TestRuleBooks::fy2026IsFy2025CarriedOver()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    const RuleBook *fy2025 = lib.book(2025);
    const RuleBook *fy2026 = lib.book(2026);
    QVERIFY(fy2025 && fy2026);
    QCOMPARE(fy2026->titleJa, QStringLiteral("令和8年度 ひきこもり支援推進事業"));
    // The script and newFiscalYear agree to the last note.
    QCOMPARE(ruleBookToJson(*fy2026).toJson(),
        ruleBookToJson(rulebookedit::newFiscalYear(*fy2025, 2026)).toJson());

    QList<Provenance> before, after;
    forEachProvenance(*fy2025, [&](const Provenance &p) { before << p; });
    forEachProvenance(*fy2026, [&](const Provenance &p) { after << p; });
    QCOMPARE(after.size(), before.size());
    int carried = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].source, before[i].source);
        if (before[i].status == Status::Unknown) {
            QCOMPARE(after[i].status, Status::Unknown); // nothing to carry: still unknown
            continue;
        }
        QCOMPARE(after[i].status, Status::CarriedOver);
        QVERIFY2(after[i].note.startsWith(QStringLiteral("令和7年度から継続（未確認）")),
            qPrintable(after[i].note));
        ++carried;
    }
    QVERIFY(carried > 100);
    QVERIFY(whollyCarriedOver(*fy2026));
    QVERIFY(!whollyCarriedOver(*fy2025)); // its cells are stated

    // The amounts of 令和7年度: station 10,000,000 / 重層 7,500,000 / add-ons 500,000–3,000,000,
    // support add-ons 5,500,000 in all.
    const MenuRule *station = fy2026->menu(u"station");
    QCOMPARE(station->standard.base->value, YenRange::exact(10'000'000));
    QCOMPARE(station->standard.base->prov.source, QStringLiteral("002:1148"));
    QCOMPARE(station->standard.baseJuso->value, YenRange::exact(7'500'000));
    QCOMPARE(station->standard.addonDefault->value, YenRange::between(500'000, 3'000'000));
    QCOMPARE(station->standard.addonDefault->prov.note,
        QStringLiteral("令和7年度から継続（未確認）。令和7年度は範囲。任意事業1事業につき500千円〜"
                       "3,000千円。事業ごとの額は資料に記載なし（令和4年度の範囲を継続）"));
    Yen all = 0;
    for (const auto &a : fy2026->menu(u"support")->standard.addons)
        all += *a.value.min;
    QCOMPARE(all, Yen(5'500'000));
    QCOMPARE(fy2026->menu(u"station")->caps.value(QStringLiteral("professionals")).value, 1);
    QCOMPARE(fy2026->menu(u"preparation")->rate, Fraction(3, 4));
    QCOMPARE(fy2026->calculation.truncationUnit, Yen(1000));
    QVERIFY(fy2026->menu(u"center_prefectural")->standard.base->value.isUnknown());
    // Its values are 令和7年度's: what the window says under a plan of the year.
    QCOMPARE(lib.carriedOverFrom(2026), std::optional<int>(2025));
    QCOMPARE(lib.carriedOverFrom(2025), std::nullopt);
    QCOMPARE(carriedOverNotice(2026, 2025, u"ja"),
        QStringLiteral("令和8年度の金額は令和7年度の値を引き継いだものです（未確定）"));
}

// A new plan for 令和9年度 (no book yet) gets 令和8年度's carried over, whose values are still
// 令和7年度's; a year that has a book, or is not after the latest, gets none.
void TestRuleBooks::laterYearsAreCarriedOverOnRequest()
{
    RuleBookLibrary lib = RuleBookLibrary::bundledOnly();
    QVERIFY(!lib.carriedOverBook(2026)); // has its book
    QVERIFY(!lib.carriedOverBook(2024));
    QVERIFY(!lib.book(2027)); // asking does not add it
    const std::optional<RuleBook> fy2027 = lib.carriedOverBook(2027);
    QVERIFY(fy2027);
    QVERIFY(!lib.book(2027));
    QCOMPARE(fy2027->fiscalYear, 2027);
    QCOMPARE(fy2027->menu(u"station")->standard.base->value, YenRange::exact(10'000'000));
    QCOMPARE(fy2027->menu(u"station")->standard.base->prov.status, Status::CarriedOver);
    QVERIFY(
        fy2027->menu(u"station")
            ->standard.base->prov.note.startsWith(QStringLiteral("令和8年度から継続（未確認）")));
    QVERIFY(validateRuleBook(*fy2027).isEmpty());
    lib.put(*fy2027);
    QCOMPARE(lib.carriedOverFrom(2027), std::optional<int>(2025));
    QCOMPARE(carriedOverNotice(2027, 2025, u"ja"),
        QStringLiteral("令和9年度の金額は令和7年度の値を引き継いだものです（未確定）"));
    QCOMPARE(carriedOverNotice(2027, 2025, u"en"),
        QStringLiteral("The amounts of FY2027 are FY2025's, carried over (not confirmed)"));
    // A value entered with its source: the year is no longer only carried over.
    RuleBook confirmed = *fy2027;
    rulebookedit::setAmount(confirmed, QStringLiteral("station"), QStringLiteral("base"),
        YenRange::exact(10'500'000), QStringLiteral("令和9年度交付要綱 別表"));
    lib.put(confirmed);
    QCOMPARE(lib.carriedOverFrom(2027), std::nullopt);
    QVERIFY(!RuleBookLibrary().carriedOverBook(2027)); // no book at all to carry over
}

void TestRuleBooks::fiscalYearOfADate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<int>("planning");
    // Japan's fiscal year starts on 1 April; a new plan is for the year after today's.
    QTest::newRow("2026-03-31: still 令和7年度") << QDate(2026, 3, 31) << 2025 << 2026;
    QTest::newRow("2026-04-01: 令和8年度 begins") << QDate(2026, 4, 1) << 2026 << 2027;
    QTest::newRow("2026-12-01: 令和8年度, plan 令和9年度") << QDate(2026, 12, 1) << 2026 << 2027;
    QTest::newRow("2027-01-01: still 令和8年度") << QDate(2027, 1, 1) << 2026 << 2027;
}

void TestRuleBooks::fiscalYearOfADate()
{
    QFETCH(QDate, date);
    QFETCH(int, fiscalYear);
    QFETCH(int, planning);
    QCOMPARE(fiscalYearOf(date), fiscalYear);
    QCOMPARE(planningFiscalYear(date), planning);
}

QTEST_GUILESS_MAIN(TestRuleBooks)
#include "tst_rulebooks.moc"
