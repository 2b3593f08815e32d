// Finding a local body by name, reading or code (see bodypicker.h).

#include "ui/widgets/bodypicker.h"

#include "core/registry/registry.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace shienplan
{

QString bodyDisplay(const LocalBody &b)
{
    const LocalBody *pref = Registry::bundled().prefectureOf(b);
    const QString prefName = pref && pref != &b ? pref->name + u' ' : QString();
    return QStringLiteral("%1（%2）%3%4").arg(b.name, b.kana, prefName, b.code);
}

BodyPicker::BodyPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStringListModel(this))
{
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // Registry::search ranks
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setPlaceholderText(tr("Name, reading or code of the town (e.g. 富山, とやま, 162019)"));
    connect(this, &QLineEdit::textEdited, this, &BodyPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &i) {
            const QString code = m_codes.value(i.row());
            if (!code.isEmpty())
                emit bodyChosen(code);
        });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_codes.size() >= 1 && !m_completer->popup()->isVisible())
            emit bodyChosen(m_codes.first());
    });
}

void BodyPicker::setBodyText(const QString &text)
{
    setText(text);
}

void BodyPicker::search(const QString &text)
{
    QStringList items;
    m_codes.clear();
    for (const LocalBody *b : Registry::bundled().search(text, 30)) {
        items << bodyDisplay(*b);
        m_codes << b->code;
    }
    m_model->setStringList(items);
    if (!items.isEmpty())
        m_completer->complete();
}

} // namespace shienplan
