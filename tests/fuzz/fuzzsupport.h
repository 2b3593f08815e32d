#pragma once

// What every fuzz target shares: a Qt application object (the SQLite driver is a plugin), the
// bundled registry and rule books, and the one rule of every target: a reader may refuse its
// input only with its own error type. Anything else escaping (another exception, a crash, a
// sanitizer report) is a defect, and libFuzzer stops on it with the input that caused it.

#include "core/engine/engine.h"
#include "core/interchange/evaluationjson.h"
#include "core/interchange/inputfile.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace shienplan::fuzz
{

inline void startQt()
{
    static int argc = 1;
    static char name[] = "shienplan-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

inline const RuleBookLibrary &books()
{
    static const RuleBookLibrary library = RuleBookLibrary::bundledOnly();
    return library;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Evaluates a plan that a reader accepted, with its explanation, and writes the result as JSON:
// the work the command line does with it.
inline void evaluateAndWrite(const Plan &plan)
{
    const RuleBook *book = books().book(plan.fiscalYear);
    if (!book)
        return;
    const Evaluation e = evaluate(plan, *book, Registry::bundled());
    (void)evaluationToJson(e, &plan).toJson();
}

// A defect that is no crash (a plan accepted once and refused after its own round trip): said
// on stderr and turned into a crash, so that libFuzzer keeps the input.
[[noreturn]] inline void defect(const char *what, const QString &detail)
{
    std::fprintf(stderr, "shienplan fuzz defect: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace shienplan::fuzz
