#include "core/planner/completeness.h"
#include "regiondata.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using testdata::school;

namespace {

Participation part(const char *v, QDate start, Tier tier = Tier::TwoHours)
{
    Participation p;
    p.vestiging = QString::fromLatin1(v);
    p.schoolYear = SchoolYear::containing(start);
    p.tier = tier;
    p.startDate = start;
    return p;
}

EnrichmentSession session(const char *v, QDate date)
{
    EnrichmentSession s;
    s.meta.id = QUuid::createUuid();
    s.vestiging = QString::fromLatin1(v);
    s.date = date;
    s.hours = 1;
    s.pupils = 10;
    return s;
}

} // namespace

TEST_CASE("Schools without a session in the last N teaching weeks are listed")
{
    // Today: Thursday 3 December 2026 (ISO week 49). N = 3: weeks 47, 48, 49; window from 16 November.
    CompletenessInput in;
    in.today = QDate(2026, 12, 3);
    in.teachingWeeks = 3;
    in.schools = {school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 50),
                  school("03CC00", "GM0037", 80),  school("04DD00", "GM0037", 30),
                  school("05EE00", "GM0037", 30),  school("06FF00", "GM0037", 30)};
    in.participations = {part("01AA00", {2026, 9, 1}), part("02BB00", {2026, 9, 1}),
                         part("03CC00", {2026, 9, 1}), part("04DD00", {2026, 11, 30}),
                         part("05EE00", {2026, 9, 1}), part("06FF00", {2026, 9, 1}, Tier::None)};
    EnrichmentSession withdrawn = session("03CC00", {2026, 11, 20});
    withdrawn.withdrawn = true;
    in.sessions = {session("01AA00", {2026, 11, 16}),            // first day of the window: counts
                   session("02BB00", {2026, 11, 13}),            // the Friday before: too old
                   withdrawn, session("05EE00", {2026, 12, 4})}; // after today: ignored

    const CompletenessResult r = computeCompleteness(in);
    REQUIRE(r.window.size() == 3);
    CHECK(r.window.first().label() == QStringLiteral("2026-W47"));
    CHECK(r.window.last().label() == QStringLiteral("2026-W49"));
    CHECK(r.windowStart == QDate(2026, 11, 16));
    CHECK(r.schoolsChecked == 4); // 04DD00 started this week, 06FF00 does not take part
    REQUIRE(r.missing.size() == 3);
    CHECK(r.missing[0].vestiging == QStringLiteral("03CC00")); // never (its only session was withdrawn)
    CHECK(r.missing[0].lastSession.isNull());
    CHECK(r.missing[1].vestiging == QStringLiteral("05EE00"));
    CHECK(r.missing[2].vestiging == QStringLiteral("02BB00"));
    CHECK(r.missing[2].lastSession == QDate(2026, 11, 13));
}

TEST_CASE("Holiday weeks are not teaching weeks: the window reaches past them")
{
    CompletenessInput in;
    in.today = QDate(2027, 1, 6); // Wednesday of 2027-W01
    in.teachingWeeks = 2;
    in.holidayWeeks = {IsoWeek::of(QDate(2026, 12, 21)), IsoWeek::of(QDate(2026, 12, 28))}; // Christmas
    in.schools = {school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 100)};
    in.participations = {part("01AA00", {2026, 9, 1}), part("02BB00", {2026, 9, 1})};
    in.sessions = {session("01AA00", {2026, 12, 17}), session("02BB00", {2026, 12, 11})};
    const CompletenessResult r = computeCompleteness(in);
    REQUIRE(r.window.size() == 2);
    CHECK(r.window.first().label() == QStringLiteral("2026-W51"));
    CHECK(r.windowStart == QDate(2026, 12, 14));
    REQUIRE(r.missing.size() == 1);
    CHECK(r.missing[0].vestiging == QStringLiteral("02BB00"));

    // Without the holidays the same sessions are both too old.
    in.holidayWeeks.clear();
    CHECK(computeCompleteness(in).missing.size() == 2);
}

TEST_CASE("The window never reaches into the previous school year")
{
    CompletenessInput in;
    in.today = QDate(2026, 8, 5); // first week of 2026-2027
    in.teachingWeeks = 4;
    in.schools = {school("01AA00", "GM0014", 100)};
    in.participations = {part("01AA00", {2026, 8, 3})};
    in.sessions = {session("01AA00", {2026, 7, 30})}; // last school year
    const CompletenessResult r = computeCompleteness(in);
    CHECK(r.window.size() == 1);
    CHECK(r.windowStart == QDate(2026, 8, 3)); // the week of 27 July has no weekday in 2026-2027
    CHECK(r.schoolsChecked == 0);              // started this week
    in.today = QDate(2026, 8, 12);
    const CompletenessResult later = computeCompleteness(in);
    CHECK(later.window.size() == 2);
    CHECK(later.schoolsChecked == 1);
    REQUIRE(later.missing.size() == 1);
    CHECK(later.missing[0].lastSession.isNull()); // the July session belongs to 2025-2026
}
