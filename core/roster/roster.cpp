#include "core/roster/roster.h"

#include "core/prefecture/workspaceedits.h"

#include "core/base/catalogue.h"
#include "core/report/csvexport.h"
#include "core/base/fiscalyear.h"
#include "core/registry/registry.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace shienplan {

QString RosterProblem::toString() const
{
    return QStringLiteral("line %1: %2").arg(line).arg(en);
}

bool isRosterFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");
}

namespace {

// ---------------------------------------------------------------------------------------------
// Text helpers

// NFKC (full-width digits and letters, half-width katakana, the ideographic space), no
// whitespace at all, lower case: how headers, menus, flags and numbers are compared.
QString squeeze(QStringView text)
{
    const QString n = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n)
        if (!c.isSpace())
            out += c.toLower();
    return out;
}

// Drops everything in parentheses (after NFKC, （） are ()).
QString withoutParentheses(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(\([^)]*\))"));
    QString out = s;
    out.remove(re);
    return out;
}

// Folds the spellings that differ between official names and what people type: ヶ/ケ/ヵ/け,
// ツ/つ/っ, ノ/の, and a few old or variant kanji. Only used when the exact name fails, and only
// a unique result is accepted.
QString foldName(QStringView name)
{
    QString n = name.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'ヶ': case u'ヵ': case u'け': case u'ゖ': case u'ゕ':
            out += u'ケ';
            break;
        case u'つ': case u'っ': case u'ッ':
            out += u'ツ';
            break;
        case u'の':
            out += u'ノ';
            break;
        case u'﨑': out += u'崎'; break;
        case u'髙': out += u'高'; break;
        case u'檮': out += u'梼'; break;
        case u'邊': case u'邉': out += u'辺'; break;
        case u'濱': out += u'浜'; break;
        case u'澤': out += u'沢'; break;
        case u'竜': out += u'龍'; break;
        default:
            out += c;
        }
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString bodyWithPlace(const LocalBody &b, const Registry &registry)
{
    const LocalBody *pref = registry.prefectureOf(b);
    if (!pref || pref == &b)
        return QStringLiteral("%1 (%2)").arg(b.name, b.code);
    return QStringLiteral("%1（%2, %3）").arg(b.name, pref->name, b.code);
}

// ---------------------------------------------------------------------------------------------
// Decoding and CSV records

struct Decoded {
    QString text;
    QString problemJa;
    QString problemEn;
    QString noticeJa;
    QString noticeEn;
};

