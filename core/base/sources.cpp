// The catalogue of source documents and the words for sources and value keys (see sources.h).

#include "core/base/sources.h"

#include "core/base/catalogue.h"

#include <QHash>
#include <QRegularExpression>

namespace shienplan
{

namespace
{

Bilingual both(const char *ja, const char *en)
{
    return { QString::fromUtf8(ja), QString::fromUtf8(en) };
}

} // namespace

const QList<SourceDocument> &sourceDocuments()
{
    // Each name says only what the document's own text gives; a year read from its content
    // (the figures it quotes) says so, so that a citation never claims a date the text lacks.
    static const QList<SourceDocument> docs = {
        { QStringLiteral("000"),
            both("厚生労働省『ひきこもり支援施策の全体像』（令和7年度の資料と推定）",
                "MHLW, \"Overall picture of hikikomori support policy\" (FY2025 material, year "
                "inferred)"),
            both("発行年度は内容から推定（令和6年度末時点の速報値、令和7年度の市町村訪問支援を掲載"
                 "）",
                "year inferred from the content (figures as of the end of FY2024, the FY2025 "
                "visiting support)"),
            both("事業イメージ、◎・○の事業表（14列）、令和6年度の実施自治体と立ち上げ支援の一覧",
                "the programme image, the ◎/○ matrix (14 columns), the FY2024 lists of "
                "implementing bodies and of start-up support"),
            2025 },
        { QStringLiteral("001"),
            both(
                "厚生労働省社会・援護局地域福祉課長通知「生活困窮者自立支援制度とひきこもり地域支援"
                "セ"
                "ンター等との連携について」の一部改正について（社援地発0401第13号、令和7年4月1日）",
                "MHLW Community Welfare Division director's notice partly revising \"Cooperation "
                "between the self-reliance support system and regional hikikomori support "
                "centers\" (社援地発0401第13号, 1 April 2025)"),
            both("通知に記載の日付", "date printed in the notice"),
            both("通知と新旧対照表、生活困窮者自立支援制度の概要（国費の負担割合）",
                "the notice with its comparison table, an overview of the self-reliance support "
                "system (national shares)"),
            2025 },
        { QStringLiteral("002"),
            both("厚生労働省 "
                 "社会・援護局地域福祉課『ひきこもり支援施策について』（行政説明基本資料、"
                 "令和5年度と推定）",
                "MHLW Community Welfare Division, \"Hikikomori support policies\" (basic briefing "
                "material for administrations, FY2023, year inferred)"),
            both("発行年度は内容から推定（令和5年度予算案を掲載、金額は令和4年度の国庫補助基準）",
                "year inferred from the content (quotes the FY2023 draft budget; its amounts are "
                "the FY2022 national subsidy standards)"),
            both("事業イメージ、事業表（12列）、ステーション事業・サポート事業の国庫補助基準（令和4"
                 "年"
                 "度）",
                "the programme image, the matrix (12 columns), the FY2022 national subsidy "
                "standards of stations and the support program"),
            2023 },
        { QStringLiteral("003"),
            both("『ひきこもり支援に関する国の施策等の動向について（情報提供）』（厚生労働省資料の"
                 "抜粋、"
                 "令和4年度と推定）",
                "\"Trends in national hikikomori support policy (information)\" (excerpts of MHLW "
                "material, FY2022, year inferred)"),
            both("発行年度は内容から推定（令和5年度概算要求額・予算案を掲載）",
                "year inferred from the content (quotes the FY2023 budget request and draft "
                "budget)"),
            both("ひきこもり地域支援センター設置運営事業の頁（必須・任意の事業、補助率）",
                "the regional support center page (required and optional items, rate)"),
            2022 },
        { QStringLiteral("004"),
            both("ひきこもり支援の現状と課題に関する調査研究事業 "
                 "報告書（令和6年度と推定、発行者の記載"
                 "なし）",
                "Research report on the state of hikikomori support in municipalities (FY2024, "
                "year inferred, issuer not printed)"),
            both("発行年度は内容から推定（2024年9〜10月の1,"
                 "741市区町村調査、令和7年3月の検討委員会）",
                "year inferred from the content (survey of the 1,741 municipalities in "
                "September–October 2024, committee of March 2025)"),
            both("1,741市区町村への調査とヒアリング、令和7年度の市町村等訪問支援",
                "survey of and hearings with the municipalities, the FY2025 visiting support"),
            2024 },
    };
    return docs;
}

const QList<SourceYears> &sourceYearSections()
{
    // Line ranges do not overlap; lines outside every range are of the document's own year.
    static const QList<SourceYears> list = {
        { QStringLiteral("000"), 9, 23, 2024, 2024,
            both("「令和6年度：303市区町村」の実施状況",
                "the FY2024 counts of implementing bodies") },
        { QStringLiteral("000"), 185, 322, 2024, 2024,
            both("令和6年度の実施自治体・立ち上げ支援の一覧",
                "the FY2024 lists of implementing bodies and of start-up support") },
        { QStringLiteral("001"), 915, 1097, 2024, 2024,
            both("令和6年度の「ひきこもり支援施策の全体像」（令和5年度末時点の速報値）",
                "the FY2024 overview (figures as of the end of FY2023)") },
        { QStringLiteral("002"), 320, 320, 2022, 2022,
            both("「※R4補正」", "\"R4 supplementary budget\"") },
        { QStringLiteral("002"), 514, 545, 2022, 2022,
            both("加速化事業の頁「令和4年度補正予算」",
                "the acceleration page, FY2022 supplementary "
                "budget") },
        { QStringLiteral("002"), 1114, 1146, 2022, 2023,
            both("ステーション事業の頁「(R4~)」", "the station page, headed \"from FY2022\"") },
        { QStringLiteral("002"), 1147, 1150, 2022, 2022,
            both("「<国庫補助基準 (R4)>」", "\"national subsidy standard (FY2022)\"") },
        { QStringLiteral("002"), 1151, 1179, 2022, 2023,
            both("ステーション事業・サポート事業の頁「(R4~)」",
                "the station and support page, headed \"from FY2022\"") },
        { QStringLiteral("002"), 1180, 1183, 2022, 2022,
            both("「<国庫補助基準 (R4)>」", "\"national subsidy standard (FY2022)\"") },
        { QStringLiteral("002"), 1187, 1308, 2022, 2022,
            both("令和4年度の実施自治体の一覧", "the FY2022 lists of implementing bodies") },
        { QStringLiteral("004"), 7490, 7496, 2025, 2025,
            both("「令和７年度から…加算を創設」", "\"an add-on created from FY2025\"") },
    };
    return list;
}

std::optional<YearSpan> sourceYears(QStringView source)
{
    static const QRegularExpression ref(QStringLiteral("^\\s*(\\d{3}):(\\d+)"));
    const auto m = ref.match(source);
    if (!m.hasMatch())
        return std::nullopt;
    const SourceDocument *doc = findSourceDocument(m.captured(1));
    if (!doc)
        return std::nullopt;
    const int line = m.captured(2).toInt();
    for (const auto &s : sourceYearSections())
        if (s.doc == doc->id && line >= s.firstLine && line <= s.lastLine)
            return YearSpan { s.firstYear, s.lastYear };
    return YearSpan { doc->fiscalYear, doc->fiscalYear };
}

Status statusInYear(Status reading, QStringView source, int fiscalYear, bool isCap)
{
    const auto span = sourceYears(source);
    if (!span)
        return reading;
    Status byYear = Status::Stated;
    if (fiscalYear > span->last)
        byYear = Status::CarriedOver;
    else if (fiscalYear < span->first)
        byYear = isCap ? Status::Assumed : Status::Inferred;
    return trustOrder(byYear) > trustOrder(reading) ? byYear : reading;
}

const SourceDocument *findSourceDocument(QStringView id)
{
    for (const auto &d : sourceDocuments())
        if (d.id == id)
            return &d;
    return nullptr;
}

const QList<OwnAssumption> &ownAssumptions()
{
    // The ids are explained in docs/assumptions.md; they never change once a book names them.
    static const QList<OwnAssumption> list = {
        { QStringLiteral("center-base"),
            both("センターの基準額は資料に記載がないため未確認",
                "the centers' standard amounts are not in the sources") },
        { QStringLiteral("satellite-base"),
            both("サテライトの基準額は資料に記載がないため未確認",
                "the satellite's standard amount is not in the sources") },
        { QStringLiteral("addons"),
            both("センター・サテライトの任意事業の加算額は資料に記載がないため未確認",
                "the add-ons of the centers' and satellite's optional sub-projects are not in the "
                "sources") },
        { QStringLiteral("preparation-cap"),
            both("準備支援の上限額は資料に記載がないため未確認",
                "the cap of preparation support is not in the sources") },
        { QStringLiteral("acceleration-cap"),
            both("加速化事業の上限額は資料に記載がないため未確認",
                "the cap of the acceleration program is not in the sources") },
        { QStringLiteral("joint"),
            both("共同実施はステーション事業・サポート事業のみ資料に明記",
                "joint programs are stated for stations and support programs only") },
        { QStringLiteral("no-book"),
            both("この年度のルールブックがないため未確認",
                "there is no rule book for this fiscal year") },
        { QStringLiteral("two-menus"),
            both("同じ年度に市町村の事業を二つ実施することは資料に記載がない",
                "the sources do not say whether a body may run two municipal menus in one year") },
        { QStringLiteral("calculation"),
            both("補助額の算定（基準額と対象経費の実支出予定額の少ない方×補助率、千円未満切捨て）は"
                 "交付"
                 "要綱の通例による",
                "the calculation (the lower of the standard amount and the net cost, times the "
                "rate, truncated to 1,000 yen) follows the usual 交付要綱") },
        { QStringLiteral("reading"),
            both("資料の読み方についての ShienPlan の判断",
                "how ShienPlan reads the source documents") },
        { QStringLiteral("unknown"),
            both("資料に記載のない値", "a value the sources do not give") },
    };
    return list;
}

QString ownAssumptionSource(QStringView id)
{
    return QStringLiteral("ShienPlan: ") + id.toString();
}

namespace
{

const QLatin1StringView kOwnPrefix("ShienPlan:");

// The id of our own decision a source names, or empty: "ShienPlan: joint" → "joint", and the
// older references of the bundled books ("rules.md §4 gap 10" → "joint").
QString ownAssumptionId(QStringView source)
{
    const QStringView s = source.trimmed();
    if (s.startsWith(kOwnPrefix))
        return s.mid(kOwnPrefix.size()).trimmed().toString();
    if (!s.startsWith(u"rules.md") && !s.startsWith(u"decisions.md"))
        return {};
    static const QRegularExpression gap(QStringLiteral("gap\\s*(\\d+)"));
    const auto m = gap.match(s);
    if (m.hasMatch()) {
        static const QHash<int, const char *> gaps = { { 1, "center-base" },
            { 2, "satellite-base" }, { 5, "addons" }, { 8, "preparation-cap" },
            { 9, "acceleration-cap" }, { 10, "joint" }, { 11, "no-book" }, { 12, "two-menus" } };
        const char *id = gaps.value(m.captured(1).toInt(), "unknown");
        return QString::fromLatin1(id);
    }
    if (s.contains(u"§5"))
        return QStringLiteral("calculation");
    if (s.contains(u"§4"))
        return QStringLiteral("unknown");
    return QStringLiteral("reading");
}

// One reference of a source id: document and its lines ("170" or "170-183").
struct LineRef {
    QString doc;
    QString lines;
};

const QRegularExpression &lineRefPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{3}):(\\d+(?:\\s*[-〜~]\\s*\\d+)?)\\s*$"));
    return re;
}

