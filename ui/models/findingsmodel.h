#pragma once

// The engine's findings for the current scenario, in plain Japanese (or English), errors first.

#include "core/engine/findings.h"

#include <QAbstractTableModel>

namespace shienplan
{

class PlanEvaluator;

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Program, Message, Source, ColumnCount };
    explicit FindingsModel(PlanEvaluator *evaluator, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    const Finding *finding(int row) const;

private:
    void reload();
    PlanEvaluator *m_eval;
    QList<Finding> m_findings;
};

} // namespace shienplan
