// The window from the keyboard alone, in Japanese and in English: every Alt+letter leads to one
// place, Tab walks the plan from the top left to the bottom right visiting each control once,
// a staff count steps by one person whatever key steps it and Ctrl+Z undoes it there, F1 is the
// manual and the shortcut list names the keys the window really has.
#include "tests/corefixtures.h"
#include "tests/testutil.h"
#include "ui/help/helpdialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/plan/planevaluator.h"
#include "ui/widgets/bodypicker.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace shienplan;
using testutil::child;

namespace
{
// The letter Alt reaches a text by: 「ファイル(&F)」 → F, "Save &as…" → A, none → null.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// The letters used more than once among `texts`, with the texts that share them.
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QChar, QString> by;
    for (const QString &t : texts)
        if (const QChar m = mnemonic(t); !m.isNull())
            by.insert(m, t);
    QStringList out;
    for (const QChar &m : by.uniqueKeys())
        if (by.count(m) > 1)
            out << QStringLiteral("%1: %2").arg(
                m, QStringList(by.values(m)).join(QStringLiteral(" / ")));
    return out;
}

void menusOf(QMenu *menu, QList<QMenu *> &out)
{
    out << menu;
    for (QAction *a : menu->actions())
        if (a->menu())
            menusOf(a->menu(), out);
}

// The controls of `root` Tab should stop at: shown, enabled, taking focus by Tab, and not a part
// of another control (a spin box's line, a combo box's editor).
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root->window()) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            out << w;
    return out;
}

QString name(const QWidget *w)
{
    const auto *label = qobject_cast<const QAbstractButton *>(w);
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
        !w->objectName().isEmpty() ? w->objectName()
            : label                ? label->text()
                                   : QString());
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUniquePerMenu_data();
    void mnemonicsAreUniquePerMenu();
    void mnemonicsAreUniqueInTheWindow_data();
    void mnemonicsAreUniqueInTheWindow();
    void everyMenuTitleHasAMnemonicInBothLanguages();
    void tabVisitsThePlanInReadingOrder();
    void afterChoosingABodyTabGoesOn();
    void pageKeysStepStaffByOnePerson();
    void ctrlZInASpinBoxUndoesTheEdit();
    void f1OpensTheManual();
    void theShortcutListNamesTheActionsKeys();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestKeyboard::initTestCase()
{
    testutil::useTestPathsAndRecoveryDir(m_dir.filePath(QStringLiteral("recovery")));
}

void TestKeyboard::init()
{
    setLanguage(QStringLiteral("ja"));
    m_w = std::make_unique<MainWindow>();
    m_w->loadDocument(testutil::takaokaSample());
    m_w->setWindowState(Qt::WindowNoState);
    m_w->resize(1360, 860);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QApplication::setActiveWindow(m_w.get());
}

void TestKeyboard::cleanup()
{
    m_w.reset();
    setLanguage(QStringLiteral("ja"));
}

void TestKeyboard::mnemonicsAreUniquePerMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestKeyboard::mnemonicsAreUniquePerMenu()
{
    QFETCH(QString, language);
    setLanguage(language);
    QList<QMenu *> menus;
    for (QAction *a : m_w->menuBar()->actions())
        if (a->menu())
            menusOf(a->menu(), menus);
    QVERIFY(menus.size() >= 5);
    for (QMenu *menu : menus) {
        QStringList texts;
        for (QAction *a : menu->actions())
            if (a->isVisible() && !a->isSeparator())
                texts << a->text();
        const QStringList c = clashes(texts);
        QVERIFY2(c.isEmpty(), qPrintable(menu->title() + QStringLiteral(": ") + c.join(u'\n')));
    }
}

void TestKeyboard::mnemonicsAreUniqueInTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("tab");
    for (const char *lang : { "ja", "en" })
        for (int tab = 0; tab < 4; ++tab)
            QTest::addRow("%s tab %d", lang, tab) << QString::fromLatin1(lang) << tab;
}

