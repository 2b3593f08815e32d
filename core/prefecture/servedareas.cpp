// 担当区域 (workspace.h): which centers and satellites of a prefecture serve each municipality.

#include "core/prefecture/workspace.h"

#include "core/base/catalogue.h"

namespace shienplan
{

QHash<QString, QList<ServingProgram>> servingPrograms(const Document &doc, int fiscalYear)
{
    QHash<QString, QList<ServingProgram>> out;
    for (qsizetype i = 0; i < doc.scenarios.size(); ++i) {
        const Plan &p = doc.scenarios[i].plan;
        if (fiscalYear != 0 && p.fiscalYear != fiscalYear)
            continue;
        for (const auto &pr : p.programs) {
            if (pr.served.isEmpty() || !menuServesMunicipalities(pr.menu))
                continue;
            const ServingProgram sp { p.fiscalYear, int(i), pr.id, pr.menu, p.body.code,
                p.body.name };
            for (const QString &code : pr.served)
                out[code] << sp;
        }
    }
    return out;
}

} // namespace shienplan
