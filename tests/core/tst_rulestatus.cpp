// Every status as honest as its source: a bundled book calls a value `stated` only when a
// document of that fiscal year gives it (core/base/sources.h holds each document's year); every
// value, flag and grouping has a status and a source; every line a book cites is a line of the
// document's text (tests/data/sources, see its README) that holds the value's key words. The
// cells a document of the same year puts otherwise carry a note, which a plan's explanation
// repeats; so do the facts the sources give beside the rules.
#include "core/base/sources.h"
#include "core/engine/engine.h"
#include "core/registry/registry.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebooklibrary.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace shienplan;

namespace
{

// The text of document `doc`, line by line (index 0 = line 1).
const QStringList &documentLines(const QString &doc)
{
    static QMap<QString, QStringList> cache;
    auto it = cache.find(doc);
    if (it == cache.end()) {
        QFile f(QStringLiteral(SHIENPLAN_TEST_DATA "/sources/%1.txt").arg(doc));
        QStringList lines;
        if (f.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(f.readAll()).split(u'\n');
        it = cache.insert(doc, lines);
    }
    return *it;
}

// Full-width digits and signs as the ASCII ones, so that 「原則２年」 and 「１/２」 match.
QString normalized(QString s)
{
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
    }
    s.remove(u' ');
    return s;
}

// The lines a source id names ("000:170-183; 003:265"), or an error text.
QString citedText(const QString &source, QString *error)
{
    static const QRegularExpression ref(QStringLiteral(R"(^(\d{3}):(\d+)(?:-(\d+))?$)"));
    QString text;
    for (const QString &part : source.split(u';', Qt::SkipEmptyParts)) {
        const auto m = ref.match(part.trimmed());
        if (!m.hasMatch()) {
            *error = QStringLiteral("\"%1\" is not a document line").arg(part);
            return {};
        }
        const QStringList &lines = documentLines(m.captured(1));
        const int first = m.captured(2).toInt();
        const int last = m.captured(3).isEmpty() ? first : m.captured(3).toInt();
        if (lines.isEmpty() || first < 1 || last < first || last > lines.size()) {
            *error = QStringLiteral("%1 is not a line range of document %2 (%3 lines)")
                         .arg(part)
                         .arg(m.captured(1))
                         .arg(lines.size());
            return {};
        }
        for (int l = first; l <= last; ++l)
            text += lines[l - 1]; // a word may be broken over two lines
    }
    if (text.trimmed().isEmpty())
        *error = QStringLiteral("%1 names only empty lines").arg(source);
    return normalized(text);
}

bool isDocumentLine(const QString &source)
{
    return sourceYears(source).has_value();
}

// "10,000千円" for 10,000,000 yen: how the documents print an amount.
QString senEn(Yen yen)
{
    const QString digits = yenToString(yen / 1000);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += u',';
        out += digits[i];
    }
    return out + QStringLiteral("千円");
}

// The words the cited lines must hold for a value (any one of them), by the value's item.
QStringList keyWords(const RuleValue &v)
{
    const QString &i = v.item;
    if (i == u"bodies")
        return { "都道府県", "市町村" };
    if (i == u"rate" || i.endsWith(u"_share"))
        return { "1/2", "3/4", "手厚く" };
    if (i.startsWith(u"cells."))
        return { "◎○", "◎", "○" };
    if (i.startsWith(u"caps."))
        return { "人まで" };
    if (i == u"min_coordinators")
        return { "名以上" };
    if (i == u"min_selected")
        return { "選択" };
    if (i.endsWith(u"max_duration_years"))
        return { "原則2年" };
    if (i == u"joint")
        return { "共同実施" };
    if (i == u"startup_support")
        return { "立ち上げ支援" };
    if (i == u"exclusive_group")
        return { "実施自治体", "市区町村" };
    if (i == u"next_year_requires")
        return { "次年度" };
    if (i.startsWith(u"standard.per_person."))
        return { "訪問支援員" };
    if (i.startsWith(u"standard.") && v.kind == RuleValueKind::Amount) {
        if (v.amount.isUnknown())
            return {};
        QStringList out { senEn(*v.amount.min) };
        if (v.amount.max && *v.amount.max != *v.amount.min)
            out = QStringList { senEn(*v.amount.min) + u'~' };
        return out;
    }
    if (i == u"facts.coordinator_qualifications")
        return { "社会福祉士" };
    if (i == u"facts.contracting")
        return { "NPO" };
    return { QStringLiteral("(no key words for %1)").arg(i) };
}

