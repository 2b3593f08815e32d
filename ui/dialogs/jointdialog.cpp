// The members of a joint program and their shares (see jointdialog.h).

#include "ui/dialogs/jointdialog.h"

#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "ui/widgets/bodypicker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shienplan
{

JointDialog::JointDialog(const QList<JointMember> &members, const QString &ownCode,
    const QHash<QString, qint64> &populations, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_picker(new BodyPicker(this))
    , m_message(new QLabel(this))
    , m_populations(populations)
{
    setObjectName(QStringLiteral("jointDialog"));
    setWindowTitle(tr("Joint program"));
    m_table->setObjectName(QStringLiteral("jointTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Code"), tr("Body"), tr("Share of the local burden (n/d)") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_picker->setObjectName(QStringLiteral("jointAdd"));
    m_message->setObjectName(QStringLiteral("jointMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *equal = new QPushButton(tr("Equal shares"), this);
    auto *byPopulation = new QPushButton(tr("By population"), this);
    byPopulation->setObjectName(QStringLiteral("jointByPopulation"));
    byPopulation->setToolTip(
        tr("Shares in proportion to the members' populations as entered in their plans"));
    auto *remove = new QPushButton(tr("Remove selected"), this);
    auto *alone = new QPushButton(tr("Run alone"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(equal);
    row->addWidget(byPopulation);
    row->addWidget(remove);
    row->addWidget(alone);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Stations and support programs may be run jointly by two or more bodies (002:1154). "
           "One standard amount applies to the joint program; its local burden is split by the "
           "shares."),
        this));
    layout->addWidget(m_table);
    layout->addWidget(new QLabel(tr("Add a member:"), this));
    layout->addWidget(m_picker);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    for (const auto &m : members) {
        addMember(m.code);
        m_table->item(m_table->rowCount() - 1, 2)->setText(fractionToString(m.share));
    }
    if (members.isEmpty() && !ownCode.isEmpty())
        addMember(ownCode);
    connect(m_picker, &BodyPicker::bodyChosen, this, [this](const QString &code) {
        addMember(code);
        m_picker->clear();
    });
    connect(equal, &QPushButton::clicked, this, &JointDialog::equalShares);
    connect(byPopulation, &QPushButton::clicked, this, &JointDialog::populationShares);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(alone, &QPushButton::clicked, this, [this] {
        m_table->setRowCount(0);
        m_result.clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &JointDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
}

void JointDialog::addMember(const QString &code)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == code)
            return;
    const LocalBody *b = Registry::bundled().find(code);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *codeItem = new QTableWidgetItem(code);
    codeItem->setFlags(codeItem->flags() & ~Qt::ItemIsEditable);
    auto *nameItem = new QTableWidgetItem(b ? b->name : code);
    nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(r, 0, codeItem);
    m_table->setItem(r, 1, nameItem);
    m_table->setItem(r, 2, new QTableWidgetItem());
    equalShares();
}

void JointDialog::equalShares()
{
    const int n = m_table->rowCount();
    for (int r = 0; r < n; ++r)
        m_table->item(r, 2)->setText(fractionToString(Fraction(1, n)));
}

void JointDialog::populationShares()
{
    QStringList codes;
    for (int r = 0; r < m_table->rowCount(); ++r)
        codes << m_table->item(r, 0)->text();
    QString error;
    const auto shares = jointShares(ShareMethod::Population, codes, m_populations, {}, &error);
    if (!shares) {
        // The core names the member without a population; say it in the planner's terms.
        QStringList missing;
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_populations.value(codes[r], 0) <= 0)
                missing << m_table->item(r, 1)->text();
        m_message->setText(tr(
            "No population for %1: enter it in that body's plan (or in the prefecture tab) first.")
                               .arg(missing.join(QStringLiteral("、"))));
        return;
    }
    m_message->clear();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, 2)->setText(fractionToString((*shares)[r]));
}

void JointDialog::tryAccept()
{
    QList<JointMember> out;
    Fraction sum = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto share = parseFraction(m_table->item(r, 2)->text().trimmed());
        if (!share || *share > 1) {
            m_message->setText(
                tr("Row %1: the share must be a fraction n/d between 0 and 1.").arg(r + 1));
            return;
        }
        out << JointMember { m_table->item(r, 0)->text(), *share };
        sum += *share;
    }
    if (out.size() == 1) {
        m_message->setText(tr("A joint program needs at least two members."));
        return;
    }
    if (!out.isEmpty() && sum != 1) {
        m_message->setText(tr("The shares add up to %1, not 1.").arg(fractionToString(sum)));
        return;
    }
    m_result = out;
    accept();
}

} // namespace shienplan
