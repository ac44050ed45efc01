// The regional team's models on a hand-made snapshot and on the real register.
#include "regional/dashboardmodel.h"
#include "regional/regionalstore.h"
#include "regional/schoolfiltermodel.h"
#include "regional/schoollistmodel.h"
#include "regional/schoolprogrammes.h"
#include "regionalfixture.h"
#include "storage/participationrepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

struct SmallStore
{
    RegionalStore store;
    SmallStore()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        store.setToday(QDate(2026, 11, 27));
        store.setSnapshot(smallSnapshot());
    }
};

QString roleAt(const QAbstractItemModel &m, int row, int role)
{
    return m.data(m.index(row, 0), role).toString();
}

} // namespace

TEST_CASE("SchoolListModel shows every location with its programmes in the chosen year")
{
    SmallStore f;
    SchoolListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSchoolYear(2026);
    model.setStore(&f.store);
    REQUIRE(model.rowCount() == 4);

    // Sorted by name: 't Klooster, De Zonnebloem, Het Rijdend Werk, Sint-Jozefschool.
    const int zonnebloem = model.rowOf(QStringLiteral("01AA00"));
    REQUIRE(zonnebloem >= 0);
    const QModelIndex i = model.index(zonnebloem);
    CHECK(i.data(SchoolListModel::NameRole).toString() == QStringLiteral("De Zonnebloem"));
    CHECK(i.data(SchoolListModel::MunicipalityNameRole).toString() == QStringLiteral("Zuiderdorp"));
    CHECK(i.data(SchoolListModel::TierRole).toString() == QStringLiteral("6h"));
    CHECK(i.data(SchoolListModel::WaveRole).toInt() == 0);
    CHECK(i.data(SchoolListModel::PlacedFteRole).toDouble() == Approx(0.6));
    CHECK(i.data(SchoolListModel::LibraryStatusRole).toString() == QStringLiteral("active"));
    CHECK(i.data(SchoolListModel::PupilsRole).toInt() == 100);

    const QModelIndex so = model.index(model.rowOf(QStringLiteral("02DD00")));
    CHECK(so.data(SchoolListModel::TierRole).toString() == QStringLiteral("none"));
    CHECK(so.data(SchoolListModel::SchoolTypeRole).toString() == QStringLiteral("so"));
    CHECK(so.data(SchoolListModel::LibraryStatusRole).toString() == QStringLiteral("none"));

    // Another year: 02CC00 has no participation recorded for 2027-2028, and its placement ended.
    QSignalSpy refreshed(&model, &SchoolListModel::rowsRefreshed);
    model.setSchoolYear(2027);
    CHECK(refreshed.count() == 1);
    const QModelIndex later = model.index(model.rowOf(QStringLiteral("02CC00")));
    CHECK(later.data(SchoolListModel::TierRole).toString() == QStringLiteral("none"));
    CHECK(later.data(SchoolListModel::PlacedFteRole).toDouble() == 0.0);
    CHECK(model.rowOf(QStringLiteral("99ZZ00")) == -1);
}

TEST_CASE("SchoolFilterModel searches name, city and code and filters municipality, type and tier")
{
    SmallStore f;
    SchoolListModel source;
    source.setSchoolYear(2026);
    source.setStore(&f.store);
    SchoolFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&source);
    CHECK(filter.count() == 4);

    SECTION("text: every word must occur, case and accents ignored, hyphens split words")
    {
        filter.setSearchText(QStringLiteral("jozef"));
        REQUIRE(filter.count() == 1);
        CHECK(filter.vestigingAt(0) == QStringLiteral("01BB00"));
        filter.setSearchText(QStringLiteral("ezinge klooster"));
        REQUIRE(filter.count() == 1);
        CHECK(filter.vestigingAt(0) == QStringLiteral("02DD00"));
        filter.setSearchText(QStringLiteral("02cc"));
        REQUIRE(filter.count() == 1);
        CHECK(filter.vestigingAt(0) == QStringLiteral("02CC00"));
        filter.setSearchText(QStringLiteral("zuiderdorp"));
        CHECK(filter.count() == 2);
        filter.setSearchText(QStringLiteral("zuiderdorp klooster"));
        CHECK(filter.count() == 0);
        CHECK(filter.vestigingAt(0).isEmpty());
        filter.setSearchText(QString());
        CHECK(filter.count() == 4);
    }
    SECTION("municipality, type and tier combine")
    {
        QSignalSpy counted(&filter, &SchoolFilterModel::countChanged);
        filter.setMunicipalityCode(QStringLiteral("GM0002"));
        CHECK(filter.count() == 2);
        CHECK(counted.count() >= 1);
        filter.setSchoolType(QStringLiteral("bao"));
        REQUIRE(filter.count() == 1);
        CHECK(filter.vestigingAt(0) == QStringLiteral("02CC00"));
        filter.setTier(QStringLiteral("6h"));
        CHECK(filter.count() == 0);
        filter.setMunicipalityCode(QString());
        filter.setSchoolType(QString());
        REQUIRE(filter.count() == 1);
        CHECK(filter.vestigingAt(0) == QStringLiteral("01AA00"));
    }
}

