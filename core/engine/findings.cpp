// The engine's findings: their codes and severities, with the message templates of both
// languages side by side, and a finding built from a template.

#include "core/engine/findings.h"

#include "core/base/sources.h"

namespace shienplan
{

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString severityLabel(Severity s, QStringView lang)
{
    switch (s) {
    case Severity::Error:
        return textIn(lang, u"エラー", u"Error");
    case Severity::Warning:
        return textIn(lang, u"注意", u"Warning");
    case Severity::Info:
        return textIn(lang, u"情報", u"Note");
    }
    return {};
}

namespace
{
FindingCode entry(const char *id, Severity severity, const char *ja, const char *en,
    FindingCode::Origin origin = FindingCode::Origin::Engine)
{
    return { id, severity, { QString::fromUtf8(ja), QString::fromUtf8(en) }, origin };
}
constexpr auto kAcrossYears = FindingCode::Origin::AcrossYears;
} // namespace

const QList<FindingCode> &findingCodes()
{
    static const QList<FindingCode> codes = {
        entry("body_not_eligible", Severity::Error,
            "%1（%2）は「%3」を実施できません。実施主体は%4です。",
            "%1 (%2) may not run \"%3\"; it is for: %4."),
        entry("menu_not_available", Severity::Error, "%1のルールブックには「%2」がありません。",
            "The %1 rule book has no \"%2\"."),
        entry("required_missing", Severity::Error,
            "「%1」では必須事業（◎）の「%2」が選ばれていません。",
            "\"%2\" is required (◎) for \"%1\" but not selected."),
        entry("not_allowed", Severity::Error, "「%1」では「%2」は対象外（%3）です。",
            "\"%2\" is not allowed for \"%1\" (%3)."),
        entry("cap_exceeded", Severity::Error, "「%1」の%2は%3人までです（計画では%4人）。",
            "\"%1\" allows at most %3 in \"%2\" (the plan has %4)."),
        entry("coordinators_short", Severity::Error,
            "「%1」にはひきこもり支援コーディネーターが%2名以上必要です（計画では%3名）。",
            "\"%1\" needs at least %2 support coordinators (the plan has %3)."),
        entry("support_empty", Severity::Error, "「%1」では少なくとも%2事業を選んでください。",
            "\"%1\" needs at least %2 selected sub-project(s)."),
        entry("share_out_of_range", Severity::Error,
            "立ち上げ支援の都道府県負担割合は%1〜%2です（計画では%3）。",
            "The prefecture's start-up share must be between %1 and %2 (the plan has %3)."),
        entry("startup_not_applicable", Severity::Error,
            "都道府県による立ち上げ支援は「%"
            "1」には適用できません（市町村のセンター・ステーション事業・サポート事業のみ）。",
            "Start-up support by the prefecture does not apply to \"%1\" (only municipal centers, "
            "stations and support programs)."),
        entry("duration_exceeded", Severity::Warning, "%1は原則%2年までです（計画では%3年目）。",
            "%1 is limited to %2 years in principle (the plan is in year %3)."),
        entry("next_year_condition", Severity::Warning,
            "準備支援は翌年度にセンター等を実施することが条件です（翌年度の予定: %1）。",
            "Preparation support requires a center, station or support program in the next year "
            "(planned: %1)."),
        entry("combined_menus", Severity::Warning,
            "同じ年度に「%1」と「%"
            "2」を実施する計画です。資料は併用を認めるとも禁じるとも述べていません。",
            "The plan runs \"%1\" and \"%2\" in the same year; the sources neither allow nor "
            "forbid it."),
        entry("joint_unstated", Severity::Warning,
            "「%1」の共同実施は資料に記載がありません（ステーション事業とサポート事業のみ明記）。",
            "Joint implementation of \"%1\" is not stated in the sources (only stations and "
            "support programs)."),
        entry("served_not_applicable", Severity::Warning,
            "「%"
            "1」には担当区域（支援する市町村）を設定できません（都道府県・指定都市のセンターとサテ"
            "ライトのみ）。担当区域は計算には使われません。",
            "\"%1\" does not serve other municipalities (only the prefecture/designated-city "
            "center and satellites do); its served area is ignored."),
        entry("served_outside", Severity::Warning, "「%1」の担当区域の%2は%3の管外です。",
            "The served area of \"%1\" includes %2, outside %3."),
        entry("satellite_transition", Severity::Warning,
            "サテライトは原則%1年後に市町村事業に移行します（%2年目）。担当区域のうち%3",
            "A satellite moves to municipal programs after %1 years in principle (this is year "
            "%2); in its served area, %3",
            kAcrossYears),
        entry("standard_unknown", Severity::Info,
            "「%1」の基準額は資料にないため、国庫補助額は上限（%"
            "2）のみ示します。正式な額を入力すると確定します。",
            "The standard amount of \"%1\" is not in the sources, so only an upper bound of the "
            "national subsidy is shown (%2). Enter the official amount to make it exact."),
        entry("cost_above_standard", Severity::Info,
            "「%1」の対象経費の実支出予定額のうち%2は基準額（%"
            "3）を超えるため、国庫補助の対象になりま"
            "せん（実施主体の負担です）。%4",
            "Of the eligible expenditure of \"%1\", %2 is above the standard amount (%3) and gets "
            "no national subsidy (the body bears it).%4"),
        entry("undecided_alternatives", Severity::Info,
            "%1の計画は%2案のうち採用案が決まっていません。合計には各案の最小〜最大を計上します。",
            "The plan of %1 has %2 alternatives and none is adopted yet; totals show the lowest "
            "to the highest of them.",
            FindingCode::Origin::Alternatives),
    };
    return codes;
}

QString Finding::citation(QStringView lang) const
{
    return citationText(source, lang);
}

namespace
{
// %1…%99 replaced by the arguments in one pass. QString::arg once per argument scans the text
// again each time, which is much of the cost of evaluating a country's plans, and would also
// replace a %n that an earlier argument brought in (a plan's name may hold one).
QString substituted(const QString &text, const QList<Arg> &args, bool ja)
{
    if (args.isEmpty())
        return text;
    const QStringView t(text);
    QString out;
    out.reserve(t.size() + 24 * args.size());
    qsizetype copied = 0; // text before this has been written to out
    for (qsizetype i = t.indexOf(u'%'); i >= 0 && i + 1 < t.size(); i = t.indexOf(u'%', i + 1)) {
        if (!t[i + 1].isDigit())
            continue;
        int number = t[i + 1].digitValue();
        qsizetype end = i + 2;
        if (end < t.size() && t[end].isDigit()
            && number * 10 + t[end].digitValue() <= args.size()) {
            number = number * 10 + t[end].digitValue();
            ++end;
        }
        if (number < 1 || number > args.size())
            continue;
        out += t.mid(copied, i - copied);
        out += ja ? args[number - 1].ja : args[number - 1].en;
        copied = end;
        i = end - 1;
    }
    out += t.mid(copied);
    return out;
}
} // namespace

namespace
{
const FindingCode *codeEntry(const char *code)
{
    for (const auto &c : findingCodes())
        if (qstrcmp(c.code, code) == 0)
            return &c;
    return nullptr;
}
} // namespace

Finding unwordedFinding(const char *code, const QString &program, const QString &source)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.program = program;
    f.source = source;
    if (const FindingCode *c = codeEntry(code))
        f.severity = c->severity;
    return f;
}

Finding makeFinding(
    const char *code, const QString &program, const QList<Arg> &args, const QString &source)
{
    Finding f = unwordedFinding(code, program, source);
    if (const FindingCode *c = codeEntry(code)) {
        f.ja = substituted(c->text.ja, args, true);
        f.en = substituted(c->text.en, args, false);
    }
    return f;
}

} // namespace shienplan
