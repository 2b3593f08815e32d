// The 所要額調書: the document's plans as the form's rows, its columns, and its CSV.

#include "core/report/shoyogaku.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/engine/alternatives.h"
#include "core/report/csvexport.h"

namespace shienplan
{

namespace
{

// What (E) rests on: its statuses, and the sources of the menu's amounts it was computed from.
QString standardBasis(const ReportProgram &p, QStringView lang)
{
    QStringList sources;
    const QString prefix = p.menu + u'.';
    for (const auto &s : p.sources)
        if (s.item.startsWith(prefix) && !s.item.endsWith(QLatin1String(".rate"))
            && !s.source.isEmpty() && !sources.contains(s.source))
            sources << s.source;
    QString text = statusesText(p.step('E').statuses, lang);
    if (text.isEmpty())
        text = reportLabels(lang).unknown;
    if (!sources.isEmpty())
        text += textIn(lang, u"（%1）", u" (%1)").arg(sources.join(textIn(lang, u"、", u", ")));
    return text;
}

ShoyogakuRow rowOf(const ReportScenario &s, const ReportProgram &rp, const Program &p,
    const QString &decision, QStringView lang)
{
    ShoyogakuRow row;
    row.body = s.bodyName;
    if (!rp.members.isEmpty())
        row.body
            += textIn(lang, u"（共同実施 %1団体）", u" (joint, %1 bodies)").arg(rp.members.size());
    row.decision = decision;
    row.computed = s.evaluated && rp.rate.has_value();
    row.program = rp;
    row.budgeted = p.budgeted;
    row.budgetedReason = p.budgetedReason;
    row.standardBasis = row.computed ? standardBasis(rp, lang) : s.notEvaluated;
    return row;
}

ReportSteps zeroSteps()
{
    ReportSteps t;
    t.steps = QList<ReportFigure>(fundingSteps().size(), ReportFigure { YenRange::exact(0), {} });
    return t;
}

void addSteps(ReportSteps &to, const ReportSteps &from)
{
    for (qsizetype i = 0; i < to.steps.size(); ++i)
        to.steps[i].value = to.steps[i].value + from.steps[i].value;
}

int menuOrder(const QString &menu)
{
    const auto &menus = menuCatalogue();
    for (qsizetype i = 0; i < menus.size(); ++i)
        if (menus[i].id == menu)
            return int(i);
    return int(menus.size());
}

} // namespace

QString shoyogakuText(QStringView key, QStringView lang)
{
    struct Text {
        const char16_t *key, *ja, *en;
    };
    static const Text texts[] = {
        { u"title", u"ひきこもり支援推進事業 所要額調書",
            u"Hikikomori support: statement of the amount required" },
        { u"subtotal", u"小計", u"Subtotal" },
        { u"total", u"合計", u"Total" },
        { u"unknownEnd", u"不明の端", u"Unknown end" },
        { u"budgeted", u"予算計上額", u"Budgeted" },
        { u"budgetedReason", u"予算計上額の理由", u"Why budgeted" },
        { u"basis", u"(E) の出典・状態", u"(E): source and status" },
        { u"decision", u"採用案", u"Adopted alternative" },
        { u"undecided", u"未決定の計画（合計に含めない）",
            u"Plans not decided (not in the totals)" },
        { u"unitYen", u"単位：円", u"Unit: yen" },
        { u"unitThousand",
            u"単位：千円（円の額を1,000で割った値。千円未満は小数で示し、丸めていません）",
            u"Unit: thousand yen (the yen amount ÷ 1,000; fractions of a thousand are shown as "
            u"decimals, never rounded)" },
    };
    for (const auto &t : texts)
        if (key == t.key)
            return textIn(lang, t.ja, t.en);
    return key.toString();
}

QString unknownEndText(const YenRange &r, QStringView lang)
{
    if (r.min && r.max)
        return {};
    if (r.max)
        return textIn(lang, u"下限不明", u"min unknown");
    if (r.min)
        return textIn(lang, u"上限不明", u"max unknown");
    return reportLabels(lang).unknown;
}

QString amountInUnit(const Yen &v, AmountUnit unit)
{
    if (unit == AmountUnit::Yen)
        return yenToString(v);
    const bool negative = v < 0;
    const Yen a = negative ? Yen(-v) : v;
    QString text = yenToString(Yen(a / 1000));
    QString rest = yenToString(Yen(a % 1000)).rightJustified(3, u'0');
    while (rest.endsWith(u'0'))
        rest.chop(1);
    if (!rest.isEmpty())
        text += u'.' + rest;
    return negative ? u'-' + text : text;
}

QString formatInUnit(const Yen &v, AmountUnit unit)
{
    if (v < 0)
        return u'-' + formatInUnit(Yen(-v), unit);
    const QString plain = amountInUnit(v, unit);
    const auto dot = plain.indexOf(u'.');
    const Yen whole = unit == AmountUnit::Yen ? v : Yen(v / 1000);
    return formatYen(whole) + (dot < 0 ? QString() : plain.mid(dot));
}

ShoyogakuData buildShoyogaku(const Document &doc, const RuleBookLibrary &library,
    const Registry &registry, QStringView lang, AmountUnit unit, QDate date)
{
    const ReportData report = buildReportData(doc, library, registry, lang, date);
    ShoyogakuData out;
    out.lang = report.lang;
    out.title = shoyogakuText(u"title", out.lang);
    out.dateText = report.dateText;
    out.bodyText = report.bodyText;
    out.fiscalYearText = report.fiscalYearText;
    out.unit = unit;
    out.total = zeroSteps();

    const auto planAt = [&](qsizetype i) -> const Plan & { return doc.scenarios[i].plan; };
    const QList<PlanGroup> plans = groupAlternatives(doc.scenarios.size(), planAt);
    QStringList bodies;
    for (const auto &g : plans)
        if (!bodies.contains(g.bodyKey))
            bodies << g.bodyKey;
    out.byMenu = bodies.size() > 1;

    QList<ShoyogakuRow> counted;
    int undecidedPlans = 0;
    Totals undecidedHull;

    for (const auto &g : plans) {
        if (g.undecided()) {
            ++undecidedPlans;
            Totals hull;
            bool first = true;
            for (qsizetype k = 0; k < g.alternatives.size(); ++k) {
                const int i = g.alternatives[k];
                const ReportScenario &s = report.scenarios[i];
                const QString decision = decisionLabel(g, planAt, out.lang)
                    + textIn(out.lang, u"：", u": ")
                    + alternativeLabel(planAt(i), int(k), out.lang);
                for (qsizetype p = 0; p < s.programs.size(); ++p)
                    out.undecided << rowOf(
                        s, s.programs[p], planAt(i).programs[p], decision, out.lang);
                const Totals t { s.totals.step('H').value, s.totals.prefecture().value,
                    s.totals.local().value };
                if (first) {
                    hull = t;
                    first = false;
                } else {
                    hull.national = shienplan::hull(hull.national, t.national);
                    hull.prefectureSupport
                        = shienplan::hull(hull.prefectureSupport, t.prefectureSupport);
                    hull.local = shienplan::hull(hull.local, t.local);
                }
            }
            undecidedHull.add(hull);
            continue;
        }
        const ReportScenario &s = report.scenarios[g.adopted];
        const QString decision = decisionLabel(g, planAt, out.lang);
        for (qsizetype p = 0; p < s.programs.size(); ++p)
            counted << rowOf(s, s.programs[p], planAt(g.adopted).programs[p], decision, out.lang);
    }

    if (out.byMenu) {
        std::stable_sort(
            counted.begin(), counted.end(), [](const ShoyogakuRow &a, const ShoyogakuRow &b) {
                return menuOrder(a.program.menu) < menuOrder(b.program.menu);
            });
        for (const auto &r : counted) {
            if (out.groups.isEmpty()
                || out.groups.last().rows.first().program.menu != r.program.menu)
                out.groups << ShoyogakuGroup { r.program.menuLabel, {}, zeroSteps() };
            out.groups.last().rows << r;
        }
    } else {
        out.groups << ShoyogakuGroup { QString(), counted, zeroSteps() };
    }
    // 予算計上額 is summed only where every row has one (see ShoyogakuGroup::budgeted).
    const auto budgetedSum = [](const QList<std::optional<Yen>> &amounts) -> std::optional<Yen> {
        Yen sum = 0;
        for (const auto &a : amounts) {
            if (!a)
                return std::nullopt;
            sum += *a;
        }
        return sum;
    };
    QList<std::optional<Yen>> subtotals;
    bool anyBudgeted = false;
    for (auto &group : out.groups) {
        QList<std::optional<Yen>> amounts;
        for (const auto &r : group.rows) {
            addSteps(group.subtotal, r.program);
            amounts << r.budgeted;
            anyBudgeted = anyBudgeted || r.budgeted.has_value();
        }
        addSteps(out.total, group.subtotal);
        group.budgeted = budgetedSum(amounts);
        subtotals << group.budgeted;
    }
    out.budgetedTotal = budgetedSum(subtotals);

    out.notes << formLayoutNote().in(out.lang);
    if (anyBudgeted && !out.budgetedTotal)
        out.notes << textIn(out.lang,
            u"予算計上額の小計・合計は、その行のすべてに予算計上額があるときだけ示します。",
            u"The budgeted amounts are totalled only where every row has one.");
    out.unitNote = shoyogakuText(unit == AmountUnit::Yen ? u"unitYen" : u"unitThousand", out.lang);
    out.notes << out.unitNote;
    if (undecidedPlans > 0)
        out.notes << textIn(out.lang,
            u"採用案の決まっていない計画 %1件は合計に含めていません（各案の行を下に示します）。"
            u"その%2の幅: %3",
            u"%1 plan(s) without an adopted alternative are not in the totals (their "
            u"alternatives are listed below); their %2 lies within %3")
                         .arg(undecidedPlans)
                         .arg(fundingStep('H').heading(out.lang),
                             formatRange(undecidedHull.national, out.lang));
    return out;
}

QList<ShoyogakuColumn> shoyogakuColumns(const ShoyogakuData &data)
{
    const QString &lang = data.lang;
    const ReportLabels &L = reportLabels(lang);
    QList<const ShoyogakuRow *> rows;
    for (const auto &g : data.groups)
        for (const auto &r : g.rows)
            rows << &r;
    for (const auto &r : data.undecided)
        rows << &r;
    const bool budgeted = std::any_of(
        rows.cbegin(), rows.cend(), [](const ShoyogakuRow *r) { return r->budgeted.has_value(); });

    QList<ShoyogakuColumn> cols;
    cols << ShoyogakuColumn { ShoyogakuColumn::Body, -1, false, false, L.body, {} };
    cols << ShoyogakuColumn { ShoyogakuColumn::Menu, -1, false, false, L.menu, {} };
    const QList<FundingStep> &steps = fundingSteps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString heading = steps[i].heading(lang);
        if (steps[i].letter == 'H')
            cols << ShoyogakuColumn { ShoyogakuColumn::Rate, -1, false, false, L.rate, {} };
        bool ranged = false, unknown = false;
        for (const ShoyogakuRow *r : rows) {
            const YenRange &v = r->program.steps[i].value;
            ranged |= !v.isExact();
            unknown |= !v.min || !v.max;
        }
        if (!ranged) {
            cols << ShoyogakuColumn { ShoyogakuColumn::Amount, i, false, false, heading, {} };
        } else {
            cols << ShoyogakuColumn { ShoyogakuColumn::Amount, i, false, true, heading, L.min };
            cols << ShoyogakuColumn { ShoyogakuColumn::Amount, i, true, true, heading, L.max };
            if (unknown)
                cols << ShoyogakuColumn { ShoyogakuColumn::UnknownEnd, i, false, false, heading,
                    shoyogakuText(u"unknownEnd", lang) };
        }
        if (steps[i].letter == 'H' && budgeted) {
            cols << ShoyogakuColumn { ShoyogakuColumn::Budgeted, -1, false, false,
                shoyogakuText(u"budgeted", lang), {} };
            cols << ShoyogakuColumn { ShoyogakuColumn::BudgetedReason, -1, false, false,
                shoyogakuText(u"budgetedReason", lang), {} };
        }
    }
    cols << ShoyogakuColumn { ShoyogakuColumn::Basis, -1, false, false,
        shoyogakuText(u"basis", lang), {} };
    cols << ShoyogakuColumn { ShoyogakuColumn::Decision, -1, false, false,
        shoyogakuText(u"decision", lang), {} };
    return cols;
}

