// `shienplan-cli rules`: a rule book (bundled by year, or a file) as JSON that is itself a
// valid rule book file, or as text to read: every menu, matrix cell, amount, rate and cap with
// its status and its source in words (document, issuer, year, line), the notes where a
// document of the same year differs, and the facts the sources give that no rule checks. The
// text carries no internal id: it is for a planner, the JSON is for programs.

#include "cli/commands.h"
#include "cli/inputs.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/rules/rulebookdiff.h"
#include "core/rules/rulebookjson.h"

namespace shienplan::cli
{

namespace
{

// One menu: who may run it, its rate, matrix cells, caps and amounts.
void menuText(const RuleBook &b, const MenuRule &m, QStringView lang, QString &out)
{
    auto line = [&out](const QString &s) { out += s + u'\n'; };
    // "  label: value [status, source]", the shape of most lines.
    auto row = [&](const QString &label, const QString &value, const Provenance &prov) {
        line(QStringLiteral("  %1: %2 %3").arg(label, value, provenanceText(prov, lang)));
    };
    line(QStringLiteral("■ %1").arg(menuLabel(m.id, lang)));
    QStringList kinds;
    for (BodyKind k : m.bodies)
        kinds << bodyKindLabel(k, lang);
    row(textIn(lang, u"実施主体", u"Bodies"), kinds.join(textIn(lang, u"・", u", ")), m.bodiesProv);
    row(textIn(lang, u"補助率", u"Rate"), fractionToString(m.rate), m.rateProv);
    for (const auto &col : b.columns) {
        const MatrixCell *c = m.cell(col);
        if (!c)
            continue;
        line(QStringLiteral("  %1 %2 %3 %4")
                 .arg(cellSymbol(c->value), subprojectMark(col), subprojectLabel(col, lang),
                     provenanceText(c->prov, lang)));
        if (c->disagreement) // a document of the same year puts this cell otherwise
            line(QStringLiteral("      ※ %1").arg(withCitations(c->disagreement->note, lang)));
    }
    for (auto it = m.caps.cbegin(); it != m.caps.cend(); ++it)
        line(QStringLiteral("  %1 %2: %3 %4")
                 .arg(textIn(lang, u"上限", u"Cap"), staffLabel(it.key(), lang))
                 .arg(it->value)
                 .arg(provenanceText(it->prov, lang)));
    if (m.minCoordinators)
        row(textIn(lang, u"コーディネーター最低人数", u"Coordinators at least"),
            QString::number(m.minCoordinators->value), m.minCoordinators->prov);
    if (m.maxDurationYears)
        row(textIn(lang, u"実施年数の上限（原則）", u"Years at most"),
            QString::number(m.maxDurationYears->value), m.maxDurationYears->prov);
    const auto &s = m.standard;
    auto amount = [&](const QString &label, const Amount &am) {
        row(label, formatRange(am.value, lang), am.prov);
    };
    if (s.base)
        amount(textIn(lang, u"基本額", u"Base"), *s.base);
    if (s.baseJuso)
        amount(textIn(lang, u"基本額（重層実施）", u"Base (with 重層)"), *s.baseJuso);
    if (s.addonDefault)
        amount(textIn(lang, u"加算（1事業あたり）", u"Add-on per sub-project"), *s.addonDefault);
    for (auto it = s.addons.cbegin(); it != s.addons.cend(); ++it)
        amount(subprojectLabel(it.key(), lang), *it);
    for (auto it = s.perPerson.cbegin(); it != s.perPerson.cend(); ++it)
        amount(staffLabel(it.key(), lang) + textIn(lang, u"（1人あたり）", u" per person"), *it);
    line(QString());
}

QString ruleBookText(const RuleBook &b, QStringView lang)
{
    QString out;
    auto line = [&out](const QString &s) { out += s + u'\n'; };
    line(QStringLiteral("%1 %2").arg(
        fiscalYearLabelBoth(b.fiscalYear), Bilingual { b.titleJa, b.titleEn }.in(lang)));
    line(textIn(lang, u"事業表（◎ 必須・○ 任意・- 対象外）",
             u"Matrix (◎ required, ○ optional, - not allowed)")
        + u' ' + provenanceText(b.matrixProv, lang));
    for (const auto &n : b.notes)
        line(QStringLiteral("* ") + withCitations(n, lang));
    line(QString());
    for (const auto &m : b.menus)
        menuText(b, m, lang, out);
    const auto &su = b.startup;
    line(textIn(lang, u"■ 都道府県による立ち上げ支援", u"■ Start-up support by the prefecture"));
    line(QStringLiteral("  %1: %2 %3")
             .arg(textIn(lang, u"国", u"National share"), fractionToString(su.nationalShare),
                 provenanceText(su.nationalProv, lang)));
    line(QStringLiteral("  %1: %2〜%3 %4")
             .arg(textIn(lang, u"都道府県", u"Prefecture share"),
                 fractionToString(su.prefectureShare.min), fractionToString(su.prefectureShare.max),
                 provenanceText(su.prefectureProv, lang)));
    line(QStringLiteral("  %1: %2 %3")
             .arg(textIn(lang, u"端数処理", u"Truncation unit"),
                 formatYen(b.calculation.truncationUnit),
                 provenanceText(b.calculation.truncationProv, lang)));
    if (!b.facts.isEmpty()) {
        line(QString());
        line(textIn(lang, u"■ 参考（資料の記載。規則としては確認しません）",
            u"■ For information (from the sources; no rule checks these)"));
        for (const RuleFact &f : b.facts) {
            QStringList menus;
            for (const QString &m : f.menus)
                menus << menuLabel(m, lang);
            line(QStringLiteral("  %1: %2 %3")
                     .arg(menus.join(textIn(lang, u"・", u", ")),
                         textIn(lang, f.textJa, f.textEn.isEmpty() ? f.textJa : f.textEn),
                         provenanceText(f.prov, lang)));
        }
    }
    return out;
}

class RulesCommand : public Command
{
public:
    RulesCommand()
        : Command(QStringLiteral("rules"),
            QStringLiteral(
                "rules (--fiscal-year Y | --file BOOK) [--format json|text] [--lang ja|en]"),
            QStringLiteral("Print a rule book: menus, who may run them, the matrix, amounts, "
                           "rates and caps,\neach with its status and source. The JSON is "
                           "itself a valid rule book file."),
            sharedOptions({ QStringLiteral("fiscal-year"), QStringLiteral("file"),
                              QStringLiteral("format"), QStringLiteral("lang") },
                { { QStringLiteral("fiscal-year"),
                      QStringLiteral(
                          "the rule book of this fiscal year (e.g. 2025 for 令和7年度)") },
                    { QStringLiteral("file"), QStringLiteral("the rule book in this file") } }))
    {
    }

