#include "core/region.h"
#include "core/schoolyear.h"
#include "qtcatch.h"

using namespace verrijkt;

TEST_CASE("School year labels round-trip and reject malformed text", "[schoolyear]")
{
    const auto year = SchoolYear::fromLabel(QStringLiteral("2026-2027"));
    REQUIRE(year);
    CHECK(year->startYear() == 2026);
    CHECK(year->label() == QStringLiteral("2026-2027"));
    CHECK(year->firstDay() == QDate(2026, 8, 1));
    CHECK(year->lastDay() == QDate(2027, 7, 31));

    for (const char *bad : {"2026-2028", "26-27", "2026/2027", "2026-2027 ", " 2026-2027", "2027-2026", "",
                            "abcd-efgh", "2026-2027-2028", "0999-1000"}) {
        INFO(bad);
        CHECK_FALSE(SchoolYear::fromLabel(QString::fromLatin1(bad)));
    }
}

TEST_CASE("The school year containing a date turns over on 1 August", "[schoolyear]")
{
    CHECK(SchoolYear::containing(QDate(2026, 7, 31)).startYear() == 2025);
    CHECK(SchoolYear::containing(QDate(2026, 8, 1)).startYear() == 2026);
    CHECK(SchoolYear::containing(QDate(2027, 1, 15)).startYear() == 2026);
    CHECK(SchoolYear::containing(QDate(2027, 7, 31)).startYear() == 2026);
    CHECK_FALSE(SchoolYear::containing(QDate()).isValid());

    const SchoolYear y(2026);
    CHECK(y.contains(QDate(2026, 8, 1)));
    CHECK(y.contains(QDate(2027, 7, 31)));
    CHECK_FALSE(y.contains(QDate(2026, 7, 31)));
    CHECK_FALSE(y.contains(QDate(2027, 8, 1)));
    CHECK_FALSE(y.contains(QDate()));
    CHECK(y.next() == SchoolYear(2027));
    CHECK(y.previous() == SchoolYear(2025));
    CHECK(SchoolYear(2025) < SchoolYear(2026));
    CHECK(kStructuralYear.startYear() - kFirstRolloutYear.startYear() + 1 == kRolloutWaves);
}

TEST_CASE("Teaching weeks are prorated on calendar days", "[schoolyear]")
{
    SchoolCalendar cal;
    const SchoolYear y(2026); // 1 Aug 2026 .. 31 Jul 2027: 365 days
    CHECK(cal.teachingWeeksFrom(y, y.firstDay()) == Approx(40.0));
    CHECK(cal.teachingWeeksFrom(y, QDate(2026, 6, 1)) == Approx(40.0)); // before the year: whole year
    CHECK(cal.teachingWeeksFrom(y, QDate()) == Approx(40.0));
    CHECK(cal.teachingWeeksFrom(y, y.lastDay()) == Approx(40.0 / 365));
    CHECK(cal.teachingWeeksFrom(y, QDate(2027, 8, 1)) == Approx(0.0));
    // 1 Feb 2027 leaves 181 of 365 days.
    CHECK(cal.teachingWeeksFrom(y, QDate(2027, 2, 1)) == Approx(40.0 * 181 / 365));

    cal.teachingWeeksPerYear = 38;
    CHECK(cal.teachingWeeksFrom(y, y.firstDay()) == Approx(38.0));
    // A leap year (2027-2028 contains 29 Feb 2028) has 366 days.
    CHECK(cal.teachingWeeksFrom(SchoolYear(2027), QDate(2028, 7, 31)) == Approx(38.0 / 366));
}

TEST_CASE("ISO weeks follow ISO 8601 across year boundaries", "[schoolyear]")
{
    const IsoWeek w = IsoWeek::of(QDate(2026, 11, 26));
    CHECK(w.year == 2026);
    CHECK(w.week == 48);
    CHECK(w.label() == QStringLiteral("2026-W48"));
    CHECK(w.monday() == QDate(2026, 11, 23));

    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    const IsoWeek jan1 = IsoWeek::of(QDate(2027, 1, 1));
    CHECK(jan1.year == 2026);
    CHECK(jan1.week == 53);
    CHECK(jan1.monday() == QDate(2026, 12, 28));
    // 29 December 2025 (Monday) is week 1 of 2026.
    const IsoWeek dec29 = IsoWeek::of(QDate(2025, 12, 29));
    CHECK(dec29.year == 2026);
    CHECK(dec29.week == 1);
    CHECK(dec29.monday() == QDate(2025, 12, 29));
    CHECK(IsoWeek{2026, 5}.label() == QStringLiteral("2026-W05"));

    for (QDate d(2025, 8, 1); d < QDate(2028, 8, 1); d = d.addDays(1)) {
        const IsoWeek iw = IsoWeek::of(d);
        REQUIRE(iw.monday().dayOfWeek() == 1);
        REQUIRE(iw.monday().daysTo(d) == d.dayOfWeek() - 1);
    }
    CHECK(IsoWeek{2026, 53} < IsoWeek{2027, 1});
}

TEST_CASE("School type keys round-trip", "[region]")
{
    for (SchoolType t : {SchoolType::Bao, SchoolType::Sbo, SchoolType::So, SchoolType::SoVso})
        CHECK(schoolTypeFromKey(schoolTypeKey(t)) == t);
    CHECK(schoolTypeKey(SchoolType::SoVso) == QStringLiteral("so_vso"));
    CHECK_FALSE(schoolTypeFromKey(QStringLiteral("vo")));
    CHECK_FALSE(schoolTypeFromKey(QStringLiteral("BAO")));
}