Decoded decode(const QByteArray &bytes)
{
    Decoded d;
    auto strictUtf8 = [&d](QByteArrayView b) {
        QStringDecoder dec(QStringDecoder::Utf8);
        d.text = dec(b);
        return !dec.hasError();
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (!strictUtf8(QByteArrayView(bytes).sliced(3))) {
            d.problemJa = QStringLiteral("UTF-8 の BOM で始まるのに、UTF-8 として読めないバイトがあります。");
            d.problemEn = QStringLiteral("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        return d;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        d.text = dec(QByteArrayView(bytes).sliced(2));
        if (dec.hasError()) {
            d.problemJa = QStringLiteral("UTF-16 として読めない部分があります。");
            d.problemEn = QStringLiteral("the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
        }
        return d;
    }
    if (strictUtf8(bytes))
        return d;
    // Excel on Japanese Windows saves 「CSV (コンマ区切り)」 in CP932. Qt decodes it only when
    // it was built with ICU (or iconv); ask at run time rather than assume.
    for (const char *name : {"CP932", "Shift_JIS"}) {
        QStringDecoder dec(name);
        if (!dec.isValid())
            continue;
        d.text = dec(bytes);
        if (dec.hasError()) {
            d.text.clear();
            d.problemJa = QStringLiteral("文字コードが UTF-8 でも Shift_JIS (CP932) でもありません。Excel で「CSV UTF-8 (コンマ区切り)」として保存し直してください。");
            d.problemEn = QStringLiteral("the file is neither UTF-8 nor Shift_JIS (CP932); save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
        } else {
            d.noticeJa = QStringLiteral("UTF-8 ではないため、Shift_JIS (CP932) として読みました。");
            d.noticeEn = QStringLiteral("the file is not UTF-8; read it as Shift_JIS (CP932)");
        }
        return d;
    }
    d.text.clear();
    d.problemJa = QStringLiteral("UTF-8 ではありません（Excel の「CSV (コンマ区切り)」は Shift_JIS で保存されます）。この環境では Shift_JIS を読めないため、Excel で「CSV UTF-8 (コンマ区切り)」として保存し直してください。");
    d.problemEn = QStringLiteral("the file is not UTF-8 (probably Shift_JIS/CP932, which Excel writes for \"CSV (Comma delimited)\"), and this build cannot decode Shift_JIS; save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
    return d;
}

struct Record {
    int line = 0;
    QStringList fields;
};

// RFC 4180 with the leniency of real spreadsheets: CRLF, LF or CR line ends; a quote inside
// an unquoted cell is a plain character; text after a closing quote is kept.
bool parseRecords(const QString &text, QChar delimiter, QList<Record> &records, int &unclosedLine)
{
    Record rec;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    rec.line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        rec.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records << rec;
        rec = Record();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        unclosedLine = rec.line;
        return false;
    }
    if (!field.isEmpty() || !rec.fields.isEmpty())
        endRecord();
    return true;
}

bool blank(const Record &r)
{
    for (const auto &f : r.fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Columns

enum class Col {
    Code, Prefecture, Name, FiscalYear, Menu, Startup, PrefectureShare, StartupYear, Subprojects,
    Expenditure, OtherIncome, Population, Coordinators, Professionals, VisitingSupporters,
    YearsRunning, NextYearMenu, Juso, WelfareOffice, Joint, Served, Note
};

struct ColumnSpec {
    Col col;
    const char *id;       // English header (also accepted)
    const char *ja;       // the header rosterToCsv writes
    QList<const char *> aliases;
};

const QList<ColumnSpec> &columnSpecs()
{
    static const QList<ColumnSpec> specs = {
        {Col::Code, "code", "団体コード", {"コード", "自治体コード", "市町村コード", "団体code", "地方公共団体コード", "全国地方公共団体コード", "bodycode"}},
        {Col::Prefecture, "prefecture", "都道府県", {"都道府県名", "県名", "prefecturename"}},
        {Col::Name, "name", "団体名", {"自治体名", "市町村名", "市区町村名", "市区町村", "市町村", "名称", "bodyname", "municipality"}},
        {Col::FiscalYear, "fiscal_year", "年度", {"実施年度", "fy", "year", "fiscalyear"}},
        {Col::Menu, "menu", "事業", {"事業名", "事業区分", "メニュー", "実施事業名"}},
        {Col::Startup, "startup", "立ち上げ支援", {"立上げ支援", "立ち上げ", "立上げ", "startupsupport", "都道府県による立ち上げ支援"}},
        {Col::PrefectureShare, "prefecture_share", "都道府県負担割合", {"都道府県負担", "都道府県の負担割合", "prefectureshare"}},
        {Col::StartupYear, "startup_year", "立ち上げ支援年次", {"立ち上げ支援の年次", "startupyear"}},
        {Col::Subprojects, "subprojects", "事業内容", {"実施事業", "実施内容", "内容", "subproject"}},
        {Col::Expenditure, "expenditure", "支出額", {"実支出額", "対象経費", "対象経費の実支出額", "対象経費支出額", "事業費"}},
        {Col::OtherIncome, "other_income", "その他の収入", {"寄付金その他の収入", "寄付金その他の収入額", "その他収入", "otherincome"}},
        {Col::Population, "population", "人口", {"人口(人)", "住民基本台帳人口"}},
        {Col::Coordinators, "coordinators", "コーディネーター", {"コーディネーター数", "ひきこもり支援コーディネーター", "コーディネータ"}},
        {Col::Professionals, "professionals", "専門職", {"専門職数", "専門職の配置"}},
        {Col::VisitingSupporters, "visiting_supporters", "訪問支援員", {"市町村等訪問支援員", "visitingsupporters"}},
        {Col::YearsRunning, "years_running", "実施年数", {"年目", "何年目", "yearsrunning"}},
        {Col::NextYearMenu, "next_year_menu", "翌年度事業", {"翌年度の事業", "翌年度", "nextyearmenu"}},
        {Col::Juso, "juso", "重層", {"重層的支援体制整備事業", "重層事業"}},
        {Col::WelfareOffice, "welfare_office", "福祉事務所", {"福祉事務所設置", "welfareoffice"}},
        {Col::Joint, "joint", "共同実施", {"共同", "共同実施団体", "jointmembers"}},
        {Col::Served, "served_municipalities", "担当区域", {"担当市町村", "対象市町村", "支援対象市町村", "担当区域市町村", "served", "servedarea"}},
        // Free text a roster may carry for people (where a row comes from, remarks): recognised
        // so that it is not reported as an unknown column, and not imported.
        {Col::Note, "note", "備考", {"出典", "メモ", "source", "remarks", "notes", "comment"}},
    };
    return specs;
}

QString headerKey(const QString &raw)
{
    QString k = withoutParentheses(squeeze(raw));
    k.remove(u'_');
    k.remove(u'-');
    k.remove(u'・');
    return k;
}

// A unit in a header, "支出額（千円）": the factor for the whole column.
int headerUnit(const QString &raw)
{
    const QString s = squeeze(raw);
    if (s.contains(QStringLiteral("千円")))
        return 1000;
    if (s.contains(QStringLiteral("万円")))
        return 10000;
    return 1;
}

std::optional<Col> columnOf(const QString &raw)
{
    static const QHash<QString, Col> byKey = [] {
        QHash<QString, Col> h;
        for (const auto &s : columnSpecs()) {
            h.insert(headerKey(QString::fromUtf8(s.id)), s.col);
            h.insert(headerKey(QString::fromUtf8(s.ja)), s.col);
            for (const char *a : s.aliases)
                h.insert(headerKey(QString::fromUtf8(a)), s.col);
        }
        return h;
    }();
    const QString k = headerKey(raw);
    if (k.isEmpty())
        return std::nullopt;
    auto it = byKey.constFind(k);
    if (it == byKey.constEnd())
        return std::nullopt;
    return *it;
}

// ---------------------------------------------------------------------------------------------
// Values

std::optional<int> parseFiscalYear(const QString &raw)
{
    QString s = squeeze(raw);
    s.remove(QStringLiteral("年度"));
    if (s.endsWith(u'年'))
        s.chop(1);
    static const QRegularExpression western(QStringLiteral(R"(^(?:fy)?(\d{4})$)"));
    static const QRegularExpression era(QStringLiteral(R"(^(r|令和|h|平成)(\d{1,2}|元)$)"));
    if (auto m = western.match(s); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y >= 1990 && y <= 2100)
            return y;
        return std::nullopt;
    }
    if (auto m = era.match(s); m.hasMatch()) {
        const int n = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
        if (n < 1)
            return std::nullopt;
        const QString e = m.captured(1);
        return (e == QStringLiteral("r") || e == QStringLiteral("令和")) ? 2018 + n : 1988 + n;
    }
    return std::nullopt;
}

enum class AmountError { None, Bad, Negative };

// Yen from what people type: "14,000,000", "14000000", "14,000千円", "1.5万円", "¥14,000,000",
// full-width digits; `unit` is the column's unit when the cell has none. Never a float: the
// decimal part is kept as digits and must come out as whole yen.
std::optional<Yen> parseAmount(const QString &raw, int unit, AmountError &error)
{
    error = AmountError::None;
    QString s = squeeze(raw);
    for (const QChar neg : {u'-', u'−', u'▲', u'△', u'ー'}) {
        if (s.startsWith(neg)) {
            error = AmountError::Negative;
            return std::nullopt;
        }
    }
    if (s.startsWith(u'(') && s.endsWith(u')')) { // accounting style (1,000)
        error = AmountError::Negative;
        return std::nullopt;
    }
    if (s.startsWith(u'¥') || s.startsWith(u'\\') || s.startsWith(u'￥'))
        s.remove(0, 1);
    Yen factor = unit;
    if (s.endsWith(QStringLiteral("千円"))) {
        factor = 1000;
        s.chop(2);
    } else if (s.endsWith(QStringLiteral("万円"))) {
        factor = 10000;
        s.chop(2);
    } else if (s.endsWith(u'円')) {
        factor = 1;
        s.chop(1);
    }
    s.remove(u',');
    static const QRegularExpression number(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
    const auto m = number.match(s);
    if (!m.hasMatch()) {
        error = AmountError::Bad;
        return std::nullopt;
    }
    const auto whole = parseYen(m.captured(1));
    if (!whole) {
        error = AmountError::Bad;
        return std::nullopt;
    }
    Yen value = *whole * factor;
    const QString frac = m.captured(2);
    if (!frac.isEmpty()) {
        Yen scale = 1;
        for (qsizetype i = 0; i < frac.size(); ++i)
            scale *= 10;
        const Yen part = *parseYen(frac) * factor;
        if (part % scale != 0) { // "1.5" yen, "0.0001千円": not a whole yen
            error = AmountError::Bad;
            return std::nullopt;
        }
        value += part / scale;
    }
    return value;
}

std::optional<qint64> parseCount(const QString &raw, qint64 max)
{
    QString s = squeeze(raw);
    for (const char *suffix : {"人", "名"})
        if (s.endsWith(QString::fromUtf8(suffix)))
            s.chop(QString::fromUtf8(suffix).size());
    s.remove(u',');
    static const QRegularExpression digits(QStringLiteral(R"(^\d{1,12}$)"));
    if (!digits.match(s).hasMatch())
        return std::nullopt;
    const qint64 v = s.toLongLong();
    if (v > max)
        return std::nullopt;
    return v;
}

std::optional<bool> parseFlag(const QString &raw)
{
    static const QSet<QString> yes = {QStringLiteral("あり"), QStringLiteral("有"), QStringLiteral("有り"),
                                      QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
                                      QStringLiteral("true"), QStringLiteral("○"), QStringLiteral("◯"),
                                      QStringLiteral("●"), QStringLiteral("✓"), QStringLiteral("はい"),
                                      QStringLiteral("実施")};
    static const QSet<QString> no = {QStringLiteral("なし"), QStringLiteral("無"), QStringLiteral("無し"),
                                     QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
                                     QStringLiteral("false"), QStringLiteral("×"), QStringLiteral("-"),
                                     QStringLiteral("いいえ"), QStringLiteral("未実施")};
    const QString s = squeeze(raw);
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

// "1/4", "25%", "37.5%", "0.25": exact, within [0, 1].
std::optional<Fraction> parseShare(const QString &raw)
{
    QString s = squeeze(raw);
    if (auto f = parseFraction(s)) {
        if (*f > 1)
            return std::nullopt;
        return f;
    }
    Fraction divisor = 1;
    if (s.endsWith(u'%')) {
        s.chop(1);
        divisor = 100;
    }
    static const QRegularExpression decimal(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
    const auto m = decimal.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QString digits = m.captured(1) + m.captured(2);
    auto n = parseYen(digits);
    if (!n)
        return std::nullopt;
    Yen scale = 1;
    for (qsizetype i = 0; i < m.captured(2).size(); ++i)
        scale *= 10;
    const Fraction f = Fraction(*n, scale) / divisor;
    if (f > 1)
        return std::nullopt;
    return f;
}

// The form rosterToCsv writes a share in: a percentage when it is one with at most two
// decimals (Excel keeps "25%" as it is, whereas it turns "1/4" into 4 January), else "n/d".
QString shareText(const Fraction &f)
{
    const Fraction pct = f * 100;
    for (int decimals = 0; decimals <= 2; ++decimals) {
        Yen scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const Fraction scaled = pct * Fraction(scale);
        if (boost::multiprecision::denominator(scaled) != 1)
            continue;
        const Yen v = boost::multiprecision::numerator(scaled);
        QString digits = yenToString(v);
        if (decimals > 0) {
            while (digits.size() <= decimals)
                digits.prepend(u'0');
            digits.insert(digits.size() - decimals, u'.');
        }
        return digits + u'%';
    }
    return fractionToString(f);
}

// Menus -----------------------------------------------------------------------------------------

const QString kGenericCenter = QStringLiteral("*center");
const QString kStartupAsMenu = QStringLiteral("*startup");

QString menuKey(const QString &raw)
{
    QString k = squeeze(raw);
    if (k.endsWith(QStringLiteral("事業")) && k.size() > 2)
        k.chop(2);
    return k;
}

// The menu a cell names: an id, or kGenericCenter (センター: decided by the body's kind), or
// kStartupAsMenu, or empty when unknown.
QString menuFromText(const QString &raw)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> h;
        auto add = [&h](const QString &menu, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(menuKey(QString::fromUtf8(n)), menu);
        };
        for (const auto &m : menuCatalogue()) {
            h.insert(menuKey(m.id), m.id);
            h.insert(menuKey(m.ja), m.id);
            h.insert(menuKey(m.en), m.id);
            h.insert(menuKey(m.key), m.id);
        }
        add(QStringLiteral("center_municipal"), {"市町村センター", "市区町村センター", "市町村のセンター", "センター(市町村)", "センター(市区町村)", "地域支援センター(市区町村)"});
        add(QStringLiteral("center_prefectural"), {"都道府県センター", "指定都市センター", "都道府県・指定都市センター", "センター(都道府県)", "センター(都道府県・指定都市)", "地域支援センター(都道府県・指定都市)"});
        add(QStringLiteral("station"), {"ステーション", "支援ステーション", "ひきこもり支援ステーション", "ステーション事業"});
        add(QStringLiteral("support"), {"サポート", "ひきこもりサポート", "サポート事業"});
        add(QStringLiteral("preparation"), {"準備支援", "準備", "市町村への準備支援", "準備支援事業"});
        add(QStringLiteral("satellite"), {"サテライト", "サテライト設置", "センターのサテライト", "サテライト(都道府県のみ)"});
        add(QStringLiteral("acceleration"), {"加速化", "加速化事業", "支援体制構築加速化", "ひきこもり支援体制構築加速化"});
        add(kGenericCenter, {"センター", "地域支援センター", "ひきこもり地域支援センター"});
        add(kStartupAsMenu, {"立ち上げ支援", "立上げ支援", "都道府県による立ち上げ支援", "都道府県による市町村の立ち上げ支援", "startup_support", "m6"});
        return h;
    }();
    return byKey.value(menuKey(raw));
}

QString resolveMenu(const QString &menu, BodyKind kind)
{
    if (menu != kGenericCenter)
        return menu;
    return (kind == BodyKind::Prefecture || kind == BodyKind::DesignatedCity) ? QStringLiteral("center_prefectural")
                                                                             : QStringLiteral("center_municipal");
}

QString shortMenuLabel(const QString &id)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("center_municipal"), QStringLiteral("市町村センター")},
        {QStringLiteral("center_prefectural"), QStringLiteral("都道府県センター")},
        {QStringLiteral("station"), QStringLiteral("ステーション")},
        {QStringLiteral("support"), QStringLiteral("サポート")},
        {QStringLiteral("preparation"), QStringLiteral("準備支援")},
        {QStringLiteral("satellite"), QStringLiteral("サテライト")},
        {QStringLiteral("acceleration"), QStringLiteral("加速化事業")},
    };
    return labels.value(id, id);
}

// Sub-projects -----------------------------------------------------------------------------------

QString subprojectKey(const QString &raw)
{
    QString k = withoutParentheses(squeeze(raw));
    if (k.endsWith(QStringLiteral("事業")) && k.size() > 2)
        k.chop(2);
    return k;
}

bool isCircledNumber(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2460 && u <= 0x2473)    // ①..⑳
        || (u >= 0x2474 && u <= 0x2487)    // ⑴..⒇
        || (u >= 0x2488 && u <= 0x249B)    // ⒈..⒛
        || (u >= 0x3251 && u <= 0x325F)    // ㉑..㉟
        || (u >= 0x24EA && u <= 0x24FF)    // ⓪, ⓫..⓿
        || (u >= 0x2776 && u <= 0x2793);   // ❶..➓
}

const QHash<QString, QString> &subprojectAliases()
{
    static const QHash<QString, QString> h = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *id, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(subprojectKey(QString::fromUtf8(n)), QString::fromLatin1(id));
        };
        for (const auto &e : subprojectCatalogue()) {
            m.insert(subprojectKey(e.ja), e.id);
            m.insert(subprojectKey(e.en), e.id);
        }
        // The other spellings of rules.md §1.1.
        add("consultation", {"相談支援", "相談支援事業(窓口周知)", "相談"});
        add("ibasho", {"居場所づくり", "居場所", "居場所作り"});
        add("network", {"連絡協議会・ネットワークづくり", "連絡協議会・ネットワーク", "連絡協議会", "ネットワークづくり", "地域のネットワークづくり", "ネットワーク"});
        add("peer_family_meetings", {"当事者会・家族会の開催", "当事者会・家族会開催", "当事者会・家族会"});
        add("public_lectures", {"住民向け講演会・研修会の開催", "住民向け講演会・研修会開催", "住民向け講演会・研修会", "住民への普及啓発", "住民向け講演会等の開催", "普及啓発"});
        add("supporters", {"サポーター派遣・養成", "サポーター"});
        add("private_partners", {"民間団体との連携"});
        add("needs_survey", {"実態把握調査", "実態把握"});
        add("professionals", {"専門職の配置", "専門職"});
        add("multidisciplinary_team", {"多職種専門チームの設置", "多職種専門チーム"});
        add("staff_training", {"関係機関の職員養成研修"});
        add("municipal_backup", {"管内市町村・行政区への支援", "管内市区町村への後方支援", "管内市町村等への後方支援", "市町村等への後方支援", "後方支援"});
        add("supporter_care", {"支援者ケア", "支援者のケア"});
        add("visiting_supporters", {"市町村等訪問支援員の配置", "市町村等訪問支援員", "訪問支援員"});
        return m;
    }();
    return h;
}

