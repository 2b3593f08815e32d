#pragma once

// Timing a step of a benchmark: the median and the best of a number of runs, in ms.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>
#include <utility>

namespace shienplan::bench
{

// Median and best of `runs` timings of f, in ms.
inline std::pair<double, double> timeIt(int runs, const std::function<void()> &f)
{
    QList<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ns << t.nsecsElapsed();
    }
    std::sort(ns.begin(), ns.end());
    return { ns[runs / 2] / 1e6, ns[0] / 1e6 };
}

} // namespace shienplan::bench
