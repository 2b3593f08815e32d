#pragma once

// Type-ahead choice of the implementing body among Japan's 47 prefectures and 1,741
// municipalities: by name (富山), reading (とやま or トヤマ) or code (1620…).

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace shienplan
{

struct LocalBody;

class BodyPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit BodyPicker(QWidget *parent = nullptr);
    void setBodyText(const QString &text); // shows the current body without searching

signals:
    void bodyChosen(const QString &code);

private:
    void search(const QString &text);
    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_codes;
};

QString bodyDisplay(const LocalBody &b); // "富山市（とやまし）富山県 162019"

} // namespace shienplan