// Returns the id, or empty; `bareNumber` is set when the token is only a circled number.
QString subprojectFromText(const QString &token, bool &bareNumber)
{
    bareNumber = false;
    const QString t = token.trimmed();
    if (const auto *e = findSubproject(t))
        return e->id;
    static const QRegularExpression sKey(QStringLiteral(R"(^s(\d{1,2})$)"));
    if (auto m = sKey.match(squeeze(t)); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        for (const auto &e : subprojectCatalogue())
            if (e.key == QStringLiteral("S%1").arg(n, 2, 10, QLatin1Char('0')))
                return e.id;
        return {};
    }
    qsizetype i = 0;
    while (i < t.size() && (isCircledNumber(t[i]) || t[i].isSpace()))
        ++i;
    QString rest = t.mid(i);
    if (i == 0) { // "1. 相談支援", "(1)相談支援"
        static const QRegularExpression numbered(QStringLiteral(R"(^(?:\(\d{1,2}\)|\d{1,2}[.)])\s*)"));
        const QString n = rest.normalized(QString::NormalizationForm_KC);
        if (auto m = numbered.match(n); m.hasMatch())
            rest = n.mid(m.capturedLength());
    }
    if (rest.trimmed().isEmpty()) {
        bareNumber = true;
        return {};
    }
    return subprojectAliases().value(subprojectKey(rest));
}

