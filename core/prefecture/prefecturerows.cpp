// The prefecture table (prefecturerows.h): one row per body of a prefecture with its programs,
// timeline, amounts and findings, the texts of its columns, and the filters of the window.

#include "core/prefecture/prefecturerows.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/engine/alternatives.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace shienplan
{

namespace
{

// Short names for the timeline column, where the full menu names would not fit.
QString shortMenu(const QString &menu, QStringView lang)
{
    struct Names {
        const char16_t *ja;
        const char16_t *en;
    };
    static const QHash<QString, Names> names = {
        { QStringLiteral("center_prefectural"), { u"センター", u"center" } },
        { QStringLiteral("center_municipal"), { u"センター", u"center" } },
        { QStringLiteral("satellite"), { u"サテライト", u"satellite" } },
        { QStringLiteral("station"), { u"ステーション", u"station" } },
        { QStringLiteral("support"), { u"サポート事業", u"support" } },
        { QStringLiteral("preparation"), { u"準備支援", u"preparation" } },
        { QStringLiteral("acceleration"), { u"加速化", u"acceleration" } },
    };
    const auto it = names.constFind(menu);
    if (it == names.cend())
        return menu;
    return textIn(lang, it->ja, it->en);
}

bool joinsFrom(const Plan &p, const QString &prefectureCode, const Registry &registry)
{
    for (const auto &pr : p.programs)
        for (const auto &m : pr.joint)
            if (const LocalBody *b = registry.find(m.code);
                b && b->prefectureCode == prefectureCode)
                return true;
    return false;
}

// What one body draws in one year: national subsidy and start-up support of its own programs,
// and its share of the local burden of every program it runs or joins.
struct YearAmounts {
    bool planned = false;
    Totals totals;
};

// The local burden this body bears of one alternative's own programs: the whole of those it runs
// alone, its part of its joint ones.
YenRange ownLocal(const Plan &p, const Evaluation &e)
{
    YenRange local = YenRange::exact(0);
    for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j) {
        if (p.programs[j].joint.isEmpty()) {
            local = local + e.programs[j].local;
            continue;
        }
        for (const MemberPart &m : e.programs[j].members)
            if (m.code == p.body.code)
                local = local + m.local;
    }
    return local;
}

class Amounts
{
public:
    Amounts(const DocumentSlice &s, int fiscalYear)
        : m_slice(s)
    {
        for (const MemberRow &m : memberParts(s.doc, s.evaluations, fiscalYear))
            m_parts[m.memberCode] << m;
        for (const PlanGroup &g : plansOf(s.doc, fiscalYear))
            m_planOf.insert(s.doc.scenarios[g.representative()].plan.body.code, g);
    }

    const PlanGroup *planOf(const QString &code) const
    {
        const auto it = m_planOf.constFind(code);
        return it == m_planOf.cend() ? nullptr : &*it;
    }
    const QList<MemberRow> &partsOf(const QString &code) const
    {
        static const QList<MemberRow> none;
        const auto it = m_parts.constFind(code);
        return it == m_parts.cend() ? none : *it;
    }

    // The plan's counted totals (adopted, or the hull); the local burden is this body's own part
    // (joint parts of an adopted alternative come from memberParts, with the other members').
    YearAmounts of(const QString &code) const
    {
        YearAmounts a;
        a.totals.local = YenRange::exact(0);
        if (const PlanGroup *g = planOf(code)) {
            a.planned = true;
            const Totals counted = countedTotals(*g, m_slice.evaluations);
            a.totals.national = counted.national;
            a.totals.prefectureSupport = counted.prefectureSupport;
            if (g->undecided()) {
                std::optional<YenRange> local;
                for (int s : g->alternatives) {
                    const YenRange l
                        = ownLocal(m_slice.doc.scenarios[s].plan, m_slice.evaluations.value(s));
                    local = local ? hull(*local, l) : l;
                }
                a.totals.local = local.value_or(YenRange::exact(0));
            } else if (g->adopted < m_slice.evaluations.size()) {
                const Plan &p = m_slice.doc.scenarios[g->adopted].plan;
                const Evaluation &e = m_slice.evaluations[g->adopted];
                for (qsizetype j = 0; j < p.programs.size() && j < e.programs.size(); ++j)
                    if (p.programs[j].joint.isEmpty())
                        a.totals.local = a.totals.local + e.programs[j].local;
            }
        }
        for (const MemberRow &m : partsOf(code)) {
            a.planned = true;
            a.totals.local = a.totals.local + m.local;
        }
        return a;
    }

private:
    const DocumentSlice &m_slice;
    QHash<QString, QList<MemberRow>> m_parts;
    QHash<QString, PlanGroup> m_planOf; // body code → its plan of the year
};

// The findings of an undecided plan's row: that it is undecided, then what is wrong with each
// alternative, told by the alternative's name (「ステーション事業で開始: …」).
QList<Finding> undecidedFindings(
    const Document &doc, const QList<Evaluation> &evaluations, const PlanGroup &g)
{
    QList<Finding> out { undecidedFinding(
        doc.scenarios[g.representative()].plan, g.alternatives.size()) };
    for (qsizetype k = 0; k < g.alternatives.size(); ++k) {
        const int s = g.alternatives[k];
        const Plan &p = doc.scenarios[s].plan;
        for (Finding f : evaluations.value(s).findings) {
            if (f.severity == Severity::Info)
                continue;
            f.ja = alternativeLabel(p, int(k), u"ja") + QStringLiteral("：") + f.ja;
            f.en = alternativeLabel(p, int(k), u"en") + QStringLiteral(": ") + f.en;
            out << f;
        }
    }
    return out;
}

// The scenarios of every plan one of whose alternatives satisfies `bears`, in scenario order: a
// plan is taken whole, so that a part of a document counts its plans as the whole does.
template <typename Pred> QList<int> wholePlansWhere(const Document &doc, Pred bears)
{
    QList<int> out;
    for (const PlanGroup &g : plansOf(doc))
        if (std::any_of(g.alternatives.cbegin(), g.alternatives.cend(),
                [&](int s) { return bears(doc.scenarios[s].plan); }))
            out << g.alternatives;
    std::sort(out.begin(), out.end());
    return out;
}

int severityRank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

// The checks across years after the engine's, without saying a thing twice: a satellite whose
// plan already counts 3 years, or preparation support whose plan names no program for next year,
// is told once, by the engine, about the plan as written.
void addAcrossYears(QList<Finding> &findings, const QList<Finding> &acrossYears)
{
    const qsizetype engine = findings.size();
    for (const Finding &f : acrossYears) {
        const bool told = std::any_of(findings.cbegin(), findings.cbegin() + engine,
            [&](const Finding &e) { return e.code == f.code && e.program == f.program; });
        if (!told)
            findings << f;
    }
}

QString ownProgramsText(const PrefectureRow &r, QStringView lang)
{
    QStringList parts;
    if (r.undecided)
        parts << undecidedLabel(r.alternatives.size(), lang);
    for (const Program &p : r.programs) {
        // The prefecture's own row names its center and satellites short, so that their served
        // areas fit in the column.
        QString s = r.prefecture ? shortMenu(p.menu, lang) : menuLabel(p.menu, lang);
        if (!p.served.isEmpty() && menuServesMunicipalities(p.menu))
            s += textIn(lang, u"（担当区域 %1団体）", u" (serves %1 municipalities)")
                     .arg(p.served.size());
        if (p.startup)
            s += textIn(lang, u"（立ち上げ支援）", u" (start-up support)");
        if (!p.joint.isEmpty())
            s += textIn(lang, u"（共同実施 %1団体）", u" (joint, %1 members)").arg(p.joint.size());
        parts << s;
    }
    for (const QString &lead : r.jointLeads)
        parts << textIn(lang, u"%1の共同実施に参加", u"member of %1's joint program").arg(lead);
    return parts.join(QStringLiteral(" / "));
}

// 「富山県サテライトの担当区域」: who serves this body, if anyone.
QString servedText(const PrefectureRow &r, QStringView lang)
{
    QStringList parts;
    for (const ServingProgram &sp : r.servedBy) {
        const bool satellite = sp.menu == u"satellite";
        const QString what = satellite ? textIn(lang, u"サテライト", u"satellite")
                                       : textIn(lang, u"センター", u"center");
        const QString text
            = textIn(lang, u"%1%2の担当区域", u"in the area of %1's %2").arg(sp.bodyName, what);
        if (!parts.contains(text))
            parts << text;
    }
    return parts.join(textIn(lang, u"・", u", "));
}

} // namespace

