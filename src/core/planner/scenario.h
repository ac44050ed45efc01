#pragma once

#include "core/region.h"
#include "core/rolloutplan.h"
#include "core/validation.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace verrijkt {

// A rollout scenario is a named plan: every active school location gets a start school year (wave
// 0 = already taking part, 1..7 = 2026-2027..2032-2033) and a tier (2 h or 6 h). Scenarios are
// stored as PlanEntry rows sharing one planName, so "default" and any proposal are scenarios too.
struct Scenario
{
    QString name;
    QList<PlanEntry> entries;

    const PlanEntry *entryFor(const QString &vestiging) const;
};

// The entries of `plan` named `name` (tombstoned rows are left out).
Scenario scenarioFromPlan(const QString &name, const QList<PlanEntry> &plan);
// The default plan (wave-0 schools kept, the rest spread over waves 1..7) under a new name.
Scenario createDefaultScenario(const QString &name, const QList<SchoolLocation> &schools,
                               const QSet<QString> &waveZero);
// Same waves and tiers under a new name; every entry gets a fresh id so both can be stored.
Scenario copyScenario(const Scenario &source, const QString &newName);

// Every active location exactly once, nothing else; waves 0..7; tier 2 h or 6 h. Keys "plan.*"
// (worded by plannerMessage).
ValidationErrors validateScenario(const Scenario &scenario, const QList<SchoolLocation> &schools);

// One school whose wave or tier differs between two scenarios (absent = no entry).
struct ScenarioSchoolDifference
{
    QString vestiging;
    std::optional<int> waveA;
    std::optional<int> waveB;
    Tier tierA = Tier::None;
    Tier tierB = Tier::None;
};

// Differences sorted by vestiging code.
QList<ScenarioSchoolDifference> scenarioDifferences(const Scenario &a, const Scenario &b);

} // namespace verrijkt
