#include "ui/prefecture/prefecturemodel.h"
#include "core/base/bilingual.h"

#include "core/base/catalogue.h"
#include "ui/language.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace shienplan
{

namespace
{

QString signedYen(const Yen &v)
{
    if (v > 0)
        return u'+' + formatYen(v);
    if (v < 0)
        return QStringLiteral("−") + formatYen(-v);
    return QStringLiteral("±0");
}

// The lower end in yen as a sort key; an unknown lower end sorts after every known one.
QVariant rangeKey(const YenRange &r)
{
    const auto &end = r.min ? r.min : r.max;
    if (!end)
        return QVariant::fromValue(std::numeric_limits<qlonglong>::max());
    return QVariant::fromValue(qlonglong(end->convert_to<long long>()));
}

} // namespace

QString signedAmount(const YenRange &r, QStringView lang)
{
    // The one range style (core/base/interval.h), each end with its sign.
    return formatRangeWith(r, lang, signedYen, u"円", u" yen");
}

PrefectureModel::PrefectureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrefectureModel::setTable(const PrefectureTable &table)
{
    bool sameBodies = table.rows.size() == m_table.rows.size()
        && table.prefectureCode == m_table.prefectureCode;
    if (!sameBodies) {
        beginResetModel();
        m_table = table;
        endResetModel();
        return;
    }
    // Only the rows whose display can differ: compare the parts an edit changes.
    int first = -1, last = -1;
    for (int i = 0; i < table.rows.size(); ++i) {
        const PrefectureRow &a = table.rows[i], &b = m_table.rows[i];
        const bool same = a.scenario == b.scenario && a.alternatives == b.alternatives
            && a.undecided == b.undecided && a.population == b.population
            && a.programs == b.programs && a.jointLeads == b.jointLeads && a.servedBy == b.servedBy
            && a.timeline == b.timeline && a.totals.national == b.totals.national
            && a.totals.prefectureSupport == b.totals.prefectureSupport
            && a.totals.local == b.totals.local && a.errors == b.errors && a.warnings == b.warnings
            && a.change.has_value() == b.change.has_value()
            && (!a.change
                || (a.change->national == b.change->national && a.change->local == b.change->local))
            && a.populationFromOtherYear == b.populationFromOtherYear;
        if (!same) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    const bool yearChanged = table.fiscalYear != m_table.fiscalYear;
    m_table = table;
    if (yearChanged) {
        first = 0;
        last = int(m_table.rows.size()) - 1;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const PrefectureRow *PrefectureModel::row(int r) const
{
    return r >= 0 && r < m_table.rows.size() ? &m_table.rows[r] : nullptr;
}

int PrefectureModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_table.rows.size(); ++i)
        if (m_table.rows[i].code == code)
            return i;
    return -1;
}

int PrefectureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int PrefectureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrefectureModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Body code");
    case Name:
        return tr("Body name");
    case Kind:
        return tr("Body kind");
    case Population:
        return tr("Population");
    case Programs:
        return tr("Programs %1").arg(reiwaLabel());
    case Timeline:
        return tr("By year");
    case National:
        return tr("National subsidy");
    case PrefectureSupport:
        return tr("Start-up support by the prefecture");
    case Local:
        return tr("Local burden");
    case Change:
        return tr("National subsidy vs. previous year");
    case Findings:
        return tr("Findings");
    }
    return {};
}

QString PrefectureModel::reiwaLabel() const
{
    return m_table.fiscalYear > 0
        ? QStringLiteral("(%1)").arg(shortYear(m_table.fiscalYear, currentLanguage()))
        : QString();
}

Qt::ItemFlags PrefectureModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Population)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PrefectureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PrefectureRow *r = index.isValid() && role == Qt::EditRole && index.column() == Population
        ? row(index.row())
        : nullptr;
    if (!r)
        return false;
    bool ok = false;
    const qlonglong v = value.toString().remove(u',').remove(u'，').trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    if (r->population == qint64(v) && !r->populationFromOtherYear)
        return true;
    emit populationEdited(r->code, v);
    return true;
}