QString rowProgramsText(const PrefectureRow &r, QStringView lang)
{
    QString text = r.runsProgram() || r.undecided ? ownProgramsText(r, lang)
        : r.scenario >= 0                         ? textIn(lang, u"事業なし", u"no program")
                                                  : textIn(lang, u"計画なし", u"not planned");
    if (r.isServed())
        text += textIn(lang, u"（%1）", u" (%1)").arg(servedText(r, lang));
    return text;
}

bool PrefectureRow::hasMenu(QStringView menu) const
{
    return std::any_of(
        programs.cbegin(), programs.cend(), [&](const Program &p) { return p.menu == menu; });
}

QString shortYear(int fiscalYear, QStringView lang)
{
    return Bilingual { QStringLiteral("R%1").arg(fiscalYear - 2018),
        QStringLiteral("FY%1").arg(fiscalYear) }
        .in(lang);
}

QString timelineText(
    const QList<TimelineEntry> &timeline, QStringView lang, const QString &separator)
{
    QStringList years;
    for (const TimelineEntry &e : timeline) {
        QStringList menus;
        if (e.undecided)
            menus << undecidedLabel(e.alternatives, lang);
        for (const QString &m : e.menus)
            menus << shortMenu(m, lang);
        for (const QString &m : e.jointMenus)
            menus << shortMenu(m, lang) + textIn(lang, u"（共同）", u" (joint)");
        const QString none = textIn(lang, u"なし", u"none");
        years << shortYear(e.fiscalYear, lang) + u' '
                + (menus.isEmpty() ? none : menus.join(textIn(lang, u"・", u" + ")));
    }
    return years.join(separator);
}

