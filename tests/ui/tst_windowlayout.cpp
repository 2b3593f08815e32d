// The window on the common municipal laptop's screen (1366×768), at 100 % and at 200 %
// (SHIENPLAN_TEST_SCALE=2, ctest's tst_windowlayout_200): it opens within the screen, no two
// widgets of a form lie on each other, every label's text has the room it needs, and the matrix
// and the calculation (A)…(H) keep enough rows to be read. The screen is the offscreen
// platform's, set up from a JSON file before QApplication exists (see main()).
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/application.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/plan/planevaluator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shienplan;
using testutil::child;

namespace
{
constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768;

// The widgets a layout places, through its nested layouts: the siblings that must not overlap.
void managedWidgets(const QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            out << w;
        else if (const QLayout *inner = item->layout())
            managedWidgets(inner, out);
    }
}

QString describe(const QWidget *w)
{
    const auto *label = qobject_cast<const QLabel *>(w);
    return QStringLiteral("%1 \"%2\" %3,%4 %5×%6")
        .arg(QString::fromLatin1(w->metaObject()->className()),
            w->objectName().isEmpty() && label ? label->text() : w->objectName())
        .arg(w->x())
        .arg(w->y())
        .arg(w->width())
        .arg(w->height());
}

// Every pair of visible widgets one layout places that cover a common pixel.
QStringList overlaps(const QWidget *root)
{
    QStringList out;
    QList<const QWidget *> parents { root };
    for (const QWidget *w : root->findChildren<QWidget *>())
        parents << w;
    for (const QWidget *parent : parents) {
        if (!parent->isVisible() || !parent->layout())
            continue;
        QList<QWidget *> placed;
        managedWidgets(parent->layout(), placed);
        placed.removeIf([](const QWidget *w) { return !w->isVisible() || w->isWindow(); });
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j)
                if (placed[i]->geometry().intersects(placed[j]->geometry()))
                    out << describe(placed[i]) + QStringLiteral(" ∩ ") + describe(placed[j]);
    }
    return out;
}

// Every visible label whose text needs more room than it has: a line cut off, or wrapped lines
// taller than the label (they would be drawn over the next row).
QStringList crampedLabels(const QWidget *root)
{
    QStringList out;
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty() || l->pixmap().isNull() == false)
            continue;
        const QRect room = l->contentsRect();
        const QSize need = l->wordWrap()
            ? QSize(0, l->heightForWidth(l->width()) - (l->height() - room.height()))
            : l->sizeHint() - (l->size() - room.size());
        if (need.width() > room.width() || need.height() > room.height())
            out << describe(l)
                    + QStringLiteral(" needs %1×%2").arg(need.width()).arg(need.height());
    }
    return out;
}

// The rows of a table the planner sees whole, without scrolling.
int wholeRowsShown(const QTableView *view)
{
    int rows = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->viewport()->rect().contains(view->visualRect(view->model()->index(r, 0))))
            ++rows;
    return rows;
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void theScreenIsTheLaptops();
    void theWindowOpensWithinTheScreen();
    void aSavedPlaceBeyondTheScreenIsNotRestored();
    void formsDoNotOverlap_data();
    void formsDoNotOverlap();
    void theMatrixAndTheCalculationKeepTheirRows();

private:
    std::unique_ptr<MainWindow> openWindow();
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestWindowLayout::initTestCase()
{
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
    QSettings().clear();
    useJapaneseFont();
}

void TestWindowLayout::cleanup()
{
    m_w.reset();
    QSettings().clear();
    setLanguage(QStringLiteral("ja"));
}

std::unique_ptr<MainWindow> TestWindowLayout::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    Document d = testutil::takaokaSample();
    w->loadDocument(d);
    // As the program starts: no size given, the window chooses its own (placeOnScreen).
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    QTest::qWait(50); // the maximised geometry arrives as an event
    return w;
}

// The offscreen platform took the configured screen (Qt 6.4's offscreen plugin reads
// configfile=; without it the screen would be 800×600 and every check here about another
// screen).
void TestWindowLayout::theScreenIsTheLaptops()
{
    const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    const QRect g = QGuiApplication::primaryScreen()->geometry();
    QCOMPARE(g.width(), qRound(kScreenWidth / scale));
    QCOMPARE(g.height(), qRound(kScreenHeight / scale));
}

void TestWindowLayout::theWindowOpensWithinTheScreen()
{
    m_w = openWindow();
    QVERIFY(m_w);
    const QRect available = m_w->screen()->availableGeometry();
    QVERIFY2(available.contains(m_w->frameGeometry()),
        qPrintable(QStringLiteral("frame %1,%2 %3×%4 on %5×%6")
                       .arg(m_w->frameGeometry().x())
                       .arg(m_w->frameGeometry().y())
                       .arg(m_w->frameGeometry().width())
                       .arg(m_w->frameGeometry().height())
                       .arg(available.width())
                       .arg(available.height())));
    // It can always be made to fit: nothing in it insists on more than the screen.
    QVERIFY(m_w->minimumSizeHint().width() <= available.width());
    QVERIFY(m_w->minimumSizeHint().height() <= available.height());
}

