#pragma once

// The prefecture tab: every municipality of a chosen prefecture in one table for a fiscal year
// (what each runs, what it draws, what is wrong), filters, the prefecture's totals per menu and
// a chart of the national subsidy by year. A row opens that body's plan; the population is
// edited in place; the next year can be planned for every body at once. All edits go through
// the window's undo stack (editRequested).

#include "core/prefecture/prefecturecsv.h"
#include "core/prefecture/prefecturerows.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoCommand;

namespace shienplan
{

class DocumentSession;
class PlanEvaluator;
class PrefectureChart;
class PrefectureFilter;
class PrefectureModel;
class PrefectureTotalsModel;

class PrefectureView : public QWidget
{
    Q_OBJECT
public:
    PrefectureView(DocumentSession *session, PlanEvaluator *evaluator, QWidget *parent = nullptr);

    QString prefectureCode() const { return m_prefectureCode; }
    int fiscalYear() const { return m_year; }
    void setPrefecture(const QString &code);
    void setFiscalYear(int year);
    void setRowFilter(RowFilter f);
    void setSearchText(const QString &text);

    PrefectureModel *model() const { return m_model; }
    PrefectureFilter *filter() const { return m_filter; }
    PrefectureTotalsModel *totalsModel() const { return m_totals; }
    PrefectureChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;

    // Opens the plan of the body on this row of the model (not the proxy); a body with no plan
    // that year gets an empty one first (after asking, when `ask`).
    void openBody(const QString &code, bool ask = true);
    // Plans the next fiscal year for every body of the prefecture planned this year and not yet
    // the next; returns how many plans were made.
    int planNextYear();
    void refresh(); // recompute the rows and totals now
    // The table as the planner sees it (filter and sort) as CSV (core/prefecturecsv.h), and
    // written to a file atomically; false and *error when it cannot be written.
    ExportTable visibleTable() const; // the rows shown, in their order
    QByteArray visibleTableCsv() const;
    // CSV or, for a name ending in .xlsx, a workbook with the codes as text cells.
    bool exportTable(const QString &path, QString *error);
    // The filters the 表示 box offers (rowFilters() has two more that are parts of 「事業を実施
    // していない団体」).
    static const QList<RowFilter> &shownRowFilters();

signals:
    void editRequested(QUndoCommand *command); // the window pushes it on its undo stack
    void openScenario(int scenario); // show this scenario in the plan tab

protected:
    void changeEvent(QEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    void buildUi();
    void retranslate();
    void syncYears();
    void fitColumns();
    void adoptCurrentScenario(); // prefecture and year of the scenario the plan tab shows
    void evaluated();
    void editPopulation(const QString &code, qint64 population);
    void openSelected();
    void chooseExportFile();

    DocumentSession *m_session;
    PlanEvaluator *m_eval;
    QString m_prefectureCode;
    int m_year = 0;
    bool m_stale = true;

    PrefectureModel *m_model = nullptr;
    PrefectureFilter *m_filter = nullptr;
    PrefectureTotalsModel *m_totals = nullptr;
    PrefectureChart *m_chart = nullptr;
    QComboBox *m_prefecture = nullptr;
    QComboBox *m_yearBox = nullptr;
    QComboBox *m_filterBox = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_totalsView = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_nextYear = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_prefectureLabel = nullptr, *m_yearLabel = nullptr, *m_filterLabel = nullptr;
};

} // namespace shienplan
