// The plan editor's body-and-year panel (see bodypanel.h).

#include "ui/plan/bodypanel.h"

#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/sources.h"
#include "core/engine/alternatives.h"
#include "core/registry/registry.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/plan/planevaluator.h"
#include "ui/widgets/bodypicker.h"
#include "ui/widgets/widgetsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace shienplan
{

BodyPanel::BodyPanel(DocumentSession *session, PlanEvaluator *eval, QWidget *parent)
    : PlanPanel(session, eval, parent)
{
    setObjectName(QStringLiteral("bodyBox"));
    m_form = new QFormLayout(this);
    m_planChooser = new QStackedWidget(this);
    m_planName = new QLabel(m_planChooser);
    m_planName->setObjectName(QStringLiteral("planName"));
    m_plan = new QComboBox(m_planChooser);
    m_plan->setObjectName(QStringLiteral("planSelector"));
    m_planChooser->addWidget(m_planName);
    m_planChooser->addWidget(m_plan);
    m_planChooser->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioSelector"));
    m_adopt = new QPushButton(this);
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_adopt->setCheckable(true); // pressed: the alternative shown is the adopted one
    m_bodySearch = new BodyPicker(this);
    m_bodySearch->setObjectName(QStringLiteral("bodySearch"));
    m_bodyKind = new QLabel(this);
    m_bodyKind->setObjectName(QStringLiteral("bodyKind"));
    m_population = new QSpinBox(this);
    m_population->setObjectName(QStringLiteral("population"));
    m_population->setRange(0, 100'000'000);
    m_population->setGroupSeparatorShown(true);
    m_population->setSpecialValueText(QStringLiteral("—"));
    m_juso = new QCheckBox(this);
    m_juso->setObjectName(QStringLiteral("juso"));
    m_welfareOffice = new QCheckBox(this);
    m_welfareOffice->setObjectName(QStringLiteral("welfareOffice"));
    m_fiscalYear = new QComboBox(this);
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYear"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_juso);
    flags->addWidget(m_welfareOffice);
    flags->addStretch();
    auto *alternativeRow = new QHBoxLayout;
    alternativeRow->addWidget(m_scenario, 1);
    alternativeRow->addWidget(m_adopt);
    m_form->addRow(buddyLabel(m_planChooser), m_planChooser);
    m_form->addRow(buddyLabel(m_scenario), alternativeRow);
    m_form->addRow(buddyLabel(m_bodySearch), m_bodySearch);
    m_form->addRow(buddyLabel(m_bodyKind), m_bodyKind);
    m_form->addRow(buddyLabel(m_population), m_population);
    m_form->addRow(QString(), flags);
    m_form->addRow(buddyLabel(m_fiscalYear), m_fiscalYear);
    connectEdits();
}

void BodyPanel::connectEdits()
{
    // Both choosers carry scenario indexes: a plan opens at its adopted (or first) alternative.
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            m_eval->setCurrent(m_scenario->itemData(i).toInt(), 0);
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            m_eval->setCurrent(m_plan->itemData(i).toInt(), 0);
    });
    connect(m_adopt, &QPushButton::clicked, this, &BodyPanel::toggleAdopted);
    connect(m_bodySearch, &BodyPicker::bodyChosen, this, &BodyPanel::chooseBody);
    connect(m_population, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing)
            editBody([v](PlanBody &b) {
                b.population = v > 0 ? std::optional<qint64>(v) : std::nullopt;
            });
    });
    connect(m_juso, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            editBody([on](PlanBody &b) { b.juso = on; });
    });
    connect(m_welfareOffice, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            editBody([on](PlanBody &b) { b.welfareOffice = on; });
    });
    connect(m_fiscalYear, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_syncing && i >= 0)
            emit editRequested(
                commands::setFiscalYear(m_session, sc(), m_fiscalYear->itemData(i).toInt()));
    });
}

