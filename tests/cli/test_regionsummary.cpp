#include "core/regionsummary.h"
#include "realregister.h"

#include <catch2/catch.hpp>

using namespace verrijkt;

namespace {

SchoolLocation school(const QString &vestiging, const QString &municipality, std::optional<int> pupils,
                      bool active = true)
{
    SchoolLocation s;
    s.vestiging = vestiging;
    s.brin = vestiging.left(4);
    s.name = QStringLiteral("School ") + vestiging;
    s.municipalityCode = municipality;
    s.pupils = pupils;
    s.active = active;
    return s;
}

PlanEntry entry(const QString &vestiging, int wave, Tier tier)
{
    PlanEntry e;
    e.vestiging = vestiging;
    e.wave = wave;
    e.tier = tier;
    return e;
}

Placement placement(const QUuid &officer, const QString &vestiging, double fte, QDate from, QDate to = {})
{
    Placement p;
    p.meta.id = QUuid::createUuid();
    p.officerId = officer;
    p.vestiging = vestiging;
    p.fte = fte;
    p.from = from;
    p.to = to;
    return p;
}

LibraryParticipation library(const QString &vestiging, int year, LibraryStatus status)
{
    LibraryParticipation l;
    l.vestiging = vestiging;
    l.schoolYear = SchoolYear(year);
    l.status = status;
    return l;
}

// A small region with round numbers, so every figure below can be checked by hand.
RegionSummaryInput smallRegion()
{
    RegionSummaryInput in;
    in.municipalities = {{QStringLiteral("GM0001"), QStringLiteral("Alfa")},
                         {QStringLiteral("GM0003"), QStringLiteral("Gamma")},
                         {QStringLiteral("GM0002"), QStringLiteral("Beta")},
                         {QStringLiteral("GM0004"), QStringLiteral("Delta")}};
    in.schools = {school(QStringLiteral("01AA00"), QStringLiteral("GM0001"), 100),
                  school(QStringLiteral("01BB00"), QStringLiteral("GM0001"), 50),
                  school(QStringLiteral("02CC00"), QStringLiteral("GM0002"), 200),
                  school(QStringLiteral("02DD00"), QStringLiteral("GM0002"), std::nullopt),
                  school(QStringLiteral("03EE00"), QStringLiteral("GM0003"), 80, false), // closed
                  school(QStringLiteral("03FF00"), QStringLiteral("GM0003"), 30)};
    in.plan = {entry(QStringLiteral("01AA00"), 0, Tier::SixHours),
               entry(QStringLiteral("01BB00"), 2, Tier::TwoHours),
               entry(QStringLiteral("02CC00"), 1, Tier::TwoHours),
               entry(QStringLiteral("02DD00"), 1, Tier::TwoHours),
               entry(QStringLiteral("03EE00"), 1, Tier::TwoHours)};
    const QUuid x = QUuid::createUuid(), y = QUuid::createUuid();
    in.placements = {
        placement(x, QStringLiteral("01AA00"), 0.5, QDate(2026, 8, 1)),
        placement(x, QStringLiteral("02CC00"), 0.4, QDate(2026, 11, 1)), // starts after 1 October
        placement(y, QStringLiteral("02CC00"), 0.8, QDate(2025, 8, 1), QDate(2026, 7, 31))};
    Placement deleted = placement(y, QStringLiteral("01BB00"), 1.0, QDate(2026, 8, 1));
    deleted.meta.deleted = true;
    in.placements.append(deleted);
    in.library = {library(QStringLiteral("01AA00"), 2026, LibraryStatus::Active),
                  library(QStringLiteral("02CC00"), 2026, LibraryStatus::Intake),
                  library(QStringLiteral("01BB00"), 2026, LibraryStatus::AgreementSigned),
                  library(QStringLiteral("03FF00"), 2025, LibraryStatus::Active)};
    in.budget.tvtCoordinationPerSchool = 1000;
    in.budget.tvtPerPupilPerWeeklyHour = 10;
    in.budget.costPerFte = 100000;
    in.budget.libraryPerSchool = 500;
    in.budget.libraryPerPupil = 2;
    return in;
}

} // namespace

TEST_CASE("region summary: counts per municipality and tier from the plan", "[summary]")
{
    const RegionSummary s = computeRegionSummary(smallRegion(), SchoolYear(2026), QDate(2026, 9, 15));
    CHECK(s.locations == 5); // the closed location is left out
    CHECK(s.pupils == 380);
    CHECK(s.locationsWithoutPupilCount == 1);

    REQUIRE(s.municipalities.size() == 4);
    CHECK(s.municipalities.at(0).name == QStringLiteral("Alfa")); // sorted by name
    CHECK(s.municipalities.at(1).name == QStringLiteral("Beta"));
    CHECK(s.municipalities.at(2).name == QStringLiteral("Delta"));
    CHECK(s.municipalities.at(3).name == QStringLiteral("Gamma"));
    const MunicipalitySummary &alfa = s.municipalities.at(0);
    CHECK(alfa.locations == 2);
    CHECK(alfa.pupils == 150);
    CHECK(alfa.tvtLocations == 1); // wave 2 starts in 2027-2028
    CHECK(alfa.tvtPupils == 100);
    CHECK(alfa.libraryCovered == 2);
    const MunicipalitySummary &beta = s.municipalities.at(1);
    CHECK(beta.locations == 2);
    CHECK(beta.pupils == 200);
    CHECK(beta.tvtLocations == 2);
    CHECK(beta.libraryCovered == 0); // intake is not coverage
    CHECK(s.municipalities.at(2).locations == 0);
    CHECK(s.municipalities.at(3).locations == 1);
    CHECK(s.municipalities.at(3).libraryCovered == 0); // covered in another year only

    CHECK(s.sixHours.schools == 1);
    CHECK(s.sixHours.pupils == 100);
    CHECK(s.twoHours.schools == 2);
    CHECK(s.twoHours.pupils == 200);
    CHECK(s.notYet.schools == 2); // one wave not started, one without a plan entry
    CHECK(s.notYet.pupils == 80);

    CHECK(s.libraryCovered == 2);
    CHECK(s.libraryCoverage() == Approx(0.4));
    CHECK(s.libraryBasis == LibraryBasis::Recorded);
}

