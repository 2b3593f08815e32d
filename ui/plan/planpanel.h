#pragma once

// What every panel of the plan editor shares: the document session and the evaluator it shows,
// a guard that keeps a refresh from turning into edits, and one signal for the edits it makes
// (the window pushes them on its undo stack, so every edit is undoable).

#include <QGroupBox>
#include <QList>
#include <QUndoCommand>

class QAbstractSpinBox;
class QLabel;

namespace shienplan
{

class DocumentSession;
class PlanEvaluator;

class PlanPanel : public QGroupBox
{
    Q_OBJECT
public:
    PlanPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent);

signals:
    void editRequested(QUndoCommand *command);

protected:
    // The current scenario and program of the evaluator.
    int sc() const;
    int pr() const;
    // A form label for `buddy`, kept in formLabels() in the order made, for retranslating.
    QLabel *buddyLabel(QWidget *buddy);
    const QList<QLabel *> &formLabels() const { return m_formLabels; }
    // Sets the form labels' texts in the order they were made.
    void setFormLabelTexts(const QStringList &texts);
    // A spin box commits every step as an edit; Ctrl+Z there must undo that edit (the window's
    // stack), not the digits of the box's own line.
    void undoByWindow(QAbstractSpinBox *box);
    bool eventFilter(QObject *watched, QEvent *e) override;

    DocumentSession *m_session;
    PlanEvaluator *m_eval;
    // True while a panel fills its widgets from the document: their signals are then not edits.
    bool m_syncing = false;

private:
    QList<QLabel *> m_formLabels;
};

} // namespace shienplan
