// The plan editor's program panel (see programpanel.h).

#include "ui/plan/programpanel.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/fundingsteps.h"
#include "core/prefecture/prefecturerows.h"
#include "core/prefecture/workspace.h"
#include "core/registry/registry.h"
#include "ui/commands/commands.h"
#include "ui/dialogs/jointdialog.h"
#include "ui/dialogs/servedareadialog.h"
#include "ui/language.h"
#include "ui/models/matrixmodel.h"
#include "ui/plan/costlineseditor.h"
#include "ui/plan/planevaluator.h"
#include "ui/widgets/widgetsetup.h"
#include "ui/widgets/yenedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

namespace
{
// A count of persons: one person per step, whichever key steps it. A spin box's page keys and
// Ctrl steps are ten or a hundred at once, which for staff is never what is meant and jumps past
// every cap of the rule book.
class StaffSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;
    void stepBy(int steps) override { QSpinBox::stepBy(std::clamp(steps, -1, 1)); }
};

// The start-up share choices: none, not yet decided (the whole 1/4–1/2 range), or a fraction.
const QStringList kShareChoices = { QString(), QStringLiteral("range"), QStringLiteral("1/4"),
    QStringLiteral("1/3"), QStringLiteral("1/2") };
} // namespace

ProgramPanel::ProgramPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : PlanPanel(session, eval, parent)
{
    setObjectName(QStringLiteral("programBox"));
    auto *programLayout = new QVBoxLayout(this);
    m_programForm = new QFormLayout;
    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("programSelector"));
    m_menu = new QComboBox(this);
    m_menu->setObjectName(QStringLiteral("menuSelector"));
    m_menu->setModel(new QStandardItemModel(m_menu));
    m_programForm->addRow(buddyLabel(m_program), m_program);
    m_programForm->addRow(buddyLabel(m_menu), m_menu);
    programLayout->addLayout(m_programForm);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("programPages"));
    buildMatrix(m_pages);
    buildCostLines(m_pages);
    programLayout->addWidget(m_pages, 1);
    buildNumbers(programLayout);
    connectEdits();
}

void ProgramPanel::buildMatrix(QTabWidget *pages)
{
    m_matrix = makeTable(QStringLiteral("matrixView"), pages);
    m_matrixModel = new MatrixModel(
        m_eval, [this](QUndoCommand *c) { emit editRequested(c); }, this);
    m_matrix->setModel(m_matrixModel);
    // Every figure whole (「500,000〜3,000,000」 is never elided); the table scrolls instead.
    keepColumnsFitted(m_matrix);
    pages->addTab(m_matrix, QString());
}

void ProgramPanel::buildCostLines(QTabWidget *pages)
{
    m_costLines = new CostLinesEditor(pages);
    pages->addTab(m_costLines, QString());
    connect(m_costLines, &CostLinesEditor::linesEdited, this,
        [this](const QList<CostLine> &lines, MergeId merge, const QString &key) {
            if (m_syncing || !m_eval->program())
                return;
            auto *c = commands::setCostLines(m_session, sc(), pr(), lines, merge, key);
            c->setRefusedHandler([this](const QString &why) {
                m_costLines->showRefusal(why);
                sync(); // the lines as the document has them: nothing was saved half-way
            });
            emit editRequested(c);
        });
}

void ProgramPanel::request(EditCommand *command, QLabel *at)
{
    at->hide();
    command->setRefusedHandler([this, at](const QString &why) {
        at->setText(tr("Not changed: %1").arg(why));
        at->show();
        sync();
    });
    emit editRequested(command);
}

