#include "core/demogenerator.h"
#include "realregister.h"

#include <QCryptographicHash>
#include <QHash>
#include <catch2/catch.hpp>
#include <map>
#include <memory>

using namespace verrijkt;

namespace {

// A digest over every generated field, so "identical output" means identical records.
class Digest
{
public:
    void add(const DemoBatch &b)
    {
        for (const Participation &p : b.participations)
            line(0, {p.meta.id.toString(), p.meta.hlc, p.vestiging, p.schoolYear.label(), tierKey(p.tier),
                     p.startDate.toString(Qt::ISODate), QString::number(p.pupilsReached)});
        for (const EnrichmentSession &s : b.sessions)
            line(1, {s.meta.id.toString(), s.meta.hlc, s.vestiging, s.date.toString(Qt::ISODate),
                     activityDomainKey(s.domain), s.provider, QString::number(s.hours),
                     QString::number(s.pupils), QString::number(s.groups), s.supersedes.toString(),
                     QString::number(s.withdrawn), s.recordedBy});
        for (const BridgeOfficer &o : b.officers)
            line(2, {o.meta.id.toString(), o.userName, o.displayName, o.employer,
                     QString::number(o.contractFte)});
        for (const Placement &p : b.placements)
            line(3, {p.meta.id.toString(), p.officerId.toString(), p.vestiging, QString::number(p.fte),
                     p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)});
        for (const FamilyContact &c : b.contacts) {
            QStringList topics;
            for (ContactTopic t : c.topics)
                topics << contactTopicKey(t);
            line(4,
                 {c.meta.id.toString(), c.officerId.toString(), c.vestiging, c.date.toString(Qt::ISODate),
                  c.familyCode, contactFormKey(c.form), contactInitiatorKey(c.initiatedBy), topics.join(u'+'),
                  QString::number(c.durationMinutes), c.followUp.toString(Qt::ISODate)});
        }
        for (const LibraryParticipation &l : b.library)
            line(5, {l.meta.id.toString(), l.vestiging, l.schoolYear.label(), libraryStatusKey(l.status),
                     QString::number(l.consultantHoursPerWeek)});
    }
    QByteArray result() const
    {
        QByteArray all;
        for (const auto &[kind, hash] : m_hashes)
            all += QByteArray::number(kind) + ':' + hash->result().toHex() + ' ';
        return all;
    }

private:
    // One running hash per record kind: batching changes how kinds interleave, never their order.
    void line(int kind, const QStringList &fields)
    {
        auto &hash = m_hashes[kind];
        if (!hash)
            hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        hash->addData(fields.join(u'|').toUtf8() + '\n');
    }
    std::map<int, std::unique_ptr<QCryptographicHash>> m_hashes;
};

QByteArray digestOf(const testing::RealRegion &region, DemoOptions options, int schoolsPerBatch = 40)
{
    Digest digest;
    DemoGenerator(region.schools, region.plan, options)
        .run(
            [&](const DemoBatch &b) {
                digest.add(b);
                return true;
            },
            schoolsPerBatch);
    return digest.result();
}

} // namespace

TEST_CASE("demo generator: teaching weeks lie inside the school year and skip holidays", "[demo]")
{
    for (int start = 2026; start <= 2032; ++start) {
        const SchoolYear year(start);
        const QList<QDate> weeks = demoTeachingWeeks(year);
        REQUIRE(weeks.size() == 40);
        for (const QDate &monday : weeks) {
            CHECK(monday.dayOfWeek() == Qt::Monday);
            CHECK(year.contains(monday));
            CHECK(year.contains(monday.addDays(4)));
            CHECK(monday.weekNumber() != 43);
        }
        CHECK(weeks.first().month() == 8);
    }
}

