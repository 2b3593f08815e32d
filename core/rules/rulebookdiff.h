#pragma once

// What changed between two rule books: between two fiscal years (R5 → R6: the new 支援者ケア
// column, the new caps), or between the book in force and one loaded from a file before it
// replaces anything. Every value and every matrix cell is compared, with its status, so that a
// value that only lost its source (stated → carried_over) shows as well as a new amount.

#include "core/rules/rulebook.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace shienplan
{

// One value of a rule book as a row for people and for comparing: every cell, cap, staffing
// minimum, rate and amount, with its status and source.
enum class RuleValueKind { Amount, Rate, Count, Cell, Flag, Text };

struct RuleValue {
    QString path; // "menus[station].standard.addons.needs_survey", "startup_support.national_share"
    QString menu; // the menu id; empty for the book's own values (start-up support, calculation)
    QString
        item; // relative to the menu: "rate", "cells.ibasho", "caps.professionals",
              // "min_coordinators", "standard.base", "standard.addons.needs_survey"; or the path
    QString label; // for people, without the menu: "加算: S04 当事者会・家族会の開催"
    QString text; // the value for people, without its status: "500,000〜3,000,000円", "◎", "3人"
    QString key; // the value in canonical form, for comparing
    std::optional<Provenance> prov; // absent for plain settings (addon_scope)
    std::optional<SourceNote> disagreement; // a cell a same-year document disagrees with
    RuleValueKind kind = RuleValueKind::Text;
    // A sub-project that gets an add-on but has no amount of its own: the row shows the
    // default add-on it falls back to, so a planner can enter the sub-project's own amount.
    bool inherited = false;
    int order = 0; // position inside its menu (stable across books, for merging two lists)
    YenRange amount; // Amount
    Fraction rate; // Rate
    int count = 0; // Count
    Cell cell = Cell::NotAllowed; // Cell
};

// Every value of the book, menu by menu (book order) and then the book's own values. With
// withInherited, add-on rows that fall back to the default add-on are listed too.
QList<RuleValue> listRuleValues(const RuleBook &book, QStringView lang, bool withInherited = false);
// "[前年度から継続, 厚生労働省『…』本文1148行目]": the status and the source in words
QString provenanceText(const Provenance &p, QStringView lang);

struct RuleBookDifference {
    // The value, named as validateRuleBook and the file name it: "columns",
    // "menus[station]", "menus[station].cells.multidisciplinary_team",
    // "menus[station].caps.professionals", "menus[station].standard.base", …
    QString path;
    // "added" / "removed": the value (column, menu, cell, cap, amount) exists in one book only;
    // "changed": the value differs; "status": same value, another status (e.g. stated →
    // carried_over); "source": same value and status, another source.
    QString kind;
    QString label; // the value for people: "ひきこもり支援ステーション事業 › 表: S10
                   // 多職種専門チームの設置"
    QString menu; // the menu id ("station"); empty for columns and the book's own values
    QString item; // the label without the menu: "表: S10 多職種専門チームの設置"
    QString before,
        after; // display text incl. status and source: "○ [推定, 002:508]"; empty when absent
    Provenance beforeProv, afterProv;
};

// In a stable, readable order: columns, then each menu (catalogue order) with its values in
// file order and its cells in matrix column order, then start-up support and calculation.
// Notes (free text explaining a value) are not compared; titles and the matrix version neither.
QList<RuleBookDifference> diffRuleBooks(const RuleBook &a, const RuleBook &b, QStringView lang);

// "追加" / "added" …, for tables.
QString differenceKindLabel(const QString &kind, QStringView lang);

} // namespace shienplan
