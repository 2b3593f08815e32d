// A submission out of a document: the plans of one body and year, evaluated the way `batch`
// evaluates them (the same function), so the figures an officer totals are the planner's own.

#include "core/server/submission.h"

#include "core/base/fiscalyear.h"
#include "core/engine/alternatives.h"
#include "core/interchange/batch.h"
#include "core/interchange/inputfile.h"
#include "core/interchange/planjson.h"
#include "core/registry/registry.h"

#include <QCryptographicHash>
#include <QSet>

namespace shienplan
{

namespace
{

QString bodyLabel(const QString &key, const Registry &registry)
{
    const LocalBody *b = registry.find(key);
    return b ? QStringLiteral("%1 (%2)").arg(b->name, b->code) : key;
}

} // namespace

Submission makeSubmission(const Document &doc, const QByteArray &bytes, const QString &fileName,
    const QString &bodyCode, int fiscalYear, const RuleBookLibrary &books, const Registry &registry)
{
    QList<int> years;
    for (const auto &sc : doc.scenarios)
        if (!years.contains(sc.plan.fiscalYear))
            years << sc.plan.fiscalYear;
    if (doc.scenarios.isEmpty())
        throw InputError(QString(), QStringLiteral("the file holds no plan"));
    if (fiscalYear == 0) {
        if (years.size() > 1) {
            QStringList labels;
            for (int y : years)
                labels << fiscalYearLabel(y, u"ja");
            throw InputError(QStringLiteral("fiscal_year"),
                QStringLiteral("the file plans for several fiscal years (%1): say which with "
                               "--fiscal-year")
                    .arg(labels.join(QStringLiteral(", "))));
        }
        fiscalYear = years.first();
    }
    QStringList bodies;
    for (const auto &sc : doc.scenarios)
        if (sc.plan.fiscalYear == fiscalYear && !bodies.contains(planBodyKey(sc.plan)))
            bodies << planBodyKey(sc.plan);
    if (bodies.isEmpty())
        throw InputError(QStringLiteral("fiscal_year"),
            QStringLiteral("the file has no plan for %1 (FY%2)")
                .arg(fiscalYearLabel(fiscalYear, u"ja"))
                .arg(fiscalYear));
    QString body = bodyCode;
    if (!bodies.contains(body)) {
        if (bodies.size() > 1) {
            QStringList labels;
            for (const auto &b : bodies)
                labels << bodyLabel(b, registry);
            throw InputError(QStringLiteral("body"),
                QStringLiteral("the file plans for %1 bodies in %2 (%3) and none of them is %4")
                    .arg(bodies.size())
                    .arg(fiscalYearLabel(fiscalYear, u"ja"), labels.join(QStringLiteral(", ")),
                        bodyCode.isEmpty() ? QStringLiteral("given")
                                           : bodyLabel(bodyCode, registry)));
        }
        // The one body the file plans for: the server decides whether this login may submit it.
        body = bodies.first();
    }
    QList<PlanInput> inputs;
    for (const auto &sc : doc.scenarios)
        if (sc.plan.fiscalYear == fiscalYear && planBodyKey(sc.plan) == body)
            inputs << PlanInput { QStringLiteral("scenario \"%1\"").arg(sc.plan.alternative),
                sc.plan };
    const BatchResult r = evaluateAll(inputs, books, registry);
    const PlanGroup &g = r.groups.first();

    Submission s;
    s.bodyCode = body;
    s.fiscalYear = fiscalYear;
    const Plan &representative = r.plans[g.representative()];
    s.title = !representative.title.isEmpty() ? representative.title
        : !doc.title.isEmpty()                ? doc.title
                                              : fileName;
    s.fileName = fileName;
    s.document = bytes;
    s.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    JsonOut plans = JsonOut::array();
    for (const auto &p : r.plans)
        plans.append(planToJson(p));
    s.plansJson = plans.toCompactJson();
    s.evaluationJson = batchToJson(r, JsonOut::Style::Compact).toCompactJson();
    s.alternatives = int(g.alternatives.size());
    if (!g.undecided())
        s.adopted
            = alternativeLabel(r.plans[g.adopted], int(g.alternatives.indexOf(g.adopted)), u"ja");
    s.eligible = r.evaluations[g.representative()].eligible;
    s.totals = countedTotals(g, r.evaluations);
    return s;
}

QString submissionStatusLabel(const QString &status, QStringView lang)
{
    const bool ja = lang != u"en";
    if (status == QLatin1String("submitted"))
        return ja ? QStringLiteral("提出済み") : QStringLiteral("submitted");
    if (status == QLatin1String("returned"))
        return ja ? QStringLiteral("差し戻し") : QStringLiteral("returned");
    if (status == QLatin1String("accepted"))
        return ja ? QStringLiteral("受理") : QStringLiteral("accepted");
    return ja ? QStringLiteral("未提出") : QStringLiteral("not submitted");
}

} // namespace shienplan