// Alt+letter goes to the menu bar's title or to the field of a label (or a button) of the tab
// shown; a letter both use leads to one of them only, so a label must not take a title's.
void TestKeyboard::mnemonicsAreUniqueInTheWindow()
{
    QFETCH(QString, language);
    QFETCH(int, tab);
    setLanguage(language);
    auto *tabs = child<QTabWidget>(m_w.get(), "tabs");
    tabs->setCurrentIndex(tab);
    QCoreApplication::processEvents();
    QStringList texts;
    for (QAction *a : m_w->menuBar()->actions())
        texts << a->text();
    for (QLabel *l : tabs->currentWidget()->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy())
            texts << l->text();
    for (QAbstractButton *b : tabs->currentWidget()->findChildren<QAbstractButton *>())
        if (b->isVisible())
            texts << b->text();
    const QStringList c = clashes(texts);
    QVERIFY2(c.isEmpty(), qPrintable(c.join(u'\n')));
}

// The Japanese texts carry their own 「(&X)」: a menu without one could not be reached by Alt.
void TestKeyboard::everyMenuTitleHasAMnemonicInBothLanguages()
{
    for (const char *lang : { "ja", "en" }) {
        setLanguage(QString::fromLatin1(lang));
        for (QAction *a : m_w->menuBar()->actions())
            QVERIFY2(!mnemonic(a->text()).isNull(), qPrintable(a->text()));
    }
}

// From the first control of the plan tab, Tab visits every control of it once before coming
// back, the left column (body, program) before the right (the calculation, the findings), and
// within a column from top to bottom.
void TestKeyboard::tabVisitsThePlanInReadingOrder()
{
    auto *plan = child<QWidget>(m_w.get(), "planSplitter");
    auto *left = child<QWidget>(m_w.get(), "planFormsScroll");
    const QList<QWidget *> stops = tabStops(left);
    QVERIFY(stops.size() > 10);
    // The first stop in reading order: the topmost of the left column.
    QWidget *first = child<QWidget>(m_w.get(), "scenarioSelector");
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), first);
    QList<QWidget *> visited { first };
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == first)
            break;
        // The left column (body and program panels); the right column's own order is the
        // funding panel's (see the report: it visits its table twice).
        if (left->isAncestorOf(now)) {
            QVERIFY2(!visited.contains(now), qPrintable(QStringLiteral("twice: ") + name(now)));
            visited << now;
        }
    }
    QStringList missing;
    for (QWidget *w : stops)
        if (!visited.contains(w))
            missing << name(w);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("never reached: ") + missing.join(u' ')));
    // Reading order: no step goes back up within a column, no step from right to left.
    bool inRight = false;
    for (int i = 1; i < visited.size(); ++i) {
        const bool right = !left->isAncestorOf(visited[i]);
        QVERIFY2(!(inRight && !right),
            qPrintable(QStringLiteral("back to the left at ") + name(visited[i])));
        if (right != inRight) {
            inRight = right;
            continue;
        }
        const QRect a(visited[i - 1]->mapTo(plan, QPoint()), visited[i - 1]->size());
        const QRect b(visited[i]->mapTo(plan, QPoint()), visited[i]->size());
        QVERIFY2(b.center().y() >= a.top(),
            qPrintable(
                QStringLiteral("up from %1 to %2").arg(name(visited[i - 1]), name(visited[i]))));
    }
}

// After a town is chosen in the body picker, the focus is on the next field (not back at the
// top of the window), and Tab goes on from there.
void TestKeyboard::afterChoosingABodyTabGoesOn()
{
    auto *picker = child<BodyPicker>(m_w.get(), "bodySearch");
    picker->setFocus(Qt::TabFocusReason);
    emit picker->bodyChosen(QStringLiteral("162019")); // what choosing from its list does
    QCOMPARE(m_w->evaluator()->scenario()->plan.body.code, QStringLiteral("162019"));
    QWidget *after = QApplication::focusWidget();
    QVERIFY(after);
    QCOMPARE(after, child<QWidget>(m_w.get(), "population")); // the field below the picker
    QTest::keyClick(after, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != child<QWidget>(m_w.get(), "scenarioSelector"));
    QVERIFY(QApplication::focusWidget() != after);
}

