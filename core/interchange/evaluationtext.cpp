// An evaluation as plain text for the terminal (`evaluate --format text`), in one language.

#include "core/interchange/evaluationjson.h"

#include "core/base/bilingual.h"

#include "core/base/bodykind.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/fundingsteps.h"
#include "core/registry/registry.h"

namespace shienplan
{

QString evaluationToText(const Evaluation &e, const Plan &plan, QStringView lang)
{
    QString out;
    auto line = [&out](const QString &s) { out += s + u'\n'; };
    auto labelled = [&](QStringView ja, QStringView en, const QString &value) {
        line(QStringLiteral("  %1: %2").arg(textIn(lang, ja, en), value));
    };
    const QString kind = plan.body.kind ? bodyKindLabel(*plan.body.kind, lang) : QString();
    line(textIn(lang, u"%1 — %2（%3）", u"%1 — %2 (%3)")
             .arg(fiscalYearLabel(e.fiscalYear, lang), plan.body.name, kind));
    if (!plan.title.isEmpty())
        line(plan.title);
    if (!plan.alternative.isEmpty())
        line(textIn(lang, u"案: %1%2", u"Alternative: %1%2")
                 .arg(plan.alternative,
                     plan.adopted ? textIn(lang, u"（採用案）", u" (adopted)") : QString()));
    line(e.eligible
            ? textIn(lang, u"判定: 補助対象", u"Eligible: yes")
            : textIn(lang, u"判定: 補助対象外（エラーあり）", u"Eligible: NO (see errors)"));
    line(QString());
    for (const auto &p : e.programs) {
        line(QStringLiteral("[%1] %2").arg(p.id, menuLabel(p.menu, lang)));
        if (p.rate)
            labelled(u"補助率", u"Rate", fractionToString(*p.rate));
        for (const auto &step : fundingSteps())
            line(QStringLiteral("  %1: %2")
                     .arg(step.heading(lang), formatRange(step.value(p), lang)));
        for (const auto &m : p.members)
            line(QStringLiteral("    %1 (%2): %3")
                     .arg(m.name, fractionToString(m.share), formatRange(m.local, lang)));
        for (const auto &prog : plan.programs) {
            if (prog.id != p.id || prog.served.isEmpty())
                continue;
            const QStringList names = namesOf(prog.served);
            line(textIn(lang, u"  担当区域（%1団体）: %2", u"  Served municipalities (%1): %2")
                     .arg(names.size())
                     .arg(names.join(textIn(lang, u"、", u", "))));
        }
        line(textIn(lang, u"  計算の根拠:", u"  How it was computed:"));
        for (const auto &s : p.explanation)
            line(QStringLiteral("   - ") + withCitations(s.in(lang), lang));
        line(QString());
    }
    if (!e.findings.isEmpty()) {
        line(textIn(lang, u"指摘事項:", u"Findings:"));
        for (const auto &f : e.findings)
            line(QStringLiteral("  %1 [%2] %3 (%4: %5)")
                     .arg(severityLabel(f.severity, lang), f.program, f.message(lang),
                         textIn(lang, u"出典", u"source"), f.citation(lang)));
        line(QString());
    }
    line(formLayoutNote().in(lang));
    line(QString());
    line(textIn(lang, u"合計:", u"Totals:"));
    line(QStringLiteral("  %1: %2")
             .arg(fundingStep('H').heading(lang), formatRange(e.totals.national, lang)));
    labelled(
        u"都道府県の支援", u"Prefecture support", formatRange(e.totals.prefectureSupport, lang));
    labelled(u"実施主体の負担", u"Local burden", formatRange(e.totals.local, lang));
    return out;
}

} // namespace shienplan
