#pragma once

// The ◎/○/- matrix of the current program's menu for its fiscal year, one row per sub-project:
// a check box to select it, the cell's symbol, its amount in the 基準額 and the source. Required
// rows are marked, not-allowed rows cannot be ticked, every cell explains itself on hover.

#include <QAbstractTableModel>
#include <functional>

class QUndoCommand;

namespace shienplan
{

class PlanEvaluator;

class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Cell, Amount, Source, ColumnCount };
    using Pusher = std::function<void(QUndoCommand *)>;
    MatrixModel(PlanEvaluator *evaluator, Pusher push, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QString subprojectAt(int row) const;
    int rowOf(const QString &subproject) const;
    void refresh(); // after the program, its menu or its year changed

private:
    PlanEvaluator *m_eval;
    Pusher m_push;
    QStringList m_rows;
};

} // namespace shienplan
