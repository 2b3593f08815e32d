// The evaluation as the JSON that `evaluate --format json` prints.

#include "core/interchange/evaluationjson.h"

#include "core/base/sources.h"

namespace shienplan
{

JsonOut rangeJson(const YenRange &r)
{
    JsonOut o = JsonOut::object(2);
    o.insert("min", JsonOut::optionalNumber(r.min));
    o.insert("max", JsonOut::optionalNumber(r.max));
    return o;
}

JsonOut totalsJson(const Totals &t)
{
    JsonOut o = JsonOut::object(3);
    o.insert("national", rangeJson(t.national));
    o.insert("prefecture_support", rangeJson(t.prefectureSupport));
    o.insert("local", rangeJson(t.local));
    return o;
}

namespace
{
JsonOut bilingual(const QString &ja, const QString &en)
{
    JsonOut o = JsonOut::object(2);
    o.insert("ja", JsonOut::string(ja));
    o.insert("en", JsonOut::string(en));
    return o;
}

JsonOut findingJson(const Finding &f)
{
    JsonOut o = JsonOut::object(8);
    o.insert("severity", JsonOut::string(severityId(f.severity)));
    o.insert("code", JsonOut::string(f.code));
    if (!f.program.isEmpty())
        o.insert("program", JsonOut::string(f.program));
    if (!f.subproject.isEmpty())
        o.insert("subproject", JsonOut::string(f.subproject));
    if (!f.field.isEmpty())
        o.insert("field", JsonOut::string(f.field));
    o.insert("message", bilingual(f.ja, f.en));
    o.insert("source", JsonOut::string(f.source));
    // The source id stays as it is for programs reading the output; people get the citation.
    o.insert("citation", bilingual(f.citation(u"ja"), f.citation(u"en")));
    return o;
}

JsonOut programJson(const ProgramResult &r)
{
    JsonOut o = JsonOut::object(19);
    o.insert("id", JsonOut::string(r.id));
    o.insert("menu", JsonOut::string(r.menu));
    o.insert("rate", r.rate ? JsonOut::string(fractionToString(*r.rate)) : JsonOut::null());
    // The lettered steps (A)…(H) of the subsidy's forms; net_expenditure and adopted are version
    // 1's names of C and G and keep their meaning.
    o.insert("total_cost", rangeJson(YenRange::exact(r.totalCost)));
    o.insert("other_income", rangeJson(YenRange::exact(r.otherIncome)));
    o.insert("difference", rangeJson(YenRange::exact(r.net)));
    o.insert("eligible_expenditure", rangeJson(YenRange::exact(r.eligible)));
    o.insert("standard_amount", rangeJson(r.standard));
    o.insert("selected", rangeJson(r.selected));
    o.insert("base_amount", rangeJson(r.adopted));
    o.insert("net_expenditure", JsonOut::number(r.net));
    o.insert("adopted", rangeJson(r.adopted));
    o.insert("national", rangeJson(r.national));
    o.insert("prefecture_support", rangeJson(r.prefectureSupport));
    o.insert("local", rangeJson(r.local));
    if (!r.members.isEmpty()) {
        JsonOut members = JsonOut::array(r.members.size());
        for (const auto &m : r.members) {
            JsonOut mo = JsonOut::object(4);
            mo.insert("code", JsonOut::string(m.code));
            mo.insert("name", JsonOut::string(m.name));
            mo.insert("share", JsonOut::string(fractionToString(m.share)));
            mo.insert("local", rangeJson(m.local));
            members.append(mo);
        }
        o.insert("members", members);
    }
    JsonOut prov = JsonOut::array(r.provenance.size());
    for (const auto &u : r.provenance) {
        JsonOut po = JsonOut::object(5);
        po.insert("item", JsonOut::string(u.item));
        po.insert("status", JsonOut::string(statusId(u.status)));
        po.insert("source", JsonOut::string(u.source));
        po.insert("label", bilingual(valueLabel(u.item, u"ja"), valueLabel(u.item, u"en")));
        po.insert("citation",
            bilingual(
                citationText(u.source, u"ja", u.note), citationText(u.source, u"en", u.note)));
        prov.append(po);
    }
    o.insert("provenance", prov);
    JsonOut expl = JsonOut::array(r.explanation.size());
    for (const auto &s : r.explanation)
        expl.append(bilingual(s.ja, s.en));
    o.insert("explanation", expl);
    return o;
}
} // namespace

JsonOut evaluationToJson(const Evaluation &e, const Plan *plan, bool adopted)
{
    JsonOut o = JsonOut::object(8);
    o.insert("fiscal_year", JsonOut::number(qint64(e.fiscalYear)));
    if (plan) {
        if (!plan->body.code.isEmpty())
            o.insert("body", JsonOut::string(plan->body.code));
        o.insert("alternative", JsonOut::string(plan->alternative));
        o.insert("adopted", JsonOut::boolean(adopted));
    }
    o.insert("eligible", JsonOut::boolean(e.eligible));
    JsonOut findings = JsonOut::array(e.findings.size());
    for (const auto &f : e.findings)
        findings.append(findingJson(f));
    o.insert("findings", findings);
    JsonOut programs = JsonOut::array(e.programs.size());
    for (const auto &p : e.programs)
        programs.append(programJson(p));
    o.insert("programs", programs);
    o.insert("totals", totalsJson(e.totals));
    return o;
}

} // namespace shienplan
