// The importer's reading of one cell (see rosterimporter.h): the value, or a problem that names
// the line, the column as written and what the cell should hold.

#include "core/roster/rosterimporter.h"

#include "core/base/catalogue.h"
#include "core/roster/menualiases.h"
#include "core/roster/namefolding.h"
#include "core/roster/rostervalues.h"

namespace shienplan::roster
{

QString Importer::cell(const Record &r, Col c) const
{
    auto it = m_cols.constFind(c);
    if (it == m_cols.constEnd() || it->index >= r.fields.size())
        return {};
    return r.fields[it->index].trimmed();
}

void Importer::problem(QList<RosterProblem> &list, const Record &r, Col c, const QString &code,
    const QString &ja, const QString &en, const QStringList &suggestions)
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

std::optional<Yen> Importer::amount(QList<RosterProblem> &problems, const Record &r, Col c)
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
            QStringLiteral("「%1」は金額として読めません（例: 14000000、14,000,000、14,000千円）。")
                .arg(raw),
            QStringLiteral(
                "%1: \"%2\" is not an amount of yen (e.g. 14000000, 14,000,000 or 14,000千円)")
                .arg(header(c), raw));
    return v;
}

std::optional<qint64> Importer::count(
    QList<RosterProblem> &problems, const Record &r, Col c, qint64 max)
{
    const QString raw = cell(r, c);
    if (raw.isEmpty())
        return std::nullopt;
    const auto v = parseCount(raw, max);
    if (!v) {
        const bool negative
            = squeeze(raw).startsWith(u'-') || raw.startsWith(u'▲') || raw.startsWith(u'−');
        problem(problems, r, c,
            negative ? QStringLiteral("negative_number") : QStringLiteral("bad_number"),
            QStringLiteral("「%1」は 0〜%2 の整数ではありません。").arg(raw).arg(max),
            QStringLiteral("%1: \"%2\" is not a whole number from 0 to %3")
                .arg(header(c), raw)
                .arg(max));
    }
    return v;
}

std::optional<bool> Importer::flag(QList<RosterProblem> &problems, const Record &r, Col c)
{
    const QString raw = cell(r, c);
    if (raw.isEmpty())
        return std::nullopt;
    const auto v = parseFlag(raw);
    if (!v)
        problem(problems, r, c, QStringLiteral("bad_flag"),
            QStringLiteral("「%1」は「あり」か「なし」で入れてください（1/0、yes/no も可）。")
                .arg(raw),
            QStringLiteral("%1: \"%2\" is not yes or no (あり/なし, 1/0, yes/no)")
                .arg(header(c), raw));
    return v;
}

QString Importer::menu(QList<RosterProblem> &problems, const Record &r, Col c, BodyKind kind)
{
    const QString raw = cell(r, c);
    const QString m = menuFromText(raw);
    if (m == kStartupAsMenu) {
        problem(problems, r, c, QStringLiteral("startup_is_not_a_menu"),
            QStringLiteral("立ち上げ支援は事業ではありません。事業（センター・ステーション・サポー"
                           "ト）を入れ、「立ち上げ支援」列を「あり」にしてください。"),
            QStringLiteral("%1: 立ち上げ支援 (start-up support) is not a menu; put the menu "
                           "(center, station or support) and mark the 立ち上げ支援 column")
                .arg(header(c)));
        return {};
    }
    if (m.isEmpty()) {
        QStringList ids;
        for (const auto &e : menuCatalogue())
            ids << e.id;
        problem(problems, r, c, QStringLiteral("unknown_menu"),
            QStringLiteral("「%"
                           "1」という事業はありません（センター、ステーション、サポート、準備支援、"
                           "サテライト、都道府県センター、加速化事業）。")
                .arg(raw),
            QStringLiteral("%1: \"%2\" is not a menu (センター, ステーション, サポート, 準備支援, "
                           "サテライト, 都道府県センター, 加速化事業 or an id: %3)")
                .arg(header(c), raw, ids.join(QStringLiteral(", "))));
        return {};
    }
    return resolveMenu(m, kind);
}

QStringList Importer::subprojects(QList<RosterProblem> &problems, const Record &r)
{
    QStringList out;
    for (const QString &t : splitList(cell(r, Col::Subprojects))) {
        bool bare = false;
        const QString id = subprojectFromText(t, bare);
        if (bare) {
            problem(problems, r, Col::Subprojects, QStringLiteral("unknown_subproject"),
                QStringLiteral("「%1」: "
                               "番号だけでは事業を決められません（資料によって番号が違います）。事"
                               "業名を書いてください。")
                    .arg(t),
                QStringLiteral("%1: \"%2\" is only a number; write the name (the slides number "
                               "sub-projects differently)")
                    .arg(header(Col::Subprojects), t));
            continue;
        }
        if (id.isEmpty()) {
            problem(problems, r, Col::Subprojects, QStringLiteral("unknown_subproject"),
                QStringLiteral("「%1」という事業内容はありません（相談支援、居場所づくり … または "
                               "S01〜S14）。")
                    .arg(t),
                QStringLiteral("%1: \"%2\" is not a sub-project (a label such as 相談支援, an id "
                               "such as consultation, or S01–S14)")
                    .arg(header(Col::Subprojects), t));
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

} // namespace shienplan::roster
