#pragma once

#include "bridgeofficer.h"
#include "region.h"
#include "rolloutplan.h"
#include "schoolyear.h"

#include <QHash>
#include <QList>

namespace verrijkt {

// Budget parameters with defaults calibrated on the real register so that the structural scenario
// (every location in the default plan taking part in 2032-2033) gives the policy's figures:
// Tijd voor Toekomst 36.0 M, bridge officers 6.4 M at 64 FTE, Bibliotheek op school 6.0 M EUR a year.
// The calibration and its assumptions are written down in docs/budget-calibration.md.
struct BudgetParameters
{
    double tvtCoordinationPerSchool = 0;       // EUR per participating school per year
    double tvtPerPupilPerWeeklyHour = 0;       // EUR per pupil per weekly extra hour per year
    double costPerFte = 100000.0;              // bridge officer, EUR per FTE per year
    double libraryPerSchool = 0;               // Bibliotheek op school, EUR per school per year
    double libraryPerPupil = 0;                // EUR per pupil per year

    static BudgetParameters defaults();
};

// The policy's yearly figures in EUR.
constexpr double kPolicyTvtBudget = 36.0e6;
constexpr double kPolicyBridgeOfficerBudget = 6.4e6;
constexpr double kPolicyLibraryBudget = 6.0e6;

struct ProgrammeBudget
{
    double tijdVoorToekomst = 0;
    double bridgeOfficers = 0;
    double bibliotheekOpSchool = 0;
    double total() const { return tijdVoorToekomst + bridgeOfficers + bibliotheekOpSchool; }
};

// Budget of a school year under a plan: Tijd voor Toekomst for schools whose wave has started,
// bridge officers at `fte`, Bibliotheek op school for `librarySchools` (covered locations; in the
// structural scenario all active locations). Pupils missing in the register count as 0.
ProgrammeBudget planBudget(const QList<SchoolLocation> &schools, const QList<PlanEntry> &plan, const SchoolYear &year,
                           double fte, const QSet<QString> &librarySchools, const BudgetParameters &params);

} // namespace verrijkt