void ProgramPanel::buildNumbers(QVBoxLayout *layout)
{
    auto *numbers = new QFormLayout;
    m_coordinators = new StaffSpinBox(this);
    m_coordinators->setObjectName(QStringLiteral("staffCoordinators"));
    m_professionals = new StaffSpinBox(this);
    m_professionals->setObjectName(QStringLiteral("staffProfessionals"));
    m_visiting = new StaffSpinBox(this);
    m_visiting->setObjectName(QStringLiteral("staffVisiting"));
    for (QSpinBox *s : { m_coordinators, m_professionals, m_visiting })
        s->setRange(0, 99);
    m_expenditure = new YenEdit(this);
    m_expenditure->setObjectName(QStringLiteral("expenditure"));
    m_otherIncome = new YenEdit(this);
    m_otherIncome->setObjectName(QStringLiteral("otherIncome"));
    m_eligible = new YenEdit(this);
    m_eligible->setObjectName(QStringLiteral("eligibleExpenditure"));
    m_eligible->setOptional(true);
    m_numbersRefusal = new QLabel(this);
    m_numbersRefusal->setObjectName(QStringLiteral("numbersRefusal"));
    m_numbersRefusal->setWordWrap(true);
    m_numbersRefusal->setStyleSheet(QStringLiteral("color: #c62828"));
    m_numbersRefusal->hide();
    m_yearsRunning = new QSpinBox(this);
    m_yearsRunning->setObjectName(QStringLiteral("yearsRunning"));
    m_yearsRunning->setRange(1, 50);
    m_startupShare = new QComboBox(this);
    m_startupShare->setObjectName(QStringLiteral("startupShare"));
    for (int i = 0; i < kShareChoices.size(); ++i)
        m_startupShare->addItem(QString());
    m_startupYear = new QSpinBox(this);
    m_startupYear->setObjectName(QStringLiteral("startupYear"));
    m_startupYear->setRange(1, 20);
    for (QSpinBox *s :
        { m_coordinators, m_professionals, m_visiting, m_yearsRunning, m_startupYear })
        undoByWindow(s);
    for (YenEdit *e : { m_expenditure, m_otherIncome, m_eligible })
        e->setUndoByWindow(true);
    m_nextYearMenu = new QComboBox(this);
    m_nextYearMenu->setObjectName(QStringLiteral("nextYearMenu"));
    m_jointSummary = new QLabel(this);
    m_jointSummary->setObjectName(QStringLiteral("jointSummary"));
    m_jointSummary->setWordWrap(true);
    m_jointSummary->setMinimumWidth(160);
    m_jointEdit = new QPushButton(this);
    m_jointEdit->setObjectName(QStringLiteral("jointEdit"));
    auto *jointRow = new QHBoxLayout;
    jointRow->addWidget(m_jointSummary, 1);
    jointRow->addWidget(m_jointEdit);
    m_servedSummary = new QLabel(this);
    m_servedSummary->setObjectName(QStringLiteral("servedSummary"));
    m_servedSummary->setMinimumWidth(160); // one line: the first names, the rest on hover
    m_servedEdit = new QPushButton(this);
    m_servedEdit->setObjectName(QStringLiteral("servedEdit"));
    auto *servedRow = new QHBoxLayout;
    servedRow->addWidget(m_servedSummary, 1);
    servedRow->addWidget(m_servedEdit);
    auto *staffRow = new QHBoxLayout;
    staffRow->addWidget(m_coordinators);
    staffRow->addWidget(m_professionals);
    staffRow->addWidget(m_visiting);
    auto *startupRow = new QHBoxLayout;
    startupRow->addWidget(m_startupShare, 1);
    startupRow->addWidget(m_startupYear);
    numbers->addRow(buddyLabel(m_coordinators), staffRow);
    // In the form's order: (A), (B), then (D).
    numbers->addRow(buddyLabel(m_expenditure), m_expenditure);
    numbers->addRow(buddyLabel(m_otherIncome), m_otherIncome);
    numbers->addRow(buddyLabel(m_eligible), m_eligible);
    numbers->addRow(buddyLabel(m_yearsRunning), m_yearsRunning);
    numbers->addRow(buddyLabel(m_startupShare), startupRow);
    numbers->addRow(buddyLabel(m_nextYearMenu), m_nextYearMenu);
    numbers->addRow(buddyLabel(m_jointSummary), jointRow);
    numbers->addRow(buddyLabel(m_servedSummary), servedRow);
    m_numbersForm = numbers;
    m_servedRow = numbers->rowCount() - 1;
    layout->addLayout(numbers);
    layout->addWidget(m_numbersRefusal);
}

