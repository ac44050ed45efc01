#pragma once

#include "core/regionsummary.h"
#include "core/validation.h"

#include <QString>

namespace verrijkt::cli {

// Recorded activity in the school year (from the database), shown under the rollout figures.
struct ActivityFigures
{
    qint64 sessions = 0; // current sessions (corrections replace, withdrawals remove)
    double deliveredPupilHours = 0;
    double entitledPupilHours = 0; // of the year's participations
    qint64 contacts = 0;           // current family contacts
    qint64 families = 0;           // distinct family codes among them
};

// The rollout summary as a plain-text table in Dutch or English. Numbers use a decimal point in
// both languages, so scripts can read them.
QString formatSummary(const RegionSummary &summary, const ActivityFigures &activity, Language language);

} // namespace verrijkt::cli