// Splits "000:143-145; 003:265" into its references; nullopt-like empty list when any part is
// not a reference to one of the five documents (then the text is someone's own citation).
QList<LineRef> lineRefs(QStringView source)
{
    QList<LineRef> refs;
    static const QRegularExpression sep(QStringLiteral("[;；、,]"));
    for (const QString &part : source.toString().split(sep, Qt::SkipEmptyParts)) {
        const auto m = lineRefPattern().match(part);
        if (!m.hasMatch() || !findSourceDocument(m.captured(1)))
            return {};
        QString lines = m.captured(2);
        lines.remove(u' ');
        refs << LineRef { m.captured(1), lines };
    }
    return refs;
}

QString linesText(const QStringList &lines, QStringView lang)
{
    QStringList out;
    for (QString l : lines) {
        static const QRegularExpression dash(QStringLiteral("[-〜~]"));
        if (isEnglish(lang)) {
            l.replace(dash, QStringLiteral("–"));
        } else {
            l.replace(dash, QStringLiteral("〜"));
            l += QStringLiteral("行目");
        }
        out << l;
    }
    if (isEnglish(lang))
        return (out.size() > 1 || out.value(0).contains(u'–') ? QStringLiteral("lines ")
                                                              : QStringLiteral("line "))
            + out.join(QStringLiteral(", "));
    return QStringLiteral("本文") + out.join(u'・');
}

