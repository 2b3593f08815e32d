// The report's data: every scenario of a document evaluated with the rule book of its year,
// each figure with the statuses of the values it rests on. The fixed texts are in
// reportlabels.cpp.

#include "core/report/reportdata.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/checkedvalues.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <algorithm>

namespace shienplan
{

namespace
{

void sortByTrust(QList<Status> &list)
{
    std::sort(
        list.begin(), list.end(), [](Status a, Status b) { return trustOrder(a) < trustOrder(b); });
}

void addStatuses(QList<Status> &to, const QList<Status> &from)
{
    for (Status s : from)
        if (!to.contains(s))
            to << s;
    sortByTrust(to);
}

enum class Figure { Standard, Adopted, National, Prefecture, Local };

QList<Status> restsOn(const ProgramResult &r, const Program &p, Figure figure);

// What each row of fundingSteps() rests on: (A)–(D) the planner's own figures; (E) 基準額 and (F)
// 選定額 the menu's amounts; (G) 補助基本額 those and the adoption rule; (H) the rate and the
// truncation as well; then the prefecture's support and the local burden.
QList<Status> stepRestsOn(const ProgramResult &r, const Program &p, qsizetype row)
{
    if (row == ReportSteps::prefectureRow())
        return restsOn(r, p, Figure::Prefecture);
    if (row == ReportSteps::localRow())
        return restsOn(r, p, Figure::Local);
    switch (fundingSteps()[row].letter) {
    case 'E':
    case 'F':
        return restsOn(r, p, Figure::Standard);
    case 'G':
        return restsOn(r, p, Figure::Adopted);
    case 'H':
        return restsOn(r, p, Figure::National);
    default:
        return { Status::User };
    }
}

// What a figure rests on: the same rule as the window's funding table (ui/models/fundingmodel.cpp)
// — (E) 基準額: the menu's amounts; (G) 補助基本額: those and the adoption rule; (H): those,
// the rate and the truncation; 都道府県の支援: the adopted amount, the share and the truncation;
// 実施主体の負担: everything.
QList<Status> restsOn(const ProgramResult &r, const Program &p, Figure figure)
{
    const QString share = QStringLiteral("startup_support.prefecture_share");
    if (figure == Figure::Prefecture) {
        const bool used = std::any_of(r.provenance.cbegin(), r.provenance.cend(),
            [&](const UsedValue &u) { return u.item == share; });
        if (!p.startup || !used)
            return {}; // no start-up support: the 0 rests on nothing uncertain
    }
    const QString m = r.menu + u'.';
    auto wanted = [&](const QString &item) {
        const bool standard = item.startsWith(m) && !item.endsWith(QStringLiteral(".rate"));
        const bool adoptedRule = item == QLatin1String("calculation.adopted_rule");
        const bool rate = item == m + QStringLiteral("rate");
        const bool truncation = item == QLatin1String("calculation.truncation_unit");
        switch (figure) {
        case Figure::Standard:
            return standard;
        case Figure::Adopted:
            return standard || adoptedRule;
        case Figure::National:
            return standard || adoptedRule || rate || truncation;
        case Figure::Prefecture:
            return standard || adoptedRule || item == share || truncation;
        case Figure::Local:
            return true;
        }
        return true;
    };
    QList<Status> out;
    for (const auto &u : r.provenance)
        if (wanted(u.item) && !out.contains(u.status))
            out << u.status;
    sortByTrust(out);
    return out;
}

QString bodyDescription(const Plan &plan, QStringView lang)
{
    QStringList parts;
    if (plan.body.kind)
        parts << bodyKindLabel(*plan.body.kind, lang);
    if (!plan.body.code.isEmpty())
        parts << plan.body.code;
    if (parts.isEmpty())
        return plan.body.name;
    return textIn(lang, u"%1（%2）", u"%1 (%2)")
        .arg(plan.body.name, parts.join(textIn(lang, u"・", u", ")));
}

ReportProgram programReport(const Program &p, const ProgramResult &r, const RuleBook &book,
    const Registry &registry, QStringView lang)
{
    ReportProgram out;
    out.id = p.id;
    out.menu = p.menu;
    out.menuLabel = menuLabel(p.menu, lang);
    const MenuRule *menu = book.menu(p.menu);
    // Matrix order first (the order of the source's table), then anything the book does not list.
    QStringList order = book.columns;
    for (const auto &e : subprojectCatalogue())
        if (!order.contains(e.id))
            order << e.id;
    for (const auto &id : p.subprojects)
        if (!order.contains(id))
            order << id;
    for (const auto &id : order) {
        if (!p.subprojects.contains(id))
            continue;
        ReportSubproject s;
        s.id = id;
        const CatalogueEntry *e = findSubproject(id);
        s.key = e ? e->key : QString();
        s.label = subprojectLabel(id, lang);
        if (const MatrixCell *c = menu ? menu->cell(id) : nullptr)
            s.symbol = cellSymbol(c->value);
        out.subprojects << s;
    }
    for (const auto &k : staffCatalogue())
        if (p.staffCount(k.id) > 0)
            out.staff << ReportStaff { k.id, k.label(lang), p.staffCount(k.id) };
    for (auto it = p.staff.cbegin(); it != p.staff.cend(); ++it)
        if (!findStaffKind(it.key()) && it.value() > 0)
            out.staff << ReportStaff { it.key(), it.key(), it.value() };
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i)
        out.steps << ReportFigure { steps[i].value(r), stepRestsOn(r, p, i) };
    out.rate = r.rate;
    out.truncationUnit = book.calculation.truncationUnit;
    if (p.startup && menu && menu->startupSupport)
        out.prefectureShare = p.startup->prefectureShare
            ? FractionRange::exact(*p.startup->prefectureShare)
            : book.startup.prefectureShare;
    out.yearsRunning = p.yearsRunning;
    if (p.startup) {
        QString share;
        if (p.startup->prefectureShare)
            share = fractionToString(*p.startup->prefectureShare);
        else
            share = fractionToString(book.startup.prefectureShare.min) + QStringLiteral("〜")
                + fractionToString(book.startup.prefectureShare.max)
                + textIn(lang, u"（未定）", u" (not decided)");
        out.startup = textIn(lang, u"都道府県 %1（%2年目）", u"prefecture %1, year %2")
                          .arg(share)
                          .arg(p.startup->year);
    }
    for (const auto &m : r.members)
        out.members << ReportMember { m.code, m.name, m.share, m.local };
    if (!p.served.isEmpty()) {
        const QStringList names = namesOf(p.served, registry);
        out.served = textIn(lang, u"%1（%2団体）", u"%1 (%2 municipalities)")
                         .arg(names.join(textIn(lang, u"、", u", ")))
                         .arg(names.size());
    }
    for (const auto &s : r.explanation)
        out.explanation << withCitations(s.in(lang), lang); // its sources as citations
    auto addSource = [&](const QString &item, const Provenance &prov) {
        const bool seen
            = std::any_of(out.sources.cbegin(), out.sources.cend(), [&](const ReportSource &s) {
                  return s.item == item && s.status == prov.status && s.sourceId == prov.source
                      && s.note == prov.note;
              });
        if (!seen)
            out.sources << ReportSource { item, reportItemLabel(item, lang), prov.status,
                prov.source, citationText(prov.source, lang), withCitations(prov.note, lang) };
    };
    for (const auto &u : r.provenance)
        addSource(u.item, { u.status, u.source, u.note });
    // The matrix cells, caps and minimums the plan's checks rest on: a 推定 matrix is as much
    // part of what the report rests on as a 推定 amount.
    for (const CheckedValue &v : checkedValues(p, book))
        addSource(v.item, v.prov);
    return out;
}

void addFigure(ReportFigure &to, const ReportFigure &f)
{
    to.value = to.value + f.value;
    addStatuses(to.statuses, f.statuses);
}

ReportScenario scenarioReport(
    const Scenario &sc, const RuleBook *book, const Registry &registry, QStringView lang)
{
    ReportScenario out;
    out.name = sc.plan.alternative;
    out.planTitle = sc.plan.title;
    out.fiscalYear = sc.plan.fiscalYear;
    out.fiscalYearLabel = fiscalYearLabel(sc.plan.fiscalYear, lang);
    out.bodyCode = sc.plan.body.code;
    out.bodyName = sc.plan.body.name;
    out.bodyKindLabel = sc.plan.body.kind ? bodyKindLabel(*sc.plan.body.kind, lang) : QString();
    ReportTotals &t = out.totals;
    t.steps = QList<ReportFigure>(fundingSteps().size(), ReportFigure { YenRange::exact(0), {} });
    if (!book) {
        out.notEvaluated = textIn(lang, u"%1のルールブックがないため、金額を計算できません。",
            u"No rule book for %1: the amounts cannot be computed.")
                               .arg(out.fiscalYearLabel);
    } else if (!sc.plan.body.kind) {
        out.notEvaluated = textIn(lang, u"実施主体の種類が不明なため、判定できません。",
            u"The kind of the implementing body is not known: the plan cannot be checked.");
    }
    if (!out.notEvaluated.isEmpty()) {
        for (const auto &p : sc.plan.programs) {
            ReportProgram rp;
            rp.id = p.id;
            rp.menu = p.menu;
            rp.menuLabel = menuLabel(p.menu, lang);
            rp.eligible = false;
            // Only the planner's own figures are known: (A), (B), and (C) and (D) from them.
            ProgramResult known;
            known.totalCost = p.expenditure;
            known.otherIncome = p.otherIncome;
            known.net = p.expenditure > p.otherIncome ? Yen(p.expenditure - p.otherIncome) : Yen(0);
            known.eligible = p.eligible();
            for (qsizetype k = 0; k < fundingSteps().size(); ++k) {
                const bool planners = ReportSteps::plannersOwn(k);
                rp.steps << ReportFigure { planners ? fundingSteps()[k].value(known)
                                                    : YenRange::unknown(),
                    planners ? QList<Status> { Status::User } : QList<Status> {} };
            }
            out.programs << rp;
        }
        for (auto &f : t.steps)
            f.value = YenRange::unknown();
        return out;
    }
    const Evaluation e = evaluate(sc.plan, *book, registry);
    out.evaluated = true;
    out.eligible = e.eligible;
    bool planWideError = false;
    for (const auto &f : e.findings) {
        out.findings << ReportFinding { f.severity, severityLabel(f.severity, lang), f.code,
            f.program, f.message(lang), f.citation(lang) };
        out.errors += f.severity == Severity::Error;
        out.warnings += f.severity == Severity::Warning;
        planWideError |= f.severity == Severity::Error && f.program.isEmpty();
    }
    for (qsizetype i = 0; i < e.programs.size() && i < sc.plan.programs.size(); ++i) {
        ReportProgram rp = programReport(sc.plan.programs[i], e.programs[i], *book, registry, lang);
        rp.eligible = !planWideError
            && std::none_of(e.findings.cbegin(), e.findings.cend(), [&](const Finding &f) {
                   return f.severity == Severity::Error && f.program == rp.id;
               });
        for (qsizetype k = 0; k < t.steps.size(); ++k)
            addFigure(t.steps[k], rp.steps[k]);
        out.programs << rp;
    }
    // The engine's own totals are the reference; the sums above only add their statuses.
    t.steps[ReportSteps::fundingRow('H')].value = e.totals.national;
    t.steps[ReportSteps::prefectureRow()].value = e.totals.prefectureSupport;
    t.steps[ReportSteps::localRow()].value = e.totals.local;
    return out;
}

QString joinDistinct(const QStringList &items, QStringView lang)
{
    QStringList distinct;
    for (const auto &s : items)
        if (!s.isEmpty() && !distinct.contains(s))
            distinct << s;
    return distinct.join(textIn(lang, u"、", u"; "));
}

} // namespace