void ProgramPanel::connectEdits()
{
    connect(m_program, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            m_eval->setCurrent(sc(), i);
    });
    connect(m_menu, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (m_syncing || i < 0 || !m_eval->scenario())
            return;
        const QString menu = m_menu->itemData(i).toString();
        if (m_eval->program()) {
            emit editRequested(commands::chooseMenu(m_session, sc(), pr(), menu));
        } else {
            // A plan without a program yet (a new document): choosing its menu is adding it.
            Program p;
            p.menu = menu;
            emit editRequested(commands::addProgram(m_session, sc(), p));
        }
    });
    auto staff = [this](QSpinBox *box, const QString &kind) {
        connect(box, &QSpinBox::valueChanged, this, [this, kind](int v) {
            if (!m_syncing && m_eval->program())
                emit editRequested(commands::setStaff(m_session, sc(), pr(), kind, v));
        });
    };
    staff(m_coordinators, QStringLiteral("coordinators"));
    staff(m_professionals, QStringLiteral("professionals"));
    staff(m_visiting, QStringLiteral("visiting_supporters"));
    connect(m_expenditure, &YenEdit::valueCommitted, this, [this](const Yen &v) {
        if (!m_syncing && m_eval->program())
            request(commands::setExpenditure(m_session, sc(), pr(), v), m_numbersRefusal);
    });
    connect(m_eligible, &YenEdit::valueCommitted, this, [this](const Yen &v) {
        if (!m_syncing && m_eval->program())
            request(commands::setEligibleExpenditure(m_session, sc(), pr(), v), m_numbersRefusal);
    });
    connect(m_eligible, &YenEdit::emptied, this, [this] {
        if (!m_syncing && m_eval->program())
            request(commands::setEligibleExpenditure(m_session, sc(), pr(), std::nullopt),
                m_numbersRefusal);
    });
    connect(m_otherIncome, &YenEdit::valueCommitted, this, [this](const Yen &v) {
        if (!m_syncing && m_eval->program())
            request(commands::setOtherIncome(m_session, sc(), pr(), v), m_numbersRefusal);
    });
    connect(m_yearsRunning, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing && m_eval->program())
            emit editRequested(commands::setYearsRunning(m_session, sc(), pr(), v));
    });
    connect(m_startupShare, &QComboBox::currentIndexChanged, this, &ProgramPanel::setStartupChoice);
    connect(m_startupYear, &QSpinBox::valueChanged, this,
        [this] { setStartupChoice(m_startupShare->currentIndex()); });
    connect(m_nextYearMenu, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0 && m_eval->program())
            emit editRequested(commands::setNextYearMenu(
                m_session, sc(), pr(), m_nextYearMenu->itemData(i).toString()));
    });
    connect(m_jointEdit, &QPushButton::clicked, this, &ProgramPanel::editJoint);
    connect(m_servedEdit, &QPushButton::clicked, this, &ProgramPanel::editServed);
}

void ProgramPanel::retranslate()
{
    setTitle(tr("Program"));
    const QString lang = currentLanguage();
    // (A), (B) and (D) in the words of the calculation's steps (fundingsteps.h), nowhere retyped.
    auto yen = [&](char letter) { return tr("%1 (yen)").arg(fundingStep(letter).heading(lang)); };
    setFormLabelTexts({ tr("P&rogram"), tr("&Menu"),
        tr("Staff (coordinators / professionals / visiting supporters)"), yen('A'), yen('B'),
        yen('D'), tr("Year of the program"), tr("Start-up support (prefecture share / year)"),
        tr("Next year's program"), tr("Joint program"), tr("Served municipalities") });
    m_eligible->setPlaceholderText(tr("empty: all of (A)"));
    m_menu->setPlaceholderText(tr("Choose the program's menu"));
    m_costLines->retranslate();
    syncPageTitles();
    m_coordinators->setToolTip(tr("Support coordinators (ひきこもり支援コーディネーター)"));
    m_professionals->setToolTip(tr("Professional staff (⑨ 専門職の配置)"));
    m_visiting->setToolTip(tr("Visiting supporters for municipalities (市町村等訪問支援員, ⑭, from "
                              "FY2025; the printed matrix gives this column no header)"));
    m_startupShare->setItemText(0, tr("None"));
    m_startupShare->setItemText(1, tr("Not decided (1/4–1/2)"));
    for (int i = 2; i < kShareChoices.size(); ++i)
        m_startupShare->setItemText(i, tr("Prefecture %1").arg(kShareChoices[i]));
    m_startupYear->setPrefix(tr("year "));
    m_startupYear->setSuffix(
        currentLanguage() == QLatin1String("ja") ? QStringLiteral("年目") : QString());
    m_jointEdit->setText(tr("Members…"));
    m_servedEdit->setText(tr("Choose…"));
    m_servedEdit->setToolTip(tr("The municipalities this center or satellite serves (%1)")
                                 .arg(citationText(u"000:143-145; 003:265", currentLanguage())));
}