// References grouped by document, in the order they first appear.
QString citeRefs(const QList<LineRef> &refs, QStringView lang)
{
    QStringList docs;
    QList<QStringList> lines;
    for (const auto &r : refs) {
        const auto at = docs.indexOf(r.doc);
        if (at < 0) {
            docs << r.doc;
            lines << QStringList { r.lines };
        } else if (!lines[at].contains(r.lines)) {
            lines[at] << r.lines;
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < docs.size(); ++i)
        parts << findSourceDocument(docs[i])->name.in(lang)
                + (isEnglish(lang) ? QStringLiteral(", ") : QString()) + linesText(lines[i], lang);
    return parts.join(textIn(lang, u"；", u"; "));
}

QString ownAssumptionText(const QString &id, QStringView lang, QStringView note)
{
    QString reason = note.trimmed().toString();
    if (reason.isEmpty()) {
        for (const auto &a : ownAssumptions())
            if (a.id == id)
                reason = a.topic.in(lang);
    }
    const QString head = textIn(lang, u"ShienPlan の仮定", u"ShienPlan's assumption");
    return reason.isEmpty() ? head
                            : head + textIn(lang, u": ", u": ") + withCitations(reason, lang);
}

} // namespace

bool isOwnAssumption(QStringView source)
{
    return !ownAssumptionId(source).isEmpty();
}

