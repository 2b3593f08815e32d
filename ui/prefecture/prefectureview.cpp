#include "ui/prefecture/prefectureview.h"

#include "core/base/bilingual.h"
#include "core/base/catalogue.h"
#include "core/base/fiscalyear.h"
#include "core/base/savefile.h"
#include "core/document/documentsession.h"
#include "core/prefecture/prefecturecsv.h"
#include "core/prefecture/workspaceedits.h"
#include "core/registry/registry.h"
#include "ui/commands/commands.h"
#include "ui/language.h"
#include "ui/plan/planevaluator.h"
#include "ui/prefecture/prefecturechart.h"
#include "ui/prefecture/prefecturefilter.h"
#include "ui/prefecture/prefecturemodel.h"
#include "ui/prefecture/prefecturetotalsmodel.h"
#include "ui/widgets/widgetsetup.h"

#include "report/xlsxtable.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace shienplan
{

PrefectureView::PrefectureView(DocumentSession *session, PlanEvaluator *evaluator, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_eval(evaluator)
{
    m_model = new PrefectureModel(this);
    m_filter = new PrefectureFilter(m_model, this);
    m_totals = new PrefectureTotalsModel(this);
    buildUi();
    connect(m_eval, &PlanEvaluator::evaluated, this, &PrefectureView::evaluated);
    connect(m_session, &DocumentSession::documentReset, this, [this] {
        m_prefectureCode.clear();
        m_year = 0;
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_model, &PrefectureModel::populationEdited, this, &PrefectureView::editPopulation);
    retranslate();
}

void PrefectureView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_prefectureLabel = new QLabel(this);
    m_prefecture = new QComboBox(this);
    m_prefecture->setObjectName(QStringLiteral("prefectureSelector"));
    for (const LocalBody &b : Registry::bundled().all())
        if (b.kind == BodyKind::Prefecture)
            m_prefecture->addItem(b.name, b.code);
    m_yearLabel = new QLabel(this);
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("workspaceYear"));
    m_filterLabel = new QLabel(this);
    m_filterBox = new QComboBox(this);
    m_filterBox->setObjectName(QStringLiteral("rowFilter"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("bodyFilterText"));
    m_search->setClearButtonEnabled(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openPlan"));
    m_nextYear = new QPushButton(this);
    m_nextYear->setObjectName(QStringLiteral("planNextYear"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportTable"));
    for (QWidget *w : { static_cast<QWidget *>(m_prefectureLabel),
             static_cast<QWidget *>(m_prefecture), static_cast<QWidget *>(m_yearLabel),
             static_cast<QWidget *>(m_yearBox), static_cast<QWidget *>(m_filterLabel),
             static_cast<QWidget *>(m_filterBox), static_cast<QWidget *>(m_search) })
        bar->addWidget(w);
    bar->addStretch(1);
    outer->addLayout(bar);
    // The filter's longest choice need not set the window's width: the list shows it whole.
    m_filterBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filterBox->setMinimumContentsLength(12);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("prefectureSummary"));
    m_summary->setWordWrap(true);
    // Its lines before the table's rows: the table gives way when the window is short.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The buttons beside the summary, not beside the selectors: one row of all of them would be
    // wider than a laptop's screen at 200 %.
    auto *summaryRow = new QHBoxLayout();
    summaryRow->addWidget(m_summary, 1);
    for (QPushButton *b : { m_open, m_nextYear, m_export })
        summaryRow->addWidget(b, 0, Qt::AlignTop);
    outer->addLayout(summaryRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("prefectureTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PrefectureModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    split->addWidget(m_table);
    // Every column as wide as its widest cell after every change (an edited population, another
    // prefecture or year, a sort, a filter): a long 年度ごとの事業 scrolls, it is never cut off.
    keepColumnsFitted(m_table);

    auto *bottom = new QSplitter(Qt::Horizontal, split);
    m_totalsView = new QTableView(bottom);
    m_totalsView->setObjectName(QStringLiteral("prefectureTotals"));
    m_totalsView->setModel(m_totals);
    m_totalsView->verticalHeader()->setVisible(false);
    m_totalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepColumnsFitted(m_totalsView);
    m_chart = new PrefectureChart(bottom);
    m_chart->setObjectName(QStringLiteral("prefectureChart"));
    m_chart->setMinimumWidth(480);
    bottom->addWidget(m_totalsView);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    outer->addWidget(split, 1);

    connect(m_prefecture, &QComboBox::currentIndexChanged, this,
        [this](int i) { setPrefecture(m_prefecture->itemData(i).toString()); });
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            setFiscalYear(m_yearBox->itemData(i).toInt());
    });
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            m_filter->setRowFilter(RowFilter(m_filterBox->itemData(i).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &PrefectureFilter::setSearchText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        // Enter or a double click opens the plan, except on the population, which is edited.
        if (i.column() != PrefectureModel::Population)
            openSelected();
    });
    connect(m_open, &QPushButton::clicked, this, &PrefectureView::openSelected);
    connect(m_export, &QPushButton::clicked, this, &PrefectureView::chooseExportFile);
    connect(m_nextYear, &QPushButton::clicked, this, [this] {
        if (planNextYear() == 0)
            QMessageBox::information(this, tr("Plan the next year"),
                tr("Every body planned in %1 already has a plan for %2.")
                    .arg(fiscalYearLabel(m_year, currentLanguage()),
                        fiscalYearLabel(m_year + 1, currentLanguage())));
    });
}

const QList<RowFilter> &PrefectureView::shownRowFilters()
{
    // One filter for "no program": 「未実施の町村」 and 「事業も担当区域もない団体」 are parts of
    // it that the table already tells apart (the 種別 column; 「（…の担当区域）」 in 実施事業),
    // and the summary counts the bodies with neither a program nor a served area.
    static const QList<RowFilter> shown = [] {
        QList<RowFilter> list = rowFilters();
        list.removeAll(RowFilter::TownsWithoutProgram);
        list.removeAll(RowFilter::Uncovered);
        return list;
    }();
    return shown;
}

ExportTable PrefectureView::visibleTable() const
{
    QList<int> order;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        order << m_filter->mapToSource(m_filter->index(r, 0)).row();
    if (order.isEmpty()) // nothing shown: the header alone, not every row
        order << -1;
    return prefectureExportTable(m_model->table(), order, currentLanguage());
}

QByteArray PrefectureView::visibleTableCsv() const
{
    return tableToCsv(visibleTable());
}

bool PrefectureView::exportTable(const QString &path, QString *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return writeTableXlsx(visibleTable(), path, error);
    // Beside the file, then renamed over it: a failed write leaves what was there.
    const QString why = saveWhole(path, visibleTableCsv());
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

void PrefectureView::chooseExportFile()
{
    const QString lang = currentLanguage();
    const LocalBody *pref = Registry::bundled().find(m_prefectureCode);
    const QString name
        = QStringLiteral("%1_%2.xlsx")
              .arg(pref ? pref->name : m_prefectureCode, fiscalYearLabel(m_year, lang))
              .replace(u' ', u'_');
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = saveTableFileName(this, tr("Export the table"), QDir(dir).filePath(name));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, &error))
        QMessageBox::warning(this, tr("Export the table"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void PrefectureView::fitColumns()
{
    // The header texts of another language, measured at once (they are refitted after every
    // change of the models anyway).
    keepColumnsFitted(m_table);
    keepColumnsFitted(m_totalsView);
}

void PrefectureView::retranslate()
{
    const QString lang = currentLanguage();
    m_prefectureLabel->setText(tr("Prefecture"));
    m_yearLabel->setText(tr("Fiscal year"));
    m_filterLabel->setText(tr("Show"));
    m_search->setPlaceholderText(tr("Name, reading or code"));
    m_open->setText(tr("Open the plan"));
    m_open->setToolTip(
        tr("Open the selected body's plan of this year in the Plan tab (Enter or double click)"));
    m_nextYear->setText(tr("Plan the next year"));
    m_nextYear->setToolTip(
        tr("Start next year's plan of every body planned this year, from this year's programs"));
    m_export->setText(tr("Export the table…"));
    m_export->setToolTip(
        tr("The rows shown, in their order, as an Excel workbook or CSV (amounts in yen, ranges "
           "as min/max, codes kept as text)"));
    const int filterIndex = std::max(0, m_filterBox->currentIndex());
    {
        const QSignalBlocker block(m_filterBox);
        m_filterBox->clear();
        for (RowFilter f : shownRowFilters())
            m_filterBox->addItem(rowFilterLabel(f, lang), int(f));
        m_filterBox->setCurrentIndex(filterIndex);
    }
    syncYears();
    m_model->retranslate();
    m_totals->retranslate();
    fitColumns();
    m_summary->setText(summaryText());
    m_stale = true;
    if (isVisible())
        refresh();
}

void PrefectureView::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange && m_summary)
        retranslate();
}

void PrefectureView::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (m_stale)
        refresh();
}

void PrefectureView::evaluated()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void PrefectureView::adoptCurrentScenario()
{
    const Scenario *s = m_eval->scenario();
    const Registry &registry = Registry::bundled();
    if (m_prefectureCode.isEmpty()) {
        const QString code = s ? prefectureOf(s->plan, registry) : QString();
        m_prefectureCode = registry.find(code) ? code : QStringLiteral("010006");
        const QSignalBlocker block(m_prefecture);
        m_prefecture->setCurrentIndex(m_prefecture->findData(m_prefectureCode));
    }
    if (m_year == 0)
        m_year = s && s->plan.fiscalYear > 0 ? s->plan.fiscalYear
                                             : m_eval->library().fiscalYears().value(0, 2025);
}

void PrefectureView::syncYears()
{
    // The years of the rule books, the years of the document, and the one after the last, so
    // that a planner can look ahead.
    QSet<int> years = fiscalYearsOf(m_session->document());
    years.remove(0);
    for (int y : m_eval->library().fiscalYears())
        years.insert(y);
    if (m_year > 0)
        years.insert(m_year);
    QList<int> sorted = years.values();
    std::sort(sorted.begin(), sorted.end());
    const QString lang = currentLanguage();
    QStringList labels;
    for (int y : sorted)
        labels << fiscalYearLabel(y, lang);
    QStringList current;
    for (int i = 0; i < m_yearBox->count(); ++i)
        current << m_yearBox->itemText(i);
    const QSignalBlocker block(m_yearBox);
    if (current != labels) {
        m_yearBox->clear();
        for (int y : sorted)
            m_yearBox->addItem(fiscalYearLabel(y, lang), y);
    }
    m_yearBox->setCurrentIndex(m_yearBox->findData(m_year));
}

void PrefectureView::setPrefecture(const QString &code)
{
    if (code == m_prefectureCode || !Registry::bundled().find(code))
        return;
    m_prefectureCode = code;
    {
        const QSignalBlocker block(m_prefecture);
        m_prefecture->setCurrentIndex(m_prefecture->findData(code));
    }
    refresh();
}

void PrefectureView::setFiscalYear(int year)
{
    if (year == m_year || year <= 0)
        return;
    m_year = year;
    refresh();
}

void PrefectureView::setRowFilter(RowFilter f)
{
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(f)));
}

void PrefectureView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void PrefectureView::refresh()
{
    m_stale = false;
    adoptCurrentScenario();
    syncYears();
    const PrefectureTable t = prefectureTable(
        m_session->document(), m_eval->evaluations(), m_prefectureCode, m_year, &m_eval->library());
    m_model->setTable(t);
    // The menus the prefecture runs in any year, in catalogue order.
    QSet<QString> used;
    for (const WorkspaceTotals &y : t.byYear)
        for (auto it = y.perMenu.cbegin(); it != y.perMenu.cend(); ++it)
            if (it->programs > 0)
                used.insert(it.key());
    QStringList menus;
    for (const CatalogueEntry &e : menuCatalogue())
        if (used.contains(e.id))
            menus << e.id;
    m_totals->setTotals(t.totals, menus);
    m_summary->setText(summaryText());
    m_chart->setTotals(t.byYear, menus);
}

QString PrefectureView::summaryText() const
{
    const PrefectureTable &t = m_model->table();
    if (t.prefectureCode.isEmpty())
        return {};
    const QString lang = currentLanguage();
    const WorkspaceTotals &w = t.totals;
    QStringList without;
    for (auto it = w.withoutProgram.cbegin(); it != w.withoutProgram.cend(); ++it)
        without << QStringLiteral("%1 %2").arg(bodyKindLabel(it.key(), lang)).arg(it.value());
    const LocalBody *pref = Registry::bundled().find(t.prefectureCode);
    const QString name = pref ? pref->name : QString();
    QString s = tr("%1, %2: %3 of %4 municipalities run a program")
                    .arg(name, fiscalYearLabel(t.fiscalYear, lang))
                    .arg(w.municipalitiesWithProgram)
                    .arg(w.municipalities);
    if (!without.isEmpty())
        s += tr(" (none yet: %1)").arg(without.join(QStringLiteral("・")));
    s += tr(". National subsidy %1; the prefecture pays %2 (its own programs' burden and the "
            "start-up support it gives).")
             .arg(formatRange(w.all.national, lang), formatRange(w.prefectureBurden, lang));
    // Where the prefecture's center and satellites reach, and where nothing does yet: a line of
    // its own.
    if (w.servedMunicipalities > 0 || (!w.uncoveredCodes.isEmpty() && w.plans > 0))
        s += u'\n';
    if (w.servedMunicipalities > 0)
        s += tr("The served area of its center and satellites covers %1 municipalities (%2 of them "
                "with no program of their own).")
                 .arg(w.servedMunicipalities)
                 .arg(w.servedWithoutProgram);
    if (!w.uncoveredCodes.isEmpty() && w.plans > 0)
        s += (s.endsWith(u'\n') ? QString() : QStringLiteral(" "))
            + tr("%1 municipalities have neither a program nor a served area.")
                  .arg(w.uncoveredCodes.size());
    if (w.undecided > 0)
        s += u'\n'
            + textIn(lang, u"%1件の計画は採用案が決まっていません（その額は案の幅で計上）。",
                u"%1 plan(s) have no adopted alternative yet (their amounts count as the range of "
                u"their alternatives).")
                  .arg(w.undecided);
    if (w.plans == 0)
        s += u' '
            + tr("No plan of this year yet: open a row to start one, or plan the next year from "
                 "the year before.");
    return s;
}

void PrefectureView::editPopulation(const QString &code, qint64 population)
{
    const PrefectureRow *r = m_model->row(m_model->rowOf(code));
    if (!r)
        return;
    if (r->alternatives.size() > 1) {
        // The body is the same in every alternative of its plan: one step sets them all.
        QList<Scenario> scenarios = m_session->document().scenarios;
        for (int s : r->alternatives)
            if (s >= 0 && s < scenarios.size())
                scenarios[s].plan.body.population = population;
        const QString lang = currentLanguage();
        emit editRequested(commands::setScenarios(m_session, scenarios,
            textIn(lang, u"%1の人口", u"Population of %1").arg(r->name), QStringLiteral("set_body"),
            QStringLiteral("%1の人口を %2 に変更（%3案）")
                .arg(r->name, formatYen(Yen(population)))
                .arg(r->alternatives.size())));
        return;
    }
    if (r->scenario >= 0) {
        PlanBody body = m_session->document().scenarios.value(r->scenario).plan.body;
        body.population = population;
        emit editRequested(commands::setBody(m_session, r->scenario, body));
        return;
    }
    // A body with no plan this year keeps its population in an empty plan of the year.
    const LocalBody *b = Registry::bundled().find(code);
    if (!b)
        return;
    Scenario s = scenarioFor(*b, m_year);
    s.plan.body.population = population;
    emit editRequested(commands::addScenario(m_session, s));
}

void PrefectureView::openSelected()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    if (const PrefectureRow *r = m_model->row(m_filter->mapToSource(i).row()))
        openBody(r->code);
}

