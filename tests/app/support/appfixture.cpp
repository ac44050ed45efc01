#include "appfixture.h"

#include "coordinator/sessionrecords.h"
#include "storage/participationrepository.h"
#include "storage/schoolregistry.h"

#include <catch2/catch.hpp>

namespace verrijkt::testing {

AppFixture::AppFixture()
{
    REQUIRE(dir.isValid());
    QString error;
    db = Database::open(dir.filePath(QStringLiteral("device.db")), &error);
    REQUIRE(db);
    sync = SqliteSyncStore::attach(*db, &error);
    REQUIRE(sync);
    SchoolRegistry registry(*db);
    REQUIRE(registry
                .upsertMunicipality({QStringLiteral("GM1680"), QStringLiteral("Aa en Hunze"),
                                     QStringLiteral("Drenthe"), 25000})
                .ok());
    SchoolLocation anloo;
    anloo.vestiging = QString::fromLatin1(kSchool);
    anloo.brin = QStringLiteral("11AK");
    anloo.name = QStringLiteral("Basisschool Anloo");
    anloo.municipalityCode = QStringLiteral("GM1680");
    anloo.city = QStringLiteral("Anloo");
    anloo.pupils = 120;
    anloo.lat = 53.04;
    anloo.lon = 6.69;
    REQUIRE(registry.upsert(anloo).ok());
    SchoolLocation eshoek = anloo;
    eshoek.vestiging = QString::fromLatin1(kOtherSchool);
    eshoek.brin = QStringLiteral("11YV");
    eshoek.name = QStringLiteral("Basisschool de Eshoek");
    eshoek.pupils = 259;
    REQUIRE(registry.upsert(eshoek).ok());

    Participation p;
    p.vestiging = anloo.vestiging;
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = 100;
    const WriteResult written = ParticipationRepository(*db).save(p);
    INFO(written.storageError.toStdString());
    REQUIRE(written.ok());
}

void AppFixture::close()
{
    sync.reset();
    db.reset();
}

QUuid AppFixture::addSession(const QDate &date, double hours, int pupils, const QString &user,
                             const QString &provider)
{
    EnrichmentSession s;
    s.vestiging = QString::fromLatin1(kSchool);
    s.date = date;
    s.domain = ActivityDomain::SportEnBewegen;
    s.provider = provider;
    s.hours = hours;
    s.pupils = pupils;
    s.groups = 0b1100;
    s.recordedBy = user;
    const WriteResult r = sessionrecords::append(*db, s, QDate(2027, 7, 31));
    REQUIRE(r.ok());
    return r.id;
}

} // namespace verrijkt::testing
