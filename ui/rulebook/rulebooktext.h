#pragma once

// Short labels and colours shared by the rule book window's grid, tables and dialogs. The
// catalogue's labels are the full terms of the sources; a 14-column grid needs short ones.

#include "core/base/provenance.h"
#include "core/base/sources.h"
#include "core/rules/rulebookdiff.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace shienplan
{

class RuleBookText
{
    Q_DECLARE_TR_FUNCTIONS(RuleBookText)
public:
    static QString shortMenu(const QString &menu); // "ステーション"
    static QString shortSubproject(
        const QString &subproject); // "多職種\nチーム" (at most two lines)
    static QString matrixRow(const QString &menu); // "センター\n（市区町村）"
    static QString cellMeaning(Cell c); // "◎ required sub-project"
    static QString differenceKind(const QString &kind); // "追加", "状態のみ変更" …
    static QString origin(const RuleBook &book); // "bundled with the program", a file path …
    // Which printed table a book's matrix is ("A": 令和7年度資料の表（14列）), not its id.
    static QString matrixName(const RuleBook &book);
    // A value's status and source in words: "出典あり・厚生労働省『…』本文178行目".
    static QString provenance(const Provenance &p);
    // A label of core's value list ("表: S10 多職種専門チームの設置") with the sub-project's
    // catalogue key replaced by the number the printed matrix gives it (⑩).
    static QString plainLabel(const QString &label);
    // A cell a document of the same year puts otherwise, in words with its citation.
    static QString disagreement(const SourceNote &n);
    // One line of the documents' fiscal years (sources.h): "002 … 令和5年度; 本文1147〜1150行目:
    // 令和4年度 (「<国庫補助基準 (R4)>」)".
    static QString documentYears(const SourceDocument &d);
};

// Why a value stands out (unknown, only a range, carried over), or empty; the row's background.
enum class Attention { None, Unknown, Range, CarriedOver, User };
Attention attentionOf(const RuleValue &v);
QColor attentionColor(Attention a); // invalid colour for None
QColor statusTint(Status s); // a light background for a matrix cell of that status

} // namespace shienplan
