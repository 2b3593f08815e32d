#include "mainwindow.h"

#include "evaluationjson.h"
#include "fiscalyear.h"
#include "inputfile.h"
#include "planjson.h"
#include "registry.h"
#include "rulebooklibrary.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shienplan {

MainWindow::MainWindow(const QString &lang, QWidget *parent) : QMainWindow(parent), m_lang(lang)
{
    const bool en = m_lang == QLatin1String("en");
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(en ? QStringLiteral("ShienPlan — hikikomori support plans")
                      : QStringLiteral("ShienPlan — ひきこもり支援推進事業 計画・試算"));
    auto *file = menuBar()->addMenu(en ? QStringLiteral("&File") : QStringLiteral("ファイル(&F)"));
    file->addAction(en ? QStringLiteral("&Open…") : QStringLiteral("開く(&O)…"), QKeySequence::Open,
                    this, &MainWindow::openDialog);
    file->addAction(en ? QStringLiteral("&Quit") : QStringLiteral("終了(&Q)"), QKeySequence::Quit,
                    this, &QWidget::close);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("planHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_year = new QComboBox(central);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    const RuleBookLibrary lib = RuleBookLibrary::standard();
    for (int fy : lib.fiscalYears())
        m_year->addItem(fiscalYearLabelBoth(fy), fy);
    m_result = new QTextBrowser(central);
    m_result->setObjectName(QStringLiteral("evaluation"));
    layout->addWidget(m_header);
    layout->addWidget(m_year);
    layout->addWidget(m_result, 1);
    setCentralWidget(central);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_plan.fiscalYear = m_year->currentData().toInt();
        refresh();
    });

    // A first-run sample so a new user sees a filled plan instead of an empty window.
    m_plan.title = QStringLiteral("令和7年度 ひきこもり支援 計画案（見本）");
    m_plan.fiscalYear = 2025;
    const LocalBody *toyama = Registry::bundled().find(u"162019");
    m_plan.body.code = QStringLiteral("162019");
    m_plan.body.name = toyama ? toyama->name : QStringLiteral("富山市");
    m_plan.body.kind = toyama ? toyama->kind : BodyKind::CoreCity;
    m_plan.body.prefectureCode = toyama ? toyama->prefectureCode : QString();
    Program p;
    p.id = QStringLiteral("p1");
    p.menu = QStringLiteral("station");
    p.subprojects = {QStringLiteral("consultation"), QStringLiteral("ibasho"), QStringLiteral("network"),
                     QStringLiteral("needs_survey")};
    p.staff.insert(QStringLiteral("coordinators"), 1);
    p.expenditure = Yen(14000000);
    m_plan.programs << p;
    m_year->setCurrentIndex(m_year->findData(m_plan.fiscalYear));
    refresh();
}

bool MainWindow::openPlan(const QString &path)
{
    try {
        m_plan = planFromJson(parseJson(readInputFile(path)), Registry::bundled());
        m_planPath = path;
    } catch (const InputError &e) {
        QMessageBox::warning(this, QStringLiteral("ShienPlan"),
                             QStringLiteral("%1:\n%2").arg(QFileInfo(path).fileName(), e.toString()));
        return false;
    }
    const int idx = m_year->findData(m_plan.fiscalYear);
    if (idx >= 0)
        m_year->setCurrentIndex(idx);
    refresh();
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, QString(), QString(),
                                                      QStringLiteral("Plan (*.json)"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::refresh()
{
    m_header->setText(QStringLiteral("%1 %2").arg(m_plan.body.name, fiscalYearLabel(m_plan.fiscalYear, m_lang)));
    const RuleBookLibrary lib = RuleBookLibrary::standard();
    const RuleBook *book = lib.book(m_plan.fiscalYear);
    if (!book) {
        m_result->setPlainText(QStringLiteral("%1のルールブックがありません。").arg(fiscalYearLabel(m_plan.fiscalYear, u"ja")));
        return;
    }
    const Evaluation e = evaluate(m_plan, *book, Registry::bundled());
    m_result->setPlainText(evaluationToText(e, m_plan, m_lang));
    statusBar()->showMessage(e.eligible ? (m_lang == QLatin1String("en") ? QStringLiteral("Eligible") : QStringLiteral("補助対象"))
                                        : (m_lang == QLatin1String("en") ? QStringLiteral("Not eligible") : QStringLiteral("補助対象外")));
}

} // namespace shienplan