const QList<int> kBundledYears { 2022, 2023, 2024, 2025, 2026 };

} // namespace

class TestRuleStatus : public QObject
{
    Q_OBJECT
private slots:
    void generatorUsesTheSameYearTable();
    void statedOnlyByADocumentOfThatYear();
    void everyValueHasStatusAndSource();
    void everySourceLineHoldsTheValue();
    void fy2024MatrixIsInferredAndItsCapsAssumed();
    void sameYearDisagreementsAreNoted();
    void explanationShowsNotesAndFacts();
};

// scripts/generate-rulebooks.py derives the statuses from its copy of the documents' years; the
// copy must be this table, or the books and the check below would follow different rules.
void TestRuleStatus::generatorUsesTheSameYearTable()
{
    QFile f(QStringLiteral(SHIENPLAN_SOURCE_DIR "/scripts/generate-rulebooks.py"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(f.readAll());
    for (const auto &d : sourceDocuments())
        QVERIFY2(script.contains(QStringLiteral("\"%1\": %2").arg(d.id).arg(d.fiscalYear)),
            qPrintable(d.id));
    static const QRegularExpression tuple(
        QStringLiteral(R"re(\("(\d{3})", (\d+), (\d+), (\d{4}), (\d{4})\))re"));
    QStringList inScript, inTable;
    auto it = tuple.globalMatch(script);
    while (it.hasNext())
        inScript << it.next().captured(0);
    for (const auto &s : sourceYearSections())
        inTable << QStringLiteral("(\"%1\", %2, %3, %4, %5)")
                       .arg(s.doc)
                       .arg(s.firstLine)
                       .arg(s.lastLine)
                       .arg(s.firstYear)
                       .arg(s.lastYear);
    QCOMPARE(inScript, inTable);
}

void TestRuleStatus::statedOnlyByADocumentOfThatYear()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    int stated = 0, carried = 0, inferred = 0;
    for (int fy : kBundledYears) {
        const RuleBook *b = lib.book(fy);
        QVERIFY(b);
        for (const RuleValue &v : listRuleValues(*b, u"ja")) {
            if (!v.prov || !isDocumentLine(v.prov->source))
                continue;
            const YearSpan span = *sourceYears(v.prov->source);
            const QString where = QStringLiteral("FY%1 %2 [%3, %4]")
                                      .arg(fy)
                                      .arg(v.path, statusId(v.prov->status), v.prov->source);
            switch (v.prov->status) {
            case Status::Stated:
                QVERIFY2(span.contains(fy), qPrintable(where + " is of another year"));
                ++stated;
                break;
            case Status::CarriedOver:
                QVERIFY2(fy > span.last, qPrintable(where + " carries over a later document"));
                ++carried;
                break;
            default:
                break;
            }
            // A value only a later year's document gives is inferred (a cap: assumed), at best.
            if (fy < span.first) {
                const Status want
                    = v.item.startsWith(u"caps.") ? Status::Assumed : Status::Inferred;
                QVERIFY2(trustOrder(v.prov->status) >= trustOrder(want), qPrintable(where));
                ++inferred;
            }
        }
    }
    // All three kinds occur (the check above is not vacuous).
    QVERIFY(stated > 50);
    QVERIFY(carried > 50);
    QVERIFY(inferred > 50);
}

void TestRuleStatus::everyValueHasStatusAndSource()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    for (int fy : kBundledYears) {
        const RuleBook *b = lib.book(fy);
        for (const RuleValue &v : listRuleValues(*b, u"ja")) {
            if (v.item == u"standard.addon_scope")
                continue; // how the 基準額 is built, not a value of the sources
            QVERIFY2(v.prov && !v.prov->source.trimmed().isEmpty(),
                qPrintable(QStringLiteral("FY%1 %2").arg(fy).arg(v.path)));
        }
        for (const auto &m : b->menus) {
            const QString at = QStringLiteral("FY%1 %2").arg(fy).arg(m.id);
            QVERIFY2(!m.startupProv.source.isEmpty(), qPrintable(at + " startup_support"));
            if (!m.exclusiveGroup.isEmpty())
                QVERIFY2(!m.exclusiveProv.source.isEmpty(), qPrintable(at + " exclusive_group"));
        }
        QVERIFY(!b->matrixProv.source.isEmpty());
        QCOMPARE(b->facts.size(), 2);
    }
}

