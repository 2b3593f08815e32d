// No developer language reaches a planner: every text the window, the rule book window, the
// explanation dialog, the PDF, the workbook and `shienplan-cli evaluate --format text` show is
// read, in Japanese and English, and none may contain an internal key ("station.base"), a bare
// source id ("002:1148"), the developers' notes ("rules.md", "decisions.md", "§") or a
// sub-project's catalogue key ("S14"). A source is a document in words or ShienPlan's
// assumption; a value is named.
#include "core/document/documentedits.h"
#include "core/document/documentfile.h"
#include "core/document/documentsession.h"
#include "core/registry/registry.h"
#include "core/report/reportdata.h"
#include "core/report/shoyogaku.h"
#include "core/rules/rulebooklibrary.h"
#include "report/pdfreport.h"
#include "report/reportwriter.h"
#include "tests/clirunner.h"
#include "tests/corefixtures.h"
#include "tests/documentfixtures.h"
#include "tests/report/xlsxread.h"
#include "tests/testutil.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/changelogmodel.h"
#include "ui/rulebook/rulebookwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>

using namespace shienplan;

namespace
{

struct Pattern {
    const char *what;
    QRegularExpression re;
};

const QList<Pattern> &forbidden()
{
    static const QList<Pattern> list = {
        { "an internal key", QRegularExpression(QStringLiteral("\\b[a-z_]+\\.[a-z_.]+\\b")) },
        { "the developers' notes",
            QRegularExpression(QStringLiteral("rules\\.md|decisions\\.md|§")) },
        { "a bare source id", QRegularExpression(QStringLiteral("\\b\\d{3}:\\d+")) },
        { "a catalogue key", QRegularExpression(QStringLiteral("\\bS\\d{2}\\b")) },
    };
    return list;
}

// What may look like a key but is ordinary text: a file name a planner chose or opened, an
// abbreviation of English prose, a web address.
bool harmless(QStringView match)
{
    static const QRegularExpression ok(
        QStringLiteral("^(e\\.g|i\\.e|etc)\\.?$|\\.(json|shienplan|csv|pdf|xlsx|png|txt)$|^www\\.|"
                       "\\.(jp|org|com|io)$"));
    return ok.match(match).hasMatch();
}

// The first forbidden piece of `text`, or empty.
QString violation(const QString &text)
{
    for (const auto &p : forbidden()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!harmless(m.capturedView()))
                return QStringLiteral("%1 「%2」").arg(QLatin1String(p.what), m.captured());
        }
    }
    return {};
}

// Collects every text a person can read, each with where it was found.
class Texts
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_texts << qMakePair(where, text);
    }
    void addModel(const QString &where, const QAbstractItemModel *model, int maxRows = 400)
    {
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                add(where + QStringLiteral(" header %1").arg(c),
                    model->headerData(c, Qt::Horizontal, role).toString());
        const int rows = std::min(model->rowCount(), maxRows);
        for (int r = 0; r < rows; ++r) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                add(where + QStringLiteral(" row header %1").arg(r),
                    model->headerData(r, Qt::Vertical, role).toString());
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                    add(where + QStringLiteral(" [%1,%2]").arg(r).arg(c),
                        model->index(r, c).data(role).toString());
        }
    }
    void addAction(const QString &where, const QAction *a)
    {
        const QString name = where + u'/' + a->text();
        add(name, a->text());
        add(name + QStringLiteral(" tooltip"), a->toolTip());
        add(name + QStringLiteral(" status tip"), a->statusTip());
        add(name + QStringLiteral(" what's this"), a->whatsThis());
        if (a->menu())
            for (const QAction *sub : a->menu()->actions())
                addAction(name, sub);
    }
    void addWidget(QWidget *root)
    {
        const QString top = root->objectName();
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : all) {
            const QString where = top + u'/'
                + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                             : w->objectName());
            add(where + QStringLiteral(" title"), w->windowTitle());
            add(where + QStringLiteral(" tooltip"), w->toolTip());
            add(where + QStringLiteral(" status tip"), w->statusTip());
            add(where + QStringLiteral(" what's this"), w->whatsThis());
            if (auto *l = qobject_cast<QLabel *>(w)) {
                QTextDocument d; // rich text as the person reads it
                d.setHtml(l->text());
                add(where, Qt::mightBeRichText(l->text()) ? d.toPlainText() : l->text());
            }
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(where, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                add(where, g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w)) {
                add(where, e->text());
                add(where + QStringLiteral(" placeholder"), e->placeholderText());
            }
            if (auto *t = qobject_cast<QTextEdit *>(w))
                add(where, t->toPlainText());
            if (auto *c = qobject_cast<QComboBox *>(w))
                addModel(where, c->model());
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i) {
                    add(where + QStringLiteral(" tab"), t->tabText(i));
                    add(where + QStringLiteral(" tab tooltip"), t->tabToolTip(i));
                }
            if (auto *v = qobject_cast<QAbstractItemView *>(w))
                addModel(where, v->model());
            for (const QAction *a : w->actions())
                addAction(where, a);
        }
    }
    // Fails naming every offending text (at most a screenful).
    void check(const char *context) const
    {
        QStringList bad;
        for (const auto &[where, text] : m_texts) {
            const QString v = violation(text);
            if (!v.isEmpty())
                bad << QStringLiteral("%1: %2 in 「%3」").arg(where, v, text.left(160));
        }
        bad.removeDuplicates();
        QVERIFY2(bad.isEmpty(),
            qPrintable(QStringLiteral("%1: %2 texts with developer language:\n")
                           .arg(QLatin1String(context))
                           .arg(bad.size())
                + bad.mid(0, 40).join(u'\n')));
    }
    qsizetype size() const { return m_texts.size(); }
    bool contains(const QString &part) const
    {
        return std::any_of(m_texts.cbegin(), m_texts.cend(),
            [&](const auto &t) { return t.second.contains(part); });
    }

