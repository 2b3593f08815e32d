#pragma once

// The plans of a workspace document by body and year, built once so that the checks across
// years and the year-on-year changes walk it rather than the document once per body. A plan is
// one body in one year with its alternatives (plansOf, alternatives.h). Internal to
// core/prefecture/.

#include "core/document/document.h"
#include "core/prefecture/workspace.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace shienplan::workspace
{

// "code/year", the key of one body in one year.
inline QString yearKey(const QString &code, int year)
{
    return code + u'/' + QString::number(year);
}

// The plan that a plan's programs are taken from: its adopted alternative, or none while it is
// undecided.
inline const Plan *adoptedPlan(const Document &doc, const PlanGroup &g)
{
    return g.undecided() ? nullptr : &doc.scenarios[g.adopted].plan;
}

struct Index {
    QList<PlanGroup> plans; // every plan of the document (plansOf)
    // body code → year → indexes into `plans` (one, unless a hand-made document holds two bodies
    // without a code in one year)
    QHash<QString, QMap<int, QList<int>>> byBody;
    QSet<int> years; // every fiscal year of the document
    QStringList bodies; // body codes, sorted

    explicit Index(const Document &doc)
        : plans(plansOf(doc))
    {
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const Plan &p = doc.scenarios[plans[i].representative()].plan;
            byBody[p.body.code][p.fiscalYear].append(int(i));
            years.insert(p.fiscalYear);
        }
        bodies = byBody.keys();
        std::sort(bodies.begin(), bodies.end());
    }
};

} // namespace shienplan::workspace
