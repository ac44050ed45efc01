#include "core/tijdvoortoekomst.h"
#include "core/uuid7.h"
#include "qtcatch.h"

using namespace verrijkt;

namespace {
EnrichmentSession session(const QString &school, const QDate &date, double hours, int pupils,
                          const QString &hlc = QStringLiteral("000000000000000001-00000000-a"))
{
    EnrichmentSession s;
    s.meta.id = createUuidV7();
    s.meta.hlc = hlc;
    s.vestiging = school;
    s.date = date;
    s.hours = hours;
    s.pupils = pupils;
    s.provider = QStringLiteral("Sportbedrijf");
    s.groups = 0b1100;
    return s;
}

EnrichmentSession correction(const EnrichmentSession &of, double hours, int pupils, const QString &hlc)
{
    EnrichmentSession c = of;
    c.meta.id = createUuidV7();
    c.meta.hlc = hlc;
    c.supersedes = of.meta.id;
    c.hours = hours;
    c.pupils = pupils;
    return c;
}

Participation participation(const QString &school, Tier tier, const QDate &start, int pupils)
{
    Participation p;
    p.vestiging = school;
    p.schoolYear = SchoolYear::containing(start);
    p.tier = tier;
    p.startDate = start;
    p.pupilsReached = pupils;
    return p;
}
} // namespace

TEST_CASE("Tier and activity domain keys round-trip", "[tvt]")
{
    CHECK(tierHours(Tier::None) == 0);
    CHECK(tierHours(Tier::TwoHours) == 2);
    CHECK(tierHours(Tier::SixHours) == 6);
    for (Tier t : {Tier::None, Tier::TwoHours, Tier::SixHours})
        CHECK(tierFromKey(tierKey(t)) == t);
    CHECK(tierKey(Tier::SixHours) == QStringLiteral("6h"));
    CHECK_FALSE(tierFromKey(QStringLiteral("4h")));
    CHECK(allActivityDomains().size() == 5);
    for (ActivityDomain d : allActivityDomains())
        CHECK(activityDomainFromKey(activityDomainKey(d)) == d);
    CHECK(activityDomainKey(ActivityDomain::WelzijnEnGezondheid) == QStringLiteral("welzijn_en_gezondheid"));
    CHECK_FALSE(activityDomainFromKey(QStringLiteral("Sport")));
}

TEST_CASE("Entitlement is tier hours times teaching weeks from the start date", "[tvt]")
{
    SchoolCalendar cal;
    const Participation full =
        participation(QStringLiteral("11AK00"), Tier::SixHours, QDate(2026, 8, 1), 100);
    CHECK(entitledHours(full, cal) == Approx(240.0));
    CHECK(entitledPupilHours(full, cal) == Approx(24000.0));

    const Participation late = participation(QStringLiteral("11AK00"), Tier::TwoHours, QDate(2027, 2, 1), 50);
    CHECK(entitledHours(late, cal) == Approx(2 * 40.0 * 181 / 365));
    CHECK(entitledPupilHours(late, cal) == Approx(50 * 2 * 40.0 * 181 / 365));

    Participation none = full;
    none.tier = Tier::None;
    CHECK(entitledPupilHours(none, cal) == 0.0);

    cal.teachingWeeksPerYear = 38;
    CHECK(entitledHours(full, cal) == Approx(228.0));
}

TEST_CASE("Weekly entitlement is full tier hours inside the participation", "[tvt]")
{
    const Participation p = participation(QStringLiteral("11AK00"), Tier::SixHours, QDate(2026, 9, 14), 20);
    CHECK(entitledPupilHoursInWeek(p, IsoWeek::of(QDate(2026, 9, 7))) == 0.0);
    CHECK(entitledPupilHoursInWeek(p, IsoWeek::of(QDate(2026, 9, 14))) == Approx(120.0));
    CHECK(entitledPupilHoursInWeek(p, IsoWeek::of(QDate(2027, 3, 3))) == Approx(120.0));
    // Starting on a Wednesday still makes that week count.
    const Participation mid = participation(QStringLiteral("11AK00"), Tier::TwoHours, QDate(2026, 9, 16), 10);
    CHECK(entitledPupilHoursInWeek(mid, IsoWeek::of(QDate(2026, 9, 14))) == Approx(20.0));
    // After the school year ends: nothing.
    CHECK(entitledPupilHoursInWeek(p, IsoWeek::of(QDate(2027, 8, 10))) == 0.0);
    CHECK(entitledPupilHoursInWeek(p, IsoWeek::of(QDate(2026, 6, 1))) == 0.0);
}