TEST_CASE("demo generator: same seed gives identical output, another seed different output", "[demo]")
{
    const testing::RealRegion region = testing::loadRealRegion();
    REQUIRE(region.schools.size() == 329);
    DemoOptions options;
    options.seed = 42;
    options.until = SchoolYear(2027);

    const QByteArray first = digestOf(region, options);
    CHECK(digestOf(region, options) == first);
    // Batching and the order the register was read in do not change the data.
    CHECK(digestOf(region, options, 7) == first);
    testing::RealRegion reversed = region;
    std::reverse(reversed.schools.begin(), reversed.schools.end());
    CHECK(digestOf(reversed, options) == first);

    options.seed = 43;
    CHECK(digestOf(region, options) != first);
}

TEST_CASE("demo generator: generated data keeps the domain rules", "[demo]")
{
    const testing::RealRegion region = testing::loadRealRegion();
    QHash<QString, SchoolLocation> schools;
    for (const SchoolLocation &s : region.schools)
        schools.insert(s.vestiging, s);
    QHash<QString, PlanEntry> plan;
    for (const PlanEntry &e : region.plan)
        plan.insert(e.vestiging, e);

    DemoOptions options;
    options.seed = 7;
    const QDate farFuture(2040, 1, 1); // the rules' "not in the future" is not what is tested here

    QHash<QUuid, BridgeOfficer> officers;
    QList<Placement> placements;
    QHash<QPair<QString, int>, Participation> participations;
    QHash<QPair<QString, int>, Realisation> realisation;
    QHash<QUuid, EnrichmentSession> sessionsById;
    int libraryCovered2032 = 0;
    int contactErrors = 0, sessionErrors = 0;
    QHash<QString, int> contactsPerFamily;
    double lastProgress = 0;

    DemoGenerator(region.schools, region.plan, options).run([&](const DemoBatch &b) {
        CHECK(b.progress > lastProgress);
        lastProgress = b.progress;
        for (const BridgeOfficer &o : b.officers) {
            CHECK(validate(o).isEmpty());
            officers.insert(o.meta.id, o);
        }
        for (const Placement &p : b.placements) {
            REQUIRE(officers.contains(p.officerId));
            QList<Placement> others;
            for (const Placement &q : placements) {
                if (q.officerId == p.officerId)
                    others.append(q);
            }
            CHECK(validate(p, officers.value(p.officerId), others).isEmpty());
            placements.append(p);
        }
        for (const Participation &p : b.participations) {
            REQUIRE(plan.contains(p.vestiging));
            CHECK(plan.value(p.vestiging).takesPartIn(b.year));
            CHECK(p.tier == plan.value(p.vestiging).tier);
            CHECK(p.schoolYear == b.year);
            CHECK(b.year.contains(p.startDate));
            CHECK(validate(p, schools.value(p.vestiging)).isEmpty());
            participations.insert({p.vestiging, b.year.startYear()}, p);
        }
        for (const EnrichmentSession &s : b.sessions) {
            CHECK(b.year.contains(s.date));
            const auto key = qMakePair(s.vestiging, b.year.startYear());
            REQUIRE(participations.contains(key)); // sessions only where the plan has the school this year
            CHECK(s.date >= participations.value(key).startDate);
            if (!validate(s, schools.value(s.vestiging), farFuture).isEmpty())
                ++sessionErrors;
            if (!s.supersedes.isNull())
                CHECK(sessionsById.contains(s.supersedes));
            sessionsById.insert(s.meta.id, s);
        }
        for (const FamilyContact &c : b.contacts) {
            CHECK(FamilyCode::isValid(c.familyCode));
            QStringList placedAt;
            for (const Placement &p : placements) {
                if (p.officerId == c.officerId && p.activeOn(c.date))
                    placedAt.append(p.vestiging);
            }
            if (!validate(c, placedAt, farFuture).isEmpty())
                ++contactErrors;
            if (c.supersedes.isNull())
                ++contactsPerFamily[c.familyCode];
        }
        for (const LibraryParticipation &l : b.library) {
            CHECK(validate(l).isEmpty());
            if (b.year == kStructuralYear && l.covered())
                ++libraryCovered2032;
        }
        return true;
    });
    CHECK(lastProgress == Approx(1.0));
    CHECK(sessionErrors == 0);
    CHECK(contactErrors == 0);

    // Contract FTE is never exceeded: check every officer on every day a placement starts or ends.
    for (const Placement &p : placements) {
        for (const QDate &day : {p.from, p.to.isValid() ? p.to : p.from}) {
            for (const BridgeOfficer &o : officers)
                CHECK(placedFteOn(placements, o.meta.id, day) <= o.contractFte + 1e-9);
        }
    }
    // The build-up curve 16/32/48/64 is met on the reference date of every year.
    for (int y = 2026; y <= 2032; ++y)
        CHECK(regionFteOn(placements, QDate(y, 10, 1)) ==
              Approx(options.officerTarget.targetFte(SchoolYear(y))));

    // Several contacts per family on average.
    qsizetype contacts = 0;
    for (int n : contactsPerFamily)
        contacts += n;
    CHECK(double(contacts) / contactsPerFamily.size() > 2.0);

    // Library coverage spreads to most schools by 2032-2033.
    CHECK(libraryCovered2032 > 0.85 * region.schools.size());

    // Delivered pupil-hours land around 80-100 % of the entitlement, varying per school.
    QHash<QPair<QString, int>, QList<EnrichmentSession>> sessionsBySchoolYear;
    for (const EnrichmentSession &s : sessionsById)
        sessionsBySchoolYear[{s.vestiging, SchoolYear::containing(s.date).startYear()}].append(s);
    SchoolCalendar calendar;
    Realisation region2032;
    double lowest = 10, highest = 0;
    for (auto it = participations.cbegin(); it != participations.cend(); ++it) {
        const Realisation r =
            schoolYearRealisation(it.value(), sessionsBySchoolYear.value(it.key()), calendar);
        lowest = std::min(lowest, r.ratio());
        highest = std::max(highest, r.ratio());
        if (it.key().second == 2032)
            region2032 += r;
    }
    CHECK(region2032.ratio() > 0.82);
    CHECK(region2032.ratio() < 0.98);
    CHECK(lowest > 0.65);
    CHECK(highest < 1.15);
    CHECK(highest - lowest > 0.1);
}