// A place saved on a larger monitor (or before the scale was raised) would open the window
// partly off the screen: the window takes a place within it instead.
void TestWindowLayout::aSavedPlaceBeyondTheScreenIsNotRestored()
{
    {
        MainWindow big;
        big.setGeometry(40, 40, 2400, 1500);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    m_w = openWindow();
    QVERIFY(m_w);
    QVERIFY(m_w->screen()->availableGeometry().contains(m_w->frameGeometry()));
}

// Until every layout of the window is done (a layout request posts the next one up the tree):
// what the planner sees once the window has settled, however busy the machine. A fixed wait
// measured labels still laid out for the other language on a loaded machine.
static void settleLayouts()
{
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void TestWindowLayout::formsDoNotOverlap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("tab");
    const char *const names[] = { "plan", "prefecture", "compare", "log" };
    for (const char *lang : { "ja", "en" })
        for (int tab = 0; tab < 4; ++tab)
            QTest::addRow("%s %s", lang, names[tab]) << QString::fromLatin1(lang) << tab;
}

void TestWindowLayout::formsDoNotOverlap()
{
    QFETCH(QString, language);
    QFETCH(int, tab);
    setLanguage(language);
    m_w = openWindow();
    QVERIFY(m_w);
    auto *tabs = child<QTabWidget>(m_w.get(), "tabs");
    tabs->setCurrentIndex(tab);
    settleLayouts();
    // Every scenario of the sample (support, station, center): the forms differ with the menu.
    for (int s = 0; s < m_w->session()->document().scenarios.size(); ++s) {
        m_w->evaluator()->setCurrent(s, 0);
        settleLayouts();
        const QStringList over = overlaps(tabs->currentWidget());
        QVERIFY2(over.isEmpty(), qPrintable(over.join(QStringLiteral("\n"))));
        const QStringList cramped = crampedLabels(tabs->currentWidget());
        QVERIFY2(cramped.isEmpty(), qPrintable(cramped.join(QStringLiteral("\n"))));
    }
}

// With the window as it opens (maximised on this screen), the 14 sub-projects show at least 8
// rows and the calculation (A)…(H) at least 8 (or all it has): the forms around them scroll.
void TestWindowLayout::theMatrixAndTheCalculationKeepTheirRows()
{
    m_w = openWindow();
    QVERIFY(m_w);
    const auto &scenarios = m_w->session()->document().scenarios;
    // The station: the matrix with the most rows.
    for (int s = 0; s < scenarios.size(); ++s)
        if (!scenarios[s].plan.programs.isEmpty()
            && scenarios[s].plan.programs[0].menu == QLatin1String("station"))
            m_w->evaluator()->setCurrent(s, 0);
    settleLayouts();
    auto *matrix = child<QTableView>(m_w.get(), "matrixView");
    auto *funding = child<QTableView>(m_w.get(), "fundingView");
    QVERIFY(matrix->model()->rowCount() >= 8);
    QVERIFY2(wholeRowsShown(matrix) >= 8,
        qPrintable(QStringLiteral("matrix: %1 of %2 rows")
                       .arg(wholeRowsShown(matrix))
                       .arg(matrix->model()->rowCount())));
    QVERIFY2(wholeRowsShown(funding) >= std::min(8, funding->model()->rowCount()),
        qPrintable(QStringLiteral("funding: %1 of %2 rows")
                       .arg(wholeRowsShown(funding))
                       .arg(funding->model()->rowCount())));
}

// The screen must exist before QApplication: the offscreen platform reads it at start.
int main(int argc, char **argv)
{
    // The platform's arguments are separated by colons, so the file is named relative to the
    // working folder: a Windows path (C:\...) would be cut at its drive letter.
    QTemporaryDir screenDir(QDir::current().filePath(QStringLiteral("screen-XXXXXX")));
    const QString config
        = QDir::current().relativeFilePath(screenDir.filePath(QStringLiteral("screen.json")));
    const QByteArray json = QStringLiteral(R"({"screens":[{"name":"laptop","x":0,"y":0,)"
                                           R"("width":%1,"height":%2,"logicalDpi":96,)"
                                           R"("logicalBaseDpi":96,"dpr":1}]})")
                                .arg(kScreenWidth)
                                .arg(kScreenHeight)
                                .toUtf8();
    if (!testutil::writeFile(config, json))
        return 2;
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    qputenv("QT_SCALE_FACTOR",
        qgetenv("SHIENPLAN_TEST_SCALE").isEmpty() ? QByteArray("1")
                                                  : qgetenv("SHIENPLAN_TEST_SCALE"));
    QApplication app(argc, argv);
    TestWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