QStringList splitList(const QString &raw)
{
    static const QRegularExpression sep(QStringLiteral(R"([、,，;；/／\s]+)"));
    QStringList out;
    for (const QString &t : raw.split(sep, Qt::SkipEmptyParts))
        out << t;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Names

class NameResolver {
public:
    explicit NameResolver(const Registry &registry) : m_registry(registry)
    {
        for (const auto &b : registry.all()) {
            m_byFolded[foldName(b.name)].append(&b);
            if (b.kind == BodyKind::Prefecture) {
                m_prefByName.insert(b.name, &b);
                QString shortName = b.name;
                if (shortName != QStringLiteral("北海道"))
                    shortName.chop(1); // 都, 府, 県
                m_prefByName.insert(shortName, &b);
                m_prefByName.insert(b.code.left(2), &b);
                m_prefByName.insert(b.code, &b);
            }
        }
    }

    struct Result {
        const LocalBody *body = nullptr;
        QString problemCode;
        QString ja;
        QString en;
        QStringList suggestions;
        QString noticeJa; // matched through a spelling variant
        QString noticeEn;
    };

    const LocalBody *prefecture(const QString &raw) const
    {
        const QString s = raw.normalized(QString::NormalizationForm_KC).trimmed();
        return m_prefByName.value(s, nullptr);
    }

    QStringList prefectureSuggestions(const QString &raw) const
    {
        QList<QPair<int, const LocalBody *>> scored;
        const QString s = foldName(raw);
        for (const auto &b : m_registry.all())
            if (b.kind == BodyKind::Prefecture)
                scored << qMakePair(editDistance(s, foldName(b.name)), &b);
        std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second->code < b.second->code;
        });
        // Only the closest: "富山件" suggests 富山県, not every prefecture two characters away.
        QStringList out;
        for (qsizetype i = 0; i < scored.size() && out.size() < 3; ++i)
            if (scored[i].first <= 2 && scored[i].first == scored.first().first)
                out << scored[i].second->name;
        return out;
    }

    // A code as written. Excel drops the leading 0 of 北海道〜茨城県's codes (012025 → 12025) when
    // it opens a roster, and a 5-digit code is also the code without its check digit: when both
    // readings name a body, `name` (the row's 団体名) or `pref` (its 都道府県) decides, else the
    // row is reported with both.
    Result byCode(const QString &rawCode, const QString &name = {}, const LocalBody *pref = nullptr) const
    {
        Result r;
        const QString code = rawCode.normalized(QString::NormalizationForm_KC).trimmed();
        const LocalBody *asWritten = m_registry.find(code);
        const LocalBody *zeroLost = (code.size() == 5 || code.size() == 4) && !code.startsWith(u'0')
            ? m_registry.find(u'0' + code) : nullptr;
        if (asWritten && zeroLost) {
            auto fits = [&](const LocalBody *b) {
                return (!name.isEmpty() && byName(name, m_registry.prefectureOf(*b)).body == b)
                    || (name.isEmpty() && pref && m_registry.prefectureOf(*b) == pref);
            };
            if (fits(asWritten) && !fits(zeroLost)) {
                zeroLost = nullptr;
            } else if (fits(zeroLost) && !fits(asWritten)) {
                asWritten = nullptr;
            } else {
                r.problemCode = QStringLiteral("ambiguous_code");
                r.suggestions = {bodyWithPlace(*zeroLost, m_registry), bodyWithPlace(*asWritten, m_registry)};
                r.ja = QStringLiteral("団体コード「%1」は %2（先頭の0が落ちたもの）とも %3（検査数字なし）とも読めます。団体名か6桁のコードを入れてください。")
                           .arg(code, r.suggestions[0], r.suggestions[1]);
                r.en = QStringLiteral("%1: may be %2 (leading 0 lost) or %3 (without the check digit); give the name or the 6-digit code")
                           .arg(code, r.suggestions[0], r.suggestions[1]);
                return r;
            }
        }
        if (!asWritten && zeroLost) {
            r.body = zeroLost;
            r.noticeJa = QStringLiteral("団体コード「%1」を、先頭の0が落ちたもの（Excel で開いた名簿によくあります）として %2 と読みました。")
                             .arg(code, bodyWithPlace(*zeroLost, m_registry));
            r.noticeEn = QStringLiteral("body code %1 read as %2 (its leading 0 lost, as when Excel opens a roster)")
                             .arg(code, bodyWithPlace(*zeroLost, m_registry));
            return r;
        }
        r.body = asWritten;
        if (!r.body) {
            r.problemCode = QStringLiteral("unknown_code");
            const bool shape = code.size() == 6 || code.size() == 5;
            r.ja = shape ? QStringLiteral("団体コード「%1」の団体はありません（検査数字を確認してください）。").arg(code)
                         : QStringLiteral("団体コード「%1」は6桁（または検査数字なしの5桁）ではありません。").arg(code);
            r.en = shape ? QStringLiteral("%1: no local body has this code (check the check digit)").arg(code)
                         : QStringLiteral("%1: a body code has 6 digits (or 5 without the check digit)").arg(code);
        }
        return r;
    }

    Result byName(const QString &rawName, const LocalBody *pref) const
    {
        Result r;
        QString name = rawName.normalized(QString::NormalizationForm_KC).trimmed();
        // 「富山県富山市」 in the name column: the prefecture is part of the name.
        for (auto it = m_prefByName.constBegin(); it != m_prefByName.constEnd(); ++it) {
            const LocalBody *p = it.value();
            if (it.key() == p->name && name.size() > p->name.size() && name.startsWith(p->name)) {
                if (pref && pref != p)
                    break;
                pref = p;
                name = name.mid(p->name.size()).trimmed();
                break;
            }
        }
        const QString prefName = pref ? pref->name : QString();
        if (const LocalBody *b = m_registry.findByName(prefName, name)) {
            r.body = b;
            return r;
        }
        // Variant spellings (ヶ/ケ, つ/ツ, 﨑/崎 …), inside the prefecture when it is given.
        const QString folded = foldName(name);
        QList<const LocalBody *> variants;
        for (const LocalBody *b : m_byFolded.value(folded))
            if (!pref || b->prefectureCode == pref->code)
                variants << b;
        QList<const LocalBody *> exact; // the exact name anywhere (to explain ambiguity)
        for (const LocalBody *b : m_byFolded.value(folded))
            if (b->name == name)
                exact << b;
        if (variants.size() == 1 && variants.first()->name != name) {
            r.body = variants.first();
            r.noticeJa = QStringLiteral("「%1」を表記ゆれとして %2 と照合しました。").arg(name, bodyWithPlace(*r.body, m_registry));
            r.noticeEn = QStringLiteral("matched \"%1\" to %2 (spelling variant)").arg(name, bodyWithPlace(*r.body, m_registry));
            return r;
        }
        const QList<const LocalBody *> &candidates = variants.size() > 1 ? variants : exact;
        if (!pref && candidates.size() > 1) {
            r.problemCode = QStringLiteral("ambiguous_name");
            for (const LocalBody *b : candidates)
                r.suggestions << bodyWithPlace(*b, m_registry);
            r.ja = QStringLiteral("「%1」は複数あります（%2）。都道府県か団体コードを入れてください。").arg(name, r.suggestions.join(QStringLiteral("、")));
            r.en = QStringLiteral("%1: several municipalities have this name (%2); add the prefecture or the code")
                       .arg(name, r.suggestions.join(QStringLiteral(", ")));
            return r;
        }
        if (pref && !exact.isEmpty()) {
            r.problemCode = QStringLiteral("not_in_prefecture");
            QStringList where;
            for (const LocalBody *b : exact)
                r.suggestions << bodyWithPlace(*b, m_registry);
            r.ja = QStringLiteral("「%1」は%2にはありません（%3）。").arg(name, pref->name, r.suggestions.join(QStringLiteral("、")));
            r.en = QStringLiteral("%1: not in %2 (there is %3)").arg(name, pref->name, r.suggestions.join(QStringLiteral(", ")));
            return r;
        }
        r.problemCode = QStringLiteral("unknown_name");
        for (const LocalBody *b : suggest(name, pref))
            r.suggestions << bodyWithPlace(*b, m_registry);
        const QString inPrefJa = pref ? pref->name + QStringLiteral("に") : QString();
        const QString inPrefEn = pref ? QStringLiteral(" in ") + pref->name : QString();
        if (r.suggestions.isEmpty()) {
            r.ja = QStringLiteral("「%1」という団体は%2ありません。").arg(name, inPrefJa);
            r.en = QStringLiteral("%1: no such municipality%2").arg(name, inPrefEn);
        } else {
            r.ja = QStringLiteral("「%1」という団体は%2ありません。候補: %3").arg(name, inPrefJa, r.suggestions.join(QStringLiteral("、")));
            r.en = QStringLiteral("%1: no such municipality%2 (did you mean %3?)").arg(name, inPrefEn, r.suggestions.join(QStringLiteral(", ")));
        }
        return r;
    }

private:
    // The closest names: type-ahead matches first (a name that contains the text or starts with
    // it), then names within a small edit distance; bodies of the given prefecture first.
    QList<const LocalBody *> suggest(const QString &name, const LocalBody *pref) const
    {
        struct Hit {
            int rank;
            const LocalBody *body;
        };
        QList<Hit> hits;
        QSet<const LocalBody *> seen;
        const QString folded = foldName(name);
        const int maxDistance = std::clamp(int(folded.size()) / 2, 1, 2);
        auto inPref = [pref](const LocalBody *b) { return pref && b->prefectureCode == pref->code; };
        for (const LocalBody *b : m_registry.search(name, 10)) {
            hits << Hit{inPref(b) ? -1 : 0, b};
            seen.insert(b);
        }
        for (const auto &b : m_registry.all()) {
            if (seen.contains(&b))
                continue;
            const int d = editDistance(folded, foldName(b.name));
            if (d <= maxDistance)
                hits << Hit{(inPref(&b) ? 0 : 10) + d, &b};
        }
        std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.body->code < b.body->code;
        });
        QList<const LocalBody *> out;
        for (qsizetype i = 0; i < hits.size() && out.size() < 5; ++i)
            out << hits[i].body;
        return out;
    }

    const Registry &m_registry;
    QHash<QString, QList<const LocalBody *>> m_byFolded;
    QMap<QString, const LocalBody *> m_prefByName;
};

// ---------------------------------------------------------------------------------------------
// The importer

struct ColumnInfo {
    Col col;
    int index;
    QString header; // as written
    int unit = 1;   // from the header, e.g. 千円
};

class Importer {
public:
    Importer(const Registry &registry, RosterImport &out) : m_registry(registry), m_names(registry), m_out(out) {}