void BodyPanel::retranslate()
{
    setTitle(tr("Implementing body and fiscal year"));
    setFormLabelTexts({ tr("Plan"), tr("&Alternative"), tr("&Body"), tr("Kind"), tr("Popu&lation"),
        tr("Fiscal &year") });
    m_adopt->setText(tr("Adopt this alternative"));
    m_adopt->setAccessibleName(tr("Adopt this alternative"));
    m_adopt->setToolTip(tr("Makes the alternative shown the adopted one (採用案) of its plan; the "
                           "plan's other alternatives are no longer adopted. Press again to "
                           "withdraw. Totals count the adopted alternative of each plan."));
    m_juso->setText(tr("Runs the multi-layered support system program (重層的支援体制整備事業)"));
    m_juso->setToolTip(tr("With it the station's base amount is 7,500,000 yen instead of "
                          "10,000,000 yen (%1).")
                           .arg(citationText(u"002:1148-1149", currentLanguage())));
    m_welfareOffice->setText(tr("Has a welfare office"));
    m_bodySearch->setPlaceholderText(tr("Choose the implementing body: name, reading or code "
                                        "(e.g. 富山, とやま, 162019)"));
}

void BodyPanel::sync()
{
    m_syncing = true;
    const QString lang = currentLanguage();
    const Document &d = m_session->document();
    syncAlternatives();
    syncFiscalYears();
    const Scenario *s = m_eval->scenario();
    if (s) {
        const PlanBody &b = s->plan.body;
        const LocalBody *known = b.code.isEmpty() ? nullptr : Registry::bundled().find(b.code);
        // Not while the planner types in it: the text is theirs until they choose.
        if (!m_bodySearch->hasFocus())
            m_bodySearch->setBodyText(known ? bodyDisplay(*known) : b.name);
        const LocalBody *pref = known ? Registry::bundled().prefectureOf(*known) : nullptr;
        const QString prefText = pref && pref != known
            ? (lang == QLatin1String("en") ? QStringLiteral(" (%1)") : QStringLiteral("（%1）"))
                  .arg(pref->name)
            : QString();
        m_bodyKind->setText((b.kind ? bodyKindLabel(*b.kind, lang) : QString()) + prefText);
        m_population->setValue(int(b.population.value_or(0)));
        m_juso->setChecked(b.juso);
        m_welfareOffice->setChecked(b.welfareOffice);
    }
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_bodySearch, m_population, m_juso, m_welfareOffice, m_fiscalYear })
        w->setEnabled(s && !m_session->isReadOnly());
    m_syncing = false;
}

// The plans of the document and the alternatives of the plan shown, from groupAlternatives: the
// same grouping the totals and the files use, so the window never calls alternatives what a
// prefecture's totals count as two plans.
void BodyPanel::syncAlternatives()
{
    const QString lang = currentLanguage();
    const Document &d = m_session->document();
    const auto planAt = [&d](qsizetype i) -> const Plan & { return d.scenarios[i].plan; };
    const QList<PlanGroup> groups = groupAlternatives(d.scenarios.size(), planAt);
    const int current = sc();
    const PlanGroup *shown = nullptr;
    // 「高岡市 令和7年度　未決定（3案）」, 「… 採用: ステーション事業で開始」; a plan of one
    // alternative is just its body and year.
    auto planText = [&](const PlanGroup &g) {
        const Plan &p = planAt(g.alternatives.first());
        QString text = p.body.name + u' ' + fiscalYearLabel(p.fiscalYear, lang);
        if (g.alternatives.size() > 1)
            text += (lang == QLatin1String("ja") ? QStringLiteral("　") : QStringLiteral(" — "))
                + (g.undecided() ? decisionLabel(g, planAt, lang)
                                 : tr("adopted: %1").arg(decisionLabel(g, planAt, lang)));
        return text;
    };
    QStringList planTexts;
    QVariantList planData;
    int planIndex = -1;
    for (const PlanGroup &g : groups) {
        if (g.alternatives.contains(current)) {
            shown = &g;
            planIndex = int(planTexts.size());
        }
        planTexts << planText(g);
        // A plan opens at the alternative shown (when it is this plan), else its adopted or first.
        planData << (g.alternatives.contains(current) ? current : g.representative());
    }
    setItems(m_plan, planTexts, planData);
    m_plan->setCurrentIndex(planIndex);
    m_planName->setText(shown ? planText(*shown) : QString());
    m_planChooser->setCurrentWidget(
        groups.size() > 1 ? static_cast<QWidget *>(m_plan) : static_cast<QWidget *>(m_planName));

    QStringList names;
    QVariantList indexes;
    if (shown) {
        for (int k = 0; k < shown->alternatives.size(); ++k) {
            const int i = shown->alternatives[k];
            const Plan &p = planAt(i);
            QString name = alternativeLabel(p, k, lang);
            if (p.adopted)
                name += lang == QLatin1String("ja") ? QStringLiteral("（採用）")
                                                    : QStringLiteral(" (adopted)");
            names << name;
            indexes << i;
        }
    }
    setItems(m_scenario, names, indexes);
    m_scenario->setCurrentIndex(int(indexes.indexOf(current)));
    const Scenario *s = m_eval->scenario();
    m_adopt->setChecked(s && s->plan.adopted);
    m_adopt->setEnabled(s && !m_session->isReadOnly());
}