TEST_CASE("SchoolFilterModel on the real register")
{
    RegionalFixture f;
    RegionalStore store;
    store.setDeviceStore(f.store.get());
    REQUIRE(store.lastError().isEmpty());
    SchoolListModel source;
    source.setStore(&store);
    CHECK(source.rowCount() == 329);
    SchoolFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&source);

    filter.setSchoolType(QStringLiteral("sbo"));
    CHECK(filter.count() == 11); // the register's README: 11 sbo locations
    filter.setSchoolType(QString());
    filter.setMunicipalityCode(QStringLiteral("GM1680")); // Aa en Hunze
    const int aaEnHunze = filter.count();
    CHECK(aaEnHunze > 5);
    for (int row = 0; row < filter.count(); ++row)
        CHECK(roleAt(filter, row, SchoolListModel::MunicipalityNameRole) == QStringLiteral("Aa en Hunze"));
    filter.setSearchText(QStringLiteral("anloo"));
    REQUIRE(filter.count() == 1);
    CHECK(filter.vestigingAt(0) == QStringLiteral("11AK00"));
}

TEST_CASE("SchoolListModel follows writes announced by the device store")
{
    RegionalFixture f;
    RegionalStore store;
    store.setDeviceStore(f.store.get());
    SchoolListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSchoolYear(2026);
    model.setStore(&store);
    const int row = model.rowOf(QStringLiteral("11AK00"));
    REQUIRE(row >= 0);
    CHECK(model.index(row).data(SchoolListModel::TierRole).toString() == QStringLiteral("none"));

    Participation p;
    p.vestiging = QStringLiteral("11AK00");
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::SixHours;
    p.startDate = QDate(2026, 10, 1);
    p.pupilsReached = 18;
    REQUIRE(ParticipationRepository(*f.db).save(p).ok());
    // Unrelated entities do not make the store re-read; a participation does.
    const int revision = store.revision();
    f.store->notifyChanged({QStringLiteral("family_contact")});
    CHECK(store.revision() == revision);
    f.store->notifyLocalWrite({QStringLiteral("participation")});
    CHECK(store.revision() == revision + 1);
    CHECK(model.index(model.rowOf(QStringLiteral("11AK00"))).data(SchoolListModel::TierRole).toString() ==
          QStringLiteral("6h"));
}

TEST_CASE("SchoolProgrammes shows the three programmes at one school")
{
    SmallStore f;
    SchoolProgrammes page;
    QAbstractItemModelTester t1(page.participations(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(page.placements(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(page.library(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setStore(&f.store);
    page.setVestiging(QStringLiteral("01AA00"));
    REQUIRE(page.found());
    CHECK(page.name() == QStringLiteral("De Zonnebloem"));
    CHECK(page.municipalityName() == QStringLiteral("Zuiderdorp"));
    CHECK_FALSE(page.planText().isEmpty());

    RecordListModel *p = page.participations();
    REQUIRE(p->count() == 2);
    CHECK(p->get(0, QStringLiteral("schoolYearLabel")).toString() == QStringLiteral("2025-2026"));
    CHECK(p->get(1, QStringLiteral("tier")).toString() == QStringLiteral("6h"));
    CHECK(p->get(1, QStringLiteral("entitled")).toDouble() == Approx(24000));
    CHECK(p->get(1, QStringLiteral("delivered")).toDouble() == Approx(12000));
    CHECK(p->get(1, QStringLiteral("realisationText")).toString() == QStringLiteral("50,0 %"));

    RecordListModel *pl = page.placements();
    REQUIRE(pl->count() == 1);
    CHECK(pl->get(0, QStringLiteral("officerName")).toString() == QStringLiteral("Brugfunctionaris Janssen"));
    CHECK(pl->get(0, QStringLiteral("fte")).toDouble() == Approx(0.6));
    CHECK(pl->get(0, QStringLiteral("to")).toString().isEmpty());
    CHECK(pl->get(0, QStringLiteral("activeToday")).toBool());

    RecordListModel *lib = page.library();
    REQUIRE(lib->count() == 1);
    CHECK(lib->get(0, QStringLiteral("status")).toString() == QStringLiteral("active"));

    page.setVestiging(QStringLiteral("02DD00"));
    CHECK(page.found());
    CHECK(page.participations()->count() == 0);
    CHECK(page.placements()->count() == 0);
    page.setVestiging(QStringLiteral("99ZZ00"));
    CHECK_FALSE(page.found());
    CHECK(page.name().isEmpty());
}
