// The funding panel's table model: the amounts with their basis (see fundingmodel.h).

#include "ui/models/fundingmodel.h"

#include "core/base/bilingual.h"
#include "core/engine/fundingsteps.h"

#include "ui/language.h"
#include "ui/plan/planevaluator.h"
#include "ui/statusstyle.h"

#include <QFont>

namespace shienplan
{

FundingModel::FundingModel(PlanEvaluator *evaluator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_eval(evaluator)
{
    Q_ASSERT(fundingSteps().size() == Local + 1);
    connect(m_eval, &PlanEvaluator::evaluated, this,
        [this] { emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1)); });
}

int FundingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int FundingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FundingModel::label(int row) const
{
    if (isStep(row))
        return fundingSteps()[row].heading(currentLanguage());
    switch (row) {
    case TotalNational:
        return tr("This alternative's total: (H) national subsidy");
    case TotalPrefecture:
        return tr("This alternative's total: prefecture");
    case TotalLocal:
        return tr("This alternative's total: local");
    }
    return {};
}

YenRange FundingModel::amount(int row) const
{
    const ProgramResult *r = m_eval->programResult();
    const Evaluation *e = m_eval->evaluation();
    if (isStep(row))
        return r ? fundingSteps()[row].value(*r) : YenRange::unknown();
    switch (row) {
    case TotalNational:
        return e ? e->totals.national : YenRange::unknown();
    case TotalPrefecture:
        return e ? e->totals.prefectureSupport : YenRange::unknown();
    case TotalLocal:
        return e ? e->totals.local : YenRange::unknown();
    }
    return YenRange::unknown();
}

QList<Status> FundingModel::statuses(int row) const
{
    const ProgramResult *r = m_eval->programResult();
    if (!r)
        return {};
    if (row == TotalCost || row == OtherIncome || row == Net || row == Eligible)
        return { Status::User }; // typed by the planner
    const Program *prog = m_eval->program();
    if ((row == Prefecture || row == TotalPrefecture) && prog && !prog->startup)
        return {}; // no start-up support: the 0 rests on nothing uncertain
    const QString m = r->menu + u'.';
    auto wanted = [&](const QString &item) {
        const bool standard = item.startsWith(m) && !item.endsWith(QStringLiteral(".rate"));
        const bool adoptedRule = item == QLatin1String("calculation.adopted_rule");
        const bool rate = item == m + QStringLiteral("rate");
        const bool truncation = item == QLatin1String("calculation.truncation_unit");
        const bool share = item == QLatin1String("startup_support.prefecture_share");
        switch (row) {
        case Standard:
            return standard;
        case Selected:
        case Adopted:
            return standard || adoptedRule;
        case National:
        case TotalNational:
            return standard || adoptedRule || rate || truncation;
        case Prefecture:
        case TotalPrefecture:
            return standard || adoptedRule || share || truncation;
        default:
            return true;
        }
    };
    QList<Status> out;
    for (const auto &u : r->provenance)
        if (wanted(u.item) && !out.contains(u.status))
            out << u.status;
    std::sort(
        out.begin(), out.end(), [](Status a, Status b) { return trustOrder(a) < trustOrder(b); });
    return out;
}

QVariant FundingModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Yen:
        return tr("Yen");
    case Thousand:
        return tr("Thousand yen");
    case Basis:
        return tr("Rests on");
    }
    return {};
}

QVariant FundingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const QString lang = currentLanguage();
    const YenRange r = amount(row);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item:
            return label(row);
        case Yen:
            return formatRange(r, lang);
        case Thousand: // the same range style as the yen, without a unit: the header says 千円
            return formatRangeWith(r, lang, formatThousandYen, u"", u"");
        case Basis: {
            QStringList names;
            for (Status s : statuses(row))
                names << statusLabel(s, lang);
            return names.join(QStringLiteral(" / "));
        }
        }
    }
    if (role == StatusesRole && index.column() == Basis) {
        QVariantList list;
        for (Status s : statuses(row))
            list << int(s);
        return list;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Yen || index.column() == Thousand))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (row == National || row == TotalNational)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines { label(row), formatRange(r, lang) };
        if (isStep(row) && !fundingSteps()[row].formula.in(lang).isEmpty())
            lines << tr("= %1").arg(fundingSteps()[row].formula.in(lang));
        if (!r.min && r.max)
            lines << tr("No lower bound: an amount the sources do not give is unknown. Enter the "
                        "official value to make it exact.");
        if (r.min && r.max && *r.min != *r.max)
            lines << tr("A range: a value behind it is known only as a range.");
        lines << tr("Click for the full explanation with every rule and source.");
        return lines.join(u'\n');
    }
    return {};
}

} // namespace shienplan
