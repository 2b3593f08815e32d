#include "core/report/reportdata.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/registry/registry.h"
#include "core/rules/rulebooklibrary.h"

#include <algorithm>

namespace shienplan
{

namespace
{

// Order of trust, most trustworthy first (as the window's badges: ui/statusstyle.cpp).
int trustOrder(Status s)
{
    switch (s) {
    case Status::Stated:
        return 0;
    case Status::User:
        return 1;
    case Status::CarriedOver:
        return 2;
    case Status::Inferred:
        return 3;
    case Status::Assumed:
        return 4;
    case Status::Range:
        return 5;
    case Status::Unknown:
        return 6;
    }
    return 6;
}

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

// What a figure rests on: the same rule as the window's funding table (ui/models/fundingmodel.cpp)
// — 基準額: the menu's amounts; 補助対象額: those and the adopted-amount rule; 国庫補助額: those,
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
    return lang == u"en"
        ? QStringLiteral("%1 (%2)").arg(plan.body.name, parts.join(QStringLiteral(", ")))
        : QStringLiteral("%1（%2）").arg(plan.body.name, parts.join(u'・'));
}

ReportProgram programReport(const Program &p, const ProgramResult &r, const RuleBook &book,
    const Registry &registry, QStringView lang)
{
    const bool en = lang == u"en";
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
    out.expenditure = p.expenditure;
    out.otherIncome = p.otherIncome;
    out.net = { YenRange::exact(r.net), { Status::User } };
    out.rate = r.rate;
    out.yearsRunning = p.yearsRunning;
    if (p.startup) {
        QString share;
        if (p.startup->prefectureShare)
            share = fractionToString(*p.startup->prefectureShare);
        else
            share = fractionToString(book.startup.prefectureShare.min) + QStringLiteral("〜")
                + fractionToString(book.startup.prefectureShare.max)
                + (en ? QStringLiteral(" (not decided)") : QStringLiteral("（未定）"));
        out.startup = en ? QStringLiteral("prefecture %1, year %2").arg(share).arg(p.startup->year)
                         : QStringLiteral("都道府県 %1（%2年目）").arg(share).arg(p.startup->year);
    }
    out.standard = { r.standard, restsOn(r, p, Figure::Standard) };
    out.adopted = { r.adopted, restsOn(r, p, Figure::Adopted) };
    out.national = { r.national, restsOn(r, p, Figure::National) };
    out.prefecture = { r.prefectureSupport, restsOn(r, p, Figure::Prefecture) };
    out.local = { r.local, restsOn(r, p, Figure::Local) };
    for (const auto &m : r.members)
        out.members << ReportMember { m.code, m.name, m.share, m.local };
    if (!p.served.isEmpty()) {
        const QStringList names = namesOf(p.served, registry);
        out.served = en ? QStringLiteral("%1 (%2 municipalities)").arg(names.join(QStringLiteral(", "))).arg(names.size())
                        : QStringLiteral("%1（%2団体）").arg(names.join(QStringLiteral("、"))).arg(names.size());
    }
    for (const auto &s : r.explanation)
        out.explanation << (en ? s.en : s.ja);
    for (const auto &u : r.provenance) {
        const bool seen
            = std::any_of(out.sources.cbegin(), out.sources.cend(), [&](const ReportSource &s) {
                  return s.item == u.item && s.status == u.status && s.source == u.source
                      && s.note == u.note;
              });
        if (!seen)
            out.sources << ReportSource { u.item, reportItemLabel(u.item, lang), u.status, u.source,
                u.note };
    }
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
    const bool en = lang == u"en";
    ReportScenario out;
    out.name = sc.name;
    out.planTitle = sc.plan.title;
    out.fiscalYear = sc.plan.fiscalYear;
    out.fiscalYearLabel = fiscalYearLabel(sc.plan.fiscalYear, lang);
    out.bodyCode = sc.plan.body.code;
    out.bodyName = sc.plan.body.name;
    out.bodyKindLabel = sc.plan.body.kind ? bodyKindLabel(*sc.plan.body.kind, lang) : QString();
    ReportTotals &t = out.totals;
    for (ReportFigure *f :
        { &t.net, &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local })
        f->value = YenRange::exact(0);
    if (!book) {
        out.notEvaluated = en
            ? QStringLiteral("No rule book for %1: the amounts cannot be computed.")
                  .arg(out.fiscalYearLabel)
            : QStringLiteral("%1のルールブックがないため、金額を計算できません。")
                  .arg(out.fiscalYearLabel);
    } else if (!sc.plan.body.kind) {
        out.notEvaluated = en
            ? QStringLiteral(
                "The kind of the implementing body is not known: the plan cannot be checked.")
            : QStringLiteral("実施主体の種類が不明なため、判定できません。");
    }
    if (!out.notEvaluated.isEmpty()) {
        for (const auto &p : sc.plan.programs) {
            ReportProgram rp;
            rp.id = p.id;
            rp.menu = p.menu;
            rp.menuLabel = menuLabel(p.menu, lang);
            rp.expenditure = p.expenditure;
            rp.otherIncome = p.otherIncome;
            rp.eligible = false;
            for (ReportFigure *f :
                { &rp.net, &rp.standard, &rp.adopted, &rp.national, &rp.prefecture, &rp.local })
                f->value = YenRange::unknown();
            out.programs << rp;
        }
        for (ReportFigure *f :
            { &t.net, &t.standard, &t.adopted, &t.national, &t.prefecture, &t.local })
            f->value = YenRange::unknown();
        return out;
    }
    const Evaluation e = evaluate(sc.plan, *book, registry);
    out.evaluated = true;
    out.eligible = e.eligible;
    bool planWideError = false;
    for (const auto &f : e.findings) {
        out.findings << ReportFinding { f.severity, severityLabel(f.severity, lang), f.code,
            f.program, f.message(lang), f.source };
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
        t.expenditure += rp.expenditure;
        t.otherIncome += rp.otherIncome;
        addFigure(t.net, rp.net);
        addFigure(t.standard, rp.standard);
        addFigure(t.adopted, rp.adopted);
        addFigure(t.national, rp.national);
        addFigure(t.prefecture, rp.prefecture);
        addFigure(t.local, rp.local);
        out.programs << rp;
    }
    // The engine's own totals are the reference; the sums above only add their statuses.
    t.national.value = e.totals.national;
    t.prefecture.value = e.totals.prefectureSupport;
    t.local.value = e.totals.local;
    return out;
}

QString joinDistinct(const QStringList &items, QStringView lang)
{
    QStringList distinct;
    for (const auto &s : items)
        if (!s.isEmpty() && !distinct.contains(s))
            distinct << s;
    return distinct.join(lang == u"en" ? QStringLiteral("; ") : QStringLiteral("、"));
}

} // namespace