void TestRuleStatus::everySourceLineHoldsTheValue()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    int checked = 0;
    for (int fy : kBundledYears) {
        const RuleBook *b = lib.book(fy);
        QList<RuleValue> values = listRuleValues(*b, u"ja");
        for (const RuleValue &v : values) {
            if (!v.prov || !isDocumentLine(v.prov->source))
                continue;
            const QString where
                = QStringLiteral("FY%1 %2 (%3)").arg(fy).arg(v.path, v.prov->source);
            QString error;
            const QString text = citedText(v.prov->source, &error);
            QVERIFY2(error.isEmpty(), qPrintable(where + ": " + error));
            const QStringList words = keyWords(v);
            if (words.isEmpty())
                continue; // an unknown amount: its lines say only that it exists
            const bool found = std::any_of(words.cbegin(), words.cend(),
                [&](const QString &w) { return text.contains(normalized(w)); });
            QVERIFY2(found,
                qPrintable(where
                    + QStringLiteral(": none of %1 in «%2»")
                          .arg(words.join(u'/'), text.left(200))));
            ++checked;
        }
        // The matrix row behind each cell is its printed row, and the notes' pointers resolve.
        QString error;
        QVERIFY(citedText(b->matrixProv.source, &error).contains(u"◎"));
        for (const auto &m : b->menus)
            for (const auto &c : m.cells)
                if (c.disagreement) {
                    QVERIFY2(
                        !citedText(c.disagreement->source, &error).isEmpty(), qPrintable(error));
                    ++checked;
                }
    }
    QVERIFY(checked > 300);
}

// The issue's first check: 令和6年度 has no document of its own with the table, so the window
// shows it as inferred from the 令和7年度 document and its caps as assumed; no amount moved.
void TestRuleStatus::fy2024MatrixIsInferredAndItsCapsAssumed()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    const RuleBook *fy2024 = lib.book(2024);
    QCOMPARE(fy2024->matrixProv.status, Status::Inferred);
    QCOMPARE(fy2024->matrixProv.source, QStringLiteral("000:170-183"));
    QVERIFY(citationText(fy2024->matrixProv.source, u"ja").contains(u"令和7年度"));
    for (const auto &m : fy2024->menus) {
        for (const auto &c : m.cells)
            QCOMPARE(c.prov.status, Status::Inferred);
        for (const auto &cap : m.caps)
            QCOMPARE(cap.prov.status, Status::Assumed);
    }
    QCOMPARE(fy2024->menu(u"station")->caps.value(QStringLiteral("professionals")).value, 1);
    QCOMPARE(fy2024->menu(u"station")->rateProv.status, Status::Inferred);
    // 令和7年度's own book keeps its table stated, and the amounts are those of the FY2022
    // standards in every year.
    const RuleBook *fy2025 = lib.book(2025);
    QCOMPARE(fy2025->matrixProv.status, Status::Stated);
    QCOMPARE(fy2025->menu(u"station")->cell(QStringLiteral("consultation"))->prov.status,
        Status::Stated);
    for (int fy : kBundledYears) {
        const MenuRule *station = lib.book(fy)->menu(u"station");
        QCOMPARE(station->standard.base->value, YenRange::exact(10'000'000));
        QCOMPARE(station->standard.baseJuso->value, YenRange::exact(7'500'000));
        QCOMPARE(
            station->standard.base->prov.status, fy == 2022 ? Status::Stated : Status::CarriedOver);
    }
    // Coordinators from the 令和4年度 center page are carried over later, never stated.
    QCOMPARE(
        lib.book(2022)->menu(u"center_prefectural")->minCoordinators->prov.status, Status::Stated);
    QCOMPARE(lib.book(2024)->menu(u"center_prefectural")->minCoordinators->prov.status,
        Status::CarriedOver);
    // 「原則2年」 stands under the satellite and start-up support alike: both inferred.
    QCOMPARE(lib.book(2025)->menu(u"satellite")->maxDurationYears->prov.status, Status::Inferred);
    QCOMPARE(lib.book(2025)->startup.maxDurationYears->prov.status, Status::Inferred);
}

