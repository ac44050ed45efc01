#include "core/planner/coverage.h"
#include "regiondata.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using testdata::school;

namespace {

CoverageInput fixture()
{
    CoverageInput in;
    in.municipalities = {{"GM0014", "Groningen", "Groningen", 1}, {"GM0037", "Stadskanaal", "Groningen", 1}};
    in.schools = {school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 50),
                  school("03CC00", "GM0037", 80), school("04DD00", "GM0037", 30),
                  school("05EE00", "GM0037", 30)};
    in.schools[4].active = false;
    auto entry = [](const char *v, int wave, Tier tier) {
        PlanEntry e;
        e.vestiging = QString::fromLatin1(v);
        e.wave = wave;
        e.tier = tier;
        return e;
    };
    in.plan = {entry("01AA00", 1, Tier::SixHours), entry("02BB00", 3, Tier::TwoHours),
               entry("03CC00", 1, Tier::TwoHours), entry("04DD00", 2, Tier::TwoHours)};
    auto part = [](const char *v, int year, Tier tier) {
        Participation p;
        p.vestiging = QString::fromLatin1(v);
        p.schoolYear = SchoolYear(year);
        p.tier = tier;
        p.startDate = SchoolYear(year).firstDay().addDays(30);
        return p;
    };
    in.participations = {part("01AA00", 2026, Tier::SixHours), part("04DD00", 2026, Tier::TwoHours),
                         part("03CC00", 2025, Tier::TwoHours)};
    auto placement = [](const char *v, double fte, QDate from, QDate to = {}) {
        Placement p;
        p.vestiging = QString::fromLatin1(v);
        p.fte = fte;
        p.from = from;
        p.to = to;
        return p;
    };
    in.placements = {placement("01AA00", 0.5, {2026, 8, 1}), placement("01AA00", 0.3, {2026, 9, 1}),
                     placement("03CC00", 1.0, {2026, 8, 1}, {2026, 9, 30})};
    auto lib = [](const char *v, int year, LibraryStatus s) {
        LibraryParticipation l;
        l.vestiging = QString::fromLatin1(v);
        l.schoolYear = SchoolYear(year);
        l.status = s;
        return l;
    };
    in.library = {lib("01AA00", 2026, LibraryStatus::Active), lib("02BB00", 2026, LibraryStatus::Intake),
                  lib("03CC00", 2026, LibraryStatus::AgreementSigned),
                  lib("04DD00", 2025, LibraryStatus::Active)};
    return in;
}

} // namespace

TEST_CASE("Coverage matrix per school from participations, placements and library statuses")
{
    const CoverageMatrix m = computeCoverage(fixture(), SchoolYear(2026), QDate(2026, 10, 1));
    CHECK(m.tierSource == TierSource::Participations);
    REQUIRE(m.rows.size() == 4); // the inactive location is left out
    // Sorted by municipality name, then school name.
    CHECK(m.rows[0].vestiging == QStringLiteral("01AA00"));
    CHECK(m.rows[0].tier == Tier::SixHours);
    CHECK(m.rows[0].fte == Approx(0.8));
    CHECK(m.rows[0].library == LibraryStatus::Active);
    CHECK(m.rows[0].allThree());
    CHECK(m.rows[1].vestiging == QStringLiteral("02BB00"));
    CHECK(!m.rows[1].hasTvt());         // planned in wave 3, but this year's participations decide
    CHECK(!m.rows[1].libraryCovered()); // intake is not coverage
    CHECK(m.rows[2].vestiging == QStringLiteral("03CC00"));
    CHECK(!m.rows[2].hasTvt());     // only a 2025 record
    CHECK(!m.rows[2].hasOfficer()); // placement ended on 30 September
    CHECK(m.rows[2].libraryCovered());
    CHECK(m.rows[3].library == LibraryStatus::None); // 2025 status does not carry over

    REQUIRE(m.municipalities.size() == 2);
    const CoverageCounts &gr = m.municipalities[0];
    CHECK(gr.name == QStringLiteral("Groningen"));
    CHECK(gr.locations == 2);
    CHECK(gr.tvt == 1);
    CHECK(gr.tvtSixHours == 1);
    CHECK(gr.officer == 1);
    CHECK(gr.library == 1);
    CHECK(gr.allThree == 1);
    CHECK(gr.none == 1);
    CHECK(gr.percent(gr.tvt) == Approx(50.0));
    CHECK(m.region.locations == 4);
    CHECK(m.region.tvt == 2);
    CHECK(m.region.officer == 1);
    CHECK(m.region.fte == Approx(0.8));
    CHECK(m.region.library == 2);
    CHECK(m.region.percent(m.region.library) == Approx(50.0));
    CoverageCounts empty;
    CHECK(empty.percent(0) == 0.0);
}

TEST_CASE("Coverage falls back on the plan for a year without participations")
{
    const CoverageMatrix m = computeCoverage(fixture(), SchoolYear(2027), QDate(2027, 10, 1));
    CHECK(m.tierSource == TierSource::Plan);
    CHECK(m.rows[0].tier == Tier::SixHours); // wave 1
    CHECK(m.rows[1].tier == Tier::None);     // wave 3 starts in 2028-2029
    CHECK(m.rows[2].tier == Tier::TwoHours);
    CHECK(m.rows[3].tier == Tier::TwoHours); // wave 2 starts in 2027-2028
    CHECK(m.region.tvt == 3);
    CHECK(m.region.library == 0);
    CHECK(m.region.officer == 1);
}

TEST_CASE("Coverage on the real register adds up per municipality")
{
    const auto &region = testdata::realRegion();
    CoverageInput in;
    in.municipalities = region.municipalities;
    in.schools = region.schools;
    in.plan = defaultPlan(region.schools, region.waveZero);
    const CoverageMatrix m = computeCoverage(in, SchoolYear(2029), QDate(2029, 10, 1));
    CHECK(m.municipalities.size() == 13);
    int locations = 0, tvt = 0;
    for (const CoverageCounts &c : m.municipalities) {
        locations += c.locations;
        tvt += c.tvt;
    }
    CHECK(locations == 329);
    CHECK(tvt == m.region.tvt);
    int planned = 0;
    for (const PlanEntry &e : in.plan)
        planned += e.takesPartIn(SchoolYear(2029)) ? 1 : 0;
    CHECK(m.region.tvt == planned);
}
