#pragma once

// The 担当区域 of a prefecture's center or satellite: which municipalities it serves. The
// municipalities of the body's prefecture are listed with what each runs in the plan's year, so
// that a planner can put a satellite where support is weak (000:143-145) and see who is left.

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace shienplan
{

class ServedAreaDialog : public QDialog
{
    Q_OBJECT
public:
    // `prefectureCode`: whose municipalities to list; `served`: the codes ticked now (a code
    // outside that prefecture is listed too, so that it can be unticked); `programs`: what each
    // municipality runs that year, by code (「R7 ステーション」), empty for none.
    ServedAreaDialog(const QString &prefectureCode, const QStringList &served,
        const QHash<QString, QString> &programs, QWidget *parent = nullptr);
    // The ticked municipalities, in code order.
    QStringList served() const;

    enum Column { Name, Kind, Programs, ColumnCount };

private:
    void setVisibleChecked(bool on);
    void checkWithoutProgram();
    void updateCount();
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
};

} // namespace shienplan
