#include "core/document/documentedits.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/engine/alternatives.h"
#include "core/registry/registry.h"

#include <QDir>

namespace shienplan
{

QString programFieldName(ProgramField field)
{
    switch (field) {
    case ProgramField::None:
        return {};
    case ProgramField::Menu:
        return QStringLiteral("menu");
    case ProgramField::Subprojects:
        return QStringLiteral("subprojects");
    case ProgramField::Staff:
        return QStringLiteral("staff");
    case ProgramField::Expenditure:
        return QStringLiteral("expenditure");
    case ProgramField::OtherIncome:
        return QStringLiteral("other_income");
    case ProgramField::YearsRunning:
        return QStringLiteral("years_running");
    case ProgramField::StartupSupport:
        return QStringLiteral("startup_support");
    case ProgramField::NextYearMenu:
        return QStringLiteral("next_year_menu");
    case ProgramField::Joint:
        return QStringLiteral("joint");
    case ProgramField::Served:
        return QStringLiteral("served");
    case ProgramField::CostLines:
        return QStringLiteral("cost_lines");
    case ProgramField::EligibleExpenditure:
        return QStringLiteral("eligible_expenditure");
    case ProgramField::Budgeted:
        return QStringLiteral("budgeted_national");
    }
    return {};
}

namespace
{

Scenario &scenarioAt(Document &d, int s)
{
    if (s < 0 || s >= d.scenarios.size())
        throw EditError(QStringLiteral("no scenario %1").arg(s + 1));
    return d.scenarios[s];
}

Program &programAt(Document &d, int s, int p)
{
    Scenario &sc = scenarioAt(d, s);
    if (p < 0 || p >= sc.plan.programs.size())
        throw EditError(QStringLiteral("scenario %1 has no program %2").arg(s + 1).arg(p + 1));
    return sc.plan.programs[p];
}

Change programChange(int s, int p, ProgramField field, const char *action, const QString &detail)
{
    return { ChangeKind::Program, s, p, field, QString::fromLatin1(action), detail };
}

QString programName(const Document &d, int s, int p)
{
    return QStringLiteral("「%1」の%2")
        .arg(d.scenarios[s].plan.alternative, d.scenarios[s].plan.programs[p].id);
}

void requireNonNegative(const Yen &yen)
{
    if (yen < 0)
        throw EditError(QStringLiteral("an amount must not be negative"));
}

void requireMenu(const QString &menu, bool allowEmpty)
{
    if ((menu.isEmpty() && allowEmpty) || findMenu(menu))
        return;
    throw EditError(QStringLiteral("unknown menu \"%1\"").arg(menu));
}

bool samePlan(const Plan &a, const Plan &b)
{
    return a.fiscalYear == b.fiscalYear && planBodyKey(a) == planBodyKey(b);
}

// Two alternatives of one plan with one name could not be told apart (and the readers refuse
// such a document, checkAlternatives).
void requireUniqueAlternative(const Document &d, const Plan &plan, const QString &name, int self)
{
    for (int i = 0; i < d.scenarios.size(); ++i)
        if (i != self && samePlan(d.scenarios[i].plan, plan)
            && d.scenarios[i].plan.alternative.trimmed() == name.trimmed())
            throw EditError(
                QStringLiteral("%1 %2 に「%3」という案はすでにあります")
                    .arg(plan.body.name, fiscalYearLabel(plan.fiscalYear, u"ja"), name.trimmed()));
}

QString uniqueProgramId(const Plan &plan)
{
    for (int n = plan.programs.size() + 1;; ++n) {
        const QString id = QStringLiteral("p%1").arg(n);
        bool used = false;
        for (const auto &p : plan.programs)
            used = used || p.id == id;
        if (!used)
            return id;
    }
}

} // namespace

namespace edits
{

Change setTitle(Document &d, const QString &title)
{
    d.title = title;
    return { ChangeKind::Title, -1, -1, {}, QStringLiteral("set_title"),
        QStringLiteral("表題を「%1」に変更").arg(title) };
}

Change addScenario(Document &d, const Scenario &s, int at)
{
    if (s.plan.alternative.trimmed().isEmpty())
        throw EditError(QStringLiteral("a scenario needs a name"));
    requireUniqueAlternative(d, s.plan, s.plan.alternative, -1);
    if (at < 0 || at > d.scenarios.size())
        at = d.scenarios.size();
    d.scenarios.insert(at, s);
    return { ChangeKind::ScenarioAdded, at, -1, {}, QStringLiteral("add_scenario"),
        QStringLiteral("案「%1」を追加").arg(s.plan.alternative) };
}

Change removeScenario(Document &d, int s)
{
    const QString name = scenarioAt(d, s).plan.alternative;
    d.scenarios.removeAt(s);
    // Notes about the removed scenario stay, as notes about the document.
    for (auto &n : d.notes) {
        if (n.scenario == s)
            n.scenario = -1;
        else if (n.scenario > s)
            n.scenario -= 1;
    }
    return { ChangeKind::ScenarioRemoved, s, -1, {}, QStringLiteral("remove_scenario"),
        QStringLiteral("案「%1」を削除").arg(name) };
}

Change renameScenario(Document &d, int s, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw EditError(QStringLiteral("a scenario needs a name"));
    const QString old = scenarioAt(d, s).plan.alternative;
    requireUniqueAlternative(d, d.scenarios[s].plan, name, s);
    d.scenarios[s].plan.alternative = name;
    return { ChangeKind::ScenarioRenamed, s, -1, {}, QStringLiteral("rename_scenario"),
        QStringLiteral("案「%1」を「%2」に改名").arg(old, name) };
}

Change setAdopted(Document &d, int s, bool adopted)
{
    Plan &plan = scenarioAt(d, s).plan;
    if (adopted)
        for (int i = 0; i < d.scenarios.size(); ++i)
            if (i != s && samePlan(d.scenarios[i].plan, plan))
                d.scenarios[i].plan.adopted = false;
    plan.adopted = adopted;
    const QString where = plan.body.name + fiscalYearLabel(plan.fiscalYear, u"ja");
    return { ChangeKind::Adopted, s, -1, {}, QStringLiteral("set_adopted"),
        adopted ? QStringLiteral("%1の採用案を「%2」に決定").arg(where, plan.alternative)
                : QStringLiteral("%1の「%2」の採用を取り消し").arg(where, plan.alternative) };
}

Change setBody(Document &d, int s, const PlanBody &body)
{
    if (body.name.trimmed().isEmpty() || !body.kind)
        throw EditError(QStringLiteral("a body needs a name and a kind"));
    scenarioAt(d, s).plan.body = body;
    return {
        ChangeKind::Body, s, -1, {}, QStringLiteral("set_body"),
        QStringLiteral("「%1」の実施主体を%2に変更").arg(d.scenarios[s].plan.alternative, body.name)
    };
}

Change setFiscalYear(Document &d, int s, int fy)
{
    if (fy < 2000 || fy > 2200)
        throw EditError(QStringLiteral("%1 is not a fiscal year").arg(fy));
    scenarioAt(d, s).plan.fiscalYear = fy;
    return { ChangeKind::FiscalYear, s, -1, {}, QStringLiteral("set_fiscal_year"),
        QStringLiteral("「%1」の年度を%2に変更")
            .arg(d.scenarios[s].plan.alternative, fiscalYearLabel(fy, u"ja")) };
}

Change addProgram(Document &d, int s, const Program &p, int at)
{
    Plan &plan = scenarioAt(d, s).plan;
    requireMenu(p.menu, false);
    if (plan.programs.size() >= kMaxProgramsPerScenario)
        throw EditError(
            QStringLiteral("a scenario holds at most %1 programs").arg(kMaxProgramsPerScenario));
    Program copy = p;
    if (copy.id.isEmpty())
        copy.id = uniqueProgramId(plan);
    for (const auto &other : plan.programs)
        if (other.id == copy.id)
            throw EditError(QStringLiteral("program id \"%1\" is used already").arg(copy.id));
    if (at < 0 || at > plan.programs.size())
        at = plan.programs.size();
    plan.programs.insert(at, copy);
    return { ChangeKind::ProgramAdded, s, at, {}, QStringLiteral("add_program"),
        QStringLiteral("「%1」に%2（%3）を追加")
            .arg(d.scenarios[s].plan.alternative, copy.id, menuLabel(copy.menu, u"ja")) };
}

Change removeProgram(Document &d, int s, int p)
{
    programAt(d, s, p); // checks the indices
    const QString what = programName(d, s, p);
    d.scenarios[s].plan.programs.removeAt(p);
    return { ChangeKind::ProgramRemoved, s, p, {}, QStringLiteral("remove_program"),
        what + QStringLiteral("を削除") };
}

Change chooseMenu(Document &d, int s, int p, const QString &menu)
{
    requireMenu(menu, false);
    programAt(d, s, p).menu = menu;
    return programChange(s, p, ProgramField::Menu, "choose_menu",
        programName(d, s, p) + QStringLiteral("の事業を「%1」に変更").arg(menuLabel(menu, u"ja")));
}

Change setSubproject(Document &d, int s, int p, const QString &sp, bool selected)
{
    if (!findSubproject(sp))
        throw EditError(QStringLiteral("unknown sub-project \"%1\"").arg(sp));
    Program &pr = programAt(d, s, p);
    if (selected && !pr.subprojects.contains(sp)) {
        // Keep the matrix order so that files and displays are stable whatever the click order.
        QStringList ordered;
        for (const auto &e : subprojectCatalogue())
            if (pr.subprojects.contains(e.id) || e.id == sp)
                ordered << e.id;
        pr.subprojects = ordered;
    } else if (!selected) {
        pr.subprojects.removeAll(sp);
    }
    return programChange(s, p, ProgramField::Subprojects, "toggle_subproject",
        programName(d, s, p)
            + QStringLiteral("の「%1」を%2")
                  .arg(subprojectLabel(sp, u"ja"),
                      selected ? QStringLiteral("選択") : QStringLiteral("選択解除")));
}

Change setSubprojects(Document &d, int s, int p, const QStringList &subprojects)
{
    for (const auto &sp : subprojects)
        if (!findSubproject(sp))
            throw EditError(QStringLiteral("unknown sub-project \"%1\"").arg(sp));
    programAt(d, s, p).subprojects = subprojects;
    return programChange(s, p, ProgramField::Subprojects, "set_subprojects",
        programName(d, s, p) + QStringLiteral("の事業の選択を変更"));
}

Change setStaff(Document &d, int s, int p, const QString &kind, int count)
{
    if (!findStaffKind(kind))
        throw EditError(QStringLiteral("unknown staff kind \"%1\"").arg(kind));
    if (count < 0)
        throw EditError(QStringLiteral("a number of staff must not be negative"));
    programAt(d, s, p).staff.insert(kind, count);
    return programChange(s, p, ProgramField::Staff, "set_staff",
        programName(d, s, p)
            + QStringLiteral("の%1を%2人に変更").arg(staffLabel(kind, u"ja")).arg(count));
}

Change setExpenditure(Document &d, int s, int p, const Yen &yen)
{
    requireNonNegative(yen);
    Program &pr = programAt(d, s, p);
    if (!pr.costLines.isEmpty())
        throw EditError(
            QStringLiteral("総事業費は経費内訳の合計です（内訳の行を変更してください）"));
    // D above A is a plan no reader accepts (costcheck.h).
    if (pr.eligibleExpenditure && yen < *pr.eligibleExpenditure)
        throw EditError(QStringLiteral(
            "総事業費 %1円 が対象経費 %2円 を下回ります（対象経費を先に変更してください）")
                            .arg(formatYen(yen), formatYen(*pr.eligibleExpenditure)));
    pr.expenditure = yen;
    return programChange(s, p, ProgramField::Expenditure, "set_expenditure",
        programName(d, s, p) + QStringLiteral("の実支出額を%1円に変更").arg(formatYen(yen)));
}

Change setEligibleExpenditure(Document &d, int s, int p, const std::optional<Yen> &yen)
{
    Program &pr = programAt(d, s, p);
    if (!pr.costLines.isEmpty())
        throw EditError(QStringLiteral(
            "対象経費は経費内訳の「対象」の行の合計です（内訳の行を変更してください）"));
    if (yen && *yen < 0)
        throw EditError(QStringLiteral("対象経費は0円以上です（%1円）").arg(formatYen(*yen)));
    if (yen && *yen > pr.expenditure)
        throw EditError(QStringLiteral("対象経費 %1円 が総事業費 %2円 を超えています")
                            .arg(formatYen(*yen), formatYen(pr.expenditure)));
    pr.eligibleExpenditure = yen;
    return programChange(s, p, ProgramField::EligibleExpenditure, "set_eligible_expenditure",
        programName(d, s, p)
            + (yen ? QStringLiteral("の対象経費を%1円に変更").arg(formatYen(*yen))
                   : QStringLiteral("の対象経費を総事業費の全額に変更")));
}

Change setCostLines(Document &d, int s, int p, const QList<CostLine> &lines)
{
    Program &pr = programAt(d, s, p);
    for (int i = 0; i < lines.size(); ++i) {
        const CostLine &l = lines[i];
        const QString where = QStringLiteral("経費内訳の%1行目").arg(i + 1);
        if (l.item.trimmed().isEmpty())
            throw EditError(where + QStringLiteral(": 費目がありません"));
        if (l.amount < 0)
            throw EditError(where
                + QStringLiteral("（%1）: 金額が負です（%2円）").arg(l.item, formatYen(l.amount)));
    }
    pr.costLines = lines;
    for (CostLine &l : pr.costLines)
        l.item = l.item.trimmed();
    if (lines.isEmpty())
        pr.eligibleExpenditure.reset(); // without lines, (D) is all of (A) until typed
    syncCostLines(pr);
    return programChange(s, p, ProgramField::CostLines, "set_cost_lines",
        programName(d, s, p)
            + QStringLiteral("の経費内訳を変更（%1行、総事業費 %2円、対象経費 %3円）")
                  .arg(lines.size())
                  .arg(formatYen(pr.expenditure), formatYen(pr.eligible())));
}

Change setBudgeted(Document &d, int s, int p, const std::optional<Yen> &yen, const QString &reason)
{
    Program &pr = programAt(d, s, p);
    if (yen && *yen < 0)
        throw EditError(QStringLiteral("予算計上額は0円以上です（%1円）").arg(formatYen(*yen)));
    if (!yen && !reason.trimmed().isEmpty())
        throw EditError(QStringLiteral("予算計上額の理由は、額を入力してから書いてください"));
    pr.budgeted = yen;
    pr.budgetedReason = yen ? reason.trimmed() : QString();
    QString what = yen ? QStringLiteral("%1円").arg(formatYen(*yen)) : QStringLiteral("なし");
    if (yen && !pr.budgetedReason.isEmpty())
        what += QStringLiteral("（%1）").arg(pr.budgetedReason);
    return programChange(s, p, ProgramField::Budgeted, "set_budgeted",
        programName(d, s, p) + QStringLiteral("の予算計上額を%1に変更").arg(what));
}

Change setOtherIncome(Document &d, int s, int p, const Yen &yen)
{
    requireNonNegative(yen);
    programAt(d, s, p).otherIncome = yen;
    return programChange(s, p, ProgramField::OtherIncome, "set_other_income",
        programName(d, s, p) + QStringLiteral("のその他の収入を%1円に変更").arg(formatYen(yen)));
}

Change setYearsRunning(Document &d, int s, int p, int years)
{
    if (years < 1)
        throw EditError(QStringLiteral("years running starts at 1"));
    programAt(d, s, p).yearsRunning = years;
    return programChange(s, p, ProgramField::YearsRunning, "set_years_running",
        programName(d, s, p) + QStringLiteral("の実施年数を%1年目に変更").arg(years));
}

Change setStartupSupport(Document &d, int s, int p, const std::optional<StartupSupport> &su)
{
    if (su && su->prefectureShare && (*su->prefectureShare < 0 || *su->prefectureShare > 1))
        throw EditError(QStringLiteral("a share must be between 0 and 1"));
    if (su && su->year < 1)
        throw EditError(QStringLiteral("the start-up year starts at 1"));
    programAt(d, s, p).startup = su;
    QString what = QStringLiteral("立ち上げ支援なし");
    if (su)
        what = su->prefectureShare
            ? QStringLiteral("都道府県負担 %1").arg(fractionToString(*su->prefectureShare))
            : QStringLiteral("都道府県負担 未定（1/4〜1/2）");
    return programChange(s, p, ProgramField::StartupSupport, "set_startup_support",
        programName(d, s, p) + QStringLiteral("の立ち上げ支援を「%1」に変更").arg(what));
}

Change setNextYearMenu(Document &d, int s, int p, const QString &menu)
{
    requireMenu(menu, true);
    programAt(d, s, p).nextYearMenu = menu;
    return programChange(s, p, ProgramField::NextYearMenu, "set_next_year_menu",
        programName(d, s, p)
            + QStringLiteral("の翌年度の予定を「%1」に変更")
                  .arg(menu.isEmpty() ? QStringLiteral("なし") : menuLabel(menu, u"ja")));
}

Change setJointMembers(Document &d, int s, int p, const QList<JointMember> &members)
{
    if (!members.isEmpty()) {
        if (members.size() < 2)
            throw EditError(QStringLiteral("a joint program needs at least 2 members"));
        Fraction sum = 0;
        for (const auto &m : members)
            sum += m.share;
        if (sum != 1)
            throw EditError(QStringLiteral("the members' shares add up to %1, not 1")
                                .arg(fractionToString(sum)));
    }
    programAt(d, s, p).joint = members;
    return programChange(s, p, ProgramField::Joint, "set_joint_members",
        programName(d, s, p)
            + QStringLiteral("の共同実施の構成を変更（%1団体）").arg(members.size()));
}

Change setServedMunicipalities(Document &d, int s, int p, const QStringList &codes)
{
    const Registry &registry = Registry::bundled();
    QStringList checked;
    for (const QString &code : codes) {
        const LocalBody *b = registry.find(code);
        if (!b || b->kind == BodyKind::Prefecture)
            throw EditError(QStringLiteral("\"%1\" is not the code of a municipality").arg(code));
        if (checked.contains(b->code))
            throw EditError(QStringLiteral("%1 is listed twice").arg(b->name));
        checked << b->code;
    }
    programAt(d, s, p).served = checked;
    return programChange(s, p, ProgramField::Served, "set_served_municipalities",
        programName(d, s, p) + QStringLiteral("の担当区域を変更（%1団体）").arg(checked.size()));
}

Change setOverride(Document &d, const RuleOverride &o)
{
    if (o.source.trimmed().isEmpty())
        throw EditError(QStringLiteral("a rule-book value needs its source"));
    bool replaced = false;
    for (auto &existing : d.overrides) {
        if (existing.sameTarget(o)) {
            existing = o;
            replaced = true;
        }
    }
    if (!replaced)
        d.overrides << o;
    return { ChangeKind::Overrides, -1, -1, {}, QStringLiteral("set_override"),
        QStringLiteral("%1のルール値 %2 を入力（出典: %3）")
            .arg(fiscalYearLabel(o.fiscalYear, u"ja"), o.describe(), o.source) };
}

Change removeOverride(Document &d, const RuleOverride &target)
{
    const auto before = d.overrides.size();
    d.overrides.removeIf([&](const RuleOverride &o) { return o.sameTarget(target); });
    if (d.overrides.size() == before)
        throw EditError(QStringLiteral("no such rule-book value: %1").arg(target.describe()));
    return { ChangeKind::Overrides, -1, -1, {}, QStringLiteral("remove_override"),
        QStringLiteral("%1のルール値 %2 の入力を取り消し")
            .arg(fiscalYearLabel(target.fiscalYear, u"ja"), target.describe()) };
}

Change addNote(Document &d, const Note &n)
{
    if (n.text.trimmed().isEmpty())
        throw EditError(QStringLiteral("a note needs text"));
    if (n.scenario >= d.scenarios.size())
        throw EditError(QStringLiteral("no scenario %1").arg(n.scenario + 1));
    d.notes << n;
    return { ChangeKind::Notes, n.scenario, -1, {}, QStringLiteral("add_note"),
        QStringLiteral("メモを追加") };
}

Change removeNote(Document &d, int note)
{
    if (note < 0 || note >= d.notes.size())
        throw EditError(QStringLiteral("no note %1").arg(note + 1));
    d.notes.removeAt(note);
    return { ChangeKind::Notes, -1, -1, {}, QStringLiteral("remove_note"),
        QStringLiteral("メモを削除") };
}

Change replaceProgram(Document &d, int s, int p, const Program &prog)
{
    programAt(d, s, p) = prog;
    return { ChangeKind::Program, s, p, ProgramField::None, QStringLiteral("replace_program"),
        programName(d, s, p) + QStringLiteral("を元に戻す") };
}

Change replaceScenario(Document &d, int s, const Scenario &sc)
{
    scenarioAt(d, s) = sc;
    return { ChangeKind::Scenario, s, -1, {}, QStringLiteral("replace_scenario"),
        QStringLiteral("案「%1」を元に戻す").arg(sc.plan.alternative) };
}

Change replaceScenarios(Document &d, const QList<Scenario> &scenarios)
{
    d.scenarios = scenarios;
    return { ChangeKind::Scenarios, -1, -1, {}, QStringLiteral("replace_scenarios"),
        QStringLiteral("案の一覧を元に戻す") };
}

Change setScenarios(
    Document &d, const QList<Scenario> &scenarios, const QString &action, const QString &detail)
{
    d.scenarios = scenarios;
    return { ChangeKind::Scenarios, -1, -1, {}, action, detail };
}

Change replaceOverrides(Document &d, const QList<RuleOverride> &overrides)
{
    d.overrides = overrides;
    return { ChangeKind::Overrides, -1, -1, {}, QStringLiteral("replace_overrides"),
        QStringLiteral("ルール値の入力を元に戻す") };
}

Change replaceNotes(Document &d, const QList<Note> &notes)
{
    d.notes = notes;
    return { ChangeKind::Notes, -1, -1, {}, QStringLiteral("replace_notes"),
        QStringLiteral("メモを元に戻す") };
}

} // namespace edits

void recordChange(Document &d, const Change &c, const QString &author, const QDateTime &at)
{
    d.log << ChangeEntry { at.toUTC(), author, c.action, c.detail };
}

QString currentAuthor()
{
    // The operating system account: USERNAME on Windows, USER or LOGNAME (POSIX login shells
    // set one of them; a desktop session or a service may set only the other).
    for (const char *name : { "USERNAME", "USER", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // Started without any of them (a service, a bare `env -i`): the home folder is named after
    // the account on every platform ShienPlan runs on.
    const QString home = QDir::home().dirName();
    return home.isEmpty() || home == u"/" ? QString() : home;
}

} // namespace shienplan
