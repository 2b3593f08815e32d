// core/ is the engine that the command line and batch jobs use without a display: it may use
// Qt Core, Qt Sql and Boost only. This test reads every file under core/ and fails on any
// include of a Gui or Widgets header, and checks that money never goes through float/double.
//
// The layers by path: core/ ← report/ ← cli/, and ui/ beside cli/; app/ and tests/ on top.
// Nothing under core/ includes a header of report/, ui/, cli/, app/ or tests/; nothing under
// report/ one of ui/, cli/, app/ or tests/; nothing under cli/ one of ui/, app/ or tests/. And
// every #include "…" of the project is written from the repository root (core/…, cli/…,
// report/…, ui/…, tests/…), moc output excepted. Each failure names the file and the line.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void coreHasNoGuiIncludes();
    void coreHasNoFloatingPoint();
    void coreCMakeLinksOnlyCoreSqlBoost();
    void includesFollowTheLayers_data();
    void includesFollowTheLayers();
    void includesAreWrittenFromTheRoot();

private:
    static QStringList coreFiles();
    struct Include {
        QString file; // relative to the repository root
        int line = 0;
        QString path; // what is between the quotes
    };
    // Every #include "…" of the sources under `folders` (relative to the repository root).
    static QList<Include> quotedIncludes(const QStringList &folders);
};

QList<TestLayering::Include> TestLayering::quotedIncludes(const QStringList &folders)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    const QString root = QStringLiteral(SHIENPLAN_SOURCE_DIR "/");
    QList<Include> out;
    for (const QString &folder : folders) {
        QDirIterator it(root + folder, { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue; // counted as missing by the callers' "found" checks
            int lineNo = 0;
            while (!f.atEnd()) {
                ++lineNo;
                const auto m = include.match(QString::fromUtf8(f.readLine()));
                if (m.hasMatch())
                    out << Include { path.mid(root.size()), lineNo, m.captured(1) };
            }
        }
    }
    return out;
}

QStringList TestLayering::coreFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(SHIENPLAN_SOURCE_DIR "/core"),
        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestLayering::coreHasNoGuiIncludes()
{
    const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QtCharts|QWidget|QApplication|QGuiApplication|QPainter|QPdfWriter|QTextDocument|QImage|QPixmap|QFont|QColor|QUndo\w*|QAbstractItemView)[/>".])"));
    const QStringList files = coreFiles();
    QVERIFY2(files.size() > 10, "core/ sources not found");
    for (const auto &path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto m = gui.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(" includes ") + m.captured(0)));
    }
}

void TestLayering::coreHasNoFloatingPoint()
{
    const QRegularExpression fp(QStringLiteral(R"(\b(double|float|qreal|cpp_dec_float\w*)\b)"));
    for (const auto &path : coreFiles()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            QString line = QString::fromUtf8(f.readLine());
            const auto comment = line.indexOf(QStringLiteral("//"));
            if (comment >= 0)
                line.truncate(comment);
            QVERIFY2(!fp.match(line).hasMatch(),
                qPrintable(QStringLiteral("%1:%2 uses floating point: %3")
                               .arg(path)
                               .arg(lineNo)
                               .arg(line.trimmed())));
        }
    }
}

void TestLayering::coreCMakeLinksOnlyCoreSqlBoost()
{
    QFile f(QStringLiteral(SHIENPLAN_SOURCE_DIR "/core/CMakeLists.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("Qt6::Core")));
    for (const char *forbidden : { "Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::PrintSupport" })
        QVERIFY2(!text.contains(QLatin1String(forbidden)), forbidden);
}

void TestLayering::includesFollowTheLayers_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("forbidden"); // prefixes of the included path
    QTest::newRow("core/ (the engine) includes nothing above it")
        << QStringLiteral("core")
        << QStringList { QStringLiteral("report/"), QStringLiteral("ui/"), QStringLiteral("cli/"),
               QStringLiteral("app/"), QStringLiteral("tests/") };
    QTest::newRow("report/ includes neither the window nor the command line")
        << QStringLiteral("report")
        << QStringList { QStringLiteral("ui/"), QStringLiteral("cli/"), QStringLiteral("app/"),
               QStringLiteral("tests/") };
    QTest::newRow("cli/ includes nothing of the window")
        << QStringLiteral("cli")
        << QStringList { QStringLiteral("ui/"), QStringLiteral("app/"), QStringLiteral("tests/") };
}

void TestLayering::includesFollowTheLayers()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, forbidden);
    const QList<Include> includes = quotedIncludes({ folder });
    QVERIFY2(includes.size() > 3, qPrintable(folder + QStringLiteral("/ sources not found")));
    QStringList wrong;
    for (const Include &inc : includes)
        for (const QString &prefix : forbidden)
            if (inc.path.startsWith(prefix))
                wrong << QStringLiteral("%1:%2: includes \"%3\"")
                             .arg(inc.file)
                             .arg(inc.line)
                             .arg(inc.path);
    QVERIFY2(wrong.isEmpty(),
        qPrintable(QStringLiteral("%1/ must not include %2:\n  ").arg(folder, forbidden.join(u", "))
            + wrong.join(QStringLiteral("\n  "))));
}

void TestLayering::includesAreWrittenFromTheRoot()
{
    static const QRegularExpression fromRoot(QStringLiteral(R"(^(core|cli|report|ui|tests)/)"));
    static const QRegularExpression moc(QStringLiteral(R"((^|/)(moc_[^/]*\.cpp|[^/]*\.moc)$)"));
    const QList<Include> includes
        = quotedIncludes({ QStringLiteral("core"), QStringLiteral("cli"), QStringLiteral("report"),
            QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests") });
    QVERIFY2(includes.size() > 100, "sources not found");
    QStringList wrong;
    for (const Include &inc : includes) {
        if (moc.match(inc.path).hasMatch())
            continue;
        if (!fromRoot.match(inc.path).hasMatch())
            wrong << QStringLiteral("%1:%2: #include \"%3\"")
                         .arg(inc.file)
                         .arg(inc.line)
                         .arg(inc.path);
    }
    QVERIFY2(wrong.isEmpty(),
        qPrintable(QStringLiteral("includes not written from the repository root "
                                  "(core/, cli/, report/, ui/ or tests/):\n  ")
            + wrong.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