QList<int> shoyogakuPageBreaks(
    const QList<ShoyogakuColumn> &columns, int maxColumns, int titleColumns)
{
    // The columns of one step (下限, 上限, 不明の端) and a reason with its amount stay together.
    auto together = [&](int c) {
        const ShoyogakuColumn &a = columns[c - 1], &b = columns[c];
        return (b.step >= 0 && b.step == a.step) || b.kind == ShoyogakuColumn::BudgetedReason;
    };
    QList<int> breaks;
    int pageStart = 0, width = titleColumns; // a page's columns, the repeated ones included
    int c = titleColumns;
    while (c < columns.size()) {
        int end = c + 1;
        while (end < columns.size() && together(end))
            ++end;
        const int block = end - c;
        if (width + block > maxColumns && c > pageStart) {
            breaks << c;
            pageStart = c;
            width = titleColumns;
        }
        width += block;
        c = end;
    }
    return breaks;
}

QByteArray shoyogakuToCsv(const ShoyogakuData &data)
{
    const QString &lang = data.lang;
    const QList<ShoyogakuColumn> cols = shoyogakuColumns(data);
    QString text;
    auto line = [&text](const QStringList &fields) {
        text += fields.join(u',') + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const auto &c : cols)
        header << csvField(
            c.label.isEmpty() ? c.group : c.group + textIn(lang, u"（%1）", u" (%1)").arg(c.label));
    line(header);
    auto amount
        = [&](const std::optional<Yen> &v) { return v ? amountInUnit(*v, data.unit) : QString(); };
    auto stepFields = [&](const ShoyogakuColumn &c, const ReportSteps &s) -> QString {
        const YenRange &v = s.steps[c.step].value;
        if (c.kind == ShoyogakuColumn::UnknownEnd)
            return textField(unknownEndText(v, lang));
        return amount(c.max ? v.max : v.min);
    };
    auto row = [&](const ShoyogakuRow &r) {
        QStringList f;
        for (const auto &c : cols) {
            switch (c.kind) {
            case ShoyogakuColumn::Body:
                f << textField(r.body);
                break;
            case ShoyogakuColumn::Menu:
                f << textField(r.program.menuLabel);
                break;
            case ShoyogakuColumn::Amount:
            case ShoyogakuColumn::UnknownEnd:
                f << stepFields(c, r.program);
                break;
            case ShoyogakuColumn::Rate:
                f << (r.program.rate ? fractionToString(*r.program.rate) : QString());
                break;
            case ShoyogakuColumn::Budgeted:
                f << amount(r.budgeted);
                break;
            case ShoyogakuColumn::BudgetedReason:
                f << textField(r.budgetedReason);
                break;
            case ShoyogakuColumn::Basis:
                f << textField(r.standardBasis);
                break;
            case ShoyogakuColumn::Decision:
                f << textField(r.decision);
                break;
            }
        }
        line(f);
    };
    auto sumRow = [&](const QString &label, const QString &menu, const ReportSteps &s,
                      const std::optional<Yen> &budgeted) {
        QStringList f;
        for (const auto &c : cols) {
            if (c.kind == ShoyogakuColumn::Body)
                f << textField(label);
            else if (c.kind == ShoyogakuColumn::Menu)
                f << textField(menu);
            else if (c.kind == ShoyogakuColumn::Budgeted)
                f << amount(budgeted);
            else if (c.kind == ShoyogakuColumn::Amount || c.kind == ShoyogakuColumn::UnknownEnd)
                f << stepFields(c, s);
            else
                f << QString();
        }
        line(f);
    };
    for (const auto &g : data.groups) {
        for (const auto &r : g.rows)
            row(r);
        if (data.byMenu)
            sumRow(shoyogakuText(u"subtotal", lang), g.menuLabel, g.subtotal, g.budgeted);
    }
    sumRow(shoyogakuText(u"total", lang), QString(), data.total, data.budgetedTotal);
    for (const auto &r : data.undecided)
        row(r);
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace shienplan