void ProgramPanel::sync()
{
    m_syncing = true;
    const QString lang = currentLanguage();
    const Scenario *s = m_eval->scenario();
    const Program *p = m_eval->program();
    QStringList programs;
    if (s)
        for (const auto &prog : s->plan.programs)
            programs << QStringLiteral("%1 %2").arg(prog.id, menuLabel(prog.menu, lang));
    setItems(m_program, programs);
    m_program->setCurrentIndex(pr());
    syncMenuChoices();

    const bool editable = p && !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *> { m_coordinators, m_professionals,
             m_visiting, m_expenditure, m_otherIncome, m_yearsRunning, m_startupShare,
             m_startupYear, m_nextYearMenu, m_jointEdit, m_servedEdit })
        w->setEnabled(editable);
    if (p)
        syncNumbers(*p, editable);
    // With a breakdown, its lines decide (A) and (D): the fields show the sums.
    const bool lines = p && !p->costLines.isEmpty();
    for (YenEdit *w : { m_expenditure, m_eligible }) {
        w->setReadOnly(lines);
        w->setToolTip(lines ? tr("The sum of the cost breakdown: change its lines") : QString());
    }
    m_eligible->setEnabled(editable);
    m_costLines->setProgram(p, editable);
    syncPageTitles();
    // A center or satellite names whom it serves; another menu shows the row only while a served
    // list is left over from a menu change, so that it can be cleared.
    m_numbersForm->setRowVisible(
        m_servedRow, p && (menuServesMunicipalities(p->menu) || !p->served.isEmpty()));
    m_syncing = false;
}

void ProgramPanel::syncNumbers(const Program &p, bool editable)
{
    m_coordinators->setValue(p.staffCount(QStringLiteral("coordinators")));
    m_professionals->setValue(p.staffCount(QStringLiteral("professionals")));
    m_visiting->setValue(p.staffCount(QStringLiteral("visiting_supporters")));
    m_expenditure->setValue(p.expenditure);
    m_eligible->setOptionalValue(p.eligibleExpenditure);
    m_otherIncome->setValue(p.otherIncome);
    m_yearsRunning->setValue(p.yearsRunning);
    int share = 0;
    if (p.startup) {
        share = p.startup->prefectureShare
            ? int(kShareChoices.indexOf(fractionToString(*p.startup->prefectureShare)))
            : 1;
        if (share < 0) { // a share the list does not offer: show it as it is
            m_startupShare->addItem(
                tr("Prefecture %1").arg(fractionToString(*p.startup->prefectureShare)));
            share = m_startupShare->count() - 1;
        }
        m_startupYear->setValue(p.startup->year);
    }
    m_startupShare->setCurrentIndex(share);
    m_startupYear->setEnabled(editable && p.startup.has_value());
    QStringList members;
    for (const auto &m : p.joint) {
        const LocalBody *b = Registry::bundled().find(m.code);
        members << QStringLiteral("%1 %2").arg(b ? b->name : m.code, fractionToString(m.share));
    }
    m_jointSummary->setText(
        members.isEmpty() ? tr("Run alone") : members.join(QStringLiteral("、")));
    syncServed(p);
}