namespace
{

// Citations and value labels are pure functions of their arguments, and a country's plans ask
// for the same few hundred again and again (the full batch output asks tens of thousands, each a
// regular-expression pass): each thread keeps the texts it made, keyed by the exact arguments,
// and starts afresh when it holds many (a user's own citations are unbounded).
class TextMemo
{
public:
    template <class Make> QString get(std::initializer_list<QStringView> args, Make &&make)
    {
        // The key: each argument after its length (two UTF-16 units: any length below 2^32),
        // so that no two argument lists share a key. Built in place: truncate keeps the buffer.
        m_key.truncate(0);
        for (QStringView a : args) {
            const auto n = quint32(a.size());
            m_key += QChar(char16_t(n & 0xffff));
            m_key += QChar(char16_t(n >> 16));
            m_key += a;
        }
        const auto it = m_texts.constFind(m_key);
        if (it != m_texts.constEnd())
            return *it;
        if (m_texts.size() >= kMaxTexts)
            m_texts.clear();
        QString made = make();
        m_texts.insert(m_key, made);
        return made;
    }

private:
    static constexpr qsizetype kMaxTexts = 4096;
    QString m_key;
    QHash<QString, QString> m_texts;
};

QString makeCitationText(QStringView source, QStringView lang, QStringView note)
{
    const QString own = ownAssumptionId(source);
    if (!own.isEmpty())
        return ownAssumptionText(own, lang, note);
    const QList<LineRef> refs = lineRefs(source);
    if (refs.isEmpty())
        return source.toString(); // a user's citation, in the user's words
    return citeRefs(refs, lang);
}

} // namespace

