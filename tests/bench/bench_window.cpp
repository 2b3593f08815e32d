// Benchmark: after an edit, how long until the funding panel shows the new amounts?
// Measures pushing an edit (the expenditure of the current program) through the undo stack,
// the re-evaluation, the refresh of every view and a forced repaint of the funding table, for
// plans of growing size and for a document with one scenario per municipality (1,741).
// Also the start-up of the window. Offscreen; prints medians and worst cases in ms.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_window
#include "core/document/documentedits.h"
#include "core/registry/registry.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/plan/planevaluator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

using namespace shienplan;

static Document makeDocument(int scenarios, int programsEach)
{
    Document d;
    const auto &all = Registry::bundled().all();
    int taken = 0;
    for (const LocalBody &b : all) {
        if (taken == scenarios)
            break;
        if (b.kind == BodyKind::Prefecture || b.kind == BodyKind::DesignatedCity)
            continue;
        Scenario s;
        s.plan.alternative = b.name;
        s.plan.fiscalYear = 2025;
        s.plan.body
            = PlanBody { b.code, b.name, b.kind, b.prefectureCode, std::nullopt, false, true };
        for (int p = 0; p < programsEach; ++p) {
            Program prog;
            prog.id = QStringLiteral("p%1").arg(p + 1);
            prog.menu = QStringLiteral("station");
            prog.subprojects = { QStringLiteral("consultation"), QStringLiteral("ibasho"),
                QStringLiteral("network"), QStringLiteral("peer_family_meetings"),
                QStringLiteral("needs_survey") };
            prog.staff.insert(QStringLiteral("coordinators"), 1);
            prog.expenditure = Yen(14'000'000 + p);
            s.plan.programs << prog;
        }
        d.scenarios << s;
        ++taken;
    }
    return d;
}

static void measure(MainWindow &w, const char *label)
{
    auto *funding = w.findChild<QTableView *>(QStringLiteral("fundingView"));
    QList<qint64> ns;
    for (int i = 0; i < 60; ++i) {
        QElapsedTimer t;
        t.start();
        w.undoStack()->push(commands::setExpenditure(
            w.session(), w.evaluator()->currentScenario(), 0, Yen(12'000'000 + i * 1000)));
        funding->viewport()->repaint();
        ns << t.nsecsElapsed();
    }
    std::sort(ns.begin(), ns.end());
    std::printf("%-48s median %6.2f ms, worst %6.2f ms (60 edits)\n", label,
        ns[ns.size() / 2] / 1e6, ns.last() / 1e6);
}

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    setLanguage(QStringLiteral("ja"));
    MainWindow w;
    w.loadSample();
    w.resize(1360, 860);
    w.show();
    QApplication::processEvents();
    std::printf(
        "window shown with the sample after %lld ms\n", static_cast<long long>(startup.elapsed()));
    measure(w, "sample document (3 scenarios, 1 program each)");
    for (int programs : { 5, kMaxProgramsPerScenario }) {
        w.loadDocument(makeDocument(3, programs));
        QApplication::processEvents();
        measure(w, qPrintable(QStringLiteral("3 scenarios of %1 programs").arg(programs)));
    }
    w.loadDocument(makeDocument(1741, 1));
    QApplication::processEvents();
    measure(w, "1,741 scenarios (one per municipality)");
    return 0;
}
