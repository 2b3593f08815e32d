// One term per concept (docs/glossary.md): the glossary's "not" words appear in no Japanese text
// of the window (the translations, with the area tables that replace them) and in none that
// core/ writes (labels, findings, amounts); every range is written by the one function of
// core/base/interval.h; the English window glosses Japanese terms in brackets only.

#include "core/base/bodykind.h"
#include "core/base/catalogue.h"
#include "core/base/interval.h"
#include "core/base/provenance.h"
#include "core/engine/findings.h"
#include "core/engine/fundingsteps.h"
#include "core/prefecture/prefecturerows.h"
#include "core/report/csvexport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace shienplan;

namespace
{

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(SHIENPLAN_SOURCE_DIR)).filePath(relative);
}

QString readText(const QString &relative)
{
    QFile f(sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QString::fromUtf8(f.readAll());
}

struct Term {
    QString ja;
    QString en;
    QString definition;
    QStringList notExactly; // `=word`: a whole text (a header, a label) must not be this
    QStringList notAnywhere; // `word`: no text may contain it
};

// The rows of the glossary's table: | 日本語 | English | Definition | Where | not |.
QList<Term> glossary()
{
    QList<Term> terms;
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    for (const QString &line : readText(QStringLiteral("docs/glossary.md")).split(u'\n')) {
        if (!line.startsWith(u'|') || line.startsWith(QStringLiteral("|---")))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 7 || cells[1].trimmed() == QStringLiteral("日本語"))
            continue;
        Term t { cells[1].trimmed(), cells[2].trimmed(), cells[3].trimmed(), {}, {} };
        for (auto m = code.globalMatch(cells[5]); m.hasNext();) {
            const QString word = m.next().captured(1);
            if (word.startsWith(u'='))
                t.notExactly << word.mid(1);
            else
                t.notAnywhere << word;
        }
        terms << t;
    }
    return terms;
}

// A Python string literal of the area tables ("…" with \" and \\ escapes).
QString unescape(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i)
        out += (s[i] == u'\\' && i + 1 < s.size()) ? s[++i] : s[i];
    return out;
}

// English source → Japanese as the window will show it: the .ts, and over it the area tables of
// scripts/translations/ (the coordinator's update writes them into the .ts; until then the
// area's text is already the one that ships).
QMap<QString, QString> windowTexts()
{
    QMap<QString, QString> ja;
    QXmlStreamReader xml(readText(QStringLiteral("resources/translations/shienplan_ja.ts")));
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText();
            if (type != u"vanished" && type != u"obsolete" && !text.isEmpty())
                ja.insert(source, text);
        }
    }
    // "English": "日本語", — adjacent literals ("a" "b") are joined first, as Python does.
    static const QRegularExpression joined(QStringLiteral(R"("\s*\n\s*")"));
    static const QRegularExpression pair(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)")re"));
    const QDir areas(sourcePath(QStringLiteral("scripts/translations")));
    for (const QString &file : areas.entryList({ QStringLiteral("*.py") }, QDir::Files)) {
        QString text = readText(QStringLiteral("scripts/translations/") + file);
        text.remove(QRegularExpression(QStringLiteral("(?m)^\\s*#.*$")));
        text.replace(joined, QString());
        for (auto m = pair.globalMatch(text); m.hasNext();) {
            const auto p = m.next();
            ja.insert(unescape(p.captured(1)), unescape(p.captured(2)));
        }
    }
    return ja;
}

// The Japanese texts core/ writes itself: labels of menus, sub-projects, staff, body kinds,
// statuses, severities, filters and steps, and every finding's template.
QMap<QString, QString> coreTexts()
{
    QMap<QString, QString> t;
    for (const auto *list : { &menuCatalogue(), &subprojectCatalogue(), &staffCatalogue() })
        for (const CatalogueEntry &e : *list)
            t.insert(QStringLiteral("catalogue ") + e.id, e.label(u"ja"));
    for (BodyKind k : kAllBodyKinds)
        t.insert(QStringLiteral("body kind ") + bodyKindId(k), bodyKindLabel(k, u"ja"));
    for (Status s : kAllStatuses)
        t.insert(QStringLiteral("status ") + statusId(s), statusLabel(s, u"ja"));
    for (Severity s : { Severity::Error, Severity::Warning, Severity::Info })
        t.insert(QStringLiteral("severity ") + severityId(s), severityLabel(s, u"ja"));
    for (RowFilter f : rowFilters())
        t.insert(QStringLiteral("filter %1").arg(int(f)), rowFilterLabel(f, u"ja"));
    for (const FundingStep &s : fundingSteps()) {
        t.insert(QStringLiteral("step ") + s.heading(u"en"), s.heading(u"ja"));
        t.insert(QStringLiteral("formula ") + s.heading(u"en"), s.formula.ja);
    }
    for (const FindingCode &c : findingCodes())
        t.insert(QStringLiteral("finding ") + QString::fromLatin1(c.code), c.text.ja);
    return t;
}

QString bare(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral(R"(\(&.\))"));
    text.remove(mnemonic);
    text.remove(u'&');
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    return text;
}

