// The yen amount field (see yenedit.h).

#include "ui/widgets/yenedit.h"

#include <QKeyEvent>
#include <QRegularExpressionValidator>

namespace shienplan
{

YenEdit::YenEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight);
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"([0-9０-９,，]{0,24})")), this));
    m_pause.setSingleShot(true);
    m_pause.setInterval(500);
    connect(&m_pause, &QTimer::timeout, this, &YenEdit::commit);
    connect(this, &QLineEdit::textEdited, this, [this] { m_pause.start(); });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        m_pause.stop();
        commit();
        showLast();
    });
}

std::optional<Yen> YenEdit::value() const
{
    QString digits;
    for (QChar c : text()) {
        if (c >= u'０' && c <= u'９')
            digits += QChar(u'0' + (c.unicode() - u'０'));
        else if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return m_optional ? std::nullopt : std::optional<Yen>(Yen(0));
    return parseYen(digits);
}

void YenEdit::setValue(const Yen &v)
{
    setOptionalValue(v);
}

void YenEdit::setOptionalValue(const std::optional<Yen> &v)
{
    // While the planner types, the text is theirs; an amount changed by undo shows at once.
    const bool changed = v != m_last;
    m_last = v;
    if (!hasFocus() || (changed && !m_pause.isActive()))
        showLast();
}

bool YenEdit::event(QEvent *e)
{
    if (m_undoByWindow && e->type() == QEvent::ShortcutOverride) {
        auto *k = static_cast<QKeyEvent *>(e);
        if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)) {
            if (m_pause.isActive()) {
                m_pause.stop();
                commit();
            }
            e->ignore(); // not ours: the window's shortcut takes it
            return true;
        }
    }
    return QLineEdit::event(e);
}

void YenEdit::showLast()
{
    setText(m_last ? formatYen(*m_last) : QString());
}

void YenEdit::commit()
{
    if (m_optional && text().trimmed().isEmpty()) {
        if (m_last) {
            m_last.reset();
            emit emptied();
        }
        return;
    }
    const auto v = value();
    if (!v || v == m_last)
        return;
    m_last = v;
    emit valueCommitted(*v);
}

} // namespace shienplan