void ProgramPanel::syncMenuChoices()
{
    const Scenario *s = m_eval->scenario();
    const RuleBook *book = m_eval->book();
    const Program *p = m_eval->program();
    const QString lang = currentLanguage();
    auto *model = qobject_cast<QStandardItemModel *>(m_menu->model());
    // The choices depend on the year's book, the body's kind and the language only.
    const QString key
        = QStringLiteral("%1/%2/%3/%4")
              .arg(s ? s->plan.fiscalYear : 0)
              .arg(s && s->plan.body.kind ? bodyKindId(*s->plan.body.kind) : QString(), lang)
              .arg(quintptr(book));
    if (key != m_menuChoicesKey) {
        m_menuChoicesKey = key;
        model->clear();
        for (const auto &entry : menuCatalogue()) {
            auto *item = new QStandardItem(entry.label(lang));
            item->setData(entry.id, Qt::UserRole);
            const MenuRule *rule = book ? book->menu(entry.id) : nullptr;
            QString why;
            if (!rule)
                why = tr("There is no %1 in %2.")
                          .arg(
                              entry.label(lang), fiscalYearLabel(s ? s->plan.fiscalYear : 0, lang));
            else if (s && s->plan.body.kind && !rule->mayRun(*s->plan.body.kind)) {
                QStringList kinds;
                for (BodyKind k : rule->bodies)
                    kinds << bodyKindLabel(k, lang);
                why = tr("A %1 may not run this menu; it is for %2 (%3).")
                          .arg(bodyKindLabel(*s->plan.body.kind, lang),
                              kinds.join(lang == QLatin1String("en") ? QStringLiteral(", ")
                                                                     : QStringLiteral("・")),
                              citationText(rule->bodiesProv.source, lang));
            }
            if (!why.isEmpty()) {
                item->setEnabled(false);
                item->setToolTip(why);
            } else {
                item->setToolTip(tr("Subsidy rate %1 (%2)")
                                     .arg(fractionToString(rule->rate),
                                         citationText(rule->rateProv.source, lang)));
            }
            model->appendRow(item);
        }
    }
    m_menu->setCurrentIndex(p ? m_menu->findData(p->menu) : -1);
    // Without a program, the menu is where the plan starts (see connectEdits); it waits for the
    // body, which decides the menus it may run.
    m_menu->setEnabled(
        s && (p || (s->plan.body.kind && s->plan.programs.isEmpty())) && !m_session->isReadOnly());

    QStringList nextTexts { tr("(none)") };
    QVariantList nextData { QString() };
    for (const auto &entry : menuCatalogue()) {
        nextTexts << entry.label(lang);
        nextData << entry.id;
    }
    setItems(m_nextYearMenu, nextTexts, nextData);
    m_nextYearMenu->setCurrentIndex(p ? std::max(0, m_nextYearMenu->findData(p->nextYearMenu)) : 0);
}

void ProgramPanel::syncServed(const Program &p)
{
    const QStringList names = namesOf(p.served);
    // One short line beside the button, whatever the window's width; every name on hover.
    if (names.isEmpty())
        m_servedSummary->setText(tr("Not set"));
    else if (names.size() <= 2)
        m_servedSummary->setText(
            tr("%1 (%2 municipalities)").arg(names.join(QStringLiteral("、"))).arg(names.size()));
    else
        m_servedSummary->setText(
            tr("%1 municipalities (%2 and others)").arg(names.size()).arg(names.first()));
    m_servedSummary->setToolTip(names.join(QStringLiteral("、")));
}

void ProgramPanel::syncPageTitles()
{
    const Program *p = m_eval->program();
    const int lines = p ? int(p->costLines.size()) : 0;
    m_pages->setTabText(0, tr("Sub-projects (◎/○)"));
    m_pages->setTabText(
        1, lines ? tr("Cost breakdown (%1 lines)").arg(lines) : tr("Cost breakdown"));
}

