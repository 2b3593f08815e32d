// Sources and keys in a planner's words: the catalogue of the five documents, a source id as a
// citation (document, issuer, year and line), our own decisions as 「ShienPlan の仮定」 with
// their reason, a user's citation untouched, rule-book keys as the names of the values, and
// the change log's author taken from the operating system account.
#include "core/base/catalogue.h"
#include "core/base/sources.h"
#include "core/document/documentedits.h"
#include "core/document/documentsession.h"
#include "tests/corefixtures.h"
#include "tests/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace shienplan;

namespace
{

// What must never reach a person (the same patterns as tests/ui/tst_plaintext.cpp).
const QRegularExpression &bareSourceId()
{
    static const QRegularExpression re(QStringLiteral("\\b\\d{3}:\\d+"));
    return re;
}
const QRegularExpression &internalKey()
{
    static const QRegularExpression re(QStringLiteral("\\b[a-z_]+\\.[a-z_.]+\\b"));
    return re;
}
bool namesDevelopersNotes(const QString &s)
{
    return s.contains(QLatin1String("rules.md")) || s.contains(QLatin1String("decisions.md"))
        || s.contains(u'§');
}

// Every "source" and "note" string of a rule book's JSON, wherever it is nested.
void collect(const QJsonValue &v, QStringList &sources, QStringList &notes)
{
    if (v.isArray()) {
        for (const auto &x : v.toArray())
            collect(x, sources, notes);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"source")
            sources << it.value().toString();
        else if (it.key() == u"note")
            notes << it.value().toString();
        else if (it.key() == u"notes")
            for (const auto &n : it.value().toArray())
                notes << n.toString();
        collect(it.value(), sources, notes);
    }
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT
private slots:
    void everyDocumentHasANameInBothLanguages();
    void aLineIsTheDocumentAndItsLine();
    void aRangeOfLines();
    void severalReferencesAreGroupedByDocument();
    void ourDecisionReadsAsShienPlansAssumption();
    void olderReferencesToTheNotesStillRead();
    void aUsersCitationIsUnchanged();
    void notesGetTheirReferencesInWords();
    void valueKeysInWords_data();
    void valueKeysInWords();
    void everyKeyOfTheCatalogueHasWords();
    void changeLogDetailsInWords();
    void matrixNumbersInsteadOfKeys();
    void bundledBooksCiteNothingInternal();
    void authorIsTheSystemAccount();
    void sessionRecordsTheChosenName();
};

