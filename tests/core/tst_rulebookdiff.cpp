// Rule books the planners keep up to date (issue 7): edits with a citation, a new fiscal year
// carried over from the latest, files that round-trip, and the differences between years —
// which for the bundled books must be exactly those rules.md §2.6 lists.
#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "core/engine/engine.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebookedit.h"
#include "core/rules/rulebookjson.h"
#include "core/rules/rulebooklibrary.h"
#include "tests/corefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace shienplan;
namespace rbe = shienplan::rulebookedit;

namespace
{
const QString kSource = QStringLiteral("令和7年度交付要綱 別表 2(1)");

RuleBook bundled(int fy)
{
    return *RuleBookLibrary::bundledOnly().book(fy);
}

QString valueOnly(const QString &display)
{
    const qsizetype at = display.lastIndexOf(QLatin1String(" ["));
    return at < 0 ? display : display.left(at);
}

// "kind path before→after", values without their status: what a reviewer reads in the table.
QStringList readable(const QList<RuleBookDifference> &diffs, bool withSourceOnly = false)
{
    QStringList out;
    for (const auto &d : diffs)
        // Status and source changes follow each document's fiscal year (checked by rule in
        // differencesBetweenBundledYears and tst_rulestatus): the lists name what changed.
        if (withSourceOnly
            || (d.kind != QLatin1String("source") && d.kind != QLatin1String("status")))
            out << QStringLiteral("%1 %2 %3→%4")
                       .arg(d.kind, d.path, valueOnly(d.before), valueOnly(d.after));
    return out;
}

using testutil::writeBook; // fails the test if the file cannot be written

// Every value of a book file with a status, by its JSON path, read independently of the C++
// structures (so the carried-over test cannot miss a value the editor forgot).
void collectStatuses(const QJsonValue &v, const QString &path, QMap<QString, QJsonObject> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("status")))
            out.insert(path, o);
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStatuses(it.value(), path + u'.' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue e = a[i];
            const QString id = e.toObject().value(QLatin1String("id")).toString();
            collectStatuses(
                e, path + QStringLiteral("[%1]").arg(id.isEmpty() ? QString::number(i) : id), out);
        }
    }
}

QMap<QString, QJsonObject> statusesOf(const RuleBook &b)
{
    QMap<QString, QJsonObject> out;
    collectStatuses(QJsonDocument::fromJson(ruleBookToJson(b).toJson()).object(), QString(), out);
    return out;
}

const QStringList kStationOptional = { "peer_family_meetings", "public_lectures", "supporters",
    "private_partners", "needs_survey", "professionals" };

Plan stationPlan()
{
    Plan p;
    p.fiscalYear = 2025;
    p.body.name = QStringLiteral("試験市");
    p.body.kind = BodyKind::City;
    Program s;
    s.id = QStringLiteral("p1");
    s.menu = QStringLiteral("station");
    s.subprojects = QStringList { "consultation", "ibasho", "network" } + kStationOptional;
    s.staff = { { "coordinators", 1 }, { "professionals", 1 } };
    s.expenditure = 20'000'000;
    p.programs << s;
    return p;
}

const QList<Yen> kStationAddons = { 1'000'000, 500'000, 500'000, 1'000'000, 500'000, 3'000'000 };

RuleBook withStationAddons(RuleBook b, int howMany = 6)
{
    for (int i = 0; i < howMany; ++i)
        rbe::setAmount(b, QStringLiteral("station"),
            QStringLiteral("addons.") + kStationOptional[i], YenRange::exact(kStationAddons[i]),
            kSource);
    return b;
}

using Mutation = std::function<void(RuleBook &)>;
} // namespace
Q_DECLARE_METATYPE(Mutation)

class TestRuleBookDiff : public QObject
{
    Q_OBJECT
private slots:
    void editedBookRoundTripsThroughItsFile();
    void editsSetStatusUserAndKeepTheSource();
    void editsAreRefused_data();
    void editsAreRefused();
    void invalidBooksAreRefused_data();
    void invalidBooksAreRefused();
    void newFiscalYearCarriesEveryValueOver();
    void newFiscalYearRefusesAnEarlierYear();
    void stationAddOnsMakeTheEstimateExact();
    void commandLineUsesAnEditedBook();
    void differencesBetweenBundledYears_data();
    void differencesBetweenBundledYears();
    void sourceOnlyDifferencesKeepValueAndStatus();
    void differenceIsSymmetric();
};