QVariant PrefectureModel::data(const QModelIndex &index, int role) const
{
    const PrefectureRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, c);
    case Qt::EditRole:
        if (c == Population)
            return r->population ? QVariant::fromValue(qlonglong(*r->population)) : QVariant(0);
        return display(*r, c);
    case Qt::ToolTipRole:
        return tooltip(*r, c);
    case SortRole:
        return sortKey(*r, c);
    case Qt::TextAlignmentRole:
        if (c == Population || c == National || c == PrefectureSupport || c == Local || c == Change)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (c == Findings && r->errors > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (c == Findings && r->warnings > 0)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (c == Population && r->populationFromOtherYear)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if (r->prefecture) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant PrefectureModel::display(const PrefectureRow &r, int c) const
{
    const QString lang = currentLanguage();
    const bool planned = r.scenario >= 0 || !r.jointLeads.isEmpty();
    switch (c) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Kind:
        return bodyKindLabel(r.kind, lang);
    case Population:
        return r.population ? formatYen(Yen(*r.population)) : QString();
    case Programs:
        return rowProgramsText(r, lang);
    case Timeline:
        return timelineText(r.timeline, lang);
    case National: {
        if (!planned)
            return QString();
        const bool noCost = !r.programs.isEmpty()
            && std::all_of(r.programs.cbegin(), r.programs.cend(),
                [](const Program &p) { return p.expenditure == 0; });
        // 0円 because nothing was spent yet, not because nothing is payable: say so.
        return formatRange(r.totals.national, lang)
            + (noCost ? tr(" (no expenditure entered)") : QString());
    }
    case PrefectureSupport:
        return planned ? formatRange(r.totals.prefectureSupport, lang) : QString();
    case Local:
        return planned ? formatRange(r.totals.local, lang) : QString();
    case Change:
        return r.change ? signedAmount(r.change->national, lang) : QString();
    case Findings: {
        if (r.findings.isEmpty())
            return QString();
        QStringList counts;
        if (r.errors)
            counts << tr("errors: %1").arg(r.errors);
        if (r.warnings)
            counts << tr("warnings: %1").arg(r.warnings);
        const QString head = counts.isEmpty()
            ? QString()
            : counts.join(QStringLiteral("・")) + QStringLiteral(": ");
        return head + r.findings.first().message(lang);
    }
    }
    return {};
}

QVariant PrefectureModel::tooltip(const PrefectureRow &r, int c) const
{
    const QString lang = currentLanguage();
    switch (c) {
    case Population:
        return r.populationFromOtherYear
            ? tr("Taken from the body's plan of another year; enter this year's figure to fix it.")
            : QVariant();
    case Timeline:
        return timelineText(r.timeline, lang, QStringLiteral("\n"));
    case Local:
        return tr("This body's part: the local burden of its own programs, and for joint programs "
                  "its exact share.");
    case Findings: {
        QStringList lines;
        for (const Finding &f : r.findings)
            lines << severityLabel(f.severity, lang) + QStringLiteral(": ") + f.message(lang);
        return lines.join(u'\n');
    }
    case Programs:
        return display(r, c);
    }
    return {};
}

QVariant PrefectureModel::sortKey(const PrefectureRow &r, int c) const
{
    switch (c) {
    case Name:
        return r.kana;
    case Kind:
        return int(r.kind);
    case Population:
        return r.population ? QVariant::fromValue(qlonglong(*r.population))
                            : QVariant::fromValue(qlonglong(-1));
    case National:
        return rangeKey(r.totals.national);
    case PrefectureSupport:
        return rangeKey(r.totals.prefectureSupport);
    case Local:
        return rangeKey(r.totals.local);
    case Change:
        return r.change ? rangeKey(r.change->national)
                        : QVariant::fromValue(std::numeric_limits<qlonglong>::min());
    case Findings:
        return r.errors * 1000 + r.warnings;
    }
    return display(r, c);
}

void PrefectureModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_table.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace shienplan
