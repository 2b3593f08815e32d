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
// A country's evaluations are most of the batch output: they are written straight into bytes
// (JsonStream), with no tree, in the same layout as the trees above.
void range(JsonStream &s, const char *key, const YenRange &r)
{
    s.key(key).beginObject();
    s.key("min").value(r.min);
    s.key("max").value(r.max);
    s.endObject();
}

// "key": [ {…}, … ]: one object per item, its members written by `members`.
template <class List, class Members>
void objects(JsonStream &s, const char *key, const List &list, Members &&members)
{
    s.key(key).beginArray();
    for (const auto &item : list) {
        s.beginObject();
        members(item);
        s.endObject();
    }
    s.endArray();
}

void bilingual(JsonStream &s, const char *key, const QString &ja, const QString &en)
{
    s.key(key).beginObject();
    s.key("ja").value(ja);
    s.key("en").value(en);
    s.endObject();
}

void findingMembers(JsonStream &s, const Finding &f)
{
    s.key("severity").value(severityId(f.severity));
    s.key("code").value(f.code);
    if (!f.program.isEmpty())
        s.key("program").value(f.program);
    if (!f.subproject.isEmpty())
        s.key("subproject").value(f.subproject);
    if (!f.field.isEmpty())
        s.key("field").value(f.field);
    bilingual(s, "message", f.ja, f.en);
    s.key("source").value(f.source);
    // The source id stays as it is for programs reading the output; people get the citation.
    bilingual(s, "citation", f.citation(u"ja"), f.citation(u"en"));
}

void programMembers(JsonStream &s, const ProgramResult &r)
{
    s.key("id").value(r.id);
    s.key("menu").value(r.menu);
    if (r.rate)
        s.key("rate").value(fractionToString(*r.rate));
    else
        s.key("rate").null();
    // The lettered steps (A)…(H) of the subsidy's forms; net_expenditure and adopted are version
    // 1's names of C and G and keep their meaning.
    range(s, "total_cost", YenRange::exact(r.totalCost));
    range(s, "other_income", YenRange::exact(r.otherIncome));
    range(s, "difference", YenRange::exact(r.net));
    range(s, "eligible_expenditure", YenRange::exact(r.eligible));
    range(s, "standard_amount", r.standard);
    range(s, "selected", r.selected);
    range(s, "base_amount", r.adopted);
    s.key("net_expenditure").value(r.net);
    range(s, "adopted", r.adopted);
    range(s, "national", r.national);
    range(s, "prefecture_support", r.prefectureSupport);
    range(s, "local", r.local);
    if (!r.members.isEmpty())
        objects(s, "members", r.members, [&](const MemberPart &m) {
            s.key("code").value(m.code);
            s.key("name").value(m.name);
            s.key("share").value(fractionToString(m.share));
            range(s, "local", m.local);
        });
    objects(s, "provenance", r.provenance, [&](const UsedValue &u) {
        s.key("item").value(u.item);
        s.key("status").value(statusId(u.status));
        s.key("source").value(u.source);
        bilingual(s, "label", valueLabel(u.item, u"ja"), valueLabel(u.item, u"en"));
        bilingual(s, "citation", citationText(u.source, u"ja", u.note),
            citationText(u.source, u"en", u.note));
    });
    objects(s, "explanation", r.explanation, [&](const Step &step) {
        s.key("ja").value(step.ja);
        s.key("en").value(step.en);
    });
}
} // namespace

JsonOut evaluationToJson(
    const Evaluation &e, const Plan *plan, bool adopted, int depth, JsonOut::Style style)
{
    return JsonOut::written(depth, style, [&](JsonStream &s) {
        s.beginObject();
        s.key("fiscal_year").value(qint64(e.fiscalYear));
        if (plan) {
            if (!plan->body.code.isEmpty())
                s.key("body").value(plan->body.code);
            s.key("alternative").value(plan->alternative);
            s.key("adopted").boolean(adopted);
        }
        s.key("eligible").boolean(e.eligible);
        objects(s, "findings", e.findings, [&](const Finding &f) { findingMembers(s, f); });
        objects(s, "programs", e.programs, [&](const ProgramResult &p) { programMembers(s, p); });
        s.key("totals").value(totalsJson(e.totals));
        s.endObject();
    });
}

} // namespace shienplan
