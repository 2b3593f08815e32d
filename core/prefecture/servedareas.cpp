// 担当区域 (workspace.h): which centers and satellites of a prefecture serve each municipality.

#include "core/prefecture/workspace.h"

#include "core/base/catalogue.h"
#include "core/prefecture/workspaceindex.h"

namespace shienplan
{

QHash<QString, QList<ServingProgram>> servingPrograms(const Document &doc, int fiscalYear)
{
    QHash<QString, QList<ServingProgram>> out;
    for (const PlanGroup &g : plansOf(doc, fiscalYear)) {
        const Plan *p = workspace::adoptedPlan(doc, g); // an undecided plan serves no one yet
        if (!p)
            continue;
        for (const auto &pr : p->programs) {
            if (pr.served.isEmpty() || !menuServesMunicipalities(pr.menu))
                continue;
            const ServingProgram sp { p->fiscalYear, g.adopted, pr.id, pr.menu, p->body.code,
                p->body.name };
            for (const QString &code : pr.served)
                out[code] << sp;
        }
    }
    return out;
}

} // namespace shienplan