void TestRuleBookDiff::editedBookRoundTripsThroughItsFile()
{
    RuleBook b = withStationAddons(bundled(2025));
    rbe::setAmount(
        b, "center_prefectural", "base", YenRange::between(20'000'000, 30'000'000), kSource);
    rbe::setAmount(b, "center_prefectural", "per_person.visiting_supporters",
        YenRange::exact(4'000'000), kSource, QStringLiteral("1人あたり"));
    rbe::setRate(b, "preparation", Fraction(3, 4), QStringLiteral("令和7年度交付要綱 第4"));
    rbe::setCap(b, "satellite", "professionals", 2, kSource);
    rbe::setCell(
        b, "station", "multidisciplinary_team", Cell::Optional, kSource, QStringLiteral("試し"));
    rbe::setAmount(b, "preparation", "base", YenRange::exact(5'000'000), kSource);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fy2025.json"));
    writeBook(b, path);
    const RuleBook back = ruleBookFromFile(path);
    QCOMPARE(readable(diffRuleBooks(b, back, u"en"), true), QStringList());
    QCOMPARE(
        ruleBookToJson(back).toJson(), ruleBookToJson(b).toJson()); // byte for byte, notes included
    QCOMPARE(back.menu(u"station")->cell(QStringLiteral("multidisciplinary_team"))->prov.note,
        QStringLiteral("試し"));
}