private:
    QList<QPair<QString, QString>> m_texts;
};

Document sample()
{
    Document d = testutil::takaokaSample();
    // An older document's change log: keys in the detail, no account known.
    d.log << ChangeEntry { QDateTime::currentDateTimeUtc(), QStringLiteral("unknown"),
        QStringLiteral("set_override"),
        QStringLiteral(
            "令和7年度のルール値 station.addons.peer_family_meetings を入力（出典: 002:1150）") };
    return d;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void theWindowSpeaksPlainly_data();
    void theWindowSpeaksPlainly();
    void theRuleBookWindowSpeaksPlainly_data();
    void theRuleBookWindowSpeaksPlainly();
    void reportsSpeakPlainly_data();
    void reportsSpeakPlainly();
    void theCommandLineSpeaksPlainly_data();
    void theCommandLineSpeaksPlainly();
    void theRuleBookTextSpeaksPlainly_data();
    void theRuleBookTextSpeaksPlainly();
    void thePatternsCatchWhatTheyMust();

private:
    QTemporaryDir m_dir;
};

void TestPlainText::initTestCase()
{
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
    qputenv("SHIENPLAN_RULES_DIR", m_dir.filePath(QStringLiteral("no-rules")).toUtf8());
    QVERIFY(m_dir.isValid());
}

void TestPlainText::cleanup()
{
    setLanguage(QStringLiteral("ja"));
}

void TestPlainText::thePatternsCatchWhatTheyMust()
{
    // The checks would see what the issue reported, so that a pass means something.
    for (const char *bad :
        { "station.base", "calculation.truncation_unit", "000:178", "出典: 002:1182",
            "rules.md §5.2", "S14 市町村等訪問支援員", "station.addons.peer_family_meetings" })
        QVERIFY2(!violation(QString::fromUtf8(bad)).isEmpty(), bad);
    for (const char *fine : { "厚生労働省『ひきこもり支援施策について』本文1148行目",
             "sample_takaoka.json", "e.g. 令和7年度交付要綱", "2025-04-01 09:30", "14,000,000円",
             "ShienPlan の仮定: 共同実施" })
        QVERIFY2(violation(QString::fromUtf8(fine)).isEmpty(), fine);
}

void TestPlainText::theWindowSpeaksPlainly_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("ja, the sample") << "ja" << false;
    QTest::newRow("en, the sample") << "en" << false;
    QTest::newRow("ja, a .shienplan file") << "ja" << true;
    QTest::newRow("en, a .shienplan file") << "en" << true;
}

