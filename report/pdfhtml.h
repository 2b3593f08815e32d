#pragma once

// The report as HTML for QTextDocument: the front page (title, comparison of scenarios, legend),
// a section per scenario with its programs, and the notes. Internal to shienplan_report: the
// front page and the document are in pdfhtml.cpp, a scenario's section in pdfhtmlscenario.cpp.

#include "core/report/reportdata.h"
#include "report/pdflayout.h"

namespace shienplan
{

class ReportHtml
{
public:
    ReportHtml(const ReportData &d, qreal contentWidth);

    // The whole report as one document, each scenario after a page break.
    QString build();
    // The same as separate documents: the front page(s), one per scenario, the notes. Each
    // starts on a new page anyway, and a hundred small layouts are much faster than one big
    // one (drawing a page of a big document walks the whole document).
    QStringList parts();

private:
    // Building blocks, in Qt's rich-text subset.
    static QString heading(int level, const QString &html, bool pageBreak = false);
    static QString small(const QString &html);
    static QString smallParagraph(const QString &html);
    static QString paragraph(const QString &html);
    static QString verdict(bool ok, const QString &html);
    static QString gridTable();
    static QString th(const QString &width, const QString &html);

    // pdfhtml.cpp
    void head();
    void front();
    void titleBlock();
    void comparison();
    void legend();
    void problems();
    void notes(bool pageBreak);

    // pdfhtmlscenario.cpp
    void scenario(const ReportScenario &s, int index, bool pageBreak);
    void scenarioHeading(const ReportScenario &s, int index, bool pageBreak);
    void scenarioTotals(const ReportScenario &s);
    void findings(const ReportScenario &s);
    void program(const ReportScenario &s, const ReportProgram &p);
    void programInfo(const ReportScenario &s, const ReportProgram &p);
    void programFigures(const ReportScenario &s, const ReportProgram &p);
    void members(const ReportProgram &p);
    void explanation(const ReportProgram &p);
    void sources(const ReportProgram &p);
    void stepRows(const ReportSteps &f, bool computed);
    void figureTableStart();
    void figureRow(const QString &labelHtml, const ReportFigure &f, bool key = false);

    const ReportData &m_d;
    const ReportLabels &L;
    QString m_lang;
    Packer m_pack;
    QString m_h;
};

} // namespace shienplan
