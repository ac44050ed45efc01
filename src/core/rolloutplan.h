#pragma once

#include "region.h"
#include "schoolyear.h"
#include "syncmeta.h"
#include "tijdvoortoekomst.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace verrijkt {

// When a school enters Tijd voor Toekomst and on which tier. Wave 0: took part before 2026;
// wave w (1..7): enters in school year 2026-2027 + (w-1); 2032-2033 is wave 7.
struct PlanEntry
{
    SyncMeta meta;
    QString planName = QStringLiteral("default");
    QString vestiging;
    int wave = 1;
    Tier tier = Tier::TwoHours;

    SchoolYear entryYear() const; // wave 0 -> 2025-2026 (already running)
    bool takesPartIn(const SchoolYear &year) const { return entryYear() <= year; }
};

// The default plan made on import until the planner exists: wave-0 schools (already taking part)
// keep wave 0; every other active location is spread over waves 1..7 so that every municipality
// progresses each year and every location takes part in 2032-2033. Tier 6 h for wave-0 schools and
// special education (sbo, so, so_vso), 2 h for the rest (see docs/budget-calibration.md).
// Deterministic: same register, same plan.
QList<PlanEntry> defaultPlan(const QList<SchoolLocation> &schools, const QSet<QString> &waveZero);

} // namespace verrijkt