qsizetype ReportSteps::fundingRow(char letter)
{
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps[i].letter == letter)
            return i;
    return steps.size() - 1;
}

bool ReportSteps::plannersOwn(qsizetype row)
{
    const char l = fundingSteps()[row].letter;
    return l >= 'A' && l <= 'D';
}

qsizetype ReportSteps::prefectureRow()
{
    return fundingRow('H') + 1;
}

qsizetype ReportSteps::localRow()
{
    return fundingRow('H') + 2;
}

QString ReportProgram::subprojectsText(QStringView lang) const
{
    QStringList parts;
    for (const auto &s : subprojects)
        parts << s.symbol + s.label;
    return parts.join(textIn(lang, u"・", u", "));
}

QString ReportProgram::staffText(QStringView lang) const
{
    QStringList parts;
    for (const auto &s : staff)
        parts << textIn(lang, u"%1 %2名", u"%1: %2").arg(s.label).arg(s.count);
    return parts.join(textIn(lang, u"、", u", "));
}

QString ReportScenario::eligibilityText(QStringView lang) const
{
    if (!evaluated)
        return textIn(lang, u"計算できません", u"not computed");
    QString text = eligible
        ? reportLabels(lang).eligible
        : textIn(lang, u"補助対象外（エラー %1 件）", u"Not eligible (%1 errors)").arg(errors);
    if (warnings)
        text += textIn(lang, u"、注意 %1 件", u", %1 warnings").arg(warnings);
    return text;
}

