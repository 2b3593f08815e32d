#pragma once

// The calculation of a program's subsidy as the subsidy's forms (所要額調書) lay it out: the
// lettered steps (A) 総事業費 … (H) 国庫補助所要額, then what the prefecture and the body pay.
// Every output (the window, the explanation, `evaluate --format text`, the PDF, the XLSX and the
// CSV) takes its rows, words and order from this one table.
//
// The layout is the usual one of MHLW's subsidy forms; our sources do not print the form of this
// subsidy, so the outputs say so (kFormLayoutNote).

#include "core/base/bilingual.h"
#include "core/engine/engine.h"

#include <QList>

namespace shienplan
{

struct FundingStep {
    char letter; // 'A' … 'H'; 0 for the rows after the form's steps
    Bilingual label; // 総事業費 / Total cost
    Bilingual formula; // 「A − B」, 「min(D, E)」; empty for an input
    YenRange (*value)(const ProgramResult &);
    QString heading(QStringView lang) const; // 「(A) 総事業費」, "(A) Total cost"
};

// (A)…(H), then 都道府県の支援 and 実施主体の負担.
const QList<FundingStep> &fundingSteps();
const FundingStep &fundingStep(char letter);

// 「様式は厚生労働省の補助金の所要額調書で通例の順序によります。本補助金の様式そのものは資料で確認
// できていません。」
Bilingual formLayoutNote();

} // namespace shienplan