    void run(const QByteArray &bytes)
    {
        const Decoded d = decode(bytes);
        if (!d.problemEn.isEmpty()) {
            fileProblem(QStringLiteral("encoding"), d.problemJa, d.problemEn);
            return;
        }
        if (!d.noticeEn.isEmpty())
            m_out.notices << RosterNotice{0, d.noticeJa, d.noticeEn};
        QString text = d.text;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const qsizetype firstBreak = text.indexOf(u'\n');
        const QString firstLine = firstBreak < 0 ? text : text.left(firstBreak);
        const QChar delimiter = firstLine.count(u'\t') > firstLine.count(u',') ? QChar(u'\t') : QChar(u',');
        QList<Record> records;
        int unclosed = 0;
        if (!parseRecords(text, delimiter, records, unclosed)) {
            RosterProblem p;
            p.line = unclosed;
            p.code = QStringLiteral("bad_quotes");
            p.ja = QStringLiteral("引用符 \" で始まるセルが閉じられていません。");
            p.en = QStringLiteral("a quoted cell is not closed");
            m_out.problems << p;
            return;
        }
        qsizetype h = 0;
        while (h < records.size() && blank(records[h]))
            ++h;
        if (h == records.size()) {
            fileProblem(QStringLiteral("empty_file"), QStringLiteral("見出し行もデータもありません。"),
                        QStringLiteral("the file has no header and no rows"));
            return;
        }
        if (!readHeader(records[h]))
            return;
        const qsizetype width = records[h].fields.size();
        QSet<int> strayColumns; // cells under no header: reported once per column
        for (qsizetype i = h + 1; i < records.size(); ++i) {
            if (blank(records[i]))
                continue;
            ++m_out.rows;
            readRow(records[i]);
            for (qsizetype c = 0; c < records[i].fields.size(); ++c)
                if ((c >= width || m_unnamed.contains(int(c))) && !records[i].fields[c].trimmed().isEmpty())
                    strayColumns.insert(int(c));
        }
        QList<int> stray = strayColumns.values();
        std::sort(stray.begin(), stray.end());
        for (int c : stray)
            m_out.notices << RosterNotice{m_headerLine,
                                          QStringLiteral("%1列目には見出しがないため、その値は読みません。").arg(c + 1),
                                          QStringLiteral("column %1 has values but no header: ignored").arg(c + 1)};
        if (!m_emptyExpenditure.isEmpty()) {
            m_out.notices << RosterNotice{
                0,
                QStringLiteral("支出額が空欄の行（%1行: %2）は 0円 として読みました。").arg(m_emptyExpenditure.size()).arg(lineList(m_emptyExpenditure)),
                QStringLiteral("expenditure is empty on %1 row(s) (%2): imported as 0 yen").arg(m_emptyExpenditure.size()).arg(lineList(m_emptyExpenditure))};
        }
    }

private:
    static QString lineList(const QList<int> &lines)
    {
        // Runs of consecutive lines as ranges: "lines 2–299", "lines 4, 7–9".
        QStringList parts;
        for (qsizetype i = 0; i < lines.size();) {
            qsizetype j = i;
            while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
                ++j;
            parts << (i == j ? QString::number(lines[i]) : QStringLiteral("%1–%2").arg(lines[i]).arg(lines[j]));
            i = j + 1;
        }
        return (lines.size() == 1 ? QStringLiteral("line ") : QStringLiteral("lines ")) + parts.join(QStringLiteral(", "));
    }

    void fileProblem(const QString &code, const QString &ja, const QString &en, const QString &column = {})
    {
        RosterProblem p;
        p.line = 1;
        p.code = code;
        p.column = column;
        p.ja = ja;
        p.en = en;
        m_out.problems << p;
    }

    bool readHeader(const Record &rec)
    {
        m_headerLine = rec.line;
        QMap<Col, int> seen;
        for (qsizetype i = 0; i < rec.fields.size(); ++i) {
            const QString raw = rec.fields[i].trimmed();
            if (raw.isEmpty()) {
                m_unnamed << int(i);
                continue;
            }
            const auto col = columnOf(raw);
            if (!col) {
                m_out.notices << RosterNotice{rec.line,
                                              QStringLiteral("%1列目「%2」は名簿の列ではないため読みません。").arg(i + 1).arg(raw),
                                              QStringLiteral("column %1 \"%2\" is not a roster column: ignored").arg(i + 1).arg(raw)};
                continue;
            }
            if (seen.contains(*col)) {
                RosterProblem p;
                p.line = rec.line;
                p.column = raw;
                p.code = QStringLiteral("duplicate_column");
                p.ja = QStringLiteral("「%1」と同じ列が%2列目にもあります。").arg(raw).arg(seen.value(*col) + 1);
                p.en = QStringLiteral("%1: the same column as column %2").arg(raw).arg(seen.value(*col) + 1);
                m_out.problems << p;
                return false;
            }
            seen.insert(*col, int(i));
            m_cols.insert(*col, ColumnInfo{*col, int(i), raw, headerUnit(raw)});
        }
        QStringList missingJa, missingEn;
        if (!m_cols.contains(Col::Code) && !m_cols.contains(Col::Name)) {
            missingJa << QStringLiteral("団体コード または 団体名");
            missingEn << QStringLiteral("code or name (団体コード or 団体名)");
        }
        if (!m_cols.contains(Col::FiscalYear)) {
            missingJa << QStringLiteral("年度");
            missingEn << QStringLiteral("fiscal_year (年度)");
        }
        if (!m_cols.contains(Col::Menu)) {
            missingJa << QStringLiteral("事業");
            missingEn << QStringLiteral("menu (事業)");
        }
        if (!missingEn.isEmpty()) {
            QStringList found;
            for (const auto &f : rec.fields)
                if (!f.trimmed().isEmpty())
                    found << f.trimmed();
            RosterProblem p;
            p.line = rec.line;
            p.code = QStringLiteral("missing_column");
            p.column = missingEn.join(QStringLiteral(", "));
            p.ja = QStringLiteral("必要な列がありません: %1（見出し: %2）").arg(missingJa.join(QStringLiteral("、")), found.join(QStringLiteral("、")));
            p.en = QStringLiteral("missing column %1 (the header has: %2)").arg(missingEn.join(QStringLiteral(", ")), found.join(QStringLiteral(", ")));
            m_out.problems << p;
            return false;
        }
        return true;
    }

    // One row ----------------------------------------------------------------------------------

    QString cell(const Record &r, Col c) const
    {
        auto it = m_cols.constFind(c);
        if (it == m_cols.constEnd() || it->index >= r.fields.size())
            return {};
        return r.fields[it->index].trimmed();
    }
    bool has(const Record &r, Col c) const { return !cell(r, c).isEmpty(); }
    QString header(Col c) const { return m_cols.value(c).header; }

    void problem(QList<RosterProblem> &list, const Record &r, Col c, const QString &code, const QString &ja,
                 const QString &en, const QStringList &suggestions = {})
    {
        RosterProblem p;
        p.line = r.line;
        p.column = m_cols.contains(c) ? header(c) : QString();
        p.code = code;
        p.value = cell(r, c);
        p.ja = p.column.isEmpty() ? ja : QStringLiteral("%1: %2").arg(p.column, ja);
        p.en = en;
        p.suggestions = suggestions;
        list << p;
    }

    std::optional<Yen> amount(QList<RosterProblem> &problems, const Record &r, Col c)
    {
        const QString raw = cell(r, c);
        if (raw.isEmpty())
            return std::nullopt;
        AmountError err;
        const auto v = parseAmount(raw, m_cols.value(c).unit, err);
        if (err == AmountError::Negative)
            problem(problems, r, c, QStringLiteral("negative_amount"),
                    QStringLiteral("「%1」は負の額です。額は 0 以上の円で入れてください。").arg(raw),
                    QStringLiteral("%1: %2 is negative; amounts are 0 or more yen").arg(header(c), raw));
        else if (err == AmountError::Bad)
            problem(problems, r, c, QStringLiteral("bad_amount"),
                    QStringLiteral("「%1」は金額として読めません（例: 14000000、14,000,000、14,000千円）。").arg(raw),
                    QStringLiteral("%1: \"%2\" is not an amount of yen (e.g. 14000000, 14,000,000 or 14,000千円)").arg(header(c), raw));
        return v;
    }

    std::optional<qint64> count(QList<RosterProblem> &problems, const Record &r, Col c, qint64 max)
    {
        const QString raw = cell(r, c);
        if (raw.isEmpty())
            return std::nullopt;
        const auto v = parseCount(raw, max);
        if (!v) {
            const bool negative = squeeze(raw).startsWith(u'-') || raw.startsWith(u'▲') || raw.startsWith(u'−');
            problem(problems, r, c, negative ? QStringLiteral("negative_number") : QStringLiteral("bad_number"),
                    QStringLiteral("「%1」は 0〜%2 の整数ではありません。").arg(raw).arg(max),
                    QStringLiteral("%1: \"%2\" is not a whole number from 0 to %3").arg(header(c), raw).arg(max));
        }
        return v;
    }