void TestRuleStatus::sameYearDisagreementsAreNoted()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    auto noted = [&](int fy) {
        QStringList out;
        for (const auto &m : lib.book(fy)->menus)
            for (auto it = m.cells.cbegin(); it != m.cells.cend(); ++it)
                if (it->disagreement)
                    out << m.id + u'.' + it.key();
        out.sort();
        return out;
    };
    QCOMPARE(noted(2022),
        QStringList({ "center_municipal.professionals", "center_prefectural.multidisciplinary_team",
            "center_prefectural.municipal_backup", "center_prefectural.professionals",
            "station.multidisciplinary_team" }));
    QCOMPARE(noted(2023), QStringList({ "station.multidisciplinary_team" }));
    QVERIFY(noted(2024).isEmpty());
    QVERIFY(noted(2025).isEmpty());
    const MatrixCell *team = lib.book(2022)
                                 ->menu(u"center_prefectural")
                                 ->cell(QStringLiteral("multidisciplinary_team"));
    QCOMPARE(team->value, Cell::Required); // the table stays as printed
    QCOMPARE(team->disagreement->source, QStringLiteral("003:262"));
    QVERIFY(team->disagreement->note.contains(u"任意事業"));
}

// The explanation of a 令和4年度 prefectural center repeats the cells' notes and the facts, with
// the documents named in words once the report or the window cites them.
void TestRuleStatus::explanationShowsNotesAndFacts()
{
    const auto lib = RuleBookLibrary::bundledOnly();
    Plan plan;
    plan.fiscalYear = 2022;
    plan.body.code = QStringLiteral("010006");
    plan.body.name = QStringLiteral("北海道");
    plan.body.kind = BodyKind::Prefecture;
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = QStringLiteral("center_prefectural");
    p.subprojects = { "consultation", "ibasho", "network", "peer_family_meetings",
        "public_lectures", "multidisciplinary_team", "staff_training", "municipal_backup" };
    p.staff.insert(QStringLiteral("coordinators"), 2);
    p.expenditure = 20'000'000;
    plan.programs << p;
    auto explained = [&](int fy) {
        plan.fiscalYear = fy;
        const Evaluation e = evaluate(plan, *lib.book(fy), Registry::bundled(), Detail::Explained);
        QStringList steps;
        for (const auto &s : e.programs.first().explanation)
            steps << s.ja;
        return steps.join(u'\n');
    };
    const QString r4 = explained(2022);
    QVERIFY2(
        r4.contains(QStringLiteral("事業表の注記（⑩ 多職種専門チームの設置）")), qPrintable(r4));
    QVERIFY(r4.contains(u"003:262"));
    QVERIFY(r4.contains(u"003:265")); // 後方支援, required in the table
    QVERIFY(
        r4.contains(QStringLiteral("参考（資料の記載）: センターのひきこもり支援コーディネーターは"
                                   "社会福祉士、精神保健福祉士、臨床心理士等")));
    QVERIFY(r4.contains(u"NPO"));
    QVERIFY(withCitations(r4, u"ja").contains(u"本文262行目"));
    // 令和7年度: no same-year document disagrees; the facts stay, carried over.
    const QString r7 = explained(2025);
    QVERIFY(!r7.contains(u"事業表の注記"));
    QVERIFY(r7.contains(u"社会福祉士"));
    QVERIFY(r7.contains(QStringLiteral("前年度から継続")));
}

QTEST_GUILESS_MAIN(TestRuleStatus)
#include "tst_rulestatus.moc"
