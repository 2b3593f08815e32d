#include "core/interchange/evaluationjson.h"

#include "core/base/bodykind.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/registry/registry.h"

namespace shienplan {

QString evaluationToText(const Evaluation &e, const Plan &plan, QStringView lang)
{
    const bool en = lang == u"en";
    QString out;
    auto line = [&out](const QString &s) { out += s + u'\n'; };
    const QString kind = plan.body.kind ? bodyKindLabel(*plan.body.kind, lang) : QString();
    line((en ? QStringLiteral("%1 — %2 (%3)") : QStringLiteral("%1 — %2（%3）")).arg(fiscalYearLabel(e.fiscalYear, lang), plan.body.name, kind));
    if (!plan.title.isEmpty())
        line(plan.title);
    line(en ? (e.eligible ? QStringLiteral("Eligible: yes") : QStringLiteral("Eligible: NO (see errors)"))
            : (e.eligible ? QStringLiteral("判定: 補助対象") : QStringLiteral("判定: 補助対象外（エラーあり）")));
    line(QString());
    for (const auto &p : e.programs) {
        line(QStringLiteral("[%1] %2").arg(p.id, menuLabel(p.menu, lang)));
        auto amount = [&](const char *ja, const char *enLabel, const YenRange &r) {
            line(QStringLiteral("  %1: %2").arg(en ? QString::fromUtf8(enLabel) : QString::fromUtf8(ja), formatRange(r, lang)));
        };
        if (p.rate)
            line(QStringLiteral("  %1: %2").arg(en ? QStringLiteral("Rate") : QStringLiteral("補助率"), fractionToString(*p.rate)));
        amount("基準額", "Standard amount", p.standard);
        amount("補助対象額", "Adopted amount", p.adopted);
        amount("国庫補助額", "National subsidy", p.national);
        amount("都道府県の支援", "Prefecture support", p.prefectureSupport);
        amount("実施主体の負担", "Local burden", p.local);
        for (const auto &m : p.members)
            line(QStringLiteral("    %1 (%2): %3").arg(m.name, fractionToString(m.share), formatRange(m.local, lang)));
        for (const auto &prog : plan.programs) {
            if (prog.id != p.id || prog.served.isEmpty())
                continue;
            const QStringList names = namesOf(prog.served);
            line(en ? QStringLiteral("  Served municipalities (%1): %2").arg(names.size()).arg(names.join(QStringLiteral(", ")))
                    : QStringLiteral("  担当区域（%1団体）: %2").arg(names.size()).arg(names.join(QStringLiteral("、"))));
        }
        line(en ? QStringLiteral("  How it was computed:") : QStringLiteral("  計算の根拠:"));
        for (const auto &s : p.explanation)
            line(QStringLiteral("   - ") + (en ? s.en : s.ja));
        line(QString());
    }
    if (!e.findings.isEmpty()) {
        line(en ? QStringLiteral("Findings:") : QStringLiteral("指摘事項:"));
        for (const auto &f : e.findings)
            line(QStringLiteral("  %1 [%2] %3 (%4: %5)")
                     .arg(severityLabel(f.severity, lang), f.program, f.message(lang),
                          en ? QStringLiteral("source") : QStringLiteral("出典"), f.source));
        line(QString());
    }
    line(en ? QStringLiteral("Totals:") : QStringLiteral("合計:"));
    line(QStringLiteral("  %1: %2").arg(en ? QStringLiteral("National subsidy") : QStringLiteral("国庫補助額"), formatRange(e.totals.national, lang)));
    line(QStringLiteral("  %1: %2").arg(en ? QStringLiteral("Prefecture support") : QStringLiteral("都道府県の支援"), formatRange(e.totals.prefectureSupport, lang)));
    line(QStringLiteral("  %1: %2").arg(en ? QStringLiteral("Local burden") : QStringLiteral("実施主体の負担"), formatRange(e.totals.local, lang)));
    return out;
}

} // namespace shienplan
