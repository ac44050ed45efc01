#pragma once

#include "core/bridgeofficer.h"
#include "core/libraryprogramme.h"
#include "core/region.h"
#include "core/rolloutplan.h"
#include "core/schoolyear.h"
#include "core/tijdvoortoekomst.h"

#include <QDate>
#include <QList>
#include <QString>

namespace verrijkt {

struct CoverageInput
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools; // inactive locations are ignored
    QList<PlanEntry> plan;         // one scenario's entries: the fallback for years without participations
    QList<Participation> participations; // any years; filtered to the year
    QList<Placement> placements;
    QList<LibraryParticipation> library; // any years; filtered to the year
};

// Where the Tijd voor Toekomst tier of the matrix comes from.
enum class TierSource {
    Participations, // the year has participation records: they decide (no record = not taking part)
    Plan,           // no participation recorded for the year yet: the plan's tier once its wave started
};

struct CoverageRow
{
    QString vestiging;
    QString name;
    QString municipalityCode;
    Tier tier = Tier::None;
    double fte = 0; // placed on the reference date
    LibraryStatus library = LibraryStatus::None;

    bool hasTvt() const { return tier != Tier::None; }
    bool hasOfficer() const { return fte > 0; }
    bool libraryCovered() const
    {
        return library == LibraryStatus::AgreementSigned || library == LibraryStatus::Active;
    }
    bool allThree() const { return hasTvt() && hasOfficer() && libraryCovered(); }
};

struct CoverageCounts
{
    QString code; // empty for the region
    QString name;
    int locations = 0;
    int tvt = 0;
    int tvtSixHours = 0;
    int officer = 0;
    double fte = 0;
    int library = 0;
    int allThree = 0;
    int none = 0;

    void add(const CoverageRow &row);
    // Share of locations in percent (0 when there are no locations).
    double percent(int count) const { return locations > 0 ? 100.0 * count / locations : 0.0; }
};

struct CoverageMatrix
{
    SchoolYear year;
    QDate referenceDate;
    TierSource tierSource = TierSource::Participations;
    QList<CoverageRow> rows;              // sorted by municipality name, then school name, then code
    QList<CoverageCounts> municipalities; // sorted by name; unknown codes get their own row
    CoverageCounts region;
};

// FTE on `referenceDate` (use fteReferenceDate(year), 1 October, for a yearly figure).
CoverageMatrix computeCoverage(const CoverageInput &input, const SchoolYear &year,
                               const QDate &referenceDate);

} // namespace verrijkt