TEST_CASE("Current sessions resolve correction chains and withdrawals", "[tvt]")
{
    const QString school = QStringLiteral("11AK00");
    const EnrichmentSession a =
        session(school, QDate(2026, 10, 1), 2, 20, QStringLiteral("000000000000000001-00000000-a"));
    const EnrichmentSession b =
        session(school, QDate(2026, 10, 2), 1, 10, QStringLiteral("000000000000000002-00000000-a"));
    const EnrichmentSession a2 = correction(a, 3, 20, QStringLiteral("000000000000000003-00000000-a"));
    const EnrichmentSession a3 = correction(a2, 4, 25, QStringLiteral("000000000000000004-00000000-a"));

    SECTION("a correction replaces the original")
    {
        const auto current = currentSessions({a, b, a2});
        REQUIRE(current.size() == 2);
        CHECK(current[0].meta.id == b.meta.id);
        CHECK(current[1].meta.id == a2.meta.id);
    }
    SECTION("chains of corrections keep only the last, in any input order")
    {
        const auto current = currentSessions({a3, b, a, a2});
        REQUIRE(current.size() == 2);
        CHECK(current[0].meta.id == a3.meta.id);
        CHECK(current[1].meta.id == b.meta.id);
    }
    SECTION("a withdrawal drops the whole chain")
    {
        EnrichmentSession w = correction(a2, 0, 0, QStringLiteral("000000000000000005-00000000-a"));
        w.withdrawn = true;
        const auto current = currentSessions({a, a2, w, b});
        REQUIRE(current.size() == 1);
        CHECK(current[0].meta.id == b.meta.id);
        CHECK(w.pupilHours() == 0.0);
    }
    SECTION("two devices correcting the same record: the later HLC wins, the session counts once")
    {
        const EnrichmentSession fromB = correction(a, 5, 20, QStringLiteral("000000000000000009-00000000-b"));
        const auto current = currentSessions({a, a2, fromB});
        REQUIRE(current.size() == 1);
        CHECK(current[0].meta.id == fromB.meta.id);
        const auto reversed = currentSessions({fromB, a2, a});
        REQUIRE(reversed.size() == 1);
        CHECK(reversed[0].meta.id == fromB.meta.id);
    }
    SECTION("a correction whose original has not arrived yet still counts")
    {
        const auto current = currentSessions({a2, b});
        CHECK(current.size() == 2);
    }
    SECTION("tombstoned records never count but still link their chain")
    {
        EnrichmentSession deletedA2 = a2;
        deletedA2.meta.deleted = true;
        const auto current = currentSessions({a, deletedA2, a3});
        REQUIRE(current.size() == 1);
        CHECK(current[0].meta.id == a3.meta.id);
        CHECK(currentSessions({a, deletedA2}).isEmpty());
    }
}

