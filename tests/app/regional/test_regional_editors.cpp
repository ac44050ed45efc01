// The regional editors: valid input is written (with its outbox entry), invalid input writes
// nothing and names the field in Dutch.
#include "regional/libraryeditor.h"
#include "regional/participationeditor.h"
#include "regional/placementeditor.h"
#include "regional/regionalstore.h"
#include "regionalfixture.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/participationrepository.h"
#include "storage/sync/sqlitesyncstore.h"

#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QStringList kTables = {QStringLiteral("participations"), QStringLiteral("placements"),
                             QStringLiteral("library_participations"), QStringLiteral("settings"),
                             QStringLiteral("sync_outbox")};

struct Editors : RegionalFixture
{
    RegionalStore regional;
    std::unique_ptr<SqliteSyncStore> sync;
    Editors()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        // As on a device: every repository write also queues its outbox entry.
        QString error;
        sync = SqliteSyncStore::attach(*db, &error);
        INFO(error.toStdString());
        REQUIRE(sync);
        regional.setDeviceStore(store.get());
    }
    QStringList snapshotOfTables() const
    {
        QStringList out;
        for (const QString &t : kTables)
            out << dump(t);
        return out;
    }
    QUuid addOfficer(double contractFte)
    {
        BridgeOfficer o;
        o.userName = QStringLiteral("bf.test");
        o.displayName = QStringLiteral("Brugfunctionaris Test");
        o.employer = QStringLiteral("Welzijn Test");
        o.contractFte = contractFte;
        const WriteResult r = BridgeOfficerRepository(*db).saveOfficer(o);
        REQUIRE(r.ok());
        store->notifyLocalWrite({QStringLiteral("bridge_officer")});
        return r.id;
    }
};

} // namespace

TEST_CASE("ParticipationEditor changes a school's tier and start date")
{
    Editors f;
    ParticipationEditor editor;
    editor.setStore(&f.regional);
    editor.setSchoolYear(2026);
    editor.setVestiging(QStringLiteral("11AK00")); // Basisschool Anloo, 18 pupils
    CHECK_FALSE(editor.exists());
    CHECK(editor.startDate() == QStringLiteral("01-08-2026"));
    CHECK(editor.pupilsReached() == QStringLiteral("18"));

    editor.setTier(QStringLiteral("6h"));
    editor.setStartDate(QStringLiteral("1-10-2026"));
    QSignalSpy saved(&editor, &ParticipationEditor::saved);
    const int revision = f.regional.revision();
    REQUIRE(editor.save());
    CHECK(saved.count() == 1);
    CHECK(editor.errors().isEmpty());
    CHECK(f.regional.revision() > revision); // the screens re-read at once

    const auto stored = ParticipationRepository(*f.db).get(QStringLiteral("11AK00"), SchoolYear(2026));
    REQUIRE(stored);
    CHECK(f.dump(QStringLiteral("sync_outbox")).contains(QStringLiteral("participation")));
    CHECK(stored->tier == Tier::SixHours);
    CHECK(stored->startDate == QDate(2026, 10, 1));
    CHECK(stored->pupilsReached == 18);
    CHECK(f.regional.snapshot()->participation(QStringLiteral("11AK00"), SchoolYear(2026)) != nullptr);

    // Changing it again updates the same record.
    editor.setTier(QStringLiteral("2h"));
    REQUIRE(editor.save());
    CHECK(ParticipationRepository(*f.db).forSchool(QStringLiteral("11AK00")).size() == 1);
    CHECK(ParticipationRepository(*f.db).get(QStringLiteral("11AK00"), SchoolYear(2026))->tier ==
          Tier::TwoHours);
}

