#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"
#include "storagetestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

bool hasError(const WriteResult &r, const QString &key)
{
    for (const ValidationError &e : r.errors) {
        if (e.key == key)
            return true;
    }
    return false;
}

QJsonObject fieldClocks(Database &db, const QString &vestiging)
{
    QSqlQuery q(db.connection());
    q.prepare("SELECT field_hlc FROM schools WHERE vestiging = ?");
    q.addBindValue(vestiging);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace

TEST_CASE("the school registry validates before it writes", "[storage][registry]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    SchoolRegistry registry(*t.db);
    const QString before = contentDump(*t.db);

    SchoolLocation bad = *registry.get("90AA00");
    bad.vestiging = "90AB00";
    bad.municipalityCode = "GM0001";
    const WriteResult r = registry.upsert(bad);
    CHECK_FALSE(r.ok());
    CHECK(hasError(r, "school.brin.mismatch"));
    CHECK(hasError(r, "school.municipality.unknown"));
    CHECK(contentDump(*t.db) == before);

    SchoolLocation far = *registry.get("90AA00");
    far.lat = 51.9;
    CHECK(hasError(registry.upsert(far), "school.location.outside"));
    CHECK(hasError(registry.upsertMunicipality(Municipality{"0014", "Groningen", "Groningen", 1}),
                   "municipality.code.format"));
    CHECK(
        hasError(registry.upsertWaveZero(WaveZeroSchool{"99ZZ00", "https://example.org"}), "school.unknown"));
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("an upsert stamps only the fields that changed", "[storage][registry]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    SchoolRegistry registry(*t.db);
    SchoolLocation s = *registry.get("90BB00");
    const QJsonObject clocksBefore = fieldClocks(*t.db, "90BB00");

    const WriteResult same = registry.upsert(s);
    REQUIRE(same.ok());
    CHECK(same.change == WriteResult::Change::Unchanged);
    CHECK(fieldClocks(*t.db, "90BB00") == clocksBefore);

    s.pupils = 140;
    const WriteResult changed = registry.upsert(s);
    REQUIRE(changed.ok());
    CHECK(changed.change == WriteResult::Change::Updated);
    const QJsonObject clocksAfter = fieldClocks(*t.db, "90BB00");
    CHECK(clocksAfter["pupils"].toString() > clocksBefore["pupils"].toString());
    CHECK(clocksAfter["name"] == clocksBefore["name"]);
    CHECK(registry.get("90BB00")->pupils == 140);

    s.pupils.reset();
    REQUIRE(registry.upsert(s).ok());
    CHECK_FALSE(registry.get("90BB00")->pupils.has_value());
}

TEST_CASE("a failing write listener leaves nothing behind", "[storage][registry]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    SchoolRegistry registry(*t.db);
    const QString before = contentDump(*t.db);
    QList<RowWrite> seen;
    t.db->setWriteListener([&](const RowWrite &w, QString *error) {
        seen << w;
        *error = "outbox unavailable";
        return false;
    });
    SchoolLocation s = *registry.get("90BB00");
    s.name = "Nieuwe naam";
    const WriteResult r = registry.upsert(s);
    CHECK_FALSE(r.ok());
    CHECK(r.storageError == "outbox unavailable");
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().entity == "school");
    CHECK(seen.first().fields == QStringList{"name"});
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("participations are validated against their school and stored per school year",
          "[storage][participation]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    ParticipationRepository repo(*t.db);
    const QString before = contentDump(*t.db);

    Participation p;
    p.vestiging = "90AA00";
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 8, 1);
    p.pupilsReached = 500; // the school has 210 pupils
    CHECK(hasError(repo.save(p), "participation.pupils.max_school"));
    Participation unknown = p;
    unknown.vestiging = "99ZZ00";
    CHECK(hasError(repo.save(unknown), "school.unknown"));
    CHECK(contentDump(*t.db) == before);

    p.pupilsReached = 200;
    const WriteResult first = repo.save(p);
    REQUIRE(first.ok());
    p.tier = Tier::SixHours;
    const WriteResult second = repo.save(p);
    REQUIRE(second.ok());
    CHECK(second.id == first.id);
    CHECK(repo.forYear(SchoolYear(2026)).size() == 1);
    CHECK(repo.get("90AA00", SchoolYear(2026))->tier == Tier::SixHours);
    REQUIRE(repo.remove("90AA00", SchoolYear(2026)).ok());
    CHECK_FALSE(repo.get("90AA00", SchoolYear(2026)));
    CHECK(rowCount(*t.db, "participations") == 1); // a tombstone, for sync
}

TEST_CASE("library participations are validated and stored per school year", "[storage][library]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    LibraryRepository repo(*t.db);
    const QString before = contentDump(*t.db);

    LibraryParticipation p;
    p.vestiging = "90CC00";
    p.schoolYear = SchoolYear(2026);
    p.status = LibraryStatus::Active;
    p.consultantHoursPerWeek = 41;
    const WriteResult bad = repo.save(p);
    CHECK(hasError(bad, "library.consultant_hours.range"));
    CHECK(hasError(bad, "library.organisation.required"));
    LibraryParticipation unknown = p;
    unknown.vestiging = "99ZZ00";
    CHECK(hasError(repo.save(unknown), "school.unknown"));
    CHECK(contentDump(*t.db) == before);

    p.consultantHoursPerWeek = 4;
    p.libraryOrganisation = "Biblionet Groningen";
    p.readingPlanAdopted = true;
    REQUIRE(repo.save(p).ok());
    const auto stored = repo.get("90CC00", SchoolYear(2026));
    REQUIRE(stored);
    CHECK(stored->covered());
    CHECK(stored->readingPlanAdopted);
    CHECK_FALSE(stored->monitorDone);
    CHECK(stored->consultantHoursPerWeek == 4);
    CHECK(repo.forYear(SchoolYear(2026)).size() == 1);
    CHECK(repo.forYear(SchoolYear(2027)).isEmpty());
}

TEST_CASE("a named plan is validated as a whole and replaced entry by entry", "[storage][plan]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    PlanRepository plans(*t.db);
    const QString before = contentDump(*t.db);

    auto entry = [](const QString &vestiging, int wave, Tier tier) {
        PlanEntry e;
        e.planName = "scenario";
        e.vestiging = vestiging;
        e.wave = wave;
        e.tier = tier;
        return e;
    };
    const WriteResult bad =
        plans.replacePlan("scenario", {entry("90AA00", 8, Tier::TwoHours), entry("90AA00", 1, Tier::None),
                                       entry("99ZZ00", 1, Tier::TwoHours)});
    CHECK(hasError(bad, "plan.wave.range"));
    CHECK(hasError(bad, "plan.tier.none"));
    CHECK(hasError(bad, "plan.vestiging.duplicate"));
    CHECK(hasError(bad, "school.unknown"));
    CHECK(contentDump(*t.db) == before);

    REQUIRE(
        plans
            .replacePlan("scenario", {entry("90AA00", 1, Tier::TwoHours), entry("90BB00", 3, Tier::SixHours)})
            .ok());
    CHECK(plans.planNames() == QStringList{"default", "scenario"});
    REQUIRE(plans.replacePlan("scenario", {entry("90BB00", 2, Tier::SixHours)}).ok());
    const QList<PlanEntry> entries = plans.entries("scenario");
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().vestiging == "90BB00");
    CHECK(entries.first().wave == 2);
    // The default plan is untouched by a scenario.
    CHECK(plans.entries().size() == 5);
}