DocumentSlice sliceForPrefecture(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, const Registry &registry)
{
    DocumentSlice s;
    s.doc.title = doc.title;
    s.doc.overrides = doc.overrides;
    for (const int i : wholePlansWhere(doc, [&](const Plan &p) {
             return prefectureOf(p, registry) == prefectureCode
                 || joinsFrom(p, prefectureCode, registry);
         })) {
        if (i >= evaluations.size())
            continue;
        s.doc.scenarios << doc.scenarios[i];
        s.evaluations << evaluations[i];
        s.indexes << i;
    }
    return s;
}

QList<Finding> multiYearFindingsOf(const Document &doc, const QList<Evaluation> &evaluations,
    int scenario, const RuleBookLibrary *books)
{
    if (scenario < 0 || scenario >= doc.scenarios.size())
        return {};
    // The plans that bear on this body's checks: its own, those of the towns its satellites
    // serve, and every program one of them joins — a handful, whatever the document's size.
    const QString body = doc.scenarios[scenario].plan.body.code;
    QSet<QString> codes { body };
    for (const Scenario &sc : doc.scenarios) {
        if (sc.plan.body.code == body)
            for (const Program &p : sc.plan.programs)
                if (p.menu == u"satellite")
                    for (const QString &code : p.served)
                        codes.insert(code);
    }
    Document part;
    const QList<int> indexes = wholePlansWhere(doc, [&](const Plan &p) {
        bool bears = codes.contains(p.body.code);
        for (qsizetype j = 0; j < p.programs.size() && !bears; ++j)
            for (const JointMember &m : p.programs[j].joint)
                bears = bears || codes.contains(m.code);
        return bears;
    });
    for (const int i : indexes)
        part.scenarios << doc.scenarios[i];
    QList<Finding> found;
    for (const WorkspaceFinding &f : multiYearFindings(part, fiscalYearsOf(doc), books))
        if (f.scenario >= 0 && indexes.value(f.scenario) == scenario)
            found << f.finding;
    QList<Finding> out
        = scenario < evaluations.size() ? evaluations[scenario].findings : QList<Finding>();
    const qsizetype engine = out.size();
    addAcrossYears(out, found);
    return out.mid(engine);
}