// The years with a rule book, and the plan's own year even without one (so that it shows).
void BodyPanel::syncFiscalYears()
{
    const QString lang = currentLanguage();
    const Scenario *s = m_eval->scenario();
    QList<int> years = m_eval->library().fiscalYears();
    if (s && !years.contains(s->plan.fiscalYear))
        years << s->plan.fiscalYear;
    std::sort(years.begin(), years.end());
    QStringList yearTexts;
    QVariantList yearData;
    for (int fy : years) {
        yearTexts << fiscalYearLabel(fy, lang)
                + (lang == QLatin1String("ja") ? QStringLiteral("（FY%1）").arg(fy) : QString());
        yearData << fy;
    }
    setItems(m_fiscalYear, yearTexts, yearData);
    if (s)
        m_fiscalYear->setCurrentIndex(m_fiscalYear->findData(s->plan.fiscalYear));
}

void BodyPanel::editBody(const std::function<void(PlanBody &)> &change)
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    PlanBody b = s->plan.body;
    change(b);
    emit editRequested(commands::setBody(m_session, sc(), b));
}

void BodyPanel::chooseBody(const QString &code)
{
    const LocalBody *known = Registry::bundled().find(code);
    if (!known)
        return;
    editBody([known](PlanBody &b) {
        b.code = known->code;
        b.name = known->name;
        b.kind = known->kind;
        b.prefectureCode = known->prefectureCode;
        b.population.reset(); // another town: its population is not this one's
    });
    // The refresh after the edit left the typed text alone (the picker had the focus): on to the
    // next field, as Tab would, and show the body chosen.
    m_population->setFocus(Qt::TabFocusReason);
    sync();
}

void BodyPanel::toggleAdopted()
{
    const Scenario *s = m_eval->scenario();
    if (!s || m_syncing)
        return;
    emit editRequested(commands::setAdopted(m_session, sc(), !s->plan.adopted));
}

void BodyPanel::addScenario()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    Scenario copy = *s;
    copy.plan.adopted = false;
    // A name no alternative of the plan has (the edit refuses a name used twice).
    QStringList used;
    for (const auto &other : m_session->document().scenarios)
        if (other.plan.fiscalYear == s->plan.fiscalYear
            && planBodyKey(other.plan) == planBodyKey(s->plan))
            used << other.plan.alternative;
    copy.plan.alternative = tr("%1 (copy)").arg(s->plan.alternative);
    for (int n = 2; used.contains(copy.plan.alternative); ++n)
        copy.plan.alternative = tr("%1 (copy %2)").arg(s->plan.alternative).arg(n);
    emit editRequested(commands::addScenario(m_session, copy));
}

void BodyPanel::renameScenario()
{
    const Scenario *s = m_eval->scenario();
    if (!s)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(window(), tr("Rename alternative"), tr("Name"),
        QLineEdit::Normal, s->plan.alternative, &ok);
    if (ok && !name.trimmed().isEmpty())
        emit editRequested(commands::renameScenario(m_session, sc(), name.trimmed()));
}

void BodyPanel::removeScenario()
{
    if (m_session->document().scenarios.size() > 1)
        emit editRequested(commands::removeScenario(m_session, sc()));
}

} // namespace shienplan