QString ReportProgram::subprojectsText(QStringView lang) const
{
    QStringList parts;
    for (const auto &s : subprojects)
        parts << s.symbol + s.label;
    return parts.join(lang == u"en" ? QStringLiteral(", ") : QStringLiteral("・"));
}

QString ReportProgram::staffText(QStringView lang) const
{
    QStringList parts;
    for (const auto &s : staff)
        parts << (lang == u"en" ? QStringLiteral("%1: %2").arg(s.label).arg(s.count)
                                : QStringLiteral("%1 %2名").arg(s.label).arg(s.count));
    return parts.join(lang == u"en" ? QStringLiteral(", ") : QStringLiteral("、"));
}

QString ReportScenario::eligibilityText(QStringView lang) const
{
    const bool en = lang == u"en";
    if (!evaluated)
        return en ? QStringLiteral("not computed") : QStringLiteral("計算できません");
    QString text = eligible ? reportLabels(lang).eligible
                            : (en ? QStringLiteral("Not eligible (%1 errors)")
                                  : QStringLiteral("補助対象外（エラー %1 件）"))
                                  .arg(errors);
    if (warnings)
        text += (en ? QStringLiteral(", %1 warnings") : QStringLiteral("、注意 %1 件"))
                    .arg(warnings);
    return text;
}

QString ReportScenario::menusText(QStringView lang) const
{
    QStringList menus;
    for (const auto &p : programs)
        menus << p.menuLabel;
    return menus.isEmpty()
        ? reportLabels(lang).noProgram
        : menus.join(lang == u"en" ? QStringLiteral("; ") : QStringLiteral("、"));
}

