#pragma once

// The scenarios of a workspace document by body and year, built once so that the checks across
// years and the year-on-year changes walk it rather than the document once per body. Internal
// to core/prefecture/.

#include "core/document/document.h"

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

struct Index {
    QHash<QString, QMap<int, QList<int>>> byBody; // body code → year → scenario indexes
    QSet<int> years; // every fiscal year of the document
    QStringList bodies; // body codes, sorted

    explicit Index(const Document &doc)
    {
        for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
            const Plan &p = doc.scenarios[i].plan;
            byBody[p.body.code][p.fiscalYear].append(int(i));
            years.insert(p.fiscalYear);
        }
        bodies = byBody.keys();
        std::sort(bodies.begin(), bodies.end());
    }
};

} // namespace shienplan::workspace
