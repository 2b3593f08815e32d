// The lettered steps of the calculation, their words and how each is read off a result.

#include "core/engine/fundingsteps.h"

namespace shienplan
{

QString FundingStep::heading(QStringView lang) const
{
    const QString text = label.in(lang);
    return letter ? QStringLiteral("(%1) %2").arg(QChar::fromLatin1(letter), text) : text;
}

const QList<FundingStep> &fundingSteps()
{
    static const QList<FundingStep> steps = {
        { 'A', { QStringLiteral("総事業費"), QStringLiteral("Total cost") }, {},
            [](const ProgramResult &r) { return YenRange::exact(r.totalCost); } },
        { 'B',
            { QStringLiteral("寄付金その他の収入額"),
                QStringLiteral("Donations and other income") },
            {}, [](const ProgramResult &r) { return YenRange::exact(r.otherIncome); } },
        { 'C', { QStringLiteral("差引額"), QStringLiteral("Difference") },
            { QStringLiteral("A − B"), QStringLiteral("A − B") },
            [](const ProgramResult &r) { return YenRange::exact(r.net); } },
        { 'D', { QStringLiteral("対象経費の実支出予定額"), QStringLiteral("Eligible expenditure") },
            {}, [](const ProgramResult &r) { return YenRange::exact(r.eligible); } },
        { 'E', { QStringLiteral("基準額"), QStringLiteral("Standard amount") }, {},
            [](const ProgramResult &r) { return r.standard; } },
        { 'F', { QStringLiteral("選定額"), QStringLiteral("Selected amount") },
            { QStringLiteral("D と E の少ない方"), QStringLiteral("lower of D and E") },
            [](const ProgramResult &r) { return r.selected; } },
        { 'G', { QStringLiteral("補助基本額"), QStringLiteral("Base amount") },
            { QStringLiteral("C と F の少ない方"), QStringLiteral("lower of C and F") },
            [](const ProgramResult &r) { return r.adopted; } },
        { 'H', { QStringLiteral("国庫補助所要額"), QStringLiteral("National subsidy") },
            { QStringLiteral("G × 補助率、千円未満切捨て"),
                QStringLiteral("G × rate, truncated to 1,000 yen") },
            [](const ProgramResult &r) { return r.national; } },
        { 0, { QStringLiteral("都道府県の支援"), QStringLiteral("Prefecture's support") },
            { QStringLiteral("G × 都道府県の負担割合"),
                QStringLiteral("G × the prefecture's share") },
            [](const ProgramResult &r) { return r.prefectureSupport; } },
        { 0, { QStringLiteral("実施主体の負担"), QStringLiteral("Local burden") },
            { QStringLiteral("C − H − 都道府県の支援"), QStringLiteral("C − H − prefecture") },
            [](const ProgramResult &r) { return r.local; } },
    };
    return steps;
}

const FundingStep &fundingStep(char letter)
{
    for (const auto &s : fundingSteps())
        if (s.letter == letter)
            return s;
    return fundingSteps().last();
}

Bilingual formLayoutNote()
{
    return { QStringLiteral("(A)〜(H) の順序と用語は厚生労働省の補助金の所要額調書で通例のもので、"
                            "本補助金の様式そのものは資料で確認できていません。"),
        QStringLiteral(
            "Steps (A)–(H) follow the usual layout of MHLW's subsidy forms (所要額調書); "
            "the form of this subsidy itself is not in our sources.") };
}

} // namespace shienplan
