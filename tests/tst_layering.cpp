// core/ is the engine that the command line and batch jobs use without a display: it may use
// Qt Core, Qt Sql and Boost only. This test reads every file under core/ and fails on any
// include of a Gui or Widgets header, and checks that money never goes through float/double.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreHasNoGuiIncludes();
    void coreHasNoFloatingPoint();
    void coreCMakeLinksOnlyCoreSqlBoost();

private:
    static QStringList coreFiles();
};

QStringList TestLayering::coreFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(SHIENPLAN_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
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
                     qPrintable(QStringLiteral("%1:%2 uses floating point: %3").arg(path).arg(lineNo).arg(line.trimmed())));
        }
    }
}

void TestLayering::coreCMakeLinksOnlyCoreSqlBoost()
{
    QFile f(QStringLiteral(SHIENPLAN_SOURCE_DIR "/core/CMakeLists.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("Qt6::Core")));
    for (const char *forbidden : {"Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::PrintSupport"})
        QVERIFY2(!text.contains(QLatin1String(forbidden)), forbidden);
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