    std::optional<bool> flag(QList<RosterProblem> &problems, const Record &r, Col c)
    {
        const QString raw = cell(r, c);
        if (raw.isEmpty())
            return std::nullopt;
        const auto v = parseFlag(raw);
        if (!v)
            problem(problems, r, c, QStringLiteral("bad_flag"),
                    QStringLiteral("「%1」は「あり」か「なし」で入れてください（1/0、yes/no も可）。").arg(raw),
                    QStringLiteral("%1: \"%2\" is not yes or no (あり/なし, 1/0, yes/no)").arg(header(c), raw));
        return v;
    }

    QString menu(QList<RosterProblem> &problems, const Record &r, Col c, BodyKind kind)
    {
        const QString raw = cell(r, c);
        const QString m = menuFromText(raw);
        if (m == kStartupAsMenu) {
            problem(problems, r, c, QStringLiteral("startup_is_not_a_menu"),
                    QStringLiteral("立ち上げ支援は事業ではありません。事業（センター・ステーション・サポート）を入れ、「立ち上げ支援」列を「あり」にしてください。"),
                    QStringLiteral("%1: 立ち上げ支援 (start-up support) is not a menu; put the menu (center, station or support) and mark the 立ち上げ支援 column").arg(header(c)));
            return {};
        }
        if (m.isEmpty()) {
            QStringList ids;
            for (const auto &e : menuCatalogue())
                ids << e.id;
            problem(problems, r, c, QStringLiteral("unknown_menu"),
                    QStringLiteral("「%1」という事業はありません（センター、ステーション、サポート、準備支援、サテライト、都道府県センター、加速化事業）。").arg(raw),
                    QStringLiteral("%1: \"%2\" is not a menu (センター, ステーション, サポート, 準備支援, サテライト, 都道府県センター, 加速化事業 or an id: %3)")
                        .arg(header(c), raw, ids.join(QStringLiteral(", "))));
            return {};
        }
        return resolveMenu(m, kind);
    }

    QStringList subprojects(QList<RosterProblem> &problems, const Record &r)
    {
        QStringList out;
        for (const QString &t : splitList(cell(r, Col::Subprojects))) {
            bool bare = false;
            const QString id = subprojectFromText(t, bare);
            if (bare) {
                problem(problems, r, Col::Subprojects, QStringLiteral("unknown_subproject"),
                        QStringLiteral("「%1」: 番号だけでは事業を決められません（資料によって番号が違います）。事業名を書いてください。").arg(t),
                        QStringLiteral("%1: \"%2\" is only a number; write the name (the slides number sub-projects differently)").arg(header(Col::Subprojects), t));
                continue;
            }
            if (id.isEmpty()) {
                problem(problems, r, Col::Subprojects, QStringLiteral("unknown_subproject"),
                        QStringLiteral("「%1」という事業内容はありません（相談支援、居場所づくり … または S01〜S14）。").arg(t),
                        QStringLiteral("%1: \"%2\" is not a sub-project (a label such as 相談支援, an id such as consultation, or S01–S14)").arg(header(Col::Subprojects), t));
                continue;
            }
            if (!out.contains(id))
                out << id;
        }
        // Matrix order, whatever the order in the cell: what the window shows and the export writes.
        QStringList ordered;
        for (const auto &e : subprojectCatalogue())
            if (out.contains(e.id))
                ordered << e.id;
        return ordered;
    }

    // A cell that lists bodies by code or name (「162019:1/2;高岡市:1/2」, 「舟橋村、上市町」):
    // each body once, with what follows a colon. Every body that cannot be resolved, and every
    // repeat (reported with `repeatCode`), is a problem of the column.
    struct Listed {
        const LocalBody *body = nullptr;
        std::optional<QString> after; // the text after "：" or ":", if any
    };
    QList<Listed> listedBodies(QList<RosterProblem> &problems, const Record &r, Col col, const LocalBody *pref,
                               const QString &repeatCode)
    {
        QList<Listed> out;
        static const QRegularExpression sep(QStringLiteral(R"([;；、\n]+)"));
        static const QRegularExpression digits(QStringLiteral(R"(^\d{5,6}$)"));
        QSet<QString> codes;
        for (const QString &partRaw : cell(r, col).split(sep, Qt::SkipEmptyParts)) {
            const QString part = partRaw.normalized(QString::NormalizationForm_KC).trimmed();
            const qsizetype colon = part.indexOf(u':');
            const QString who = (colon < 0 ? part : part.left(colon)).trimmed();
            NameResolver::Result res = digits.match(who).hasMatch() ? m_names.byCode(who, {}, pref) : m_names.byName(who, pref);
            if (!res.body) {
                problem(problems, r, col, res.problemCode, res.ja, QStringLiteral("%1: %2").arg(header(col), res.en), res.suggestions);
                continue;
            }
            if (codes.contains(res.body->code)) {
                problem(problems, r, col, repeatCode,
                        QStringLiteral("%1 が二度あります。").arg(res.body->name),
                        QStringLiteral("%1: %2 is listed twice").arg(header(col), res.body->name));
                continue;
            }
            codes.insert(res.body->code);
            out << Listed{res.body, colon < 0 ? std::nullopt : std::optional<QString>(part.mid(colon + 1))};
        }
        return out;
    }

