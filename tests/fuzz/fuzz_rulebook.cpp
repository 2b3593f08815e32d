// Fuzz target: bytes read as a rule book (a user's or a prefecture's confirmed book, `--rules`).
// An accepted book comes back whole from its own JSON, and the engine evaluates the test plans
// (tests/data/plans) under it without failing.

#include "core/interchange/planjson.h"
#include "core/rules/rulebookjson.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>

using namespace shienplan;

namespace
{
QList<Plan> &testPlans()
{
    static QList<Plan> plans;
    return plans;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startQt();
    const QDir dir(QStringLiteral(SHIENPLAN_TEST_DATA "/plans"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            testPlans() << planFromJson(parseJson(f.readAll()).root(), Registry::bundled());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RuleBook book;
    try {
        book = ruleBookFromJson(parseJson(fuzz::bytesOf(data, size)).root());
    } catch (const InputError &) {
        return 0;
    }
    try {
        const QByteArray json = ruleBookToJson(book).toJson();
        if (ruleBookToJson(ruleBookFromJson(parseJson(json).root())).toJson() != json)
            fuzz::defect("rule book changed by its round trip", QString());
    } catch (const InputError &e) {
        fuzz::defect(
            "rule book refused after its round trip", e.where + QStringLiteral(": ") + e.message);
    }
    for (Plan plan : std::as_const(testPlans())) {
        plan.fiscalYear = book.fiscalYear;
        (void)evaluationToJson(evaluate(plan, book, Registry::bundled()), &plan).toJson();
    }
    return 0;
}
