// The value checks of a plan, one place for every reader (see planchecks.h).

#include "core/engine/planchecks.h"

#include "core/base/catalogue.h"
#include "core/registry/registry.h"

#include <QSet>

#include <type_traits>

namespace shienplan
{

namespace
{

using namespace planlimits;

struct Refusal {
    PlanProblem problem;
};

[[noreturn]] void refuse(qsizetype program, const QString &field, const QString &message)
{
    throw Refusal { PlanProblem { program, field, message } };
}

// A check's place: a name, or something that makes one. Most places hold an index or a key
// (staff.x, joint.members[2].share) and are spelt out only when the check refuses.
template <class Field> QString placeName(const Field &field)
{
    if constexpr (std::is_invocable_v<const Field &>)
        return field();
    else
        return QString(field);
}

template <class Field>
void checkRange(qint64 value, qint64 min, qint64 max, qsizetype program, const Field &field)
{
    if (value < min || value > max)
        refuse(program, placeName(field),
            QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(value));
}

template <class Field> void checkAmount(const Yen &amount, qsizetype program, const Field &field)
{
    if (amount < 0)
        refuse(program, placeName(field),
            QStringLiteral("must not be negative, got %1").arg(yenToString(amount)));
    if (amount > kMaxYen)
        refuse(program, placeName(field),
            QStringLiteral("%1 yen is more than a plan can hold (at most %2)")
                .arg(formatYen(amount), formatYen(Yen(kMaxYen))));
}

template <class Field> void checkShare(const Fraction &share, qsizetype program, const Field &field)
{
    if (share < 0 || share > 1)
        refuse(program, placeName(field),
            QStringLiteral("must be between 0 and 1, got \"%1\"").arg(fractionToString(share)));
}

template <class Field>
const LocalBody &knownBody(
    const QString &code, const Registry &registry, qsizetype program, const Field &field)
{
    const LocalBody *body = code.size() == 6 ? registry.find(code) : nullptr;
    if (!body)
        refuse(program, placeName(field),
            QStringLiteral("unknown body code \"%1\" (a 6-digit 全国地方公共団体コード "
                           "of the bundled registry is expected)")
                .arg(code));
    return *body;
}

void checkMenu(const QString &id, qsizetype program, const QString &field)
{
    if (findMenu(id))
        return;
    QStringList ids;
    for (const auto &m : menuCatalogue())
        ids << m.id;
    refuse(
        program, field, QStringLiteral("unknown menu \"%1\" (one of %2)").arg(id, ids.join(u", ")));
}

void checkBody(const PlanBody &b, const Registry &registry, BodyChoice choice)
{
    if (choice == BodyChoice::MayBeUnchosen && b.code.isEmpty() && b.name.isEmpty() && !b.kind)
        return; // not chosen yet: nothing else of the body can be set
    if (!b.code.isEmpty())
        knownBody(b.code, registry, -1, QStringLiteral("body.code"));
    if (b.name.trimmed().isEmpty())
        refuse(-1, QStringLiteral("body.name"), QStringLiteral("must not be empty"));
    if (!b.kind)
        refuse(
            -1, QStringLiteral("body.kind"), QStringLiteral("is missing (give a code or a kind)"));
    if (b.population)
        checkRange(*b.population, 0, kMaxPopulation, -1, QStringLiteral("body.population"));
}

void checkSubprojects(const Program &p, qsizetype at)
{
    // The place is spelt out only for a refusal, and a program lists a handful of
    // sub-projects: a scan is cheaper than a set (this runs for every plan of a batch).
    const auto field = [](qsizetype i) { return QStringLiteral("subprojects[%1]").arg(i); };
    for (qsizetype i = 0; i < p.subprojects.size(); ++i) {
        const QString &id = p.subprojects[i];
        if (!findSubproject(id))
            refuse(at, field(i), QStringLiteral("unknown sub-project \"%1\"").arg(id));
        if (p.subprojects.indexOf(id) < i)
            refuse(at, field(i), QStringLiteral("sub-project \"%1\" is listed twice").arg(id));
    }
}

void checkStaff(const Program &p, qsizetype at)
{
    for (auto it = p.staff.begin(); it != p.staff.end(); ++it) {
        const auto field = [&] { return QStringLiteral("staff.") + it.key(); };
        if (!findStaffKind(it.key()))
            refuse(at, field(),
                QStringLiteral("unknown staff kind (coordinators, professionals, "
                               "visiting_supporters)"));
        checkRange(it.value(), 0, kMaxStaff, at, field);
    }
}

void checkAmounts(const Program &p, qsizetype at)
{
    for (qsizetype i = 0; i < p.costLines.size(); ++i)
        checkAmount(p.costLines[i].amount, at,
            [i] { return QStringLiteral("cost_lines[%1].amount").arg(i); });
    checkAmount(p.expenditure, at, QStringLiteral("expenditure"));
    if (p.eligibleExpenditure)
        checkAmount(*p.eligibleExpenditure, at, QStringLiteral("eligible_expenditure"));
    checkAmount(p.otherIncome, at, QStringLiteral("other_income"));
    if (p.budgeted)
        checkAmount(*p.budgeted, at, QStringLiteral("budgeted_national"));
}

void checkJoint(const Program &p, qsizetype at, const Registry &registry)
{
    if (p.joint.isEmpty())
        return;
    if (p.joint.size() < kMinJointMembers)
        refuse(at, QStringLiteral("joint.members"),
            QStringLiteral("a joint program needs at least %1 members, got %2")
                .arg(kMinJointMembers)
                .arg(p.joint.size()));
    QSet<QString> codes;
    Fraction sum = 0;
    for (qsizetype i = 0; i < p.joint.size(); ++i) {
        const JointMember &m = p.joint[i];
        const auto member = [i](const char16_t *field) {
            return QStringLiteral("joint.members[%1].%2").arg(i).arg(field);
        };
        knownBody(m.code, registry, at, [&] { return member(u"code"); });
        if (codes.contains(m.code))
            refuse(at, member(u"code"), QStringLiteral("member %1 is listed twice").arg(m.code));
        codes.insert(m.code);
        checkShare(m.share, at, [&] { return member(u"share"); });
        sum += m.share;
    }
    if (sum != 1)
        refuse(at, QStringLiteral("joint.members"),
            QStringLiteral("the members' shares add up to %1, not 1").arg(fractionToString(sum)));
}

// 担当区域: municipalities, each once. A prefecture is refused: a center or a satellite serves
// municipalities (the engine warns about one outside the body's area).
void checkServed(const Program &p, qsizetype at, const Registry &registry)
{
    QSet<const LocalBody *> seen;
    for (qsizetype i = 0; i < p.served.size(); ++i) {
        const auto field = [i] { return QStringLiteral("served_municipalities[%1]").arg(i); };
        const LocalBody *b = &knownBody(p.served[i], registry, at, field);
        if (b->kind == BodyKind::Prefecture)
            refuse(at, field(),
                QStringLiteral("%1 (%2) is a prefecture; list the municipalities served")
                    .arg(b->code, b->name));
        if (seen.contains(b))
            refuse(at, field(), QStringLiteral("municipality %1 is listed twice").arg(b->code));
        seen.insert(b);
    }
}

void checkProgram(const Program &p, qsizetype at, const Registry &registry)
{
    if (p.id.trimmed().isEmpty())
        refuse(at, QStringLiteral("id"), QStringLiteral("must not be empty"));
    checkMenu(p.menu, at, QStringLiteral("menu"));
    checkSubprojects(p, at);
    checkStaff(p, at);
    checkAmounts(p, at);
    checkRange(p.yearsRunning, 1, kMaxYears, at, QStringLiteral("years_running"));
    if (p.startup) {
        if (p.startup->prefectureShare)
            checkShare(*p.startup->prefectureShare, at,
                QStringLiteral("startup_support.prefecture_share"));
        checkRange(p.startup->year, 1, kMaxYears, at, QStringLiteral("startup_support.year"));
    }
    if (!p.nextYearMenu.isEmpty())
        checkMenu(p.nextYearMenu, at, QStringLiteral("next_year_menu"));
    checkJoint(p, at, registry);
    checkServed(p, at, registry);
}

} // namespace

std::optional<PlanProblem> checkPlan(const Plan &plan, const Registry &registry, BodyChoice body)
{
    try {
        checkRange(
            plan.fiscalYear, kFirstFiscalYear, kLastFiscalYear, -1, QStringLiteral("fiscal_year"));
        checkBody(plan.body, registry, body);
        // A plan has a program or two per menu: a scan is cheaper than a set for every plan of a
        // batch, and a set keeps a hostile plan of many programs linear.
        constexpr qsizetype kScanned = 16;
        QSet<QString> ids;
        for (qsizetype i = 0; i < plan.programs.size(); ++i) {
            const Program &p = plan.programs[i];
            checkProgram(p, i, registry);
            bool twice = false;
            if (plan.programs.size() <= kScanned) {
                for (qsizetype j = 0; j < i && !twice; ++j)
                    twice = plan.programs[j].id == p.id;
            } else {
                twice = ids.contains(p.id);
                ids.insert(p.id);
            }
            if (twice)
                refuse(i, QStringLiteral("id"),
                    QStringLiteral("program id \"%1\" is used twice").arg(p.id));
        }
    } catch (const Refusal &r) {
        return r.problem;
    }
    return std::nullopt;
}

QString planJsonPlace(const PlanProblem &problem)
{
    if (problem.program < 0)
        return problem.field;
    return QStringLiteral("programs[%1].%2").arg(problem.program).arg(problem.field);
}

} // namespace shienplan