void TestSources::everyDocumentHasANameInBothLanguages()
{
    const auto &docs = sourceDocuments();
    QCOMPARE(docs.size(), 5);
    for (int i = 0; i < docs.size(); ++i) {
        const SourceDocument &d = docs[i];
        QCOMPARE(d.id, QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY2(!d.name.ja.isEmpty() && !d.name.en.isEmpty(), qPrintable(d.id));
        QVERIFY2(!d.dating.ja.isEmpty() && !d.contents.ja.isEmpty(), qPrintable(d.id));
        QCOMPARE(findSourceDocument(d.id), &d);
    }
    // Only the notice prints its date; the year of every other document is read from what it
    // quotes, and its name must say so rather than claim a date.
    QVERIFY(docs[1].name.ja.contains(QStringLiteral("令和7年4月1日")));
    QVERIFY(docs[1].name.ja.contains(QStringLiteral("社援地発0401第13号")));
    for (int i : { 0, 2, 3, 4 }) {
        QVERIFY2(docs[i].name.ja.contains(QStringLiteral("推定")), qPrintable(docs[i].name.ja));
        QVERIFY2(docs[i].name.en.contains(QStringLiteral("inferred")), qPrintable(docs[i].name.en));
        QVERIFY(docs[i].dating.ja.startsWith(QStringLiteral("発行年度は内容から推定")));
    }
    QVERIFY(docs[2].name.ja.contains(QStringLiteral("『ひきこもり支援施策について』")));
    QVERIFY(docs[2].name.ja.startsWith(QStringLiteral("厚生労働省")));
    QVERIFY(!findSourceDocument(u"005"));
}

void TestSources::aLineIsTheDocumentAndItsLine()
{
    const QString ja = citationText(u"002:1148", u"ja");
    QCOMPARE(ja, findSourceDocument(u"002")->name.ja + QStringLiteral("本文1148行目"));
    const QString en = citationText(u"002:1148", u"en");
    QVERIFY2(en.endsWith(QStringLiteral(", line 1148")), qPrintable(en));
    QVERIFY(en.startsWith(findSourceDocument(u"002")->name.en));
    QVERIFY(!bareSourceId().match(ja).hasMatch());
    QVERIFY(!bareSourceId().match(en).hasMatch());
}

void TestSources::aRangeOfLines()
{
    QVERIFY(citationText(u"000:170-183", u"ja").endsWith(QStringLiteral("本文170〜183行目")));
    QVERIFY(citationText(u"000:170-183", u"en").endsWith(QStringLiteral("lines 170–183")));
    QVERIFY(citationText(u"000:170-183", u"ja")
                .startsWith(QStringLiteral("厚生労働省『ひきこもり支援施策の全体像』")));
}

void TestSources::severalReferencesAreGroupedByDocument()
{
    const QString two = citationText(u"000:143-145; 003:265", u"ja");
    const QString first = findSourceDocument(u"000")->name.ja;
    const QString second = findSourceDocument(u"003")->name.ja;
    QCOMPARE(
        two, first + QStringLiteral("本文143〜145行目；") + second + QStringLiteral("本文265行目"));
    // One document named once, its lines in order.
    const QString same = citationText(u"002:1148; 002:1150", u"ja");
    QCOMPARE(same.count(findSourceDocument(u"002")->name.ja), 1);
    QVERIFY2(same.endsWith(QStringLiteral("本文1148行目・1150行目")), qPrintable(same));
    QVERIFY(
        citationText(u"002:1148; 002:1150", u"en").endsWith(QStringLiteral("lines 1148, 1150")));
}

void TestSources::ourDecisionReadsAsShienPlansAssumption()
{
    const QString src = ownAssumptionSource(u"joint");
    QVERIFY(isOwnAssumption(src));
    // With the value's reason where no note is shown beside it…
    QCOMPARE(citationText(src, u"ja", u"共同実施は明記なし"),
        QStringLiteral("ShienPlan の仮定: 共同実施は明記なし"));
    // …and its topic where the note is shown elsewhere.
    const QString bare = citationText(src, u"ja");
    QVERIFY2(bare.startsWith(QStringLiteral("ShienPlan の仮定: ")), qPrintable(bare));
    QVERIFY(bare.contains(QStringLiteral("ステーション事業・サポート事業")));
    QVERIFY(citationText(src, u"en").startsWith(QStringLiteral("ShienPlan's assumption: ")));
    // A reason that cites a document cites it in words.
    const QString cited = citationText(src, u"ja", u"明記は（002:1154）のみ");
    QVERIFY2(!bareSourceId().match(cited).hasMatch(), qPrintable(cited));
    QVERIFY(cited.contains(QStringLiteral("本文1154行目")));
    for (const auto &a : ownAssumptions()) {
        QVERIFY(!a.topic.ja.isEmpty() && !a.topic.en.isEmpty());
        QVERIFY(citationText(ownAssumptionSource(a.id), u"ja").contains(a.topic.ja));
    }
}

void TestSources::olderReferencesToTheNotesStillRead()
{
    // A user's book written by an older version may still cite the developers' notes.
    QCOMPARE(citationText(u"rules.md §4 gap 10", u"ja"),
        citationText(ownAssumptionSource(u"joint"), u"ja"));
    QCOMPARE(citationText(u"rules.md §5.2", u"en"),
        citationText(ownAssumptionSource(u"calculation"), u"en"));
    for (const char *old : { "rules.md §4 gap 1", "rules.md §4", "decisions.md",
             "rules.md §4 gap 12", "rules.md §4 gap 11" }) {
        const QString ja = citationText(QString::fromLatin1(old), u"ja");
        QVERIFY2(isOwnAssumption(QString::fromLatin1(old)), old);
        QVERIFY2(ja.startsWith(QStringLiteral("ShienPlan の仮定")), qPrintable(ja));
        QVERIFY2(!namesDevelopersNotes(ja), qPrintable(ja));
    }
}

void TestSources::aUsersCitationIsUnchanged()
{
    for (const char *own : { "令和7年度交付要綱 別表 2(1)", "tst: edited", "999:12", "002:x",
             "県の通知 002:5 による" })
        QCOMPARE(citationText(QString::fromUtf8(own), u"ja"), QString::fromUtf8(own));
    QVERIFY(!isOwnAssumption(u"令和7年度交付要綱"));
    QCOMPARE(citationText(u"", u"ja"), QString());
}

void TestSources::notesGetTheirReferencesInWords()
{
    const QString note = QStringLiteral("表では◎だが、同じ資料の事業イメージ（002:444-451）と003:"
                                        "262は任意（○）。列の読み（rules.md §2.2, "
                                        "§2.4）");
    const QString ja = withCitations(note, u"ja");
    QVERIFY2(!bareSourceId().match(ja).hasMatch(), qPrintable(ja));
    QVERIFY2(!namesDevelopersNotes(ja), qPrintable(ja));
    QVERIFY(ja.contains(QStringLiteral("本文444〜451行目")));
    QVERIFY(ja.contains(findSourceDocument(u"003")->name.ja + QStringLiteral("本文262行目")));
    QVERIFY(ja.startsWith(QStringLiteral("表では◎だが、同じ資料の事業イメージ（")));
    QVERIFY(ja.contains(QStringLiteral("ShienPlan の仮定")));
    // An explanation's step that names one of our decisions.
    const QString step = withCitations(u"千円未満切捨て［仮定・ShienPlan: calculation］", u"ja");
    QVERIFY2(step.contains(QStringLiteral("［仮定・ShienPlan の仮定: ")), qPrintable(step));
    QCOMPARE(
        withCitations(u"1,000,000円（3人まで）", u"ja"), QStringLiteral("1,000,000円（3人まで）"));
}

void TestSources::valueKeysInWords_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("ja"); // parts the Japanese label must contain
    QTest::newRow("base") << "station.base"
                          << QStringList { menuLabel(u"station", u"ja"), QStringLiteral("基本額") };
    QTest::newRow("juso") << "station.base_juso"
                          << QStringList { QStringLiteral("基本額"),
                                 QStringLiteral("重層的支援体制整備事業") };
    QTest::newRow("add-on") << "station.addons.needs_survey"
                            << QStringList { QStringLiteral("加算額"),
                                   subprojectLabel(u"needs_survey", u"ja") };
    QTest::newRow("support amount")
        << "support.amounts.consultation"
        << QStringList { menuLabel(u"support", u"ja"), QStringLiteral("基準額"),
               subprojectLabel(u"consultation", u"ja") };
    QTest::newRow("per person") << "center_prefectural.per_person.visiting_supporters"
                                << QStringList { QStringLiteral("1人あたり"),
                                       staffLabel(u"visiting_supporters", u"ja") };
    QTest::newRow("rate") << "satellite.rate" << QStringList { QStringLiteral("補助率") };
    QTest::newRow("cell") << "station.cells.ibasho"
                          << QStringList { QStringLiteral("事業表"),
                                 subprojectLabel(u"ibasho", u"ja") };
    QTest::newRow("cap") << "station.caps.professionals"
                         << QStringList { QStringLiteral("上限人数") };
    QTest::newRow("truncation") << "calculation.truncation_unit"
                                << QStringList { QStringLiteral("千円未満の切捨て単位") };
    QTest::newRow("share") << "startup_support.prefecture_share"
                           << QStringList { QStringLiteral("立ち上げ支援の都道府県負担割合") };
}