TEST_CASE("region summary: FTE on 1 October against the target, and the budget", "[summary]")
{
    const RegionSummary s = computeRegionSummary(smallRegion(), SchoolYear(2026), QDate(2026, 9, 15));
    CHECK(s.fteReferenceDate == QDate(2026, 10, 1));
    CHECK(s.placedFte == Approx(0.5)); // ended, not yet started and deleted placements do not count
    CHECK(s.targetFte == Approx(16));
    CHECK(s.fteBasis == FteBasis::Placed);
    CHECK(s.budget.tijdVoorToekomst == Approx(7000 + 5000 + 1000));
    CHECK(s.budget.bridgeOfficers == Approx(50000));
    CHECK(s.budget.bibliotheekOpSchool == Approx(700 + 600));
    CHECK(s.policy.tijdVoorToekomst == Approx(36.0e6));
    CHECK(s.policy.bridgeOfficers == Approx(6.4e6));
    CHECK(s.policy.bibliotheekOpSchool == Approx(6.0e6));
}

TEST_CASE("region summary: a year ahead without data is budgeted on the target and the whole region",
          "[summary]")
{
    RegionSummaryInput in = smallRegion();
    in.placements.clear();
    const RegionSummary ahead = computeRegionSummary(in, SchoolYear(2032), QDate(2026, 9, 15));
    CHECK(ahead.placedFte == 0);
    CHECK(ahead.targetFte == Approx(64));
    CHECK(ahead.fteBasis == FteBasis::Target);
    CHECK(ahead.budgetFte() == Approx(64));
    CHECK(ahead.budget.bridgeOfficers == Approx(6.4e6));
    CHECK(ahead.libraryBasis == LibraryBasis::FullRegion);
    CHECK(ahead.libraryCovered == 0); // coverage shows what is recorded; only the budget assumes all
    CHECK(ahead.budget.bibliotheekOpSchool == Approx(5 * 500 + 2 * 380));
    CHECK(ahead.twoHours.schools == 3);
    CHECK(ahead.notYet.schools == 1);

    // A year that is over is never filled in from the target.
    const RegionSummary past = computeRegionSummary(in, SchoolYear(2027), QDate(2029, 1, 1));
    CHECK(past.fteBasis == FteBasis::Placed);
    CHECK(past.budget.bridgeOfficers == 0);
    CHECK(past.libraryBasis == LibraryBasis::Recorded);
    CHECK(past.budget.bibliotheekOpSchool == 0);

    // With placements in the year, placed FTE is what counts, even below the target.
    const RegionSummary placed = computeRegionSummary(smallRegion(), SchoolYear(2032), QDate(2026, 9, 15));
    CHECK(placed.fteBasis == FteBasis::Placed);
    CHECK(placed.placedFte == Approx(0.9));
    CHECK(placed.budget.bridgeOfficers == Approx(90000));
}

TEST_CASE("region summary: the real register in 2032-2033 gives the policy's budget", "[summary][real]")
{
    const testing::RealRegion region = testing::loadRealRegion();
    RegionSummaryInput in;
    in.schools = region.schools;
    in.municipalities = region.municipalities;
    in.plan = region.plan;
    const RegionSummary s = computeRegionSummary(in, kStructuralYear, QDate(2026, 1, 15));
    CHECK(s.locations == 329);
    CHECK(s.municipalities.size() == 13);
    CHECK(s.notYet.schools == 0);
    CHECK(s.twoHours.schools + s.sixHours.schools == 329);
    CHECK(s.budget.tijdVoorToekomst / 1e6 == Approx(36.0).margin(0.05));
    CHECK(s.budget.bridgeOfficers / 1e6 == Approx(6.4).margin(0.05));
    CHECK(s.budget.bibliotheekOpSchool / 1e6 == Approx(6.0).margin(0.05));

    // The first rollout year has only wave 0 and wave 1 in it.
    const RegionSummary first = computeRegionSummary(in, kFirstRolloutYear, QDate(2026, 1, 15));
    CHECK(first.notYet.schools > 250);
    CHECK(first.targetFte == Approx(16));
    CHECK(first.budget.tijdVoorToekomst < 0.25 * s.budget.tijdVoorToekomst);
}
