// The rules engine: checks a plan against the rule book of its year and computes each
// program's amounts, recording every value used and every step in both languages.

#include "core/engine/engine.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/registry/registry.h"

#include <algorithm>

namespace shienplan
{

void Totals::add(const Totals &o)
{
    national += o.national;
    prefectureSupport += o.prefectureSupport;
    local += o.local;
}

QList<Yen> splitByShares(const Yen &amount, const QList<Fraction> &shares)
{
    QList<Yen> parts;
    QList<Fraction> remainders;
    Yen given = 0;
    for (const auto &s : shares) {
        const Yen part = multiplyFloor(amount, s);
        parts << part;
        remainders << Fraction(amount) * s - Fraction(part);
        given += part;
    }
    Yen left = amount - given;
    while (left > 0 && !parts.isEmpty()) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < remainders.size(); ++i)
            if (remainders[i] > remainders[best])
                best = i;
        parts[best] += 1;
        remainders[best] = -1; // one extra yen per member at most
        left -= 1;
    }
    return parts;
}

namespace
{

QString yenJa(const Yen &v)
{
    return formatYen(v) + QStringLiteral("円");
}
QString yenEn(const Yen &v)
{
    return formatYen(v) + QStringLiteral(" yen");
}
QString provJa(const Provenance &p)
{
    return QStringLiteral("［%1・%2］").arg(statusLabel(p.status, u"ja"), p.source);
}
QString provEn(const Provenance &p)
{
    return QStringLiteral(" [%1, %2]").arg(statusLabel(p.status, u"en"), p.source);
}

// Evaluates one program; appends its findings to `findings`.
class ProgramEvaluator
{
public:
    ProgramEvaluator(const Plan &plan, const Program &program, const RuleBook &book,
        const Registry &registry, Detail detail, QList<Finding> &findings)
        : m_explain(detail == Detail::Explained)
        , m_words(detail != Detail::Verdict)
        , m_plan(plan)
        , m_p(program)
        , m_book(book)
        , m_registry(registry)
        , m_findings(findings)
    {
    }

    ProgramResult run()
    {
        m_r.id = m_p.id;
        m_r.menu = m_p.menu;
        m_r.totalCost = m_p.expenditure;
        m_r.otherIncome = m_p.otherIncome;
        m_r.net
            = m_p.expenditure > m_p.otherIncome ? Yen(m_p.expenditure - m_p.otherIncome) : Yen(0);
        m_r.eligible = m_p.eligible();
        m_menu = m_book.menu(m_p.menu);
        if (!m_menu) {
            add(finding(
                "menu_not_available",
                [&] {
                    return QList<Arg> { { fiscalYearLabel(m_book.fiscalYear, u"ja"),
                                            fiscalYearLabel(m_book.fiscalYear, u"en") },
                        { menuLabel(m_p.menu, u"ja"), menuLabel(m_p.menu, u"en") } };
                },
                m_book.matrixProv.source));
            m_r.standard = m_r.selected = m_r.adopted = m_r.national = m_r.prefectureSupport
                = m_r.local = YenRange::unknown();
            if (m_explain)
                step(QStringLiteral(
                         "%1のルールブックに「%2」の規定がないため、金額は計算できません。")
                         .arg(fiscalYearLabel(m_book.fiscalYear, u"ja"), menuJa()),
                    QStringLiteral(
                        "The %1 rule book has no rule for \"%2\"; no amount can be computed.")
                        .arg(fiscalYearLabel(m_book.fiscalYear, u"en"), menuEn()));
            return m_r;
        }
        m_r.rate = m_menu->rate;
        checkBody();
        checkCells();
        if (m_explain)
            explainNotes();
        checkStaff();
        checkDuration();
        checkStartup();
        checkNextYear();
        checkJoint();
        checkServed();
        computeAmounts();
        return m_r;
    }

private:
    QString menuJa() const { return menuLabel(m_p.menu, u"ja"); }
    QString menuEn() const { return menuLabel(m_p.menu, u"en"); }
    void add(Finding f) { m_findings << std::move(f); }
    // A finding of this program; its message (and the words `args` makes for it) only when the
    // evaluation has words.
    template <class Args> Finding finding(const char *code, Args &&args, const QString &source)
    {
        return findingWith(m_words, code, m_p.id, std::forward<Args>(args), source);
    }
    void step(const QString &ja, const QString &en) { m_r.explanation << Step { ja, en }; }
    void use(const QString &item, const Provenance &p)
    {
        for (const UsedValue &u : std::as_const(m_r.provenance))
            if (u.item == item)
                return; // a value used twice (two terms of one default add-on) is listed once
        m_r.provenance << UsedValue { item, p.status, p.source, p.note };
    }