void TestSources::valueKeysInWords()
{
    QFETCH(QString, item);
    QFETCH(QStringList, ja);
    const QString label = valueLabel(item, u"ja");
    for (const QString &part : ja)
        QVERIFY2(label.contains(part), qPrintable(label + QStringLiteral(" ∌ ") + part));
    QVERIFY2(!internalKey().match(label).hasMatch(), qPrintable(label));
    const QString en = valueLabel(item, u"en");
    QVERIFY2(en != item && !internalKey().match(en).hasMatch(), qPrintable(en));
    QVERIFY(en != label);
}

void TestSources::everyKeyOfTheCatalogueHasWords()
{
    // Every key the engine, the overrides and the change log use, for every menu.
    QStringList items { QStringLiteral("calculation.adopted_rule"),
        QStringLiteral("startup_support.national_share"),
        QStringLiteral("startup_support.max_duration_years") };
    for (const auto &m : menuCatalogue()) {
        for (const char *rest : { "base", "base_juso", "addon_default", "rate", "bodies", "joint",
                 "min_coordinators", "min_selected", "max_duration_years", "next_year_requires" })
            items << m.id + u'.' + QLatin1String(rest);
        for (const auto &sp : subprojectCatalogue())
            items << m.id + QStringLiteral(".addons.") + sp.id
                  << m.id + QStringLiteral(".cells.") + sp.id;
        for (const auto &st : staffCatalogue())
            items << m.id + QStringLiteral(".per_person.") + st.id
                  << m.id + QStringLiteral(".caps.") + st.id;
    }
    for (const QString &item : items)
        for (const char *lang : { "ja", "en" }) {
            const QString label = valueLabel(item, QString::fromLatin1(lang));
            QVERIFY2(!internalKey().match(label).hasMatch(), qPrintable(item + u' ' + label));
        }
    // An id nobody knows stays as it is rather than being given a made-up name.
    QCOMPARE(valueLabel(u"my_menu.base", u"ja"), QStringLiteral("my_menu.base"));
    QCOMPARE(valueLabel(u"station.something_new", u"ja"), QStringLiteral("station.something_new"));
}

