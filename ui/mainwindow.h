#pragma once

// The main window as it stands before the planner's window lands (issue 4): it opens a plan,
// lets the planner switch the fiscal year, and shows the engine's findings and amounts with
// their explanation.

#include "plan.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace shienplan {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &lang, QWidget *parent = nullptr);
    bool openPlan(const QString &path);

private:
    void openDialog();
    void refresh();

    QString m_lang;
    Plan m_plan;
    QString m_planPath;
    QComboBox *m_year = nullptr;
    QLabel *m_header = nullptr;
    QTextBrowser *m_result = nullptr;
};

} // namespace shienplan