TEST_CASE("Realisation per school year and per ISO week", "[tvt]")
{
    SchoolCalendar cal;
    const QString school = QStringLiteral("11AK00");
    const Participation p = participation(school, Tier::TwoHours, QDate(2026, 8, 1), 10); // 800 pupil-hours
    const EnrichmentSession s1 = session(school, QDate(2026, 9, 14), 2, 10);              // week 38
    const EnrichmentSession s2 = session(school, QDate(2026, 9, 16), 1.5, 8);             // week 38
    const EnrichmentSession s3 = session(school, QDate(2026, 9, 21), 2, 10);              // week 39
    const EnrichmentSession other = session(QStringLiteral("12BB00"), QDate(2026, 9, 14), 8, 100);
    const EnrichmentSession lastYear = session(school, QDate(2026, 7, 1), 8, 100);
    EnrichmentSession s3fixed = correction(s3, 1, 10, QStringLiteral("000000000000000007-00000000-a"));
    const QList<EnrichmentSession> all{s1, s2, s3, other, lastYear, s3fixed};

    const Realisation year = schoolYearRealisation(p, all, cal);
    CHECK(year.entitledPupilHours == Approx(800.0));
    CHECK(year.deliveredPupilHours == Approx(20 + 12 + 10));
    CHECK(year.ratio() == Approx(42.0 / 800));

    const Realisation w38 = weekRealisation(p, all, IsoWeek::of(QDate(2026, 9, 14)));
    CHECK(w38.entitledPupilHours == Approx(20.0));
    CHECK(w38.deliveredPupilHours == Approx(32.0));
    CHECK(w38.ratio() == Approx(1.6));
    const Realisation w39 = weekRealisation(p, all, IsoWeek::of(QDate(2026, 9, 21)));
    CHECK(w39.deliveredPupilHours == Approx(10.0));

    CHECK(Realisation{}.ratio() == 0.0);
    Realisation sum = year;
    sum += w38;
    CHECK(sum.deliveredPupilHours == Approx(74.0));
    CHECK(sum.entitledPupilHours == Approx(820.0));
}

TEST_CASE("Realisation sums per municipality", "[tvt]")
{
    SchoolCalendar cal;
    QList<SchoolLocation> schools(3);
    schools[0].vestiging = QStringLiteral("AAAA00");
    schools[0].municipalityCode = QStringLiteral("GM0014");
    schools[1].vestiging = QStringLiteral("BBBB00");
    schools[1].municipalityCode = QStringLiteral("GM0014");
    schools[2].vestiging = QStringLiteral("CCCC00");
    schools[2].municipalityCode = QStringLiteral("GM1680");
    const SchoolYear y(2026);
    const QList<Participation> parts{
        participation(QStringLiteral("AAAA00"), Tier::TwoHours, y.firstDay(), 10),
        participation(QStringLiteral("BBBB00"), Tier::SixHours, y.firstDay(), 10),
        participation(QStringLiteral("CCCC00"), Tier::TwoHours, y.firstDay(), 5),
        participation(QStringLiteral("CCCC00"), Tier::TwoHours, QDate(2027, 8, 1), 5)};
    const QList<EnrichmentSession> sessions{session(QStringLiteral("AAAA00"), QDate(2026, 10, 1), 2, 10),
                                            session(QStringLiteral("BBBB00"), QDate(2026, 10, 1), 3, 10),
                                            session(QStringLiteral("CCCC00"), QDate(2026, 10, 1), 1, 5),
                                            session(QStringLiteral("CCCC00"), QDate(2027, 10, 1), 1, 5)};
    const auto byMunicipality = realisationByMunicipality(schools, parts, sessions, y, cal);
    REQUIRE(byMunicipality.size() == 2);
    CHECK(byMunicipality[QStringLiteral("GM0014")].entitledPupilHours == Approx(800 + 2400));
    CHECK(byMunicipality[QStringLiteral("GM0014")].deliveredPupilHours == Approx(50));
    CHECK(byMunicipality[QStringLiteral("GM1680")].entitledPupilHours == Approx(400));
    CHECK(byMunicipality[QStringLiteral("GM1680")].deliveredPupilHours == Approx(5));

    // The same figures as summing the per-school realisations.
    Realisation region;
    for (const Realisation &r : byMunicipality)
        region += r;
    Realisation perSchool;
    for (int i = 0; i < 3; ++i)
        perSchool += schoolYearRealisation(parts[i], sessions, cal);
    CHECK(region.entitledPupilHours == Approx(perSchool.entitledPupilHours));
    CHECK(region.deliveredPupilHours == Approx(perSchool.deliveredPupilHours));
}
