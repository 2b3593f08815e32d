// Short texts and colours of the rule book window (see rulebooktext.h).

#include "ui/rulebook/rulebooktext.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "ui/language.h"

#include <QRegularExpression>

namespace shienplan
{

QString RuleBookText::shortMenu(const QString &menu)
{
    if (menu == u"center_prefectural")
        return tr("Center (prefecture / designated city)");
    if (menu == u"satellite")
        return tr("Satellite");
    if (menu == u"center_municipal")
        return tr("Center (municipal)");
    if (menu == u"station")
        return tr("Station");
    if (menu == u"support")
        return tr("Support program");
    if (menu == u"preparation")
        return tr("Preparation support");
    if (menu == u"acceleration")
        return tr("Acceleration (FY2022)");
    if (menu.isEmpty())
        return tr("Whole book");
    return menu;
}

QString RuleBookText::shortSubproject(const QString &id)
{
    static const QMap<QString, const char *> names = {
        { QStringLiteral("consultation"), QT_TR_NOOP("Consultation") },
        { QStringLiteral("ibasho"), QT_TR_NOOP("Ibasho") },
        { QStringLiteral("network"), QT_TR_NOOP("Network") },
        { QStringLiteral("peer_family_meetings"), QT_TR_NOOP("Peer/family\nmeetings") },
        { QStringLiteral("public_lectures"), QT_TR_NOOP("Lectures") },
        { QStringLiteral("supporters"), QT_TR_NOOP("Supporters") },
        { QStringLiteral("private_partners"), QT_TR_NOOP("Private\ngroups") },
        { QStringLiteral("needs_survey"), QT_TR_NOOP("Survey") },
        { QStringLiteral("professionals"), QT_TR_NOOP("Prof.\nstaff") },
        { QStringLiteral("multidisciplinary_team"), QT_TR_NOOP("Expert\nteam") },
        { QStringLiteral("staff_training"), QT_TR_NOOP("Staff\ntraining") },
        { QStringLiteral("municipal_backup"), QT_TR_NOOP("Municipal\nback-up") },
        { QStringLiteral("supporter_care"), QT_TR_NOOP("Supporter\ncare") },
        { QStringLiteral("visiting_supporters"), QT_TR_NOOP("Visiting\nsupporters*") },
    };
    const auto it = names.constFind(id);
    return it == names.constEnd() ? id : tr(it.value());
}

QString RuleBookText::matrixRow(const QString &menu)
{
    QString s = shortMenu(menu);
    // "Center (municipal)" on two lines, so that fourteen columns fit beside it.
    const qsizetype at = s.indexOf(QRegularExpression(QStringLiteral("[（(]")));
    if (at > 0)
        s = s.left(at).trimmed() + u'\n' + s.mid(at);
    return s;
}

QString RuleBookText::cellMeaning(Cell c)
{
    switch (c) {
    case Cell::Required:
        return tr("◎ required sub-project");
    case Cell::Optional:
        return tr("○ optional sub-project");
    case Cell::NotAllowed:
        return tr("- not allowed");
    }
    return {};
}

QString RuleBookText::differenceKind(const QString &kind)
{
    if (kind == u"added")
        return tr("added");
    if (kind == u"removed")
        return tr("removed");
    if (kind == u"changed")
        return tr("changed");
    if (kind == u"status")
        return tr("status only");
    if (kind == u"source")
        return tr("source only");
    return kind;
}

QString RuleBookText::origin(const RuleBook &book)
{
    if (book.origin == u"bundled")
        return tr("bundled with the program");
    if (book.origin.isEmpty())
        return tr("created here, not saved yet");
    return book.origin;
}

QString RuleBookText::disagreement(const SourceNote &n)
{
    const QString lang = currentLanguage();
    return tr("A document of the same year differs: %1 (%2)")
        .arg(withCitations(n.note, lang), citationText(n.source, lang));
}

QString RuleBookText::documentYears(const SourceDocument &d)
{
    const QString lang = currentLanguage();
    auto years = [&lang](int first, int last) {
        return first == last ? fiscalYearLabel(first, lang)
                             : fiscalYearLabel(first, lang) + textIn(lang, u"〜", u"–")
                + fiscalYearLabel(last, lang);
    };
    QStringList parts;
    for (const auto &s : sourceYearSections())
        if (s.doc == d.id)
            parts << tr("lines %1–%2: %3 (%4)")
                         .arg(s.firstLine)
                         .arg(s.lastLine)
                         .arg(years(s.firstYear, s.lastYear), s.why.in(lang));
    return parts.isEmpty() ? tr("all of it") : tr("the rest; %1").arg(parts.join(u"; "));
}

QString RuleBookText::matrixName(const RuleBook &book)
{
    const QString &v = book.matrixVersion;
    if (v == u"A")
        return tr("the table of the FY2025 documents (14 columns)");
    if (v == u"A13")
        return tr("the table of the FY2025 documents without its 14th column (13 columns)");
    if (v == u"B")
        return tr("the table of the FY2023 documents (12 columns)");
    return tr("a table of its own (%1 columns)").arg(book.columns.size());
}

QString RuleBookText::provenance(const Provenance &p)
{
    const QString lang = currentLanguage();
    return tr("%1, %2").arg(statusLabel(p.status, lang), citationText(p.source, lang));
}

QString RuleBookText::plainLabel(const QString &label)
{
    QString out = label;
    for (const auto &e : subprojectCatalogue())
        if (!e.key.isEmpty() && out.contains(e.key))
            out.replace(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(e.key)), subprojectMark(e.id));
    return out;
}

Attention attentionOf(const RuleValue &v)
{
    if (!v.prov)
        return Attention::None;
    const Status s = v.prov->status;
    if (s == Status::Unknown || (v.kind == RuleValueKind::Amount && v.amount.isUnknown()))
        return Attention::Unknown;
    if (s == Status::Range || (v.kind == RuleValueKind::Amount && !v.amount.isExact()))
        return Attention::Range;
    if (s == Status::CarriedOver)
        return Attention::CarriedOver;
    if (s == Status::User)
        return Attention::User;
    return Attention::None;
}

QColor attentionColor(Attention a)
{
    switch (a) {
    case Attention::Unknown:
        return QColor(0xfd, 0xe0, 0xdc); // light red
    case Attention::Range:
        return QColor(0xff, 0xec, 0xc7); // light amber
    case Attention::CarriedOver:
        return QColor(0xe3, 0xe9, 0xee); // light blue-grey
    case Attention::User:
        return QColor(0xf1, 0xe4, 0xf7); // light violet
    case Attention::None:
        break;
    }
    return {};
}

QColor statusTint(Status s)
{
    switch (s) {
    case Status::Stated:
        return {};
    case Status::CarriedOver:
        return attentionColor(Attention::CarriedOver);
    case Status::Inferred:
    case Status::Assumed:
        return QColor(0xff, 0xf6, 0xd5);
    case Status::Range:
        return attentionColor(Attention::Range);
    case Status::Unknown:
        return attentionColor(Attention::Unknown);
    case Status::User:
        return attentionColor(Attention::User);
    }
    return {};
}

} // namespace shienplan