void TestPlainText::theWindowSpeaksPlainly()
{
    QFETCH(QString, lang);
    QFETCH(bool, fromFile);
    setLanguage(lang);
    MainWindow w;
    if (fromFile) {
        // Every field the file stores, user values with their citations included.
        const QString path = m_dir.filePath(QStringLiteral("rich.shienplan"));
        QFile::remove(path);
        Document rich = testutil::richDocument();
        rich.log << sample().log.last();
        writeDocument(rich, path);
        QVERIFY(w.openFile(path));
    } else {
        w.loadDocument(sample());
    }
    w.resize(1300, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A user's value entered in this session: the log names the value, not its key.
    RuleOverride o;
    o.fiscalYear = w.session()->document().scenarios.value(0).plan.fiscalYear;
    o.menu = QStringLiteral("station");
    o.item = OverrideItem::Addon;
    o.key = QStringLiteral("needs_survey");
    o.amount = YenRange::exact(800'000);
    o.source = QStringLiteral("令和7年度交付要綱 別表");
    w.session()->apply([&](Document &d) { return edits::setOverride(d, o); });
    // The explanation dialog, as 「計算の根拠を見る」 opens it.
    testutil::child<QPushButton>(&w, "explainButton")->click();
    QApplication::processEvents();

    Texts texts;
    texts.addWidget(&w);
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != &w && top->isVisible())
            texts.addWidget(top);
    QVERIFY(texts.size() > 200);
    // The change log's 担当者 is never an older version's placeholder, and this session's edit
    // names whoever is at the computer.
    const QAbstractItemModel *log
        = testutil::child<QAbstractItemView>(&w, "changeLogView")->model();
    QVERIFY(log->rowCount() >= 2);
    for (int r = 0; r < log->rowCount(); ++r)
        QVERIFY(log->index(r, ChangeLogModel::Who).data().toString() != u"unknown");
    QCOMPARE(log->index(0, ChangeLogModel::Who).data().toString(), w.session()->author());
    // What the explanation lists is there, in words.
    auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanationText"));
    QVERIFY(explanation);
    const QString shown = explanation->toPlainText();
    QVERIFY2(shown.contains(lang == u"en" ? QStringLiteral("line") : QStringLiteral("行目")),
        qPrintable(shown));
    texts.check(qPrintable(QStringLiteral("window %1").arg(lang)));
}

void TestPlainText::theRuleBookWindowSpeaksPlainly_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << "ja";
    QTest::newRow("en") << "en";
}

void TestPlainText::theRuleBookWindowSpeaksPlainly()
{
    QFETCH(QString, lang);
    setLanguage(lang);
    RuleBookWindow w(RuleBookLibrary::standard());
    w.setQuiet(true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Texts texts;
    // Every bundled year (its matrix, values and summary), and the differences of the first and
    // the last.
    const QList<int> years = RuleBookLibrary::standard().fiscalYears();
    for (int fy : years) {
        w.setCurrentYear(fy);
        texts.addWidget(&w);
    }
    auto *from = testutil::child<QComboBox>(&w, "diffFrom");
    auto *to = testutil::child<QComboBox>(&w, "diffTo");
    from->setCurrentIndex(from->findData(years.first()));
    to->setCurrentIndex(to->findData(years.last()));
    testutil::child<QAbstractButton>(&w, "diffShowSources")->setChecked(true);
    texts.addWidget(&w);
    QVERIFY(texts.size() > 500);
    texts.check(qPrintable(QStringLiteral("rule book window %1").arg(lang)));
}

void TestPlainText::reportsSpeakPlainly_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << "ja";
    QTest::newRow("en") << "en";
}