void TestSources::changeLogDetailsInWords()
{
    // The entry setOverride writes, as older documents store it.
    const QString detail = QStringLiteral(
        "令和7年度のルール値 station.addons.peer_family_meetings を入力（出典: 県の通知）");
    const QString ja = withValueLabels(detail, u"ja");
    QVERIFY2(!internalKey().match(ja).hasMatch(), qPrintable(ja));
    QVERIFY(ja.contains(valueLabel(u"station.addons.peer_family_meetings", u"ja")));
    QVERIFY(ja.startsWith(QStringLiteral("令和7年度のルール値 ")));
    QVERIFY(ja.endsWith(QStringLiteral("を入力（出典: 県の通知）")));
    // Words that only look like keys, such as a file name, are left alone.
    QCOMPARE(
        withValueLabels(u"plan.shienplan を保存", u"ja"), QStringLiteral("plan.shienplan を保存"));
}

void TestSources::matrixNumbersInsteadOfKeys()
{
    QCOMPARE(subprojectMark(u"consultation"), QStringLiteral("①"));
    QCOMPARE(subprojectMark(u"supporter_care"), QStringLiteral("⑬"));
    QCOMPARE(subprojectMark(u"visiting_supporters"), QStringLiteral("⑭"));
    QCOMPARE(subprojectMark(u"my_own"), QString());
}

void TestSources::bundledBooksCiteNothingInternal()
{
    const QDir dir(testutil::sourcePath(QStringLiteral("resources/rules")));
    const QStringList books = dir.entryList({ QStringLiteral("fy*.json") }, QDir::Files);
    QVERIFY(books.size() >= 5);
    for (const QString &name : books) {
        const QByteArray raw = testutil::readFile(dir.filePath(name));
        QVERIFY2(!namesDevelopersNotes(QString::fromUtf8(raw)), qPrintable(name));
        QVERIFY2(!raw.contains("Version"), qPrintable(name));
        QStringList sources, notes;
        collect(QJsonDocument::fromJson(raw).object(), sources, notes);
        QVERIFY(sources.size() > 50);
        for (const QString &src : sources)
            for (const char *lang : { "ja", "en" }) {
                const QString text = citationText(src, QString::fromLatin1(lang));
                QVERIFY2(text != src && !bareSourceId().match(text).hasMatch(),
                    qPrintable(name + u' ' + src + QStringLiteral(" → ") + text));
            }
        for (const QString &note : notes) {
            const QString text = withCitations(note, u"ja");
            QVERIFY2(!bareSourceId().match(text).hasMatch(), qPrintable(name + u' ' + text));
        }
    }
}

void TestSources::authorIsTheSystemAccount()
{
    const QByteArray saved[] = { qgetenv("USERNAME"), qgetenv("USER"), qgetenv("LOGNAME") };
    qunsetenv("USERNAME");
    qunsetenv("USER");
    qputenv("LOGNAME", "tanaka");
    QCOMPARE(currentAuthor(), QStringLiteral("tanaka"));
    qputenv("USER", "sato");
    QCOMPARE(currentAuthor(), QStringLiteral("sato"));
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    // No variable at all: the account's home folder, never a made-up "unknown".
    QCOMPARE(currentAuthor(), QDir::home().dirName());
    QVERIFY(currentAuthor() != QLatin1String("unknown"));
    const char *names[] = { "USERNAME", "USER", "LOGNAME" };
    for (int i = 0; i < 3; ++i)
        if (!saved[i].isNull())
            qputenv(names[i], saved[i]);
}

void TestSources::sessionRecordsTheChosenName()
{
    QTemporaryDir dir; // the session's recovery copies go here, not to the tester's own folder
    testutil::useTestPathsAndRecoveryDir(dir.filePath(QStringLiteral("recovery")));
    DocumentSession session;
    session.reset(testutil::takaokaSample());
    QCOMPARE(session.author(), currentAuthor());
    session.setAuthor(QStringLiteral("  高岡 花子 "));
    session.apply([](Document &d) { return edits::setTitle(d, QStringLiteral("計画A")); });
    QCOMPARE(session.document().log.last().author, QStringLiteral("高岡 花子"));
    session.setAuthor(QString()); // cleared: the account again
    session.apply([](Document &d) { return edits::setTitle(d, QStringLiteral("計画B")); });
    QCOMPARE(session.document().log.last().author, currentAuthor());
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