TEST_CASE("demo generator: volume at scale 1 over seven school years", "[demo][volume]")
{
    const testing::RealRegion region = testing::loadRealRegion();
    DemoOptions options;
    options.seed = 2026;
    const DemoTotals totals =
        DemoGenerator(region.schools, region.plan, options).run([](const DemoBatch &) { return true; });
    INFO("sessions " << totals.sessions << ", contacts " << totals.contacts << ", officers "
                     << totals.officers);
    CHECK(totals.sessions >= 150000);
    CHECK(totals.sessions <= 200000);
    CHECK(totals.contacts >= 85000);
    CHECK(totals.contacts <= 120000);
    qsizetype schoolYears = 0; // one participation per school per year the plan has it taking part
    for (int y = 2026; y <= 2032; ++y) {
        for (const PlanEntry &e : region.plan)
            schoolYears += e.takesPartIn(SchoolYear(y)) ? 1 : 0;
    }
    CHECK(totals.participations == schoolYears);

    // --scale multiplies the activity.
    options.until = SchoolYear(2027);
    const DemoTotals base =
        DemoGenerator(region.schools, region.plan, options).run([](const DemoBatch &) { return true; });
    options.scale = 2.0;
    const DemoTotals doubled =
        DemoGenerator(region.schools, region.plan, options).run([](const DemoBatch &) { return true; });
    CHECK(double(doubled.sessions) / base.sessions == Approx(2.0).epsilon(0.15));
    CHECK(double(doubled.contacts) / base.contacts == Approx(2.0).epsilon(0.15));
    CHECK(doubled.officers == base.officers); // the FTE curve is policy, not activity
}

TEST_CASE("demo generator: a sink that fails stops the run", "[demo]")
{
    const testing::RealRegion region = testing::loadRealRegion();
    DemoOptions options;
    int calls = 0;
    const DemoTotals totals = DemoGenerator(region.schools, region.plan, options).run([&](const DemoBatch &) {
        return ++calls < 2;
    });
    CHECK(calls == 2);
    CHECK(totals.participations < 300);
}