QList<Status> ReportData::statusesUsed() const
{
    QList<Status> used;
    for (const auto &l : legend)
        used << l.status;
    return used;
}

const ReportLabels &reportLabels(QStringView lang)
{
    static const ReportLabels ja = [] {
        ReportLabels l;
        l.reportTitle = QStringLiteral("ひきこもり支援推進事業 計画書");
        l.body = QStringLiteral("実施主体");
        l.bodyCode = QStringLiteral("団体コード");
        l.fiscalYear = QStringLiteral("年度");
        l.date = QStringLiteral("作成日");
        l.scenario = QStringLiteral("シナリオ");
        l.scenarios = QStringLiteral("シナリオの比較");
        l.program = QStringLiteral("事業");
        l.programId = QStringLiteral("事業ID");
        l.menu = QStringLiteral("事業区分");
        l.subprojects = QStringLiteral("実施する事業（◎必須・○任意）");
        l.staff = QStringLiteral("人員");
        l.expenditure = QStringLiteral("対象経費の実支出額");
        l.otherIncome = QStringLiteral("寄付金その他の収入");
        l.net = QStringLiteral("差引額（実支出額 − その他の収入）");
        l.rate = QStringLiteral("補助率");
        l.startup = QStringLiteral("都道府県による立ち上げ支援");
        l.served = QStringLiteral("担当区域（支援する市町村）");
        l.joint = QStringLiteral("共同実施");
        l.member = QStringLiteral("構成団体");
        l.share = QStringLiteral("負担割合");
        l.standard = QStringLiteral("基準額");
        l.adopted = QStringLiteral("補助対象額");
        l.national = QStringLiteral("国庫補助額");
        l.prefecture = QStringLiteral("都道府県の支援");
        l.local = QStringLiteral("実施主体の負担");
        l.item = QStringLiteral("項目");
        l.yen = QStringLiteral("金額（円）");
        l.thousandYen = QStringLiteral("金額（千円）");
        l.thousandUnit = QStringLiteral("千円");
        l.yenUnit = QStringLiteral("円");
        l.restsOn = QStringLiteral("根拠の状態");
        l.min = QStringLiteral("下限");
        l.max = QStringLiteral("上限");
        l.eligibility = QStringLiteral("判定");
        l.eligible = QStringLiteral("補助対象");
        l.notEligible = QStringLiteral("補助対象外");
        l.findings = QStringLiteral("指摘事項");
        l.noFindings = QStringLiteral("指摘事項はありません。");
        l.explanation = QStringLiteral("計算の根拠");
        l.sources = QStringLiteral("使用した値と出典");
        l.source = QStringLiteral("出典");
        l.status = QStringLiteral("状態");
        l.note = QStringLiteral("備考");
        l.legend = QStringLiteral("値の状態（凡例）");
        l.totals = QStringLiteral("シナリオ合計");
        l.total = QStringLiteral("合計");
        l.summary = QStringLiteral("概要");
        l.notes = QStringLiteral("メモ");
        l.none = QStringLiteral("なし");
        l.unknown = QStringLiteral("不明");
        l.noProgram = QStringLiteral("事業がありません");
        l.page = QStringLiteral("%1 / %2");
        l.generatedBy = QStringLiteral("ShienPlan で作成");
        l.disclaimer = QStringLiteral(
            "この計画書の金額は、資料とその解釈に基づく試算です。国・都道府県の正式な額ではありませ"
            "ん。"
            "各金額の右に、その金額が拠って立つ値の状態を示します（凡例を参照）。");
        return l;
    }();
    static const ReportLabels en = [] {
        ReportLabels l;
        l.reportTitle = QStringLiteral("Hikikomori support programme: plan");
        l.body = QStringLiteral("Implementing body");
        l.bodyCode = QStringLiteral("Body code");
        l.fiscalYear = QStringLiteral("Fiscal year");
        l.date = QStringLiteral("Date");
        l.scenario = QStringLiteral("Scenario");
        l.scenarios = QStringLiteral("Scenarios compared");
        l.program = QStringLiteral("Program");
        l.programId = QStringLiteral("Program id");
        l.menu = QStringLiteral("Menu");
        l.subprojects = QStringLiteral("Sub-projects (◎ required, ○ optional)");
        l.staff = QStringLiteral("Staff");
        l.expenditure = QStringLiteral("Expenditure");
        l.otherIncome = QStringLiteral("Other income");
        l.net = QStringLiteral("Net expenditure");
        l.rate = QStringLiteral("Rate");
        l.startup = QStringLiteral("Start-up support by the prefecture");
        l.served = QStringLiteral("Served municipalities");
        l.joint = QStringLiteral("Joint program");
        l.member = QStringLiteral("Member");
        l.share = QStringLiteral("Share");
        l.standard = QStringLiteral("Standard amount");
        l.adopted = QStringLiteral("Adopted amount");
        l.national = QStringLiteral("National subsidy");
        l.prefecture = QStringLiteral("Prefecture support");
        l.local = QStringLiteral("Local burden");
        l.item = QStringLiteral("Item");
        l.yen = QStringLiteral("Yen");
        l.thousandYen = QStringLiteral("Thousand yen");
        l.thousandUnit = QStringLiteral("thousand yen");
        l.yenUnit = QStringLiteral("yen");
        l.restsOn = QStringLiteral("Rests on");
        l.min = QStringLiteral("min");
        l.max = QStringLiteral("max");
        l.eligibility = QStringLiteral("Eligibility");
        l.eligible = QStringLiteral("Eligible");
        l.notEligible = QStringLiteral("Not eligible");
        l.findings = QStringLiteral("Findings");
        l.noFindings = QStringLiteral("No findings.");
        l.explanation = QStringLiteral("How the amounts were computed");
        l.sources = QStringLiteral("Values used and their sources");
        l.source = QStringLiteral("Source");
        l.status = QStringLiteral("Status");
        l.note = QStringLiteral("Note");
        l.legend = QStringLiteral("Status of values (legend)");
        l.totals = QStringLiteral("Scenario totals");
        l.total = QStringLiteral("Total");
        l.summary = QStringLiteral("Summary");
        l.notes = QStringLiteral("Notes");
        l.none = QStringLiteral("none");
        l.unknown = QStringLiteral("unknown");
        l.noProgram = QStringLiteral("no program");
        l.page = QStringLiteral("%1 / %2");
        l.generatedBy = QStringLiteral("Made with ShienPlan");
        l.disclaimer = QStringLiteral(
            "The amounts in this plan are estimates from the source documents and their reading, "
            "not official national or prefectural figures. Next to each amount is the status of "
            "the "
            "values it rests on (see the legend).");
        return l;
    }();
    return lang == u"en" ? en : ja;
}