PrefectureTable prefectureTable(const Document &doc, const QList<Evaluation> &evaluations,
    const QString &prefectureCode, int fiscalYear, const RuleBookLibrary *books,
    const Registry &registry)
{
    PrefectureTable t;
    t.prefectureCode = prefectureCode;
    t.fiscalYear = fiscalYear;
    const LocalBody *pref = registry.find(prefectureCode);
    if (!pref || pref->kind != BodyKind::Prefecture)
        return t;

    const DocumentSlice slice = sliceForPrefecture(doc, evaluations, prefectureCode, registry);
    const QSet<int> years = fiscalYearsOf(slice.doc);
    for (int y : std::as_const(years))
        t.byYear.insert(y, totalsFor(slice.doc, slice.evaluations, prefectureCode, y, registry));
    t.totals = t.byYear.contains(fiscalYear)
        ? t.byYear.value(fiscalYear)
        : totalsFor(slice.doc, slice.evaluations, prefectureCode, fiscalYear, registry);

    const Amounts now(slice, fiscalYear);
    const bool previousYearKnown = years.contains(fiscalYear - 1);
    const std::optional<Amounts> before = previousYearKnown
        ? std::optional<Amounts>(std::in_place, slice, fiscalYear - 1)
        : std::nullopt;
    const QHash<QString, QList<TimelineEntry>> lines = timelines(slice.doc);
    const QHash<QString, qint64> populations = populationsIn(slice.doc, fiscalYear);
    const QHash<QString, QList<ServingProgram>> serving = servingPrograms(slice.doc, fiscalYear);
    QHash<QString, QList<Finding>> acrossYears;
    // The whole document's years, so that a message says "planned for other bodies" as the plan
    // tab does, whatever other prefectures plan.
    for (const WorkspaceFinding &f : multiYearFindings(slice.doc, fiscalYearsOf(doc), books))
        if (f.fiscalYear == fiscalYear)
            acrossYears[f.bodyCode] << f.finding;

    QList<const LocalBody *> bodies { pref };
    bodies += registry.municipalitiesOf(prefectureCode);
    t.rows.reserve(bodies.size());
    for (const LocalBody *b : std::as_const(bodies)) {
        PrefectureRow r;
        r.code = b->code;
        r.name = b->name;
        r.kana = b->kana;
        r.kind = b->kind;
        r.prefecture = b == pref;
        if (const PlanGroup *g = now.planOf(b->code)) {
            r.scenario = slice.indexes[g->representative()];
            for (int s : g->alternatives) {
                r.alternatives << slice.indexes[s];
                if (!r.population)
                    r.population = slice.doc.scenarios[s].plan.body.population;
            }
            r.undecided = g->undecided();
            if (r.undecided) {
                r.findings = undecidedFindings(slice.doc, slice.evaluations, *g);
                r.everyAlternativeRuns
                    = std::all_of(g->alternatives.cbegin(), g->alternatives.cend(),
                        [&](int s) { return !slice.doc.scenarios[s].plan.programs.isEmpty(); });
            } else {
                r.programs = slice.doc.scenarios[g->adopted].plan.programs;
                r.population = slice.doc.scenarios[g->adopted].plan.body.population;
                r.findings = slice.evaluations.value(g->adopted).findings;
            }
        }
        if (!r.population && populations.contains(b->code)) {
            r.population = populations.value(b->code);
            r.populationFromOtherYear = true;
        }
        for (const MemberRow &m : now.partsOf(b->code))
            if (!m.lead)
                r.jointLeads << m.leadName;
        r.servedBy = serving.value(b->code);
        for (ServingProgram &sp : r.servedBy)
            sp.scenario = slice.indexes.value(sp.scenario, -1);
        const YearAmounts amounts = now.of(b->code);
        r.totals = amounts.totals;
        if (before) {
            const YearAmounts previous = before->of(b->code);
            if (amounts.planned || previous.planned)
                r.change = difference(amounts.totals, previous.totals);
        }
        r.timeline = lines.value(b->code);
        addAcrossYears(r.findings, acrossYears.value(b->code));
        std::stable_sort(
            r.findings.begin(), r.findings.end(), [](const Finding &a, const Finding &c) {
                return severityRank(a.severity) < severityRank(c.severity);
            });
        for (const Finding &f : std::as_const(r.findings)) {
            r.errors += f.severity == Severity::Error ? 1 : 0;
            r.warnings += f.severity == Severity::Warning ? 1 : 0;
        }
        t.rows << r;
    }
    return t;
}