void TestRuleBookDiff::editsSetStatusUserAndKeepTheSource()
{
    RuleBook b = bundled(2025);
    rbe::setAmount(b, "station", "needs_survey", YenRange::exact(500'000),
        QStringLiteral("  ") + kSource + QStringLiteral(" "));
    const Amount &a = b.menu(u"station")->standard.addons.value(QStringLiteral("needs_survey"));
    QCOMPARE(a.prov.status, Status::User);
    QCOMPARE(a.prov.source, kSource); // trimmed
    QVERIFY(a.value.isExact());

    // A range stays a range; clearing a value makes it unknown again (with the citation).
    rbe::setAmount(b, "station", "base", YenRange::between(9'000'000, 11'000'000), kSource);
    QCOMPARE(b.menu(u"station")->standard.base->prov.status, Status::User);
    rbe::setAmount(b, "station", "base", YenRange::unknown(), kSource);
    QCOMPARE(b.menu(u"station")->standard.base->prov.status, Status::Unknown);
    QVERIFY(validateRuleBook(b).isEmpty());

    rbe::setMinCoordinators(b, "station", 2, kSource);
    QCOMPARE(b.menu(u"station")->minCoordinators->value, 2);
    QCOMPARE(b.menu(u"station")->minCoordinators->prov.status, Status::User);
    rbe::setCell(b, "support", "professionals", Cell::Optional, kSource);
    QCOMPARE(b.menu(u"support")->cell(QStringLiteral("professionals"))->value, Cell::Optional);
    QCOMPARE(b.menu(u"support")->cell(QStringLiteral("professionals"))->prov.status, Status::User);
}

void TestRuleBookDiff::editsAreRefused_data()
{
    QTest::addColumn<Mutation>("edit");
    QTest::addColumn<QString>("message");
    const QString ok = kSource;
    QTest::newRow("amount without a source") << Mutation([](RuleBook &b) {
        rbe::setAmount(b, "station", "base", YenRange::exact(1), QStringLiteral("  "));
    }) << "menus[station].standard.base: a source is required";
    QTest::newRow("rate without a source")
        << Mutation([](RuleBook &b) { rbe::setRate(b, "station", Fraction(1, 2), QString()); })
        << "menus[station].rate: a source is required";
    QTest::newRow("cap without a source")
        << Mutation([](RuleBook &b) { rbe::setCap(b, "station", "professionals", 1, QString()); })
        << "menus[station].caps.professionals: a source is required";
    QTest::newRow("cell without a source") << Mutation([](RuleBook &b) {
        rbe::setCell(b, "station", "ibasho", Cell::Optional, QString());
    }) << "menus[station].cells.ibasho: a source is required";
    QTest::newRow("negative amount") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "station", "base", YenRange::exact(-1), ok);
    }) << "menus[station].standard.base: amounts must not be negative (got -1)";
    QTest::newRow("reversed range") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "station", "addon_default", YenRange::between(3'000'000, 500'000), ok);
    })
                                    << "menus[station].standard.addon_default: the range is "
                                       "reversed (min 3,000,000 > max 500,000)";
    QTest::newRow("negative per-person amount")
        << Mutation([ok](RuleBook &b) {
               rbe::setAmount(b, "center_prefectural", "per_person.visiting_supporters",
                   YenRange::between(-5, 10), ok);
           })
        << "menus[center_prefectural].standard.per_person.visiting_supporters: amounts must not be "
           "negative";
    QTest::newRow("rate zero") << Mutation([ok](RuleBook &b) {
        rbe::setRate(b, "station", Fraction(0), ok);
    }) << "menus[station].rate: a rate must be in (0, 1], got 0/1";
    QTest::newRow("rate above one")
        << Mutation([ok](RuleBook &b) { rbe::setRate(b, "preparation", Fraction(5, 4), ok); })
        << "menus[preparation].rate: a rate must be in (0, 1], got 5/4";
    QTest::newRow("negative cap") << Mutation([ok](RuleBook &b) {
        rbe::setCap(b, "center_prefectural", "visiting_supporters", -1, ok);
    }) << "menus[center_prefectural].caps.visiting_supporters: must not be negative (got -1)";
    QTest::newRow("cap of an unknown staff kind")
        << Mutation([ok](RuleBook &b) { rbe::setCap(b, "station", "drivers", 1, ok); })
        << "menus[station].caps.drivers: unknown staff kind \"drivers\"";
    QTest::newRow("cell outside this year's matrix") << Mutation([ok](RuleBook &b) {
        rbe::setCell(b, "station", "supporter_care", Cell::Optional, ok);
    }) << "";
    QTest::newRow("cell of a menu without a matrix row") << Mutation([ok](RuleBook &b) {
        rbe::setCell(b, "preparation", "ibasho", Cell::Optional, ok);
    }) << "menus[preparation].cells.ibasho: this menu has no row in the matrix";
    QTest::newRow("unknown menu") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "daycare", "base", YenRange::exact(1), ok);
    }) << "menus[daycare]: the FY2025 rule book has no menu \"daycare\"";
    QTest::newRow("base of a pure sum") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "support", "base", YenRange::exact(1), ok);
    }) << "menus[support].standard.base: this menu has no base amount";
    QTest::newRow("add-on outside the matrix") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "station", "addons.visiting_supporters", YenRange::exact(1), ok);
    }) << "";
    QTest::newRow("not an amount") << Mutation([ok](RuleBook &b) {
        rbe::setAmount(b, "station", "rate", YenRange::exact(1), ok);
    }) << "menus[station].standard.rate: not an amount of a rule book";
}

void TestRuleBookDiff::editsAreRefused()
{
    QFETCH(Mutation, edit);
    QFETCH(QString, message);
    RuleBook b
        = bundled(QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("outside"))
                ? 2022 // no supporter_care, no visiting_supporters column
                : 2025);
    const QByteArray before = ruleBookToJson(b).toJson();
    try {
        edit(b);
        QFAIL("the edit was accepted");
    } catch (const EditError &e) {
        if (message.isEmpty()) // the value's path and "not a column"
            QVERIFY2(e.message.contains(QLatin1String("is not a column of the FY2022 matrix")),
                qPrintable(e.message));
        else
            QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
    }
    QCOMPARE(ruleBookToJson(b).toJson(), before); // a refused edit changes nothing
}