    QList<JointMember> joint(QList<RosterProblem> &problems, const Record &r, const LocalBody *pref)
    {
        QList<JointMember> out;
        if (cell(r, Col::Joint).isEmpty())
            return out;
        int withShare = 0;
        for (const Listed &l : listedBodies(problems, r, Col::Joint, pref, QStringLiteral("bad_joint"))) {
            JointMember jm;
            jm.code = l.body->code;
            if (l.after) {
                const auto s = parseShare(*l.after);
                if (!s) {
                    problem(problems, r, Col::Joint, QStringLiteral("bad_fraction"),
                            QStringLiteral("%1 の割合「%2」は 0〜1 の分数（1/3）か百分率（25%）ではありません。").arg(l.body->name, *l.after),
                            QStringLiteral("%1: the share \"%2\" of %3 is not a fraction from 0 to 1 (1/3) or a percentage (25%)").arg(header(Col::Joint), *l.after, l.body->name));
                    continue;
                }
                jm.share = *s;
                ++withShare;
            }
            out << jm;
        }
        if (!problems.isEmpty())
            return {};
        if (out.size() < 2) {
            problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
                    QStringLiteral("共同実施には2団体以上が必要です。"),
                    QStringLiteral("%1: a joint program needs at least 2 members").arg(header(Col::Joint)));
            return {};
        }
        if (withShare == 0) {
            for (auto &m : out)
                m.share = Fraction(1, out.size());
        } else if (withShare != out.size()) {
            problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
                    QStringLiteral("割合は全団体に入れるか、全団体で空けてください（均等割）。"),
                    QStringLiteral("%1: give a share for every member or for none (equal shares)").arg(header(Col::Joint)));
            return {};
        } else {
            Fraction sum = 0;
            for (const auto &m : out)
                sum += m.share;
            if (sum != 1) {
                problem(problems, r, Col::Joint, QStringLiteral("bad_joint"),
                        QStringLiteral("割合の合計が %1 で、1 になりません。").arg(fractionToString(sum)),
                        QStringLiteral("%1: the members' shares add up to %2, not 1").arg(header(Col::Joint), fractionToString(sum)));
                return {};
            }
        }
        return out;
    }

    // 担当区域: the municipalities a prefecture's center or satellite serves, by code or name
    // (names looked up in the row's prefecture first).
    QStringList served(QList<RosterProblem> &problems, const Record &r, const LocalBody *pref)
    {
        QStringList out;
        for (const Listed &l : listedBodies(problems, r, Col::Served, pref, QStringLiteral("bad_served"))) {
            if (l.body->kind == BodyKind::Prefecture || l.after) {
                problem(problems, r, Col::Served, QStringLiteral("bad_served"),
                        QStringLiteral("担当区域には市町村を名前かコードで並べてください（「%1」は使えません）。").arg(l.body->name + (l.after ? u':' + *l.after : QString())),
                        QStringLiteral("%1: list the municipalities served by name or code (\"%2\" cannot be used)").arg(header(Col::Served), l.body->name));
                continue;
            }
            out << l.body->code;
        }
        return out;
    }

    void readRow(const Record &r)
    {
        QList<RosterProblem> problems;
        // The body.
        const LocalBody *pref = nullptr;
        if (has(r, Col::Prefecture)) {
            pref = m_names.prefecture(cell(r, Col::Prefecture));
            if (!pref) {
                const QStringList sug = m_names.prefectureSuggestions(cell(r, Col::Prefecture));
                problem(problems, r, Col::Prefecture, QStringLiteral("unknown_prefecture"),
                        QStringLiteral("「%1」という都道府県はありません。%2").arg(cell(r, Col::Prefecture), sug.isEmpty() ? QString() : QStringLiteral("候補: ") + sug.join(QStringLiteral("、"))),
                        QStringLiteral("%1: no such prefecture%2").arg(cell(r, Col::Prefecture), sug.isEmpty() ? QString() : QStringLiteral(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))),
                        sug);
            }
        }
        const LocalBody *body = nullptr;
        QString noticeJa, noticeEn;
        if (has(r, Col::Code)) {
            const auto res = m_names.byCode(cell(r, Col::Code), has(r, Col::Name) ? cell(r, Col::Name) : QString(), pref);
            if (!res.body) {
                QString fromName;
                if (has(r, Col::Name)) {
                    const auto byName = m_names.byName(cell(r, Col::Name), pref);
                    if (byName.body)
                        fromName = bodyWithPlace(*byName.body, m_registry);
                }
                problem(problems, r, Col::Code, res.problemCode,
                        res.ja + (fromName.isEmpty() ? QString() : QStringLiteral("団体名からは %1").arg(fromName)),
                        res.en + (fromName.isEmpty() ? QString() : QStringLiteral(" (the name gives %1)").arg(fromName)),
                        fromName.isEmpty() ? res.suggestions : QStringList{fromName} + res.suggestions);
            } else {
                body = res.body;
                noticeJa = res.noticeJa;
                noticeEn = res.noticeEn;
                if (has(r, Col::Name)) {
                    const QString given = cell(r, Col::Name);
                    const auto byName = m_names.byName(given, m_registry.prefectureOf(*body));
                    if (byName.body != body) {
                        problem(problems, r, Col::Name, QStringLiteral("code_name_mismatch"),
                                QStringLiteral("団体コード %1 は %2 で、「%3」ではありません。").arg(body->code, bodyWithPlace(*body, m_registry), given),
                                QStringLiteral("%1: code %2 is %3, not %1").arg(given, body->code, bodyWithPlace(*body, m_registry)),
                                {bodyWithPlace(*body, m_registry)});
                        body = nullptr;
                    }
                }
                if (body && pref && m_registry.prefectureOf(*body) != pref) {
                    problem(problems, r, Col::Prefecture, QStringLiteral("code_name_mismatch"),
                            QStringLiteral("団体コード %1 の %2 は%3ではありません。").arg(body->code, bodyWithPlace(*body, m_registry), pref->name),
                            QStringLiteral("%1: code %2 is %3, not in %1").arg(pref->name, body->code, bodyWithPlace(*body, m_registry)));
                    body = nullptr;
                }
            }
        } else if (has(r, Col::Name)) {
            if (!has(r, Col::Prefecture) || pref) {
                const auto res = m_names.byName(cell(r, Col::Name), pref);
                if (res.body) {
                    body = res.body;
                    noticeJa = res.noticeJa;
                    noticeEn = res.noticeEn;
                } else {
                    problem(problems, r, Col::Name, res.problemCode, res.ja, res.en, res.suggestions);
                }
            }
        } else {
            problem(problems, r, m_cols.contains(Col::Name) ? Col::Name : Col::Code, QStringLiteral("missing_value"),
                    QStringLiteral("団体コードも団体名も空です。"),
                    QStringLiteral("%1: empty; give the code or the name of the body").arg(m_cols.contains(Col::Name) ? header(Col::Name) : header(Col::Code)));
        }
        // The year.
        int fiscalYear = 0;
        if (!has(r, Col::FiscalYear)) {
            problem(problems, r, Col::FiscalYear, QStringLiteral("missing_value"), QStringLiteral("年度が空です。"),
                    QStringLiteral("%1: empty; give the fiscal year (2025, R7 or 令和7年度)").arg(header(Col::FiscalYear)));
        } else if (const auto fy = parseFiscalYear(cell(r, Col::FiscalYear))) {
            fiscalYear = *fy;
        } else {
            problem(problems, r, Col::FiscalYear, QStringLiteral("bad_year"),
                    QStringLiteral("「%1」は年度として読めません（例: 2025、R7、令和7年度）。").arg(cell(r, Col::FiscalYear)),
                    QStringLiteral("%1: \"%2\" is not a fiscal year (e.g. 2025, R7 or 令和7年度)").arg(header(Col::FiscalYear), cell(r, Col::FiscalYear)));
        }
        const BodyKind kind = body ? body->kind : BodyKind::City;
        // The program.
        const bool programColumnsEmpty = !has(r, Col::Subprojects) && !has(r, Col::Expenditure) && !has(r, Col::OtherIncome)
            && !has(r, Col::Coordinators) && !has(r, Col::Professionals) && !has(r, Col::VisitingSupporters)
            && !has(r, Col::Startup) && !has(r, Col::PrefectureShare) && !has(r, Col::StartupYear)
            && !has(r, Col::YearsRunning) && !has(r, Col::NextYearMenu) && !has(r, Col::Joint)
            && !has(r, Col::Served);
        std::optional<Program> program;
        if (!has(r, Col::Menu)) {
            if (!programColumnsEmpty)
                problem(problems, r, Col::Menu, QStringLiteral("missing_value"), QStringLiteral("事業が空なのに、事業の内容や金額が入っています。"),
                        QStringLiteral("%1: empty, but the row has program data (sub-projects, amounts …); give the menu").arg(header(Col::Menu)));
        } else {
            Program p;
            p.menu = menu(problems, r, Col::Menu, kind);
            p.subprojects = subprojects(problems, r);
            if (auto v = amount(problems, r, Col::Expenditure))
                p.expenditure = *v;
            else if (!has(r, Col::Expenditure))
                m_pendingEmptyExpenditure = true;
            if (auto v = amount(problems, r, Col::OtherIncome))
                p.otherIncome = *v;
            for (const auto &[c, kindId] : {std::pair{Col::Coordinators, "coordinators"}, std::pair{Col::Professionals, "professionals"},
                                             std::pair{Col::VisitingSupporters, "visiting_supporters"}})
                if (auto v = count(problems, r, c, 10'000))
                    p.staff.insert(QString::fromLatin1(kindId), int(*v));
            if (auto v = count(problems, r, Col::YearsRunning, 100)) {
                if (*v < 1)
                    problem(problems, r, Col::YearsRunning, QStringLiteral("bad_number"), QStringLiteral("実施年数は1以上です。"),
                            QStringLiteral("%1: years running starts at 1").arg(header(Col::YearsRunning)));
                else
                    p.yearsRunning = int(*v);
            }
            const auto startup = flag(problems, r, Col::Startup);
            std::optional<Fraction> share;
            if (has(r, Col::PrefectureShare)) {
                share = parseShare(cell(r, Col::PrefectureShare));
                if (!share)
                    problem(problems, r, Col::PrefectureShare, QStringLiteral("bad_fraction"),
                            QStringLiteral("「%1」は 0〜1 の分数（1/4）か百分率（25%）ではありません。").arg(cell(r, Col::PrefectureShare)),
                            QStringLiteral("%1: \"%2\" is not a fraction from 0 to 1 (1/4) or a percentage (25%)").arg(header(Col::PrefectureShare), cell(r, Col::PrefectureShare)));
            }
            const auto startupYear = count(problems, r, Col::StartupYear, 100);
            if (startup.value_or(false) || share || startupYear) {
                if (!startup.value_or(false) && (share || startupYear)) {
                    if (startup.has_value()) { // marked なし, yet a share or a year: contradictory
                        problem(problems, r, Col::Startup, QStringLiteral("conflicting_value"),
                                QStringLiteral("立ち上げ支援が「なし」なのに、負担割合か年次が入っています。"),
                                QStringLiteral("%1: marked no, but the row gives a prefecture share or a start-up year").arg(header(Col::Startup)));
                    } else {
                        m_out.notices << RosterNotice{r.line, QStringLiteral("都道府県負担割合（または年次）があるので、立ち上げ支援ありとして読みました。"),
                                                      QStringLiteral("a prefecture share (or start-up year) is given: read as start-up support")};
                    }
                }
                StartupSupport s;
                s.prefectureShare = share;
                if (startupYear) {
                    if (*startupYear < 1)
                        problem(problems, r, Col::StartupYear, QStringLiteral("bad_number"), QStringLiteral("年次は1以上です。"),
                                QStringLiteral("%1: the start-up year starts at 1").arg(header(Col::StartupYear)));
                    else
                        s.year = int(*startupYear);
                }
                p.startup = s;
            }
            if (has(r, Col::NextYearMenu))
                p.nextYearMenu = menu(problems, r, Col::NextYearMenu, kind);
            p.joint = joint(problems, r, body ? m_registry.prefectureOf(*body) : pref);
            p.served = served(problems, r, body ? m_registry.prefectureOf(*body) : pref);
            program = p;
        }
        // The body's attributes.
        const auto population = count(problems, r, Col::Population, 100'000'000);
        const auto juso = flag(problems, r, Col::Juso);
        const auto welfare = flag(problems, r, Col::WelfareOffice);

        if (!problems.isEmpty() || !body || fiscalYear == 0) {
            m_pendingEmptyExpenditure = false;
            m_out.problems << problems;
            return;
        }
        const QString key = body->code + u'/' + QString::number(fiscalYear);
        int index = m_scenarioOf.value(key, -1);
        if (index >= 0) {
            // A second row of the same body and year: its body attributes must agree.
            const PlanBody &pb = m_out.scenarios[index].plan.body;
            QList<RosterProblem> conflicts;
            auto conflict = [&](Col c, const QString &was) {
                problem(conflicts, r, c, QStringLiteral("conflicting_value"),
                        QStringLiteral("%1行目の同じ団体・年度の値（%2）と違います。").arg(m_out.scenarioLines[index]).arg(was),
                        QStringLiteral("%1: differs from line %2 for the same body and year (%3)").arg(header(c)).arg(m_out.scenarioLines[index]).arg(was));
            };
            if (population && pb.population && *pb.population != *population)
                conflict(Col::Population, QString::number(*pb.population));
            if (juso && *juso != pb.juso && m_jusoGiven.contains(index))
                conflict(Col::Juso, pb.juso ? QStringLiteral("あり") : QStringLiteral("なし"));
            if (welfare && *welfare != pb.welfareOffice && m_welfareGiven.contains(index))
                conflict(Col::WelfareOffice, pb.welfareOffice ? QStringLiteral("あり") : QStringLiteral("なし"));
            if (program) {
                for (const auto &other : m_out.scenarios[index].plan.programs)
                    if (other.menu == program->menu)
                        problem(conflicts, r, Col::Menu, QStringLiteral("duplicate_row"),
                                QStringLiteral("同じ団体・年度・事業の行が%1行目にもあります。").arg(m_lineOfProgram.value(key + u'/' + other.id)),
                                QStringLiteral("%1: %2 already runs %3 in %4 (line %5)")
                                    .arg(header(Col::Menu), body->name, program->menu, fiscalYearLabel(fiscalYear, u"en"))
                                    .arg(m_lineOfProgram.value(key + u'/' + other.id)));
            }
            if (!conflicts.isEmpty()) {
                m_pendingEmptyExpenditure = false;
                m_out.problems << conflicts;
                return;
            }
        } else {
            index = int(m_out.scenarios.size());
            m_out.scenarios << scenarioFor(*body, fiscalYear);
            m_out.scenarioLines << r.line;
            m_scenarioOf.insert(key, index);
        }
        PlanBody &pb = m_out.scenarios[index].plan.body;
        if (population)
            pb.population = *population;
        if (juso) {
            pb.juso = *juso;
            m_jusoGiven.insert(index);
        }
        if (welfare) {
            pb.welfareOffice = *welfare;
            m_welfareGiven.insert(index);
        }
        if (program) {
            auto &programs = m_out.scenarios[index].plan.programs;
            program->id = QStringLiteral("p%1").arg(programs.size() + 1);
            m_lineOfProgram.insert(key + u'/' + program->id, r.line);
            programs << *program;
        }
        if (m_pendingEmptyExpenditure)
            m_emptyExpenditure << r.line;
        m_pendingEmptyExpenditure = false;
        if (!noticeEn.isEmpty())
            m_out.notices << RosterNotice{r.line, noticeJa, noticeEn};
        ++m_out.importedRows;
    }

    const Registry &m_registry;
    NameResolver m_names;
    RosterImport &m_out;
    QMap<Col, ColumnInfo> m_cols;
    QList<int> m_unnamed;
    int m_headerLine = 1;
    QHash<QString, int> m_scenarioOf; // "code/year" → scenario index
    QHash<QString, int> m_lineOfProgram;
    QSet<int> m_jusoGiven;
    QSet<int> m_welfareGiven;
    QList<int> m_emptyExpenditure;
    bool m_pendingEmptyExpenditure = false;
};

