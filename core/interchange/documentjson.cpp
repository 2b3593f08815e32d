// Documents to and from the interchange JSON: one plan per scenario.

#include "core/interchange/documentjson.h"

#include "core/interchange/planjson.h"

#include <QFile>

namespace shienplan
{

Document documentFromPlansJson(const QByteArray &bytes, const Registry &registry)
{
    Document doc;
    const QList<PlanInput> inputs = readPlans(bytes, registry);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        Scenario s;
        s.plan = inputs[i].plan;
        s.name = !inputs[i].scenario.isEmpty() ? inputs[i].scenario
            : !s.plan.title.isEmpty()          ? s.plan.title
                                               : QStringLiteral("シナリオ%1").arg(i + 1);
        doc.scenarios << s;
    }
    if (!doc.scenarios.isEmpty())
        doc.title = doc.scenarios.first().plan.title;
    return doc;
}

JsonOut documentToPlansJson(const Document &doc)
{
    if (doc.scenarios.size() == 1)
        return planToJson(doc.scenarios.first().plan, doc.scenarios.first().name);
    JsonOut list = JsonOut::array();
    for (const auto &s : doc.scenarios)
        list.append(planToJson(s.plan, s.name));
    return list;
}

bool isDocumentFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace shienplan