QString citationText(QStringView source, QStringView lang, QStringView note)
{
    thread_local TextMemo memo;
    return memo.get({ source, lang, note }, [&] { return makeCitationText(source, lang, note); });
}

namespace
{

// `text` with every match of `re` replaced by what `replace` makes of it.
template <class Replace>
QString replaceEach(const QString &text, const QRegularExpression &re, Replace &&replace)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replace(m.capturedView());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString withCitations(QStringView text, QStringView lang)
{
    // A list of references ("000:143-145; 003:265") is one citation, so that it is grouped.
    static const QRegularExpression refs(
        QStringLiteral("\\b\\d{3}:\\d+(?:\\s*[-〜~]\\s*\\d+)?(?:\\s*[;；]\\s*\\d{3}:\\d+(?:\\s*[-"
                       "〜~]\\s*\\d+)?)*"));
    // Older books named the developers' notes inside a note; those read as our own decision.
    static const QRegularExpression notes(
        QStringLiteral("(?:rules|decisions)\\.md(?:\\s*§\\s*[\\d.]+(?:\\s*gap\\s*\\d+)?(?:\\s*,\\s*"
                       "§?\\s*[\\d.]+)*)?"));
    // An explanation's step names the source of the value it uses, ours included.
    static const QRegularExpression own(QStringLiteral("ShienPlan:\\s*[a-z][a-z-]*"));
    QString out = replaceEach(text.toString(), refs, [lang](QStringView ref) {
        const QList<LineRef> r = lineRefs(ref);
        return r.isEmpty() ? ref.toString() : citeRefs(r, lang);
    });
    out.replace(notes, textIn(lang, u"ShienPlan の仮定", u"ShienPlan's assumption"));
    return replaceEach(out, own, [lang](QStringView id) { return citationText(id, lang); });
}

namespace
{

// The words for the part of a key after its menu ("addons.needs_survey"), %1 being the menu.
QString menuItemLabel(const QString &menu, QStringView rest, QStringView lang)
{
    const QString m = menuLabel(menu, lang);
    auto t = [&](QStringView ja, QStringView en) { return textIn(lang, ja, en).arg(m); };
    auto keyed = [&](QStringView prefix) -> QString {
        return rest.startsWith(prefix) ? rest.mid(prefix.size()).toString() : QString();
    };
    if (rest == u"base")
        return t(u"%1の基本額", u"Base amount of %1");
    if (rest == u"base_juso")
        return t(u"%1の基本額（重層的支援体制整備事業を実施）",
            u"Base amount of %1 (with 重層的支援体制整備事業)");
    if (rest == u"addon_default")
        return t(u"%1の加算額（任意事業1事業あたり）", u"Add-on of %1 per optional sub-project");
    if (rest == u"rate")
        return t(u"%1の補助率", u"Subsidy rate of %1");
    if (rest == u"bodies")
        return t(u"%1の実施主体", u"Implementing bodies of %1");
    if (rest == u"joint")
        return t(u"%1の共同実施", u"Joint implementation of %1");
    if (rest == u"min_coordinators")
        return t(u"%1のコーディネーターの最低人数", u"Minimum coordinators of %1");
    if (rest == u"min_selected")
        return t(u"%1の最低実施事業数", u"Minimum sub-projects of %1");
    if (rest == u"max_duration_years")
        return t(u"%1の実施年数の上限", u"Maximum years of %1");
    if (rest == u"next_year_requires")
        return t(u"%1の翌年度の条件", u"Condition on the next year of %1");
    for (QStringView prefix : { QStringView(u"addons."), QStringView(u"amounts.") }) {
        const QString sp = keyed(prefix);
        if (sp.isEmpty())
            continue;
        // The support program's amounts are the 基準額 of each sub-project, not an add-on.
        if (menu == u"support")
            return t(u"%1の基準額（%2）", u"Standard amount of %1 (%2)")
                .arg(subprojectLabel(sp, lang));
        return t(u"%1の加算額（%2）", u"Add-on of %1 (%2)").arg(subprojectLabel(sp, lang));
    }
    if (const QString staff = keyed(u"per_person."); !staff.isEmpty())
        return t(u"%1の加算額（%2、1人あたり）", u"Add-on of %1 (%2, per person)")
            .arg(staffLabel(staff, lang));
    if (const QString sp = keyed(u"cells."); !sp.isEmpty())
        return t(u"%1の事業表（%2）", u"Matrix of %1 (%2)").arg(subprojectLabel(sp, lang));
    if (const QString who = keyed(u"caps."); !who.isEmpty()) {
        const QString name
            = findStaffKind(who) ? staffLabel(who, lang) : subprojectLabel(who, lang);
        return t(u"%1の上限人数（%2）", u"Cap of %1 (%2)").arg(name);
    }
    return {};
}

} // namespace

namespace
{
QString makeValueLabel(QStringView item, QStringView lang)
{
    static const QHash<QString, Bilingual> fixed = {
        { QStringLiteral("calculation.truncation_unit"),
            both("千円未満の切捨て単位", "Truncation unit (below 1,000 yen)") },
        { QStringLiteral("calculation.adopted_rule"),
            both("補助基本額の算定方法（基準額と対象経費の実支出予定額の少ない方）",
                "How the amount subsidised is chosen (the lower of the standard amount and the "
                "net cost)") },
        { QStringLiteral("startup_support.prefecture_share"),
            both("立ち上げ支援の都道府県負担割合", "Prefecture's share of start-up support") },
        { QStringLiteral("startup_support.national_share"),
            both("立ち上げ支援の国の負担割合", "National share of start-up support") },
        { QStringLiteral("startup_support.max_duration_years"),
            both("立ち上げ支援の実施年数の上限", "Maximum years of start-up support") },
        { QStringLiteral("matrix"), both("事業表（◎・○・-）", "Matrix (◎/○/-)") },
    };
    const QString key = item.toString();
    const auto f = fixed.constFind(key);
    if (f != fixed.constEnd())
        return f->in(lang);
    const auto dot = key.indexOf(u'.');
    if (dot > 0 && findMenu(QStringView(key).left(dot))) {
        const QString label = menuItemLabel(key.left(dot), QStringView(key).mid(dot + 1), lang);
        if (!label.isEmpty())
            return label;
    }
    return key;
}
} // namespace

QString valueLabel(QStringView item, QStringView lang)
{
    thread_local TextMemo memo;
    return memo.get({ item, lang }, [&] { return makeValueLabel(item, lang); });
}

QString subprojectMark(QStringView subproject)
{
    const auto &list = subprojectCatalogue();
    for (qsizetype i = 0; i < list.size() && i < 20; ++i)
        if (list[i].id == subproject)
            return QString(QChar(char16_t(0x2460 + i))); // ① is U+2460
    return {};
}

QString withValueLabels(QStringView text, QStringView lang)
{
    static const QRegularExpression keys(
        QStringLiteral("\\b[a-z][a-z_]*(?:\\.[a-z][a-z0-9_]*)+\\b"));
    return replaceEach(
        text.toString(), keys, [lang](QStringView key) { return valueLabel(key, lang); });
}

} // namespace shienplan