// A staff count is persons: PgUp, Ctrl+PgUp and Ctrl+Up add one, never ten or a hundred.
void TestKeyboard::pageKeysStepStaffByOnePerson()
{
    auto *pro = child<QSpinBox>(m_w.get(), "staffProfessionals");
    QVERIFY(pro->isEnabled());
    pro->setFocus(Qt::TabFocusReason);
    for (const auto &[key, mods] : { std::pair { Qt::Key_PageUp, Qt::NoModifier },
             std::pair { Qt::Key_PageUp, Qt::ControlModifier },
             std::pair { Qt::Key_Up, Qt::ControlModifier } }) {
        const int before = pro->value();
        QTest::keyClick(pro, key, mods);
        QCOMPARE(pro->value(), before + 1);
        QCOMPARE(
            m_w->evaluator()->program()->staffCount(QStringLiteral("professionals")), before + 1);
    }
}

// Ctrl+Z with the focus in a spin box undoes the document's last edit (the step just made), as
// Edit ▸ Undo does, and the box shows the value again.
void TestKeyboard::ctrlZInASpinBoxUndoesTheEdit()
{
    auto *pro = child<QSpinBox>(m_w.get(), "staffProfessionals");
    pro->setFocus(Qt::TabFocusReason);
    const int before = pro->value();
    QTest::keyClick(pro, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(pro->value(), before + 1);
    QVERIFY(m_w->undoStack()->canUndo());
    QTest::keyClick(pro, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_w->evaluator()->program()->staffCount(QStringLiteral("professionals")), before);
    QCOMPARE(pro->value(), before);
    QTest::keySequence(pro, QKeySequence(QKeySequence::Redo));
    QCOMPARE(pro->value(), before + 1);
}

void TestKeyboard::f1OpensTheManual()
{
    QTest::keyClick(m_w.get(), Qt::Key_F1);
    auto *manual = m_w->findChild<HelpWindow *>(QStringLiteral("helpManual"));
    QVERIFY(manual);
    QVERIFY(manual->isVisible());
    QVERIFY2(manual->browser()->toPlainText().contains(QStringLiteral("ShienPlan の使い方")),
        qPrintable(manual->browser()->toPlainText().left(200)));
    // F1 is not also the explanation of the amounts.
    for (QAction *a : m_w->findChildren<QAction *>())
        if (a->shortcuts().contains(QKeySequence(Qt::Key_F1)))
            QCOMPARE(a->objectName(), QStringLiteral("actionManual"));
    manual->close();
    setLanguage(QStringLiteral("en"));
    QTest::keyClick(m_w.get(), Qt::Key_F1);
    manual = m_w->findChild<HelpWindow *>(QStringLiteral("helpManual"));
    QVERIFY(manual && manual->browser()->toPlainText().contains(QStringLiteral("Using ShienPlan")));
}

// Help ▸ Keyboard shortcuts lists every action that has a key, with that key, and no other.
void TestKeyboard::theShortcutListNamesTheActionsKeys()
{
    child<QAction>(m_w.get(), "actionShortcuts")->trigger();
    auto *list = m_w->findChild<HelpWindow *>(QStringLiteral("helpShortcuts"));
    QVERIFY(list && list->isVisible());
    const QString text = list->browser()->toPlainText();
    const QList<ShortcutEntry> entries = shortcutEntries(m_w->menuBar());
    int withKeys = 0;
    QList<QMenu *> menus;
    for (QAction *a : m_w->menuBar()->actions())
        if (a->menu())
            menusOf(a->menu(), menus);
    for (QMenu *menu : menus)
        for (QAction *a : menu->actions())
            if (!a->menu() && !a->shortcut().isEmpty()) {
                ++withKeys;
                const QString keys = a->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(text.contains(keys), qPrintable(keys));
            }
    QCOMPARE(entries.size(), withKeys);
    QVERIFY(withKeys >= 8); // New, Open, Save, Save as, Quit, Undo, Redo, Print, F1 …
    QVERIFY(text.contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QVERIFY(text.contains(QStringLiteral("F1")));
    QVERIFY(!text.contains(u'&')); // mnemonics are not shown as 「(&S)」
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