void TestPlainText::reportsSpeakPlainly()
{
    QFETCH(QString, lang);
    Document doc = testutil::richDocument();
    doc.scenarios += testutil::takaokaSample().scenarios;
    const ReportData data = buildReportData(
        doc, RuleBookLibrary::bundledOnly(), Registry::bundled(), lang, QDate(2025, 6, 30));
    QVERIFY(!data.scenarios.isEmpty());

    Texts pdf;
    QTextDocument html;
    html.setHtml(reportHtml(data));
    pdf.add(QStringLiteral("PDF"), html.toPlainText());
    const ShoyogakuData form
        = buildShoyogaku(doc, RuleBookLibrary::bundledOnly(), Registry::bundled(), lang);
    for (const QString &part : shoyogakuHtmlParts(form, 900)) {
        QTextDocument d;
        d.setHtml(part);
        pdf.add(QStringLiteral("所要額調書 PDF"), d.toPlainText());
    }
    QVERIFY(pdf.contains(lang == u"en" ? QStringLiteral("line") : QStringLiteral("行目")));
    pdf.check(qPrintable(QStringLiteral("PDF %1").arg(lang)));

    const QString path = m_dir.filePath(QStringLiteral("report-%1.xlsx").arg(lang));
    writeReport(data, ReportFormat::Xlsx, path);
    const Workbook wb = readWorkbook(path);
    QVERIFY(wb.valid);
    Texts xlsx;
    for (const Sheet &s : wb.sheets) {
        xlsx.add(QStringLiteral("sheet name"), s.name);
        for (auto it = s.cells.cbegin(); it != s.cells.cend(); ++it)
            if (it->formula.isEmpty() && !it->type.isEmpty() && it->type != u"b")
                xlsx.add(s.name + u'!' + it.key(), it->value);
    }
    QVERIFY(xlsx.size() > 50);
    xlsx.check(qPrintable(QStringLiteral("XLSX %1").arg(lang)));
}

void TestPlainText::theCommandLineSpeaksPlainly_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("plan");
    // Every test plan: their titles are a planner's words too.
    const QStringList plans = QDir(QStringLiteral(SHIENPLAN_TEST_DATA "/plans"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(plans.size() >= 19);
    for (const char *lang : { "ja", "en" })
        for (const QString &file : plans) {
            const QString plan = file.chopped(5);
            QTest::addRow("%s %s", lang, qPrintable(plan)) << QString::fromLatin1(lang) << plan;
        }
}

void TestPlainText::theCommandLineSpeaksPlainly()
{
    QFETCH(QString, lang);
    QFETCH(QString, plan);
    const QStringList args { QStringLiteral("evaluate"),
        QStringLiteral(SHIENPLAN_TEST_DATA "/plans/") + plan + QStringLiteral(".json"),
        QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--lang"), lang };
    const clirunner::CliResult r = clirunner::runCli(args);
    QVERIFY2(r.ok(), clirunner::describe(args, r).constData());
    Texts out;
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n'))
        out.add(QStringLiteral("stdout"), line);
    QVERIFY(out.size() > 5);
    out.check(qPrintable(plan));
}

void TestPlainText::theRuleBookTextSpeaksPlainly_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("year");
    for (const char *lang : { "ja", "en" })
        for (int year = 2022; year <= 2026; ++year)
            QTest::addRow("%s %d", lang, year) << lang << year;
}

// `rules --format text` is for a planner: every source in words, no id, and what the rule book
// window shows besides the values: the note where a document of the same year differs
// (令和4年度) and the facts no rule checks.
void TestPlainText::theRuleBookTextSpeaksPlainly()
{
    QFETCH(QString, lang);
    QFETCH(int, year);
    const QStringList args { QStringLiteral("rules"), QStringLiteral("--fiscal-year"),
        QString::number(year), QStringLiteral("--format"), QStringLiteral("text"),
        QStringLiteral("--lang"), lang };
    const clirunner::CliResult r = clirunner::runCli(args);
    QVERIFY2(r.ok(), clirunner::describe(args, r).constData());
    const QString text = QString::fromUtf8(r.out);
    Texts out;
    for (const QString &line : text.split(u'\n'))
        out.add(QStringLiteral("stdout"), line);
    QVERIFY(out.size() > 30);
    out.check(qPrintable(QString::number(year)));
    const bool ja = lang == QLatin1String("ja");
    QVERIFY2(text.contains(ja ? QStringLiteral("厚生労働省") : QStringLiteral("MHLW")),
        qPrintable(text.left(400)));
    if (year == 2022)
        QVERIFY2(text.contains(QStringLiteral("※")), "the three cells that 003 puts otherwise");
    if (year == 2024)
        QVERIFY(text.contains(ja ? QStringLiteral("推定") : QStringLiteral("inferred")));
    QVERIFY(text.contains(ja ? QStringLiteral("■ 参考") : QStringLiteral("■ For information")));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