QString flagText(bool v)
{
    return v ? QStringLiteral("あり") : QStringLiteral("なし");
}

} // namespace

RosterImport readRosterCsv(const QByteArray &bytes, const Registry &registry)
{
    RosterImport out;
    Importer(registry, out).run(bytes);
    return out;
}

Document documentFromRoster(const RosterImport &roster, const QString &title)
{
    Document d;
    d.title = title;
    d.scenarios = roster.scenarios;
    return d;
}

QStringList rosterHeader()
{
    // The order people read: who, when, what, how much, then the rest.
    return {QStringLiteral("団体コード"), QStringLiteral("都道府県"), QStringLiteral("団体名"), QStringLiteral("年度"),
            QStringLiteral("事業"), QStringLiteral("事業内容"), QStringLiteral("支出額"), QStringLiteral("その他の収入"),
            QStringLiteral("人口"), QStringLiteral("コーディネーター"), QStringLiteral("専門職"), QStringLiteral("訪問支援員"),
            QStringLiteral("立ち上げ支援"), QStringLiteral("都道府県負担割合"), QStringLiteral("立ち上げ支援年次"),
            QStringLiteral("実施年数"), QStringLiteral("翌年度事業"), QStringLiteral("重層"), QStringLiteral("福祉事務所"),
            QStringLiteral("共同実施"), QStringLiteral("担当区域")};
}

QByteArray rosterToCsv(const Document &doc)
{
    const Registry &registry = Registry::bundled();
    QString out;
    out += rosterHeader().join(u',') + QStringLiteral("\r\n");
    auto staffText = [](const Program &p, const char *kind) {
        const QString k = QString::fromLatin1(kind);
        return p.staff.contains(k) ? QString::number(p.staff.value(k)) : QString();
    };
    for (const auto &sc : doc.scenarios) {
        const Plan &plan = sc.plan;
        const LocalBody *b = registry.find(plan.body.code);
        const LocalBody *pref = b ? registry.prefectureOf(*b) : nullptr;
        const QStringList bodyCells = {plan.body.code, pref ? pref->name : QString(), plan.body.name,
                                       fiscalYearLabel(plan.fiscalYear, u"ja")};
        const QString population = plan.body.population ? QString::number(*plan.body.population) : QString();
        const QString juso = plan.body.juso ? flagText(true) : QString();
        const QString welfare = plan.body.welfareOffice ? QString() : flagText(false);
        auto row = [&](const QStringList &programCells) {
            QStringList cells = bodyCells;
            cells << programCells.mid(0, 4) << population << programCells.mid(4, 8) << juso << welfare << programCells.mid(12);
            QStringList quoted;
            for (const auto &c : cells)
                quoted << csvField(c);
            out += quoted.join(u',') + QStringLiteral("\r\n");
        };
        if (plan.programs.isEmpty()) {
            row(QStringList(14));
            continue;
        }
        for (const auto &p : plan.programs) {
            QStringList labels;
            for (const auto &s : p.subprojects)
                labels << subprojectLabel(s, u"ja");
            QStringList joint;
            for (const auto &m : p.joint)
                joint << m.code + u':' + fractionToString(m.share);
            row({shortMenuLabel(p.menu), labels.join(u'、'), yenToString(p.expenditure),
                 p.otherIncome == 0 ? QString() : yenToString(p.otherIncome),
                 staffText(p, "coordinators"), staffText(p, "professionals"), staffText(p, "visiting_supporters"),
                 p.startup ? flagText(true) : QString(),
                 p.startup && p.startup->prefectureShare ? shareText(*p.startup->prefectureShare) : QString(),
                 p.startup && p.startup->year != 1 ? QString::number(p.startup->year) : QString(),
                 p.yearsRunning != 1 ? QString::number(p.yearsRunning) : QString(),
                 p.nextYearMenu.isEmpty() ? QString() : shortMenuLabel(p.nextYearMenu),
                 joint.join(u';'), p.served.join(u';')});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace shienplan
