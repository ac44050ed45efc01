#include "core/bridgeofficer.h"
#include "core/uuid7.h"
#include "qtcatch.h"
#include "validationmatchers.h"

using namespace verrijkt;

namespace {
BridgeOfficer officer(double contract = 1.0)
{
    BridgeOfficer o;
    o.meta.id = createUuidV7();
    o.userName = QStringLiteral("bf.jansen");
    o.displayName = QStringLiteral("Brugfunctionaris 1");
    o.employer = QStringLiteral("Stichting Kinderwerk");
    o.contractFte = contract;
    return o;
}

Placement placement(const BridgeOfficer &o, const char *school, double fte, const QDate &from,
                    const QDate &to = {})
{
    Placement p;
    p.meta.id = createUuidV7();
    p.officerId = o.meta.id;
    p.vestiging = QString::fromLatin1(school);
    p.fte = fte;
    p.from = from;
    p.to = to;
    return p;
}
} // namespace

TEST_CASE("Placed FTE per officer and region on a date", "[bridgeofficer]")
{
    const BridgeOfficer a = officer();
    const BridgeOfficer b = officer();
    QList<Placement> all{placement(a, "AAAA00", 0.4, QDate(2026, 8, 1), QDate(2026, 12, 31)),
                         placement(a, "BBBB00", 0.6, QDate(2026, 8, 1)),
                         placement(b, "CCCC00", 0.8, QDate(2027, 1, 1))};
    CHECK(placedFteOn(all, a.meta.id, QDate(2026, 7, 31)) == 0.0);
    CHECK(placedFteOn(all, a.meta.id, QDate(2026, 8, 1)) == Approx(1.0));
    CHECK(placedFteOn(all, a.meta.id, QDate(2026, 12, 31)) == Approx(1.0)); // `to` is inclusive
    CHECK(placedFteOn(all, a.meta.id, QDate(2027, 1, 1)) == Approx(0.6));
    CHECK(placedFteOn(all, b.meta.id, QDate(2027, 1, 1)) == Approx(0.8));
    CHECK(regionFteOn(all, QDate(2026, 10, 1)) == Approx(1.0));
    CHECK(regionFteOn(all, QDate(2027, 1, 1)) == Approx(1.4));
    all[1].meta.deleted = true;
    CHECK(regionFteOn(all, QDate(2027, 1, 1)) == Approx(0.8));
}

TEST_CASE("Bridge officer target builds up to 64 FTE over four years", "[bridgeofficer]")
{
    const BridgeOfficerTarget t;
    CHECK(t.targetFte(SchoolYear(2025)) == 0.0);
    CHECK(t.targetFte(SchoolYear(2026)) == 16.0);
    CHECK(t.targetFte(SchoolYear(2027)) == 32.0);
    CHECK(t.targetFte(SchoolYear(2028)) == 48.0);
    CHECK(t.targetFte(SchoolYear(2029)) == 64.0);
    CHECK(t.targetFte(SchoolYear(2032)) == 64.0);
    CHECK(t.cost(t.targetFte(SchoolYear(2032))) == Approx(6.4e6));
    BridgeOfficerTarget empty;
    empty.fteByYear.clear();
    CHECK(empty.targetFte(SchoolYear(2030)) == 0.0);
}

TEST_CASE("Officer validation", "[bridgeofficer][validation]")
{
    CHECK(validate(officer(1.2)).isEmpty());
    CHECK(validate(officer(0.1)).isEmpty());
    for (double bad : {0.0, -0.5, 1.21, 2.0}) {
        const auto errors = validate(officer(bad));
        INFO(bad);
        CHECK(keysOf(errors) == QStringList{QStringLiteral("officer.fte.range")});
        CHECK(errors.first().field == QStringLiteral("contractFte"));
    }
    BridgeOfficer o = officer();
    o.employer = QStringLiteral(" ");
    CHECK(hasError(validate(o), QStringLiteral("employer"), QStringLiteral("officer.employer.required")));
}