void TestRuleBookDiff::invalidBooksAreRefused_data()
{
    // Books broken in memory (as a hand-edited or foreign file could be), written out and read
    // back: the reader refuses them, naming the value.
    QTest::addColumn<Mutation>("breakIt");
    QTest::addColumn<QString>("message");
    auto station = [](RuleBook &b) -> MenuRule & {
        for (auto &m : b.menus)
            if (m.id == QLatin1String("station"))
                return m;
        return b.menus.first();
    };
    QTest::newRow("negative amount")
        << Mutation([=](RuleBook &b) { station(b).standard.base->value = YenRange::exact(-1); })
        << "menus[station].standard.base.value: must not be negative";
    QTest::newRow("reversed range") << Mutation([=](RuleBook &b) {
        station(b).standard.addonDefault->value = YenRange::between(3'000'000, 500'000);
    }) << "menus[station].standard.addon_default: min is greater than max";
    QTest::newRow("rate above one")
        << Mutation([=](RuleBook &b) { station(b).rate = Fraction(3, 2); })
        << "menus[station].rate.value: must be between 0 and 1";
    QTest::newRow("negative cap") << Mutation([=](RuleBook &b) {
        station(b).caps[QStringLiteral("professionals")].value = -2;
    }) << "menus[station].caps.professionals.value";
    QTest::newRow("cell not defined")
        << Mutation([=](RuleBook &b) { station(b).cells.remove(QStringLiteral("needs_survey")); })
        << "menus[station].cells.needs_survey: not defined";
    QTest::newRow("value without a source") << Mutation([=](RuleBook &b) {
        station(b).caps[QStringLiteral("professionals")].prov.source.clear();
    }) << "menus[station].caps.professionals.source: must name a source";
    QTest::newRow("amount with a value but status unknown")
        << Mutation([=](RuleBook &b) { station(b).standard.base->prov.status = Status::Unknown; })
        << "menus[station].standard.base: status unknown but a value is given";
    QTest::newRow("unknown amount that claims a status")
        << Mutation([=](RuleBook &b) { station(b).standard.base->value = YenRange::unknown(); })
        << "menus[station].standard.base: an amount without a value must have status unknown";
    QTest::newRow("column twice") << Mutation([](RuleBook &b) {
        b.columns << QStringLiteral("ibasho");
        // The written matrix then has the column twice as a key: the JSON reader refuses that.
    }) << "invalid JSON: duplicate key \"ibasho\" in one object";
    QTest::newRow("start-up share reversed") << Mutation([](RuleBook &b) {
        b.startup.prefectureShare = { Fraction(1, 2), Fraction(1, 4) };
    }) << "startup_support.prefecture_share: the range is reversed";
    QTest::newRow("truncation unit zero")
        << Mutation([](RuleBook &b) { b.calculation.truncationUnit = 0; })
        << "calculation.truncation_unit: must be at least 1 yen (got 0)";
}

void TestRuleBookDiff::invalidBooksAreRefused()
{
    QFETCH(Mutation, breakIt);
    QFETCH(QString, message);
    RuleBook b = bundled(2025);
    breakIt(b);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fy2025.json"));
    writeBook(b, path);
    try {
        ruleBookFromFile(path);
        QFAIL("the book was accepted");
    } catch (const InputError &e) {
        QVERIFY2(e.toString().contains(message), qPrintable(e.toString()));
    }
}

void TestRuleBookDiff::newFiscalYearCarriesEveryValueOver()
{
    const RuleBook latest = withStationAddons(bundled(2025), 2);
    const RuleBook next = rbe::newFiscalYear(latest, 2026);
    QCOMPARE(next.fiscalYear, 2026);
    QCOMPARE(next.titleJa, QStringLiteral("令和8年度 ひきこもり支援推進事業"));
    QCOMPARE(next.titleEn, QStringLiteral("FY2026 hikikomori support promotion program"));
    QVERIFY(next.notes.first().startsWith(
        QStringLiteral("令和8年度のルールブック（令和7年度から作成）")));
    QVERIFY(validateRuleBook(next).isEmpty());

    const auto before = statusesOf(latest), after = statusesOf(next);
    QCOMPARE(after.keys(), before.keys()); // nothing lost, nothing invented
    int carried = 0, unknown = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject was = it.value(), now = after.value(it.key());
        const QString where = it.key();
        QCOMPARE(now.value(QLatin1String("source")), was.value(QLatin1String("source")));
        for (const char *k : { "value", "min", "max" })
            QCOMPARE(now.value(QLatin1String(k)), was.value(QLatin1String(k)));
        if (was.value(QLatin1String("status")) == QLatin1String("unknown")) {
            QVERIFY2(
                now.value(QLatin1String("status")) == QLatin1String("unknown"), qPrintable(where));
            QCOMPARE(now.value(QLatin1String("note")), was.value(QLatin1String("note")));
            ++unknown;
        } else {
            QVERIFY2(now.value(QLatin1String("status")) == QLatin1String("carried_over"),
                qPrintable(where));
            QVERIFY2(now.value(QLatin1String("note"))
                         .toString()
                         .startsWith(QStringLiteral("令和7年度から継続（未確認）")),
                qPrintable(where));
            ++carried;
        }
    }
    QVERIFY(carried > 100);
    QVERIFY(unknown >= 5);
    // What the user had entered, and what was inferred, is still said in the note.
    const Amount &entered
        = next.menu(u"station")->standard.addons.value(QStringLiteral("peer_family_meetings"));
    QCOMPARE(
        entered.prov.note, QStringLiteral("令和7年度から継続（未確認）。令和7年度はユーザー入力"));
    const MatrixCell *inferred = next.menu(u"station")->cell(QStringLiteral("needs_survey"));
    QVERIFY(inferred->prov.note.startsWith(
        QStringLiteral("令和7年度から継続（未確認）。令和7年度は推定。列見出し")));

    // Carried over again, the phrase does not pile up.
    const RuleBook third = rbe::newFiscalYear(next, 2027);
    QCOMPARE(
        third.menu(u"station")->standard.base->prov.note.count(QStringLiteral("継続（未確認）")),
        1);
    QVERIFY(
        third.menu(u"station")
            ->standard.base->prov.note.startsWith(QStringLiteral("令和8年度から継続（未確認）")));
    QCOMPARE(third.notes.count(), next.notes.count());

    // Against the year it came from, only statuses differ.
    for (const auto &d : diffRuleBooks(latest, next, u"ja"))
        QVERIFY2(d.kind == QLatin1String("status"), qPrintable(d.path + u' ' + d.kind));
}

