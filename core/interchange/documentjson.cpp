// Documents to and from the interchange JSON: one plan per scenario.

#include "core/interchange/documentjson.h"

#include "core/engine/alternatives.h"
#include "core/interchange/planjson.h"

#include <QSet>

#include <QFile>
#include <QFileInfo>

namespace shienplan
{

Document documentFromPlansJson(const QByteArray &bytes, const Registry &registry)
{
    Document doc;
    const QList<PlanInput> inputs = readPlans(bytes, registry);
    // A document's alternatives have names; a plan object without one is named by its title or
    // its place, kept unique among the alternatives of its plan.
    QSet<QString> used;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        Scenario s { inputs[i].plan };
        if (s.plan.alternative.isEmpty()) {
            const QString base
                = !s.plan.title.isEmpty() ? s.plan.title : QStringLiteral("案%1").arg(i + 1);
            const QString group
                = planBodyKey(s.plan) + u'/' + QString::number(s.plan.fiscalYear) + u'/';
            s.plan.alternative = base;
            for (int n = 2; used.contains(group + s.plan.alternative); ++n)
                s.plan.alternative = QStringLiteral("%1（%2）").arg(base).arg(n);
        }
        used.insert(planBodyKey(s.plan) + u'/' + QString::number(s.plan.fiscalYear) + u'/'
            + s.plan.alternative);
        doc.scenarios << s;
    }
    if (!doc.scenarios.isEmpty())
        doc.title = doc.scenarios.first().plan.title;
    return doc;
}

JsonOut documentToPlansJson(const Document &doc)
{
    if (doc.scenarios.size() == 1)
        return planToJson(doc.scenarios.first().plan);
    JsonOut list = JsonOut::array();
    for (const auto &s : doc.scenarios)
        list.append(planToJson(s.plan));
    return list;
}

bool isDocumentFile(const QString &path)
{
    // Only a regular file is sniffed: opening a pipe with no writer would wait for ever (the
    // reader then refuses it by name).
    if (!QFileInfo(path).isFile())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace shienplan