TEST_CASE("Placement validation checks its own fields", "[bridgeofficer][validation]")
{
    const BridgeOfficer o = officer();
    const Placement ok = placement(o, "AAAA00", 0.5, QDate(2026, 8, 1), QDate(2027, 7, 31));
    CHECK(validate(ok, o, {}).isEmpty());

    Placement p = ok;
    p.fte = 0;
    CHECK(hasError(validate(p, o, {}), QStringLiteral("fte"), QStringLiteral("placement.fte.range")));
    p.fte = 1.3;
    CHECK(hasError(validate(p, o, {}), QStringLiteral("fte"), QStringLiteral("placement.fte.range")));
    p = ok;
    p.to = QDate(2026, 7, 31);
    CHECK(keysOf(validate(p, o, {})) == QStringList{QStringLiteral("placement.to.before_from")});
    p.to = p.from; // a one-day placement is fine
    CHECK(validate(p, o, {}).isEmpty());
    p = ok;
    p.from = QDate();
    CHECK(hasError(validate(p, o, {}), QStringLiteral("from"), QStringLiteral("placement.from.required")));
    p = ok;
    p.officerId = createUuidV7();
    CHECK(hasError(validate(p, o, {}), QStringLiteral("officerId"),
                   QStringLiteral("placement.officer.mismatch")));
    p = ok;
    p.vestiging.clear();
    CHECK(hasError(validate(p, o, {}), QStringLiteral("vestiging"),
                   QStringLiteral("placement.school.required")));
}

TEST_CASE("Concurrent placements may not exceed the contract FTE on any date", "[bridgeofficer][validation]")
{
    const BridgeOfficer o = officer(1.0);
    const BridgeOfficer other = officer(1.0);
    const QList<Placement> existing{placement(o, "AAAA00", 0.4, QDate(2026, 8, 1), QDate(2026, 12, 31)),
                                    placement(o, "BBBB00", 0.4, QDate(2027, 1, 1), QDate(2027, 7, 31)),
                                    placement(other, "CCCC00", 1.0, QDate(2026, 8, 1))};

    // 0.6 next to either 0.4 placement: exactly 1.0 on every date.
    CHECK(
        validate(placement(o, "DDDD00", 0.6, QDate(2026, 8, 1), QDate(2027, 7, 31)), o, existing).isEmpty());

    // 0.7 overlaps the second placement only from 1 January: reported with that date.
    const auto errors = validate(placement(o, "DDDD00", 0.7, QDate(2026, 10, 1)), o, existing);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("fte"));
    CHECK(errors[0].key == QStringLiteral("placement.fte.exceeds_contract"));
    CHECK(errors[0].params.value(QStringLiteral("date")).toDate() == QDate(2026, 10, 1));
    CHECK(errors[0].params.value(QStringLiteral("total")).toDouble() == Approx(1.1));
    CHECK(errors[0].message().contains(QStringLiteral("1,1")));

    // Starting after the first placement ends, the overlap is found at the other's start date.
    const auto later =
        validate(placement(o, "DDDD00", 0.7, QDate(2026, 12, 31).addDays(-5)), o, {existing[1], existing[2]});
    REQUIRE(later.size() == 1);
    CHECK(later[0].params.value(QStringLiteral("date")).toDate() == QDate(2027, 1, 1));

    // Placements that do not overlap in time never add up.
    CHECK(validate(placement(o, "DDDD00", 1.0, QDate(2027, 8, 1)), o, existing).isEmpty());
    // Another officer's placements do not count.
    CHECK(validate(placement(o, "DDDD00", 0.6, QDate(2026, 8, 1)), o, {existing[2]}).isEmpty());

    // Editing a placement: its own stored version in `others` is not counted twice.
    Placement edited = existing[0];
    edited.fte = 1.0;
    CHECK(validate(edited, o, existing).isEmpty());
    // Deleted placements do not count.
    QList<Placement> withDeleted = existing;
    withDeleted[0].meta.deleted = true;
    CHECK(validate(placement(o, "DDDD00", 1.0, QDate(2026, 8, 1), QDate(2026, 12, 31)), o, withDeleted)
              .isEmpty());

    // Three placements of 0.4 fill a 1.2 contract without floating-point trouble.
    const BridgeOfficer big = officer(1.2);
    const QList<Placement> twoThirds{placement(big, "AAAA00", 0.4, QDate(2026, 8, 1)),
                                     placement(big, "BBBB00", 0.4, QDate(2026, 9, 1))};
    CHECK(validate(placement(big, "CCCC00", 0.4, QDate(2026, 10, 1)), big, twoThirds).isEmpty());
    CHECK_FALSE(validate(placement(big, "CCCC00", 0.41, QDate(2026, 10, 1)), big, twoThirds).isEmpty());
}