QString ReportScenario::menusText(QStringView lang) const
{
    QStringList menus;
    for (const auto &p : programs)
        menus << p.menuLabel;
    return menus.isEmpty() ? reportLabels(lang).noProgram : menus.join(textIn(lang, u"、", u"; "));
}

QList<Status> ReportData::statusesUsed() const
{
    QList<Status> used;
    for (const auto &l : legend)
        used << l.status;
    return used;
}

ReportData buildReportData(const Document &doc, const RuleBookLibrary &library,
    const Registry &registry, QStringView lang, QDate date)
{
    ReportData out;
    out.lang = textIn(lang, u"ja", u"en"); // anything but "en" is Japanese
    // Dates and years differ in form, not only in words: 2026年11月22日 / 2026-11-22, and a
    // Japanese reader gets the Western year next to the era (令和7年度（FY2025）).
    const bool english = isEnglish(out.lang);
    const ReportLabels &L = reportLabels(out.lang);
    out.date = date;
    out.dateText = english
        ? date.toString(Qt::ISODate)
        : QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    out.title = doc.title;
    if (out.title.isEmpty() && !doc.scenarios.isEmpty())
        out.title = doc.scenarios.first().plan.title;
    if (out.title.isEmpty())
        out.title = L.reportTitle;
    out.notes = doc.notes;

    QMap<int, RuleBook> books; // effective books per fiscal year, as the window's PlanEvaluator
    QStringList bodies, years;
    for (const auto &sc : doc.scenarios) {
        const int fy = sc.plan.fiscalYear;
        if (!books.contains(fy)) {
            if (const RuleBook *b = library.book(fy)) {
                QStringList problems;
                books.insert(fy, effectiveRuleBook(*b, doc, &problems));
                for (const auto &p : problems)
                    if (!out.problems.contains(p))
                        out.problems << p;
            }
        }
        auto it = books.constFind(fy);
        out.scenarios << scenarioReport(
            sc, it == books.constEnd() ? nullptr : &it.value(), registry, out.lang);
        bodies << bodyDescription(sc.plan, out.lang);
        years << (english ? fiscalYearLabel(fy, u"en") : fiscalYearLabelBoth(fy));
    }
    out.bodyText = joinDistinct(bodies, out.lang);
    out.fiscalYearText = joinDistinct(years, out.lang);

    QList<Status> used;
    for (const auto &sc : out.scenarios) {
        for (const auto &p : sc.programs) {
            for (const auto &f : p.steps)
                addStatuses(used, f.statuses);
            for (const auto &s : p.sources)
                addStatuses(used, { s.status });
        }
    }
    for (Status s : used)
        out.legend << ReportLegendEntry { s, statusLabel(s, out.lang), statusMeaning(s, out.lang) };
    return out;
}

QList<int> yearsWithoutRuleBook(const Document &doc, const RuleBookLibrary &library)
{
    QList<int> years;
    for (const auto &sc : doc.scenarios)
        if (!library.book(sc.plan.fiscalYear) && !years.contains(sc.plan.fiscalYear))
            years << sc.plan.fiscalYear;
    return years;
}

} // namespace shienplan
