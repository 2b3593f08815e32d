#pragma once

// The document's change log, newest first: when, who, what.

#include <QAbstractTableModel>

namespace shienplan
{

class DocumentSession;

class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, ColumnCount };
    explicit ChangeLogModel(DocumentSession *session, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    DocumentSession *m_session;
    int m_rows = 0;
};

} // namespace shienplan