const QList<RowFilter> &rowFilters()
{
    static const QList<RowFilter> list = { RowFilter::All, RowFilter::WithProgram,
        RowFilter::WithoutProgram, RowFilter::TownsWithoutProgram, RowFilter::WithProblems,
        RowFilter::StationsWithoutSurvey, RowFilter::WithStartupSupport, RowFilter::JointPrograms,
        RowFilter::ServedByPrefecture, RowFilter::Uncovered };
    return list;
}

QString rowFilterLabel(RowFilter f, QStringView lang)
{
    switch (f) {
    case RowFilter::All:
        return textIn(lang, u"すべての団体", u"All bodies");
    case RowFilter::WithProgram:
        return textIn(lang, u"事業を実施している団体", u"Running a program");
    case RowFilter::WithoutProgram:
        return textIn(lang, u"事業を実施していない団体", u"No program");
    case RowFilter::TownsWithoutProgram:
        return textIn(lang, u"未実施の町村", u"Towns and villages with no program");
    case RowFilter::WithProblems:
        return textIn(lang, u"エラー・警告のある団体", u"With errors or warnings");
    case RowFilter::StationsWithoutSurvey:
        return textIn(
            lang, u"実態把握調査のないステーション事業", u"Stations without the local survey");
    case RowFilter::WithStartupSupport:
        return textIn(lang, u"立ち上げ支援を受ける団体", u"With start-up support");
    case RowFilter::JointPrograms:
        return textIn(lang, u"共同実施", u"Joint programs");
    case RowFilter::ServedByPrefecture:
        return textIn(
            lang, u"センター・サテライトの担当区域", u"In the area of a center or satellite");
    case RowFilter::Uncovered:
        return textIn(
            lang, u"事業も担当区域もない団体（支援の空白）", u"No program and in no served area");
    }
    return {};
}

bool matches(const PrefectureRow &row, RowFilter filter)
{
    switch (filter) {
    case RowFilter::All:
        return true;
    case RowFilter::WithProgram:
        return row.runsProgram();
    case RowFilter::WithoutProgram:
        return !row.prefecture && !row.runsProgram();
    case RowFilter::TownsWithoutProgram:
        return (row.kind == BodyKind::Town || row.kind == BodyKind::Village) && !row.runsProgram();
    case RowFilter::WithProblems:
        return row.errors + row.warnings > 0;
    case RowFilter::StationsWithoutSurvey:
        return std::any_of(row.programs.cbegin(), row.programs.cend(), [](const Program &p) {
            return p.menu == u"station" && !p.subprojects.contains(QStringLiteral("needs_survey"));
        });
    case RowFilter::WithStartupSupport:
        return std::any_of(row.programs.cbegin(), row.programs.cend(),
            [](const Program &p) { return p.startup.has_value(); });
    case RowFilter::JointPrograms:
        return !row.jointLeads.isEmpty()
            || std::any_of(row.programs.cbegin(), row.programs.cend(),
                [](const Program &p) { return !p.joint.isEmpty(); });
    case RowFilter::ServedByPrefecture:
        return row.isServed();
    case RowFilter::Uncovered:
        return !row.prefecture && !row.runsProgram() && !row.isServed();
    }
    return true;
}

} // namespace shienplan
