#pragma once

// "How was this amount computed?": every step of the current program's calculation, with the
// rule, the value and its source, and the list of rule-book values the figures rest on.

#include <QDialog>

class QTextBrowser;

namespace shienplan
{

struct ProgramResult;

class ExplanationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExplanationDialog(QWidget *parent = nullptr);
    void show(const ProgramResult &r);
    QString text() const;

private:
    QTextBrowser *m_text;
};

} // namespace shienplan