    void checkBody()
    {
        const BodyKind kind = *m_plan.body.kind;
        const bool ok = m_menu->mayRun(kind);
        if (ok && !m_explain)
            return;
        QStringList ja, en;
        for (BodyKind k : m_menu->bodies) {
            ja << bodyKindLabel(k, u"ja");
            en << bodyKindLabel(k, u"en");
        }
        if (m_explain)
            step(QStringLiteral("実施主体: %1（%2）。「%3」の実施主体は%4%5 → %6")
                     .arg(m_plan.body.name, bodyKindLabel(kind, u"ja"), menuJa(), ja.join(u'・'),
                         provJa(m_menu->bodiesProv),
                         ok ? QStringLiteral("実施可") : QStringLiteral("実施不可")),
                QStringLiteral("Implementing body: %1 (%2). \"%3\" is for %4%5 → %6")
                    .arg(m_plan.body.name, bodyKindLabel(kind, u"en"), menuEn(), en.join(u", "),
                        provEn(m_menu->bodiesProv),
                        ok ? QStringLiteral("eligible") : QStringLiteral("not eligible")));
        if (!ok)
            add(finding(
                "body_not_eligible",
                [&] {
                    return QList<Arg> { m_plan.body.name,
                        { bodyKindLabel(kind, u"ja"), bodyKindLabel(kind, u"en") },
                        { menuJa(), menuEn() }, { ja.join(u'・'), en.join(u", ") } };
                },
                m_menu->bodiesProv.source));
    }