void TestRuleBookDiff::newFiscalYearRefusesAnEarlierYear()
{
    const RuleBook latest = bundled(2025);
    for (int fy : { 2025, 2024, 1999 }) {
        try {
            rbe::newFiscalYear(latest, fy);
            QFAIL("accepted");
        } catch (const EditError &e) {
            QVERIFY(e.message.startsWith(QLatin1String("fiscal_year: ")));
        }
    }
}

void TestRuleBookDiff::stationAddOnsMakeTheEstimateExact()
{
    const Registry &registry = Registry::bundled();
    const Plan plan = stationPlan();

    // Bundled FY2025: base 10,000,000 + six add-ons of 500,000–3,000,000 → an interval.
    const Evaluation loose = evaluate(plan, bundled(2025), registry);
    QVERIFY(loose.eligible);
    const YenRange looseNational = loose.programs.first().national;
    QVERIFY(!looseNational.isExact());
    QCOMPARE(looseNational, YenRange::between(6'500'000, 10'000'000));

    // Five of six entered: still a range (the sixth falls back to the default add-on).
    const Evaluation five = evaluate(plan, withStationAddons(bundled(2025), 5), registry);
    QVERIFY(!five.programs.first().national.isExact());

    // All six: 10,000,000 + 6,500,000 = 16,500,000 ≤ 20,000,000 net → national exactly 8,250,000.
    const Evaluation exact = evaluate(plan, withStationAddons(bundled(2025)), registry);
    const ProgramResult &r = exact.programs.first();
    QCOMPARE(r.standard, YenRange::exact(16'500'000));
    QCOMPARE(r.national, YenRange::exact(8'250'000));
    QCOMPARE(exact.totals.national, YenRange::exact(8'250'000));
    int userValues = 0;
    for (const auto &u : r.provenance)
        if (u.status == Status::User) {
            QCOMPARE(u.source, kSource);
            ++userValues;
        }
    QCOMPARE(userValues, 6);
}

