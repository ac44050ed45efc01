#include "core/planner/buildup.h"
#include "regiondata.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using testdata::school;

namespace {

Placement placement(const char *vestiging, double fte, QDate from, QDate to = {})
{
    Placement p;
    p.officerId = QUuid::createUuid();
    p.vestiging = QString::fromLatin1(vestiging);
    p.fte = fte;
    p.from = from;
    p.to = to;
    return p;
}

} // namespace

TEST_CASE("Build-up: placed FTE per month against the target, vacancies and cost")
{
    QList<Placement> placements{placement("01AA00", 1.0, {2026, 8, 1}),
                                placement("02BB00", 0.5, {2026, 10, 15}),
                                placement("03CC00", 0.8, {2026, 9, 1}, {2027, 1, 31})};
    Placement deleted = placement("04DD00", 1.0, {2026, 8, 1});
    deleted.meta.deleted = true;
    placements.append(deleted);

    BridgeOfficerTarget target;
    target.fteByYear = {2, 4};
    const BuildUp b = computeBuildUp(placements, target, SchoolYear(2026), SchoolYear(2027));
    REQUIRE(b.months.size() == 24);
    REQUIRE(b.years.size() == 2);
    CHECK(b.months[0].month == QDate(2026, 8, 1));
    CHECK(b.months[0].placedFte == Approx(1.0)); // the tombstoned placement does not count
    CHECK(b.months[1].placedFte == Approx(1.8));
    CHECK(b.months[2].placedFte == Approx(1.8)); // 1 October: the 0.5 starts on the 15th
    CHECK(b.months[3].placedFte == Approx(2.3));
    CHECK(b.months[3].openVacancies() == 0.0);
    CHECK(b.months[3].overTarget() == Approx(0.3));
    CHECK(b.months[5].placedFte == Approx(2.3)); // 1 January
    CHECK(b.months[6].month == QDate(2027, 2, 1));
    CHECK(b.months[6].placedFte == Approx(1.5)); // 1 February: the 0.8 ended on 31 January
    CHECK(b.months[7].placedFte == Approx(1.5));
    CHECK(b.months[7].openVacancies() == Approx(0.5));
    CHECK(b.months[12].targetFte == 4.0);
    CHECK(b.months[12].openVacancies() == Approx(2.5));

    // Year figures: mean of the months and cost at 100,000 EUR per FTE per year.
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += b.months[i].placedFte;
    CHECK(b.years[0].averagePlacedFte == Approx(sum / 12));
    CHECK(b.years[0].cost == Approx(sum / 12 * 100000.0));
    CHECK(b.years[0].targetFte == 2.0);
    CHECK(b.years[1].averagePlacedFte == Approx(1.5));
    CHECK(b.years[1].budgetLeft() == Approx(6.4e6 - 150000.0));
}

TEST_CASE("Default target climbs 16/32/48/64 FTE and stays at 64")
{
    const BuildUp b = computeBuildUp({}, BridgeOfficerTarget{}, SchoolYear(2026), SchoolYear(2030));
    REQUIRE(b.years.size() == 5);
    CHECK(b.years[0].targetFte == 16);
    CHECK(b.years[3].targetFte == 64);
    CHECK(b.years[4].targetFte == 64);
    CHECK(b.months.last().openVacancies() == 64);
}

TEST_CASE("Schools without an officer are ranked by need, then pupils, then code")
{
    QList<SchoolLocation> schools{school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 50),
                                  school("03CC00", "GM0037", 80),  school("04DD00", "GM0037", 300),
                                  school("05EE00", "GM0037", 300), school("06FF00", "GM0037", 10)};
    schools[5].active = false;
    const QList<Placement> placements{placement("01AA00", 0.4, {2026, 8, 1}),
                                      placement("02BB00", 0.4, {2027, 8, 1})}; // not yet on the date
    const NeedIndicator need{{"02BB00", 3.0}, {"03CC00", 9.5}, {"04DD00", 3.0}, {"01AA00", 20.0}};
    const auto list = schoolsWithoutOfficer(schools, placements, QDate(2026, 10, 1), need);
    REQUIRE(list.size() == 4);
    CHECK(list[0].vestiging == QStringLiteral("03CC00"));
    CHECK(list[1].vestiging == QStringLiteral("04DD00")); // need tie: more pupils first
    CHECK(list[2].vestiging == QStringLiteral("02BB00"));
    CHECK(list[3].vestiging == QStringLiteral("05EE00")); // no need known: last
    CHECK(!list[3].need.has_value());
    CHECK(list[3].rank == 4);
}