    int execute(const QStringList &args, Output &o) const override
    {
        const auto p = parse(args);
        if (!p->positionalArguments().isEmpty())
            throw UsageError { QStringLiteral("rules takes no file argument; use --file BOOK") };
        const QString format = choice(
            *p, QStringLiteral("format"), { QStringLiteral("json"), QStringLiteral("text") });
        const QString lang = languageOf(*p);
        const RuleBook book = chosenBook(*p);
        o.out = format == QLatin1String("json") ? ruleBookToJson(book).toJson()
                                                : ruleBookText(book, lang).toUtf8();
        return Ok;
    }

private:
    static RuleBook chosenBook(const QCommandLineParser &p)
    {
        if (p.isSet(QStringLiteral("file"))) {
            const QString path = p.value(QStringLiteral("file"));
            return onFile(path, [&] { return ruleBookFromFile(path); });
        }
        if (!p.isSet(QStringLiteral("fiscal-year")))
            throw UsageError { QStringLiteral("rules needs --fiscal-year Y or --file BOOK") };
        bool ok = false;
        const int fy = p.value(QStringLiteral("fiscal-year")).toInt(&ok);
        if (!ok)
            throw UsageError { QStringLiteral(
                "--fiscal-year takes a year such as 2025 (令和7年度)") };
        const RuleBookLibrary lib = RuleBookLibrary::standard();
        const RuleBook *b = lib.book(fy);
        if (!b)
            throw UsageError { QStringLiteral("no rule book for FY%1 (%2); rule books exist for %3")
                                   .arg(fy)
                                   .arg(fiscalYearLabel(fy, u"ja"), lib.describeYears()) };
        return *b;
    }
};

} // namespace

std::unique_ptr<Command> makeRulesCommand()
{
    return std::make_unique<RulesCommand>();
}

} // namespace shienplan::cli
