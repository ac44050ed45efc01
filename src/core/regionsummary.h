#pragma once

#include "bridgeofficer.h"
#include "budget.h"
#include "libraryprogramme.h"
#include "region.h"
#include "rolloutplan.h"
#include "schoolyear.h"

#include <QDate>
#include <QList>
#include <QString>

namespace verrijkt {

// Everything the rollout summary of one school year is computed from. Lists may hold other
// years' records (placements, library statuses); the computation filters them.
struct RegionSummaryInput
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools; // inactive locations are ignored
    QList<PlanEntry> plan;
    QList<Placement> placements;
    QList<LibraryParticipation> library;
    BridgeOfficerTarget target;
    BudgetParameters budget = BudgetParameters::defaults();
};

struct MunicipalitySummary
{
    QString code;
    QString name;
    int locations = 0;
    int pupils = 0;
    int tvtLocations = 0; // taking part in Tijd voor Toekomst this year (plan)
    int tvtPupils = 0;
    int libraryCovered = 0; // Bibliotheek op school agreement signed or active this year
};

struct TierCount
{
    int schools = 0;
    int pupils = 0;
};

// Where the FTE used for the budget comes from.
enum class FteBasis {
    Placed, // placements active on the reference date
    Target, // the year lies ahead and has no placements yet: the build-up target is budgeted
};

// Where the set of library schools used for the budget comes from.
enum class LibraryBasis {
    Recorded,   // covered locations recorded for the year
    FullRegion, // the year lies ahead and has no statuses yet: every active location is budgeted
};

struct RegionSummary
{
    SchoolYear year;
    QList<MunicipalitySummary> municipalities; // sorted by name; unknown codes get their own row
    int locations = 0;
    int pupils = 0;
    int locationsWithoutPupilCount = 0;

    TierCount twoHours;
    TierCount sixHours;
    TierCount notYet; // active locations whose plan wave has not started (or that have no plan entry)

    BridgeOfficerTarget target;
    QDate fteReferenceDate; // 1 October of the school year (the Dutch school counting date)
    double placedFte = 0;
    double targetFte = 0;
    FteBasis fteBasis = FteBasis::Placed;
    double budgetFte() const { return fteBasis == FteBasis::Target ? targetFte : placedFte; }

    int libraryCovered = 0;
    LibraryBasis libraryBasis = LibraryBasis::Recorded;
    double libraryCoverage() const { return locations > 0 ? double(libraryCovered) / locations : 0.0; }

    ProgrammeBudget budget;
    ProgrammeBudget policy{kPolicyTvtBudget, kPolicyBridgeOfficerBudget, kPolicyLibraryBudget};
};

// The reference date for placed FTE in a school year: 1 October (teldatum).
QDate fteReferenceDate(const SchoolYear &year);

// `today` decides whether a year "lies ahead": a year whose last day is not before `today` and
// that has no placements (library statuses) is budgeted on the target (the whole region).
RegionSummary computeRegionSummary(const RegionSummaryInput &input, const SchoolYear &year,
                                   const QDate &today);

} // namespace verrijkt