void TestRuleBookDiff::commandLineUsesAnEditedBook()
{
    // The files the editor writes are what `rules --file` and `evaluate --rules` read.
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("fy2025.json"));
    writeBook(withStationAddons(bundled(2025)), book);

    QProcess rules;
    rules.start(QStringLiteral(SHIENPLAN_CLI), { "rules", "--file", book, "--format", "json" });
    QVERIFY(rules.waitForFinished(60000));
    QCOMPARE(rules.exitCode(), 0);
    const QString printed = dir.filePath(QStringLiteral("printed.json"));
    QFile out(printed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(rules.readAllStandardOutput());
    out.close();
    QCOMPARE(
        readable(diffRuleBooks(ruleBookFromFile(book), ruleBookFromFile(printed), u"en"), true),
        QStringList());

    const QByteArray planJson = R"({"format": "shienplan/plan", "version": 1, "fiscal_year": 2025,
        "body": {"name": "試験市", "kind": "city"},
        "programs": [{"id": "p1", "menu": "station",
          "subprojects": ["consultation", "ibasho", "network", "peer_family_meetings", "public_lectures",
                          "supporters", "private_partners", "needs_survey", "professionals"],
          "staff": {"coordinators": 1, "professionals": 1}, "expenditure": 20000000}]})";
    QFile plan(dir.filePath(QStringLiteral("plan.json")));
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write(planJson);
    plan.close();
    QProcess eval;
    eval.start(QStringLiteral(SHIENPLAN_CLI),
        { "evaluate", plan.fileName(), "--rules", book, "--format", "json" });
    QVERIFY(eval.waitForFinished(60000));
    QCOMPARE(eval.exitCode(), 0);
    const QJsonObject national = QJsonDocument::fromJson(eval.readAllStandardOutput())
                                     .object()[QLatin1String("totals")][QLatin1String("national")]
                                     .toObject();
    QCOMPARE(national[QLatin1String("min")].toInteger(), 8'250'000);
    QCOMPARE(national[QLatin1String("max")].toInteger(), 8'250'000);
}

void TestRuleBookDiff::differencesBetweenBundledYears_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("expected");

    // The amounts labelled 令和4年度 are carried over into R5 (checked by path below, since
    // status rows are left out of the lists).
    const QStringList r4r5
        = { "removed menus[acceleration] Acceleration of support systems (FY2022 supplementary)→" };
    QTest::newRow("R4 → R5: acceleration ends, amounts carried over") << 2022 << 2023 << r4r5;

    QTest::newRow("R5 → R6: Version B → Version A (D4–D10, D14), preparation")
        << 2023 << 2024
        << QStringList {
               "added columns →S13 Care for supporters (supporter_care)", // D14
               "changed menus[center_prefectural].cells.multidisciplinary_team ◎→○", // D5
               "added menus[center_prefectural].cells.supporter_care →○", // D14
               "added menus[center_prefectural].caps.professionals →3 persons", // D4
               "changed menus[satellite].cells.multidisciplinary_team -→○", // D6
               "changed menus[satellite].cells.staff_training -→○", // D9
               "added menus[satellite].cells.supporter_care →-",
               "changed menus[center_municipal].cells.staff_training ○→-", // D10
               "added menus[center_municipal].cells.supporter_care →-",
               "added menus[center_municipal].caps.professionals →3 persons", // D4
               "changed menus[station].cells.multidisciplinary_team ○→-", // D7
               "added menus[station].cells.supporter_care →-",
               "added menus[station].caps.professionals →1 person", // D4
               "added menus[support].cells.supporter_care →-",
               "added menus[preparation] →Preparation support for municipalities",
           };

    QTest::newRow("R6 → R7: S14 visiting supporters (D15)")
        << 2024 << 2025
        << QStringList {
               "added columns →S14 Visiting supporters for municipalities (column label "
               "unverified) (visiting_supporters)",
               "added menus[center_prefectural].cells.visiting_supporters →○",
               "added menus[center_prefectural].caps.visiting_supporters →3 persons",
               "added menus[center_prefectural].standard.per_person.visiting_supporters →unknown",
               "added menus[satellite].cells.visiting_supporters →-",
               "added menus[center_municipal].cells.visiting_supporters →-",
               "added menus[station].cells.visiting_supporters →-",
               "added menus[support].cells.visiting_supporters →-",
           };
}

