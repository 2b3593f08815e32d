#pragma once

// Work over many independent items (a country's plans) on every core. Each range [from, to)
// must read only shared const data and write only its own items; the caller's thread does the
// first range, so a small input never starts a thread.

#include <QList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace shienplan
{

// Splits [0, n) into contiguous ranges of at least `minPerThread` items, at most one per core,
// and runs `range(from, to)` on each; returns when all are done.
template <typename Range> void inParallel(qsizetype n, qsizetype minPerThread, const Range &range)
{
    const qsizetype cores = std::max(1, QThread::idealThreadCount());
    const qsizetype workers
        = std::clamp<qsizetype>(n / std::max<qsizetype>(1, minPerThread), 1, cores);
    const qsizetype chunk = (n + workers - 1) / workers;
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype w = 1; w < workers; ++w) {
        const qsizetype from = w * chunk, to = std::min(n, from + chunk);
        if (from >= to)
            break;
        threads.emplace_back(QThread::create(range, from, to));
        threads.back()->start();
    }
    range(qsizetype(0), std::min(n, chunk));
    for (auto &t : threads)
        t->wait();
}

// Items [0, n) made by make(i) on every core. What fails first in the items' order is thrown, as
// a reader going through them one by one would throw it; items after it are not made.
template <typename T, typename Make>
QList<T> makeInParallel(qsizetype n, qsizetype minPerThread, const Make &make)
{
    std::vector<std::optional<T>> made(static_cast<size_t>(n));
    std::atomic<qsizetype> failedAt { n };
    std::mutex failureLock;
    std::exception_ptr failure;
    inParallel(n, minPerThread, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to && i < failedAt.load(); ++i) {
            try {
                made[size_t(i)].emplace(make(i));
            } catch (...) {
                const std::lock_guard<std::mutex> hold(failureLock);
                if (i < failedAt.load()) {
                    failedAt = i;
                    failure = std::current_exception();
                }
                return;
            }
        }
    });
    if (failure)
        std::rethrow_exception(failure);
    QList<T> out;
    out.reserve(n);
    for (auto &slot : made)
        out << std::move(*slot);
    return out;
}

} // namespace shienplan
