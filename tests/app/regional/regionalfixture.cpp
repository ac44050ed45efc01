#include "regionalfixture.h"

#include "storage/registerimporter.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace verrijkt::testing {

QString RegionalFixture::sharedFile(const char *name)
{
    return QStringLiteral(VERRIJKT_SHARED_DATA "/") + QLatin1String(name);
}

RegionalFixture::RegionalFixture()
{
    REQUIRE(dir.isValid());
    QString error;
    db = Database::open(dir.filePath(QStringLiteral("regional.db")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    RegisterImporter importer(*db);
    REQUIRE(
        importer.importFile(RegisterImporter::File::Municipalities, sharedFile("municipalities.csv")).ok());
    REQUIRE(importer.importFile(RegisterImporter::File::Schools, sharedFile("schools_region.csv")).ok());
    REQUIRE(importer.importFile(RegisterImporter::File::WaveZero, sharedFile("tvt_known_schools.csv")).ok());
    store = std::make_unique<DeviceStore>(db.get());
    store->setToday(QDate(2026, 11, 27));
}

qint64 RegionalFixture::rows(const QString &table) const
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString RegionalFixture::dump(const QString &table) const
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
    QStringList lines;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

RegionalSnapshot smallSnapshot()
{
    RegionalSnapshot s;
    s.municipalities = {
        {QStringLiteral("GM0001"), QStringLiteral("Zuiderdorp"), QStringLiteral("Groningen"), 1000},
        {QStringLiteral("GM0002"), QStringLiteral("Noorderdorp"), QStringLiteral("Groningen"), 2000}};
    auto school = [](const char *vestiging, const char *name, const char *city, const char *municipality,
                     SchoolType type, int pupils, double lat, double lon) {
        SchoolLocation l;
        l.vestiging = QLatin1String(vestiging);
        l.brin = l.vestiging.left(4);
        l.name = QString::fromUtf8(name);
        l.city = QString::fromUtf8(city);
        l.municipalityCode = QLatin1String(municipality);
        l.type = type;
        l.pupils = pupils;
        l.lat = lat;
        l.lon = lon;
        return l;
    };
    s.schools = {
        school("01AA00", "De Zonnebloem", "Zuiderdorp", "GM0001", SchoolType::Bao, 100, 53.10, 6.50),
        school("01BB00", "Sint-Jozefschool", "Zuiderdorp", "GM0001", SchoolType::Sbo, 50, 53.11, 6.52),
        school("02CC00", "Het Rijdend Werk", "Noorderhoogebrug", "GM0002", SchoolType::Bao, 200, 53.30, 6.60),
        school("02DD00", "'t Klooster", "Ézinge", "GM0002", SchoolType::So, 40, 53.31, 6.62)};
    auto plan = [](const char *vestiging, int wave, Tier tier) {
        PlanEntry e;
        e.vestiging = QLatin1String(vestiging);
        e.wave = wave;
        e.tier = tier;
        return e;
    };
    // 2025-2026: 01AA00; 2026-2027: + 02CC00; 2027-2028: + 01BB00 (6 h); 2028-2029: + 02DD00 (6 h).
    s.plan = {plan("01AA00", 0, Tier::SixHours), plan("02CC00", 1, Tier::TwoHours),
              plan("01BB00", 2, Tier::SixHours), plan("02DD00", 3, Tier::SixHours)};
    auto participation = [](const char *vestiging, int year, Tier tier, QDate start, int pupils) {
        Participation p;
        p.vestiging = QLatin1String(vestiging);
        p.schoolYear = SchoolYear(year);
        p.tier = tier;
        p.startDate = start;
        p.pupilsReached = pupils;
        return p;
    };
    // Entitled in 2026-2027 (40 teaching weeks from 1 August): 01AA00 6 h x 40 x 100 = 24,000;
    // 02CC00 2 h x 40 x 200 = 16,000 pupil-hours.
    s.participations = {participation("01AA00", 2025, Tier::SixHours, QDate(2025, 8, 1), 100),
                        participation("01AA00", 2026, Tier::SixHours, QDate(2026, 8, 1), 100),
                        participation("02CC00", 2026, Tier::TwoHours, QDate(2026, 8, 1), 200)};
    s.deliveries = {{QStringLiteral("01AA00"), SchoolYear(2026), 12000},
                    {QStringLiteral("02CC00"), SchoolYear(2026), 12000},
                    {QStringLiteral("01AA00"), SchoolYear(2025), 20000}};
    BridgeOfficer officer;
    officer.meta.id = QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-000000000001}"));
    officer.userName = QStringLiteral("bf.janssen");
    officer.displayName = QStringLiteral("Brugfunctionaris Janssen");
    officer.employer = QStringLiteral("Welzijn Noord");
    officer.contractFte = 1.0;
    s.officers = {officer};
    Placement a;
    a.meta.id = QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000a1}"));
    a.officerId = officer.meta.id;
    a.vestiging = QStringLiteral("01AA00");
    a.fte = 0.6;
    a.from = QDate(2026, 9, 1);
    Placement b = a;
    b.meta.id = QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000b2}"));
    b.vestiging = QStringLiteral("02CC00");
    b.fte = 0.4;
    b.to = QDate(2027, 7, 31);
    s.placements = {a, b};
    auto library = [](const char *vestiging, int year, LibraryStatus status) {
        LibraryParticipation lp;
        lp.vestiging = QLatin1String(vestiging);
        lp.schoolYear = SchoolYear(year);
        lp.status = status;
        lp.libraryOrganisation = QStringLiteral("Biblionet Groningen");
        return lp;
    };
    s.library = {library("01AA00", 2026, LibraryStatus::Active),
                 library("01BB00", 2026, LibraryStatus::Intake),
                 library("02CC00", 2026, LibraryStatus::AgreementSigned)};
    s.reindex();
    return s;
}

} // namespace verrijkt::testing
