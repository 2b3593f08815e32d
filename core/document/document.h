#pragma once

// A ShienPlan document: what a planner works on for weeks and mails to colleagues. It holds one
// or more scenarios (alternative plans for the same body and year, compared side by side), the
// user's corrections of rule-book values with their sources, free notes, and a change log.
// On disk it is an SQLite file (documentfile.h); in memory it is this plain value.

#include "core/engine/plan.h"
#include "core/rules/ruleoverride.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace shienplan
{

// One alternative (案) of a plan; its name (「サポート事業で開始」) and whether it is adopted are
// plan.alternative and plan.adopted, so that a document's scenarios and the plans of a JSON batch
// group into plans the same way (alternatives.h).
struct Scenario {
    Plan plan;
};
bool operator==(const Scenario &a, const Scenario &b);

struct Note {
    QDateTime at; // UTC
    QString author;
    QString text;
    int scenario = -1; // -1: about the whole document
};

struct ChangeEntry {
    QDateTime at; // UTC
    QString author;
    QString action; // stable id: "set_expenditure", "toggle_subproject", …
    QString detail; // readable, Japanese: 「p1」の支出額を 14,000,000円 に変更
};

struct Document {
    QString title;
    QList<Scenario> scenarios;
    QList<RuleOverride> overrides;
    QList<Note> notes;
    QList<ChangeEntry> log;

    bool operator==(const Document &o) const; // content equality (used by tests and "modified")
};

bool operator==(const Plan &a, const Plan &b);
bool operator==(const Program &a, const Program &b);

// A new document with one scenario for the given body and year and no program yet.
Document newDocument(const PlanBody &body, int fiscalYear, const QString &scenarioName);

// Scenario n as a plan ready for the engine: its own plan (the document's overrides are applied
// to rule books by the caller, see effectiveRuleBook).
RuleBook effectiveRuleBook(
    const RuleBook &bundled, const Document &doc, QStringList *problems = nullptr);

} // namespace shienplan
