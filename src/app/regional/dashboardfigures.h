#pragma once

#include "core/regionsummary.h"
#include "regionalsnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

namespace verrijkt {

// Tijd voor Toekomst schools of one school year: the plan against recorded participations.
struct TierYearFigures
{
    SchoolYear year;
    int plannedTwoHours = 0;
    int plannedSixHours = 0;
    int recordedTwoHours = 0;
    int recordedSixHours = 0;
    int planned() const { return plannedTwoHours + plannedSixHours; }
    int recorded() const { return recordedTwoHours + recordedSixHours; }
};

// Delivered against entitled pupil-hours of the participating schools of one municipality.
struct MunicipalityRealisation
{
    QString code;
    QString name;
    int schools = 0; // locations with a participation this year
    Realisation realisation;
};

// Bridge-officer FTE of one school year on its count date (1 October) against the build-up.
struct FteYearFigures
{
    SchoolYear year;
    QDate referenceDate;
    double targetFte = 0;
    double placedFte = 0;
};

struct LibraryCoverage
{
    QString code;
    QString name;
    int locations = 0;
    int covered = 0;
    double share() const { return locations > 0 ? double(covered) / locations : 0.0; }
};

// Everything the rollout dashboard shows for one school year (the series run over the whole
// rollout window 2025-2026..2032-2033, wave 0 included).
struct DashboardFigures
{
    SchoolYear year;
    QList<TierYearFigures> tiersByYear;
    QList<MunicipalityRealisation> realisation; // sorted by municipality name
    Realisation regionRealisation;
    QList<FteYearFigures> fteByYear;
    QList<LibraryCoverage> library; // sorted by municipality name
    int libraryCovered = 0;
    int locations = 0;
    ProgrammeBudget budget; // this year's estimate from the plan, placements and coverage
    ProgrammeBudget policy{kPolicyTvtBudget, kPolicyBridgeOfficerBudget, kPolicyLibraryBudget};
    FteBasis fteBasis = FteBasis::Placed;
    LibraryBasis libraryBasis = LibraryBasis::Recorded;
};

// One pass over the snapshot. The per-year plan, FTE and budget figures come from core's
// computeRegionSummary, the realisation from core's entitlement rules, so the dashboard and the
// CLI's summary never disagree.
DashboardFigures computeDashboard(const RegionalSnapshot &snapshot, const SchoolYear &year,
                                  const QDate &today, const SchoolCalendar &calendar = {},
                                  const BridgeOfficerTarget &target = {});

// The school years the dashboard's series cover.
QList<SchoolYear> dashboardYears();

} // namespace verrijkt