void PrefectureView::openBody(const QString &code, bool ask)
{
    const PrefectureRow *r = m_model->row(m_model->rowOf(code));
    if (!r)
        return;
    if (r->scenario >= 0) {
        emit openScenario(r->scenario);
        return;
    }
    const LocalBody *b = Registry::bundled().find(code);
    if (!b)
        return;
    const QString lang = currentLanguage();
    if (ask
        && QMessageBox::question(this, tr("Open the plan"),
               tr("%1 has no plan for %2 yet. Start an empty one?")
                   .arg(b->name, fiscalYearLabel(m_year, lang)))
            != QMessageBox::Yes)
        return;
    const int before = int(m_session->document().scenarios.size());
    emit editRequested(commands::addScenario(m_session, scenarioFor(*b, m_year)));
    if (m_session->document().scenarios.size() > before)
        emit openScenario(before);
}

int PrefectureView::planNextYear()
{
    const MergeResult r
        = withNextYear(m_session->document(), m_prefectureCode, m_year, Registry::bundled());
    if (r.added == 0)
        return 0;
    const LocalBody *pref = Registry::bundled().find(m_prefectureCode);
    const QString detail
        = QStringLiteral("%1の%2の計画を%3から作成（%4団体）")
              .arg(pref ? pref->name : m_prefectureCode, fiscalYearLabel(m_year + 1, u"ja"),
                  fiscalYearLabel(m_year, u"ja"))
              .arg(r.added);
    emit editRequested(commands::setScenarios(m_session, r.scenarios,
        tr("Plan %1 from %2")
            .arg(fiscalYearLabel(m_year + 1, currentLanguage()),
                fiscalYearLabel(m_year, currentLanguage())),
        QStringLiteral("plan_next_year"), detail));
    setFiscalYear(m_year + 1);
    return r.added;
}

} // namespace shienplan