TEST_CASE("ParticipationEditor writes nothing when a rule is broken and says why in Dutch")
{
    Editors f;
    ParticipationEditor editor;
    editor.setStore(&f.regional);
    editor.setSchoolYear(2026);
    editor.setVestiging(QStringLiteral("11AK00"));
    const QStringList before = f.snapshotOfTables();

    SECTION("a start date outside the school year (core rule)")
    {
        editor.setStartDate(QStringLiteral("1-9-2027"));
        CHECK_FALSE(editor.save());
        REQUIRE(editor.errors().contains(QStringLiteral("startDate")));
        CHECK(editor.errors()
                  .value(QStringLiteral("startDate"))
                  .toString()
                  .contains(QStringLiteral("2026-2027")));
    }
    SECTION("more pupils than the school has (core rule)")
    {
        editor.setPupilsReached(QStringLiteral("500"));
        CHECK_FALSE(editor.save());
        REQUIRE(editor.errors().contains(QStringLiteral("pupilsReached")));
    }
    SECTION("text that is not a date or a number")
    {
        editor.setStartDate(QStringLiteral("volgende week"));
        editor.setPupilsReached(QStringLiteral("veel"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors()
                  .value(QStringLiteral("startDate"))
                  .toString()
                  .contains(QStringLiteral("volgende week")));
        CHECK(editor.errors()
                  .value(QStringLiteral("pupilsReached"))
                  .toString()
                  .contains(QStringLiteral("veel")));
    }
    SECTION("an unknown tier")
    {
        editor.setTier(QStringLiteral("4h"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors().contains(QStringLiteral("tier")));
    }
    CHECK(f.snapshotOfTables() == before);
}

TEST_CASE("PlacementEditor adds and changes placements within the officer's contract")
{
    Editors f;
    const QUuid officer = f.addOfficer(1.0);
    PlacementEditor editor;
    editor.setStore(&f.regional);
    editor.setVestiging(QStringLiteral("11AK00"));
    REQUIRE(editor.officerOptions().size() == 1);
    CHECK(editor.from() == QStringLiteral("27-11-2026")); // today

    editor.setOfficerId(officer.toString(QUuid::WithoutBraces));
    editor.setFte(QStringLiteral("0,6"));
    REQUIRE(editor.save());
    const auto placements = BridgeOfficerRepository(*f.db).placementsAt(QStringLiteral("11AK00"));
    REQUIRE(placements.size() == 1);
    CHECK(placements.first().fte == Approx(0.6));
    CHECK(placements.first().from == QDate(2026, 11, 27));
    CHECK(placements.first().to.isNull());

    // A second school for the same officer: 0.6 + 0.5 exceeds the 1.0 contract; nothing written.
    PlacementEditor other;
    other.setStore(&f.regional);
    other.setVestiging(QStringLiteral("11YV00"));
    other.setOfficerId(officer.toString(QUuid::WithoutBraces));
    other.setFte(QStringLiteral("0.5"));
    const QStringList before = f.snapshotOfTables();
    CHECK_FALSE(other.save());
    CHECK(other.errors().contains(QStringLiteral("fte")));
    CHECK(f.snapshotOfTables() == before);
    other.setFte(QStringLiteral("0,4"));
    REQUIRE(other.save());

    // Ending the first placement: edit keeps its id.
    REQUIRE(editor.startEdit(placements.first().meta.id.toString()));
    CHECK(editor.fte() == QStringLiteral("0,6"));
    editor.setTo(QStringLiteral("31-7-2027"));
    REQUIRE(editor.save());
    const auto after = BridgeOfficerRepository(*f.db).placementsAt(QStringLiteral("11AK00"));
    REQUIRE(after.size() == 1);
    CHECK(after.first().to == QDate(2027, 7, 31));
}

TEST_CASE("PlacementEditor refuses incomplete or inconsistent input without writing")
{
    Editors f;
    const QUuid officer = f.addOfficer(0.8);
    PlacementEditor editor;
    editor.setStore(&f.regional);
    editor.setVestiging(QStringLiteral("11AK00"));
    const QStringList before = f.snapshotOfTables();

    SECTION("no officer chosen")
    {
        editor.setFte(QStringLiteral("0,5"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors().contains(QStringLiteral("officerId")));
    }
    SECTION("end before start (core rule)")
    {
        editor.setOfficerId(officer.toString(QUuid::WithoutBraces));
        editor.setFte(QStringLiteral("0,5"));
        editor.setTo(QStringLiteral("1-1-2026"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors().contains(QStringLiteral("to")));
    }
    SECTION("FTE above the contract, and not a number")
    {
        editor.setOfficerId(officer.toString(QUuid::WithoutBraces));
        editor.setFte(QStringLiteral("0,9"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors().contains(QStringLiteral("fte")));
        editor.setFte(QStringLiteral("half"));
        CHECK_FALSE(editor.save());
        CHECK(editor.errors().value(QStringLiteral("fte")).toString().contains(QStringLiteral("half")));
    }
    CHECK(f.snapshotOfTables() == before);
}

TEST_CASE("LibraryEditor records the Bibliotheek op school status and refuses bad input")
{
    Editors f;
    LibraryEditor editor;
    editor.setStore(&f.regional);
    editor.setSchoolYear(2026);
    editor.setVestiging(QStringLiteral("11AK00"));
    CHECK(editor.status() == QStringLiteral("none"));

    const QStringList before = f.snapshotOfTables();
    editor.setStatus(QStringLiteral("active"));
    editor.setOrganisation(QStringLiteral("Biblionet Drenthe"));
    editor.setConsultantHours(QStringLiteral("50"));
    CHECK_FALSE(editor.save()); // at most 40 hours a week
    CHECK(editor.errors().contains(QStringLiteral("consultantHoursPerWeek")));
    CHECK(f.snapshotOfTables() == before);

    editor.setConsultantHours(QStringLiteral("4,5"));
    editor.setCollectionPresent(true);
    REQUIRE(editor.save());
    const LibraryParticipation *stored =
        f.regional.snapshot()->libraryStatus(QStringLiteral("11AK00"), SchoolYear(2026));
    REQUIRE(stored);
    CHECK(stored->status == LibraryStatus::Active);
    CHECK(stored->consultantHoursPerWeek == Approx(4.5));
    CHECK(stored->collectionPresent);
    CHECK_FALSE(stored->readingPlanAdopted);

    // Reloading shows what is stored.
    editor.setSchoolYear(2027);
    CHECK(editor.status() == QStringLiteral("none"));
    editor.setSchoolYear(2026);
    CHECK(editor.status() == QStringLiteral("active"));
    CHECK(editor.organisation() == QStringLiteral("Biblionet Drenthe"));
}