void ProgramPanel::focusFinding(const Finding &f)
{
    if (!f.subproject.isEmpty()) {
        const int r = m_matrixModel->rowOf(f.subproject);
        if (r >= 0) {
            m_pages->setCurrentWidget(m_matrix);
            m_matrix->setFocus();
            m_matrix->setCurrentIndex(m_matrixModel->index(r, MatrixModel::Name));
            m_matrix->scrollTo(m_matrixModel->index(r, 0));
            return;
        }
    }
    QWidget *target = nullptr;
    if (f.field.startsWith(QLatin1String("staff.coordinators")))
        target = m_coordinators;
    else if (f.field.startsWith(QLatin1String("staff.professionals")))
        target = m_professionals;
    else if (f.field.startsWith(QLatin1String("staff.visiting")))
        target = m_visiting;
    else if (f.field.startsWith(QLatin1String("startup_support")))
        target = m_startupShare;
    else if (f.field == QLatin1String("years_running"))
        target = m_yearsRunning;
    else if (f.field == QLatin1String("next_year_menu"))
        target = m_nextYearMenu;
    else if (f.field == QLatin1String("subprojects")) {
        m_pages->setCurrentWidget(m_matrix);
        target = m_matrix;
    } else if (f.field.startsWith(QLatin1String("cost_lines"))) {
        m_pages->setCurrentWidget(m_costLines);
        target = m_costLines;
    } else if (f.field == QLatin1String("eligible_expenditure"))
        target = m_eligible;
    else if (f.field == QLatin1String("expenditure"))
        target = m_expenditure;
    else if (f.code == QLatin1String("body_not_eligible")
        || f.code == QLatin1String("menu_not_available"))
        target = m_menu;
    if (target)
        target->setFocus();
}

void ProgramPanel::setStartupChoice(int index)
{
    if (m_syncing || !m_eval->program() || index < 0)
        return;
    std::optional<StartupSupport> su;
    if (index > 0) {
        su = StartupSupport {};
        su->year = m_startupYear->value();
        if (index >= 2) {
            const QString text = index < kShareChoices.size()
                ? kShareChoices[index]
                : m_startupShare->itemText(index).section(u' ', -1);
            su->prefectureShare = parseFraction(text);
        }
    }
    emit editRequested(commands::setStartupSupport(m_session, sc(), pr(), su));
}

void ProgramPanel::editJoint()
{
    const Program *p = m_eval->program();
    const Scenario *s = m_eval->scenario();
    if (!p || !s)
        return;
    JointDialog dialog(p->joint, s->plan.body.code,
        populationsIn(m_session->document(), s->plan.fiscalYear), window());
    if (dialog.exec() == QDialog::Accepted)
        emit editRequested(commands::setJointMembers(m_session, sc(), pr(), dialog.members()));
}

void ProgramPanel::editServed()
{
    const Program *p = m_eval->program();
    const Scenario *s = m_eval->scenario();
    if (!p || !s)
        return;
    const Plan &plan = s->plan;
    const QString prefecture = prefectureOf(plan, Registry::bundled());
    // What each body runs that year, own or joint: where a satellite is needed shows at once.
    QHash<QString, QString> programs;
    const QString lang = currentLanguage();
    const QHash<QString, QList<TimelineEntry>> lines = timelines(m_session->document());
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        for (const TimelineEntry &e : it.value())
            if (e.fiscalYear == plan.fiscalYear && !(e.menus.isEmpty() && e.jointMenus.isEmpty()))
                programs.insert(it.key(), timelineText({ e }, lang));
    ServedAreaDialog dialog(prefecture, p->served, programs, window());
    if (dialog.exec() == QDialog::Accepted && dialog.served() != p->served)
        emit editRequested(
            commands::setServedMunicipalities(m_session, sc(), pr(), dialog.served()));
}

void ProgramPanel::addProgram()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    Program p;
    // A town runs its own support program; a prefecture or designated city starts with a center.
    const bool municipal = s->plan.body.kind && *s->plan.body.kind != BodyKind::Prefecture
        && *s->plan.body.kind != BodyKind::DesignatedCity;
    p.menu = municipal ? QStringLiteral("support") : QStringLiteral("center_prefectural");
    emit editRequested(commands::addProgram(m_session, sc(), p));
}

void ProgramPanel::removeProgram()
{
    if (m_eval->program())
        emit editRequested(commands::removeProgram(m_session, sc(), pr()));
}

} // namespace shienplan