void TestRuleBookDiff::differencesBetweenBundledYears()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, expected);
    const auto diffs = diffRuleBooks(bundled(from), bundled(to), u"en");
    QCOMPARE(readable(diffs), expected); // exactly these, in this order
    for (const auto &d : diffs)
        if (d.kind == QLatin1String("status")) {
            // Same value, another status: stated only where the document is of the later
            // book's year.
            QVERIFY(d.beforeProv.status != d.afterProv.status);
            const auto years = sourceYears(d.afterProv.source);
            if (d.afterProv.status == Status::Stated)
                QVERIFY2(years && years->contains(to), qPrintable(d.path));
        }
    if (from == 2022 && to == 2023) {
        const QStringList carried = { "menus[station].standard.base",
            "menus[station].standard.base_juso", "menus[support].standard.addons.consultation",
            "menus[support].standard.addons.ibasho", "menus[support].standard.addons.network",
            "menus[support].standard.addons.peer_family_meetings",
            "menus[support].standard.addons.public_lectures",
            "menus[support].standard.addons.supporters",
            "menus[support].standard.addons.private_partners",
            "menus[support].standard.addons.needs_survey" };
        for (const QString &path : carried) {
            const auto d = std::find_if(diffs.begin(), diffs.end(),
                [&](const RuleBookDifference &x) { return x.path == path; });
            QVERIFY2(d != diffs.end(), qPrintable(path));
            QCOMPARE(d->kind, QStringLiteral("status"));
            QCOMPARE(d->beforeProv.status, Status::Stated);
            QCOMPARE(d->afterProv.status, Status::CarriedOver);
            QCOMPARE(valueOnly(d->before), valueOnly(d->after));
        }
    }
    // Every row reads on its own, in Japanese too.
    for (const auto &d : diffRuleBooks(bundled(from), bundled(to), u"ja")) {
        QVERIFY(!d.label.isEmpty());
        QVERIFY(!(d.before + d.after).isEmpty());
    }
}

void TestRuleBookDiff::sourceOnlyDifferencesKeepValueAndStatus()
{
    // R5 → R6: every cell is now cited from document 000 instead of 002; those rows are kind
    // "source", with value and status unchanged.
    const auto diffs = diffRuleBooks(bundled(2023), bundled(2024), u"ja");
    int sourceOnly = 0;
    for (const auto &d : diffs)
        if (d.kind == QLatin1String("source") || d.kind == QLatin1String("status")) {
            // Cited from another document (and so, by its year, perhaps another status).
            ++sourceOnly;
            QCOMPARE(valueOnly(d.before), valueOnly(d.after));
            QVERIFY(d.beforeProv.source != d.afterProv.source
                || d.beforeProv.status != d.afterProv.status);
            if (d.kind == QLatin1String("source"))
                QCOMPARE(d.beforeProv.status, d.afterProv.status);
        }
    QVERIFY(sourceOnly > 40);
    const auto cell = std::find_if(diffs.begin(), diffs.end(), [](const RuleBookDifference &d) {
        return d.path == QLatin1String("menus[station].cells.multidisciplinary_team");
    });
    QVERIFY(cell != diffs.end());
    // The source in words, as a planner names it (document, issuer, year, line).
    QCOMPARE(cell->before, QStringLiteral("○ [推定, %1]").arg(citationText(u"002:508", u"ja")));
    QCOMPARE(cell->after, QStringLiteral("- [推定, %1]").arg(citationText(u"000:177", u"ja")));
    QVERIFY(!cell->before.contains(QStringLiteral("002:")));
    QCOMPARE(cell->label,
        QStringLiteral("ひきこもり支援ステーション事業 › 表: S10 多職種専門チームの設置"));
}

void TestRuleBookDiff::differenceIsSymmetric()
{
    QVERIFY(diffRuleBooks(bundled(2025), bundled(2025), u"ja").isEmpty());
    const auto forward = diffRuleBooks(bundled(2024), bundled(2025), u"en");
    const auto backward = diffRuleBooks(bundled(2025), bundled(2024), u"en");
    QCOMPARE(backward.size(), forward.size());
    for (qsizetype i = 0; i < forward.size(); ++i) {
        QCOMPARE(backward[i].path, forward[i].path);
        QCOMPARE(backward[i].before, forward[i].after);
        QCOMPARE(backward[i].kind,
            forward[i].kind == QLatin1String("added") ? QStringLiteral("removed")
                                                      : forward[i].kind);
    }
}

QTEST_GUILESS_MAIN(TestRuleBookDiff)
#include "tst_rulebookdiff.moc"