ReportData buildReportData(const Document &doc, const RuleBookLibrary &library,
    const Registry &registry, QStringView lang, QDate date)
{
    ReportData out;
    out.lang = lang == u"en" ? QStringLiteral("en") : QStringLiteral("ja");
    const bool en = out.lang == QLatin1String("en");
    const ReportLabels &L = reportLabels(out.lang);
    out.date = date;
    out.dateText = en
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
        years << (en ? fiscalYearLabel(fy, u"en") : fiscalYearLabelBoth(fy));
    }
    out.bodyText = joinDistinct(bodies, out.lang);
    out.fiscalYearText = joinDistinct(years, out.lang);

    QList<Status> used;
    for (const auto &sc : out.scenarios) {
        for (const auto &p : sc.programs) {
            for (const ReportFigure *f :
                { &p.net, &p.standard, &p.adopted, &p.national, &p.prefecture, &p.local })
                addStatuses(used, f->statuses);
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

QString statusesText(const QList<Status> &statuses, QStringView lang)
{
    QStringList names;
    for (Status s : statuses)
        names << statusLabel(s, lang);
    return names.join(lang == u"en" ? QStringLiteral(", ") : QStringLiteral("・"));
}

QString formatThousandRange(const YenRange &r, QStringView lang)
{
    const bool en = lang == u"en";
    auto t = [](const std::optional<Yen> &v) { return v ? formatThousandYen(*v) : QString(); };
    if (r.isUnknown())
        return en ? QStringLiteral("unknown") : QStringLiteral("不明");
    if (r.isExact())
        return t(r.min);
    if (!r.min)
        return en ? QStringLiteral("up to ") + t(r.max) : t(r.max) + QStringLiteral("以下");
    if (!r.max)
        return en ? QStringLiteral("at least ") + t(r.min) : t(r.min) + QStringLiteral("以上");
    return t(r.min) + QStringLiteral("〜") + t(r.max);
}

QString reportItemLabel(const QString &item, QStringView lang)
{
    const bool en = lang == u"en";
    if (item == QLatin1String("calculation.adopted_rule"))
        return en ? QStringLiteral("Adopted amount = min(standard amount, net cost)")
                  : QStringLiteral("補助対象額の算定（基準額と実支出額の少ない方）");
    if (item == QLatin1String("calculation.truncation_unit"))
        return en ? QStringLiteral("Truncation to 1,000 yen") : QStringLiteral("千円未満切捨て");
    if (item == QLatin1String("startup_support.prefecture_share"))
        return en ? QStringLiteral("Prefecture's share of start-up support")
                  : QStringLiteral("立ち上げ支援の都道府県負担割合");
    const auto dot = item.indexOf(u'.');
    if (dot < 0)
        return item;
    const QString rest = item.mid(dot + 1);
    if (rest == QLatin1String("base"))
        return en ? QStringLiteral("Base amount") : QStringLiteral("基本額");
    if (rest == QLatin1String("base_juso"))
        return en ? QStringLiteral("Base amount (with 重層的支援体制整備事業)")
                  : QStringLiteral("基本額（重層的支援体制整備事業を実施）");
    if (rest == QLatin1String("addon_default"))
        return en ? QStringLiteral("Add-on per sub-project")
                  : QStringLiteral("加算（1事業あたり）");
    if (rest == QLatin1String("rate"))
        return en ? QStringLiteral("Subsidy rate") : QStringLiteral("補助率");
    if (rest.startsWith(QLatin1String("addons."))) {
        const QString sp = subprojectLabel(rest.mid(7), lang);
        return en ? QStringLiteral("Amount for \"%1\"").arg(sp)
                  : QStringLiteral("「%1」の額").arg(sp);
    }
    if (rest.startsWith(QLatin1String("per_person."))) {
        const QString kind = staffLabel(rest.mid(11), lang);
        return en ? QStringLiteral("%1 (per person)").arg(kind)
                  : QStringLiteral("%1（1人あたり）").arg(kind);
    }
    return item;
}

QString statusMeaning(Status s, QStringView lang)
{
    const bool en = lang == u"en";
    switch (s) {
    case Status::Stated:
        return en ? QStringLiteral("stated in the source documents")
                  : QStringLiteral("資料に記載のある値");
    case Status::CarriedOver:
        return en ? QStringLiteral("carried over from an earlier year's documents; confirm it "
                                   "against this year's official figure")
                  : QStringLiteral(
                      "以前の年度の資料の値を引き継いだもの。今年度の正式な額で確認してください");
    case Status::Inferred:
        return en ? QStringLiteral("inferred from the source documents, not stated in them")
                  : QStringLiteral("資料に明記はなく、資料から推定した値");
    case Status::Assumed:
        return en ? QStringLiteral(
                   "not in the sources; an assumption (such as the usual calculation method)")
                  : QStringLiteral("資料にないため仮定した値（通常の算定方法など）");
    case Status::Range:
        return en ? QStringLiteral("the sources give only a range; the amount is shown as a range")
                  : QStringLiteral("資料では範囲でしか示されていない値。金額は範囲で示します");
    case Status::Unknown:
        return en
            ? QStringLiteral("not in the sources; an end that depends on it is shown as unknown")
            : QStringLiteral("資料にない値。これに依存する端は「不明」と示します");
    case Status::User:
        return en ? QStringLiteral(
                   "entered in the plan or by the user (expenditure, shares, corrected values)")
                  : QStringLiteral(
                      "計画またはユーザーが入力した値（支出額、負担割合、入力した正式な額など）");
    }
    return {};
}

} // namespace shienplan