QStringList violations(const QMap<QString, QString> &texts, const QList<Term> &terms)
{
    QStringList found;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        for (const Term &term : terms) {
            for (const QString &w : term.notExactly)
                if (bare(it.value()) == w)
                    found << QStringLiteral("%1 → 「%2」 is 「%3」, not 「%4」")
                                 .arg(it.key(), it.value(), term.ja, w);
            for (const QString &w : term.notAnywhere)
                if (it.value().contains(w))
                    found << QStringLiteral("%1 → 「%2」 contains 「%3」 (%4)")
                                 .arg(it.key(), it.value(), w, term.ja);
        }
    }
    return found;
}

bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff) || u == 0x3005;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private slots:
    void glossaryIsReadable();
    void windowUsesOneTermPerConcept();
    void coreUsesOneTermPerConcept();
    void rangesHaveOneStyle();
    void englishGlossesJapaneseInBrackets();
    void csvCodesReadBack();
};

void TestGlossary::glossaryIsReadable()
{
    const QList<Term> terms = glossary();
    QVERIFY2(terms.size() >= 20, qPrintable(QString::number(terms.size())));
    QSet<QString> seen;
    for (const Term &t : terms) {
        QVERIFY2(!t.ja.isEmpty() && !t.en.isEmpty() && !t.definition.isEmpty(), qPrintable(t.ja));
        QVERIFY2(!seen.contains(t.ja), qPrintable(t.ja + QStringLiteral(" twice")));
        seen << t.ja;
        // A term never forbids itself.
        QVERIFY2(!t.notExactly.contains(t.ja), qPrintable(t.ja));
    }
    // The concepts the issue names, each with the words it replaces.
    auto term = [&](const QString &ja) {
        for (const Term &t : terms)
            if (t.ja == ja)
                return t;
        return Term {};
    };
    QVERIFY(term(QStringLiteral("差引額"))
                .notAnywhere.contains(QStringLiteral("実支出額（その他の収入を控除）")));
    QVERIFY(term(QStringLiteral("範囲")).notAnywhere.contains(QStringLiteral("~")));
    for (const char *concept : { "メニュー", "実施事業", "取組" })
        QVERIFY2(
            term(QString::fromUtf8(concept)).notExactly.contains(QStringLiteral("事業")), concept);
}

void TestGlossary::windowUsesOneTermPerConcept()
{
    const QMap<QString, QString> texts = windowTexts();
    QVERIFY(texts.size() > 300);
    const QStringList found = violations(texts, glossary());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestGlossary::coreUsesOneTermPerConcept()
{
    const QMap<QString, QString> texts = coreTexts();
    QVERIFY(texts.size() > 40);
    const QStringList found = violations(texts, glossary());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The glossary's examples of a range are what the one function writes, in yen and in 千円.
void TestGlossary::rangesHaveOneStyle()
{
    QString definition;
    for (const Term &t : glossary())
        if (t.ja == QStringLiteral("範囲"))
            definition = t.definition;
    const YenRange r = YenRange::between(11'000'000, 16'000'000);
    const QString yen = formatRange(r, u"ja");
    const QString thousand = formatRangeWith(r, u"ja", formatThousandYen, u"", u"");
    QVERIFY2(definition.contains(yen), qPrintable(yen));
    QVERIFY2(definition.contains(thousand + QStringLiteral(" (千円)")), qPrintable(thousand));
    const QString open = formatRange({ std::nullopt, Yen(14'500'000) }, u"ja");
    QVERIFY2(definition.contains(open), qPrintable(open));
    // One tilde, U+301C, between the ends: no space, no ASCII or full-width tilde.
    for (const QString &s : { yen, thousand }) {
        QCOMPARE(s.count(QChar(0x301C)), 1);
        QVERIFY(!s.contains(u' ') && !s.contains(u'~') && !s.contains(QChar(0xFF5E)));
    }
    // The unit once, at the end.
    QCOMPARE(yen.count(u'円'), 1);
    QVERIFY(yen.endsWith(u'円'));
}

// English must be English: a Japanese term appears only as a gloss, in brackets after the
// English (「Runs the multi-layered support system program (重層的支援体制整備事業)」).
void TestGlossary::englishGlossesJapaneseInBrackets()
{
    QStringList bare;
    static const QRegularExpression glossed(
        QStringLiteral(R"(\([^()]*\)|（[^（）]*）|「[^「」]*」|『[^『』]*』|\[[^\]]*\])"));
    for (const QString &source : windowTexts().keys()) {
        QString outside = source;
        outside.remove(glossed);
        if (std::any_of(outside.cbegin(), outside.cend(), isJapanese))
            bare << source;
    }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u'\n')));
}

// The one CSV form of a code (csvexport.h) is read back as the code.
void TestGlossary::csvCodesReadBack()
{
    for (const QString &code :
        { QStringLiteral("013030"), QStringLiteral("1/2"), QStringLiteral("013030;016012") }) {
        const QString field = codeField(code);
        QVERIFY2(field.contains(QStringLiteral("=\"\"") + code), qPrintable(field));
        // As a CSV reader unquotes it: "=""013030""" → ="013030".
        QString unquoted = field.mid(1, field.size() - 2);
        unquoted.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        QCOMPARE(codeFromCsv(unquoted), code);
    }
    QCOMPARE(codeField(QStringLiteral("高岡市")), QStringLiteral("高岡市"));
}

QTEST_APPLESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