    void checkCells()
    {
        for (const auto &sp : m_p.subprojects) {
            const MatrixCell *cell = m_menu->cell(sp);
            if (cell && cell->value != Cell::NotAllowed)
                continue;
            const bool inMatrix = cell != nullptr;
            Finding f = finding(
                "not_allowed",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() },
                        { subprojectLabel(sp, u"ja"), subprojectLabel(sp, u"en") },
                        { inMatrix ? QStringLiteral("-")
                                   : QStringLiteral("%1の表にない事業")
                                         .arg(fiscalYearLabel(m_book.fiscalYear, u"ja")),
                            inMatrix ? QStringLiteral("-")
                                     : QStringLiteral("not in the %1 matrix")
                                           .arg(fiscalYearLabel(m_book.fiscalYear, u"en")) } };
                },
                inMatrix ? cell->prov.source : m_book.matrixProv.source);
            f.subproject = sp;
            add(f);
        }
        // Most plans select every ◎ of their menu: one walk over the menu's cells tells, and
        // only a plan that misses one walks the columns, for the findings in the table's order.
        const bool missesOne = std::any_of(
            m_menu->cells.keyValueBegin(), m_menu->cells.keyValueEnd(), [&](const auto &kv) {
                return kv.second.value == Cell::Required && !m_p.subprojects.contains(kv.first);
            });
        for (const auto &col : missesOne ? m_book.columns : QStringList()) {
            const MatrixCell *cell = m_menu->cell(col);
            if (!cell || cell->value != Cell::Required || m_p.subprojects.contains(col))
                continue;
            Finding f = finding(
                "required_missing",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() },
                        { subprojectLabel(col, u"ja"), subprojectLabel(col, u"en") } };
                },
                cell->prov.source);
            f.subproject = col;
            add(f);
        }
        if (m_menu->minSelected && m_p.subprojects.size() < m_menu->minSelected->value) {
            Finding f = finding(
                "support_empty",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() },
                        QString::number(m_menu->minSelected->value) };
                },
                m_menu->minSelected->prov.source);
            f.field = QStringLiteral("subprojects");
            add(f);
        }
    }

    // What the book's table does not settle alone: a cell this plan uses that a document of the
    // same year puts otherwise, and what the sources say about the menu that no rule checks.
    void explainNotes()
    {
        for (const auto &col : m_book.columns) {
            const MatrixCell *cell = m_menu->cell(col);
            if (!cell || !cell->disagreement
                || !(m_p.subprojects.contains(col) || cell->value == Cell::Required))
                continue;
            // The note names its own source (「…の頁（003:262）では…」): not repeated after it.
            step(QStringLiteral("事業表の注記（%1 %2）: %3")
                     .arg(subprojectMark(col), subprojectLabel(col, u"ja"),
                         cell->disagreement->note),
                QStringLiteral("Note on the matrix (%1 %2): a document of the same year differs "
                               "— %3")
                    .arg(subprojectMark(col), subprojectLabel(col, u"en"),
                        cell->disagreement->note));
        }
        for (const auto &f : m_book.facts) {
            if (!f.menus.contains(m_p.menu))
                continue;
            step(QStringLiteral("参考（資料の記載）: %1%2").arg(f.textJa, provJa(f.prov)),
                QStringLiteral("For information (from the sources): %1%2")
                    .arg(f.textEn.isEmpty() ? f.textJa : f.textEn, provEn(f.prov)));
        }
    }

    void checkStaff()
    {
        for (auto it = m_menu->caps.cbegin(); it != m_menu->caps.cend(); ++it) {
            const int n = m_p.staffCount(it.key());
            if (n <= it->value)
                continue;
            Finding f = finding(
                "cap_exceeded",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() },
                        { staffLabel(it.key(), u"ja"), staffLabel(it.key(), u"en") },
                        QString::number(it->value), QString::number(n) };
                },
                it->prov.source);
            f.field = QStringLiteral("staff.") + it.key();
            f.subproject = findSubproject(it.key()) ? it.key() : QString();
            add(f);
        }
        if (m_menu->minCoordinators) {
            const int n = m_p.staffCount(QStringLiteral("coordinators"));
            const int min = m_menu->minCoordinators->value;
            if (m_explain)
                step(QStringLiteral("ひきこもり支援コーディネーター: %1名（%2名以上%3）")
                         .arg(n)
                         .arg(min)
                         .arg(provJa(m_menu->minCoordinators->prov)),
                    QStringLiteral("Support coordinators: %1 (at least %2%3)")
                        .arg(n)
                        .arg(min)
                        .arg(provEn(m_menu->minCoordinators->prov)));
            if (n < min) {
                Finding f = finding(
                    "coordinators_short",
                    [&] {
                        return QList<Arg> { { menuJa(), menuEn() }, QString::number(min),
                            QString::number(n) };
                    },
                    m_menu->minCoordinators->prov.source);
                f.field = QStringLiteral("staff.coordinators");
                add(f);
            }
        }
    }

    void checkDuration()
    {
        if (m_menu->maxDurationYears && m_p.yearsRunning > m_menu->maxDurationYears->value) {
            Finding f = finding(
                "duration_exceeded",
                [&] {
                    return QList<Arg> { { QStringLiteral("「%1」").arg(menuJa()),
                                            QStringLiteral("\"%1\"").arg(menuEn()) },
                        QString::number(m_menu->maxDurationYears->value),
                        QString::number(m_p.yearsRunning) };
                },
                m_menu->maxDurationYears->prov.source);
            f.field = QStringLiteral("years_running");
            add(f);
        }
    }

    void checkStartup()
    {
        if (!m_p.startup)
            return;
        const auto &rule = m_book.startup;
        if (!m_menu->startupSupport) {
            Finding f = finding(
                "startup_not_applicable",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() } };
                },
                rule.prefectureProv.source);
            f.field = QStringLiteral("startup_support");
            add(f);
        }
        if (m_p.startup->prefectureShare) {
            const Fraction &s = *m_p.startup->prefectureShare;
            if (s < rule.prefectureShare.min || s > rule.prefectureShare.max) {
                Finding f = finding(
                    "share_out_of_range",
                    [&] {
                        return QList<Arg> { fractionToString(rule.prefectureShare.min),
                            fractionToString(rule.prefectureShare.max), fractionToString(s) };
                    },
                    rule.prefectureProv.source);
                f.field = QStringLiteral("startup_support.prefecture_share");
                add(f);
            }
        }
        if (rule.maxDurationYears && m_p.startup->year > rule.maxDurationYears->value) {
            Finding f = finding(
                "duration_exceeded",
                [&] {
                    return QList<Arg> { { QStringLiteral("都道府県による立ち上げ支援"),
                                            QStringLiteral("Start-up support") },
                        QString::number(rule.maxDurationYears->value),
                        QString::number(m_p.startup->year) };
                },
                rule.maxDurationYears->prov.source);
            f.field = QStringLiteral("startup_support.year");
            add(f);
        }
    }

    void checkNextYear()
    {
        if (m_menu->nextYearRequires.isEmpty()
            || m_menu->nextYearRequires.contains(m_p.nextYearMenu))
            return;
        const QString planned = m_p.nextYearMenu;
        Finding f = finding(
            "next_year_condition",
            [&] {
                return QList<Arg> { { planned.isEmpty() ? QStringLiteral("なし")
                                                        : menuLabel(planned, u"ja"),
                    planned.isEmpty() ? QStringLiteral("none") : menuLabel(planned, u"en") } };
            },
            m_menu->nextYearProv.source);
        f.field = QStringLiteral("next_year_menu");
        add(f);
    }

    void checkJoint()
    {
        if (m_p.joint.isEmpty() || m_menu->jointAllowed)
            return;
        Finding f = finding(
            "joint_unstated",
            [&] {
                return QList<Arg> { { menuJa(), menuEn() } };
            },
            m_menu->jointProv.source);
        f.field = QStringLiteral("joint");
        add(f);
    }

    // The 担当区域 only names who a center or satellite serves; it changes no amount. A body's area
    // is its prefecture (a designated city: itself, its wards are not in the registry).
    void checkServed()
    {
        if (m_p.served.isEmpty())
            return;
        const QString source = QString::fromLatin1(kServedSource);
        if (!menuServesMunicipalities(m_p.menu)) {
            Finding f = finding(
                "served_not_applicable",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() } };
                },
                source);
            f.field = QStringLiteral("served_municipalities");
            add(f);
            return;
        }
        if (m_plan.body.code.isEmpty()) // a body named without its code: its area is not known
            return;
        const bool prefecture = m_plan.body.kind == BodyKind::Prefecture;
        QStringList outside;
        for (const QString &code : m_p.served) {
            const LocalBody *b = m_registry.find(code);
            const bool inArea = b
                && (prefecture ? b->prefectureCode == m_plan.body.code
                               : b->code == m_plan.body.code);
            if (!inArea)
                outside << (b ? b->name : code);
        }
        if (outside.isEmpty())
            return;
        Finding f = finding(
            "served_outside",
            [&] {
                return QList<Arg> { { menuJa(), menuEn() },
                    { outside.join(u'、'), outside.join(QStringLiteral(", ")) }, m_plan.body.name };
            },
            source);
        f.field = QStringLiteral("served_municipalities");
        add(f);
    }

    struct TermText {
        QString item, ja, en; // the rule-book value's key and the term's name in both languages
    };

    // One term of the 基準額: records where it comes from and explains it. The words are made
    // only for an explained evaluation (`describe` returns a TermText).
    template <class Describe> YenRange term(const Amount &a, Describe &&describe)
    {
        if (!m_explain)
            return a.value;
        const TermText t = describe();
        use(t.item, a.prov);
        step(QStringLiteral("%1: %2%3").arg(t.ja, formatRange(a.value, u"ja"), provJa(a.prov)),
            QStringLiteral("%1: %2%3").arg(t.en, formatRange(a.value, u"en"), provEn(a.prov)));
        return a.value;
    }

    YenRange standardAmount()
    {
        const StandardRule &s = m_menu->standard;
        const QString &m = m_p.menu;
        YenRange sum = YenRange::exact(0);
        if (s.base) {
            if (m_plan.body.juso && s.baseJuso)
                sum = sum + term(*s.baseJuso, [&] {
                    return TermText { m + QStringLiteral(".base_juso"),
                        QStringLiteral("基本額（重層的支援体制整備事業を実施）"),
                        QStringLiteral("Base amount (runs the multi-layered support program)") };
                });
            else
                sum = sum + term(*s.base, [&] {
                    return TermText { m + QStringLiteral(".base"),
                        s.baseJuso
                            ? QStringLiteral("基本額（重層的支援体制整備事業を実施していない）")
                            : QStringLiteral("基準額（上限）"),
                        s.baseJuso
                            ? QStringLiteral("Base amount (no multi-layered support program)")
                            : QStringLiteral("Standard amount (cap)") };
                });
        }
        if (s.addonScope != AddonScope::None) {
            for (const auto &col : m_book.columns) { // matrix order, whatever the plan's order
                if (!m_p.subprojects.contains(col))
                    continue;
                const MatrixCell *cell = m_menu->cell(col);
                if (!cell || cell->value == Cell::NotAllowed)
                    continue;
                if (s.addonScope == AddonScope::Optional && cell->value != Cell::Optional)
                    continue;
                const auto addon = s.addons.constFind(col);
                const bool own = addon != s.addons.cend();
                const auto describe = [&] {
                    const bool optional = s.addonScope == AddonScope::Optional;
                    return TermText { m
                            + (own || !s.addonDefault ? QStringLiteral(".addons.") + col
                                                      : QStringLiteral(".addon_default")),
                        QStringLiteral("%1「%2」")
                            .arg(optional ? QStringLiteral("加算（任意事業）")
                                          : QStringLiteral("事業の基準額"),
                                subprojectLabel(col, u"ja")),
                        QStringLiteral("%1 \"%2\"")
                            .arg(optional ? QStringLiteral("Add-on (optional)")
                                          : QStringLiteral("Sub-project amount"),
                                subprojectLabel(col, u"en")) };
                };
                if (own)
                    sum = sum + term(*addon, describe);
                else if (s.addonDefault)
                    sum = sum + term(*s.addonDefault, describe);
                else
                    sum = sum
                        + term(Amount { YenRange::unknown(),
                                   { Status::Unknown, ownAssumptionSource(u"addons"), {} } },
                            describe);
            }
        }
        for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it) {
            const int n = m_p.staffCount(it.key());
            if (n <= 0)
                continue;
            YenRange one = term(*it, [&] {
                return TermText {
                    m + QStringLiteral(".per_person.") + it.key(),
                    QStringLiteral("%1（1人あたり）× %2人").arg(staffLabel(it.key(), u"ja")).arg(n),
                    QStringLiteral("%1 (per person) × %2").arg(staffLabel(it.key(), u"en")).arg(n)
                };
            });
            YenRange times;
            if (one.min)
                times.min = *one.min * n;
            if (one.max)
                times.max = *one.max * n;
            sum = sum + times;
        }
        return sum;
    }

    void computeAmounts()
    {
        const auto &calc = m_book.calculation;
        const Yen &unit = calc.truncationUnit;
        m_r.standard = standardAmount();
        if (m_explain)
            step(QStringLiteral("(A) 総事業費 = %1").arg(yenJa(m_r.totalCost)),
                QStringLiteral("(A) Total cost = %1").arg(yenEn(m_r.totalCost)));
        if (m_explain)
            step(QStringLiteral("(B) 寄付金その他の収入額 = %1").arg(yenJa(m_r.otherIncome)),
                QStringLiteral("(B) Donations and other income = %1").arg(yenEn(m_r.otherIncome)));
        if (m_explain)
            step(QStringLiteral("(C) 差引額 = (A) − (B) = %1").arg(yenJa(m_r.net)),
                QStringLiteral("(C) Difference = (A) − (B) = %1").arg(yenEn(m_r.net)));
        if (m_explain)
            step(QStringLiteral("(D) 対象経費の実支出予定額 = %1%2")
                     .arg(yenJa(m_r.eligible),
                         m_p.eligibleExpenditure ? QString()
                                                 : QStringLiteral("（総事業費のすべて）")),
                QStringLiteral("(D) Eligible expenditure = %1%2")
                    .arg(yenEn(m_r.eligible),
                        m_p.eligibleExpenditure ? QString()
                                                : QStringLiteral(" (all of the total cost)")));
        if (m_explain)
            step(QStringLiteral("(E) 基準額 = %1").arg(formatRange(m_r.standard, u"ja")),
                QStringLiteral("(E) Standard amount = %1").arg(formatRange(m_r.standard, u"en")));
        m_r.selected = lowerOf(m_r.standard, m_r.eligible);
        if (m_explain)
            step(QStringLiteral("(F) 選定額 = (D) と (E) の少ない方 = %1")
                     .arg(formatRange(m_r.selected, u"ja")),
                QStringLiteral("(F) Selected amount = the lower of (D) and (E) = %1")
                    .arg(formatRange(m_r.selected, u"en")));
        if (m_explain)
            use(QStringLiteral("calculation.adopted_rule"), calc.adoptedProv);
        m_r.adopted = lowerOf(m_r.selected, m_r.net);
        if (m_explain)
            step(QStringLiteral("(G) 補助基本額 = (C) と (F) の少ない方 = %1%2")
                     .arg(formatRange(m_r.adopted, u"ja"), provJa(calc.adoptedProv)),
                QStringLiteral("(G) Base amount = the lower of (C) and (F) = %1%2")
                    .arg(formatRange(m_r.adopted, u"en"), provEn(calc.adoptedProv)));

        if (m_explain)
            use(m_p.menu + QStringLiteral(".rate"), m_menu->rateProv);
        if (m_explain)
            use(QStringLiteral("calculation.truncation_unit"), calc.truncationProv);
        m_r.national = truncateProduct(m_r.adopted, FractionRange::exact(m_menu->rate), unit);
        if (m_explain)
            step(QStringLiteral("(H) 国庫補助所要額 = (G) × 補助率 %1%2、%3円未満切捨て%4 = %5")
                     .arg(fractionToString(m_menu->rate), provJa(m_menu->rateProv), formatYen(unit),
                         provJa(calc.truncationProv), formatRange(m_r.national, u"ja")),
                QStringLiteral("(H) National subsidy = (G) × rate %1%2, truncated to %3 yen%4 = %5")
                    .arg(fractionToString(m_menu->rate), provEn(m_menu->rateProv), formatYen(unit),
                        provEn(calc.truncationProv), formatRange(m_r.national, u"en")));
        if (!m_r.standard.min || !m_r.standard.max) {
            Finding f = finding(
                "standard_unknown",
                [&] {
                    return QList<Arg> { { menuJa(), menuEn() },
                        { formatRange(m_r.national, u"ja"), formatRange(m_r.national, u"en") } };
                },
                m_menu->standard.base ? m_menu->standard.base->prov.source
                                      : ownAssumptionSource(u"unknown"));
            add(f);
        }

        hintAboveStandard();

        m_r.prefectureSupport = YenRange::exact(0);
        if (m_p.startup && m_menu->startupSupport) {
            const auto &rule = m_book.startup;
            FractionRange share = rule.prefectureShare;
            if (m_p.startup->prefectureShare)
                share = FractionRange::exact(*m_p.startup->prefectureShare);
            if (m_explain)
                use(QStringLiteral("startup_support.prefecture_share"),
                    m_p.startup->prefectureShare
                        ? Provenance { Status::User, QStringLiteral("plan"), {} }
                        : rule.prefectureProv);
            m_r.prefectureSupport = truncateProduct(m_r.adopted, share, unit);
            const QString shareText = share.isExact()
                ? fractionToString(share.min)
                : fractionToString(share.min) + QStringLiteral("〜") + fractionToString(share.max);
            if (m_explain)
                step(QStringLiteral("都道府県による立ち上げ支援 = (G) × %1%2、%3円未満切捨て = %4")
                         .arg(shareText,
                             m_p.startup->prefectureShare ? QStringLiteral("（計画で指定）")
                                                          : provJa(rule.prefectureProv),
                             formatYen(unit), formatRange(m_r.prefectureSupport, u"ja")),
                    QStringLiteral(
                        "Prefecture's start-up support = (G) × %1%2, truncated to %3 yen = %4")
                        .arg(shareText,
                            m_p.startup->prefectureShare ? QStringLiteral(" (set in the plan)")
                                                         : provEn(rule.prefectureProv),
                            formatYen(unit), formatRange(m_r.prefectureSupport, u"en")));
        }
        m_r.local = remainderAfter(m_r.net, m_r.national, m_r.prefectureSupport);
        if (m_explain)
            step(QStringLiteral("実施主体の負担 = (C) %1 − (H) − 都道府県の支援 = %2")
                     .arg(yenJa(m_r.net), formatRange(m_r.local, u"ja")),
                QStringLiteral("Local burden = (C) %1 − (H) − prefecture = %2")
                    .arg(yenEn(m_r.net), formatRange(m_r.local, u"en")));
        splitJoint();
    }

    // The lowest 基準額 a menu gives this body whatever it selects (its base amount), when the
    // sources give it.
    std::optional<Yen> knownBase(const MenuRule &menu) const
    {
        const StandardRule &s = menu.standard;
        const std::optional<Amount> &base = m_plan.body.juso && s.baseJuso ? s.baseJuso : s.base;
        return base ? base->value.min : std::nullopt;
    }

    // Costs above the 基準額 get no subsidy: a planner who budgets 14,000,000円 for a サポート事業
    // worth 3,500,000円 should hear it, with the menu of this body that would cover more.
    void hintAboveStandard()
    {
        if (!m_r.standard.max || m_r.eligible <= *m_r.standard.max)
            return;
        const Yen over = m_r.eligible - *m_r.standard.max;
        const bool exact = m_r.standard.isExact();
        const MenuRule *better = nullptr;
        Yen betterBase = *m_r.standard.max;
        for (const MenuRule &other : m_book.menus) {
            const std::optional<Yen> base = knownBase(other);
            if (&other == m_menu || !other.mayRun(*m_plan.body.kind) || !base
                || *base <= betterBase)
                continue;
            better = &other;
            betterBase = *base;
        }
        add(finding(
            "cost_above_standard",
            [&] {
                const Arg more = better
                    ? Arg(QStringLiteral("「%1」なら基本額は%2です。")
                              .arg(menuLabel(better->id, u"ja"), yenJa(betterBase)),
                        QStringLiteral(" \"%1\" has a base amount of %2.")
                            .arg(menuLabel(better->id, u"en"), yenEn(betterBase)))
                    : Arg(QString());
                return QList<Arg> { { menuJa(), menuEn() },
                    { (exact ? QString() : QStringLiteral("少なくとも")) + yenJa(over),
                        (exact ? QString() : QStringLiteral("at least ")) + yenEn(over) },
                    { formatRange(m_r.standard, u"ja"), formatRange(m_r.standard, u"en") }, more };
            },
            m_book.calculation.adoptedProv.source));
    }

    void splitJoint()
    {
        if (m_p.joint.isEmpty())
            return;
        QList<Fraction> shares;
        for (const auto &m : m_p.joint)
            shares << m.share;
        QList<Yen> lows, highs;
        if (m_r.local.min)
            lows = splitByShares(*m_r.local.min, shares);
        if (m_r.local.max)
            highs = splitByShares(*m_r.local.max, shares);
        for (qsizetype i = 0; i < m_p.joint.size(); ++i) {
            const auto &jm = m_p.joint[i];
            MemberPart part;
            part.code = jm.code;
            const LocalBody *b = m_registry.find(jm.code);
            part.name = b ? b->name : jm.code;
            part.share = jm.share;
            if (!lows.isEmpty())
                part.local.min = lows[i];
            if (!highs.isEmpty())
                part.local.max = highs[i];
            if (m_explain)
                step(
                    QStringLiteral("共同実施: %1 の負担 = 実施主体の負担 × %2 = %3")
                        .arg(part.name, fractionToString(jm.share), formatRange(part.local, u"ja")),
                    QStringLiteral("Joint program: %1 bears local burden × %2 = %3")
                        .arg(
                            part.name, fractionToString(jm.share), formatRange(part.local, u"en")));
            m_r.members << part;
        }
    }

    // The explanation costs more than the figures (two languages of text per step): it is
    // written only when someone may read it.
    const bool m_explain;
    const bool m_words;
    const Plan &m_plan;
    const Program &m_p;
    const RuleBook &m_book;
    const Registry &m_registry;
    QList<Finding> &m_findings;
    const MenuRule *m_menu = nullptr;
    ProgramResult m_r;
};

// One warning per program that joins a group already run this year (not one per pair: a plan
// with many programs must not drown its findings).
void checkCombinedMenus(
    const Plan &plan, const RuleBook &book, Detail detail, QList<Finding> &findings)
{
    QMap<QString, const MenuRule *> firstOfGroup;
    for (const auto &p : plan.programs) {
        const MenuRule *m = book.menu(p.menu);
        if (!m || m->exclusiveGroup.isEmpty())
            continue;
        const MenuRule *first = firstOfGroup.value(m->exclusiveGroup);
        if (!first) {
            firstOfGroup.insert(m->exclusiveGroup, m);
            continue;
        }
        findings << findingWith(
            detail != Detail::Verdict, "combined_menus", p.id,
            [&] {
                return QList<Arg> { { menuLabel(first->id, u"ja"), menuLabel(first->id, u"en") },
                    { menuLabel(m->id, u"ja"), menuLabel(m->id, u"en") } };
            },
            ownAssumptionSource(u"two-menus"));
    }
}

} // namespace

Evaluation evaluate(const Plan &plan, const RuleBook &book, const Registry &registry, Detail detail)
{
    Evaluation e;
    e.fiscalYear = plan.fiscalYear;
    e.detail = detail;
    for (const auto &p : plan.programs) {
        ProgramResult r = ProgramEvaluator(plan, p, book, registry, detail, e.findings).run();
        e.totals.add({ r.national, r.prefectureSupport, r.local });
        e.programs << std::move(r);
    }
    checkCombinedMenus(plan, book, detail, e.findings);
    for (const auto &f : e.findings)
        if (f.severity == Severity::Error)
            e.eligible = false;
    return e;
}

} // namespace shienplan
