#include "storage/migrations.h"
#include "storagetestsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

void execOrFail(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    INFO(q.lastError().text().toStdString());
}

// Data as release 1 (schema version 1) would have written it.
void fillVersion1(Database &db)
{
    execOrFail(db,
               "INSERT INTO municipalities (id, hlc, code, name, province, population) VALUES "
               "('0190c3a0-0000-7000-8000-000000000001', 'h1', 'GM0014', 'Groningen', 'Groningen', 244441)");
    execOrFail(db,
               "INSERT INTO schools (id, hlc, vestiging, brin, name, school_type, municipality_code, pupils, "
               "lat, lon) VALUES ('0190c3a0-0000-7000-8000-000000000002', 'h2', '11AK00', '11AK', "
               "'Basisschool Anloo', 'bao', 'GM0014', 18, 53.04, 6.69)");
    execOrFail(
        db,
        "INSERT INTO enrichment_sessions (id, hlc, vestiging, date, domain, hours, pupils) VALUES "
        "('0190c3a0-0000-7000-8000-000000000003', 'h3', '11AK00', '2025-10-01', 'kunst_en_cultuur', 2, 18)");
}

int userVersionOf(const QString &path)
{
    const QString name = QStringLiteral("raw-%1").arg(path);
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

TEST_CASE("a new database is created at the newest schema version without a backup", "[storage][migrations]")
{
    TempDatabase t;
    CHECK(t.db->schemaVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 3);
    for (int v = 0; v <= latestSchemaVersion(); ++v)
        CHECK_FALSE(QFile::exists(migrationBackupPath(t.path(), v)));
}

TEST_CASE("migration steps are numbered 1, 2, 3, ... without gaps", "[storage][migrations]")
{
    const auto &steps = migrationSteps();
    for (int i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == i + 1);
        CHECK_FALSE(steps[i].description.isEmpty());
    }
}

TEST_CASE("a version-1 database migrates to the newest version with its data intact", "[storage][migrations]")
{
    DatabaseOptions v1;
    v1.targetVersion = 1;
    TempDatabase t(v1);
    REQUIRE(t.db->schemaVersion() == 1);
    const QString deviceId = t.db->deviceId();
    fillVersion1(*t.db);
    // Version 1 has no CHECK on school types yet: the rebuild in step 3 must carry rows over as they are.
    REQUIRE(t.reopen());

    CHECK(t.db->schemaVersion() == latestSchemaVersion());
    CHECK(t.db->deviceId() == deviceId);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec("SELECT s.id, s.hlc, s.name, s.pupils, s.lat, m.name FROM schools s "
                   "JOIN municipalities m ON m.code = s.municipality_code"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "0190c3a0-0000-7000-8000-000000000002");
    CHECK(q.value(1).toString() == "h2");
    CHECK(q.value(2).toString() == "Basisschool Anloo");
    CHECK(q.value(3).toInt() == 18);
    CHECK(q.value(4).toDouble() == 53.04);
    CHECK(q.value(5).toString() == "Groningen");
    CHECK(rowCount(*t.db, "enrichment_sessions") == 1);

    // Version 2's indexes and version 3's constraints are in place.
    REQUIRE(q.exec("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                   "'enrichment_sessions_school_date'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK_FALSE(
        q.exec("INSERT INTO schools (id, hlc, vestiging, brin, name, school_type, municipality_code, lat, "
               "lon) VALUES ('x', 'h', '22BB00', '22BB', 'X', 'mbo', 'GM0014', 53, 6)"));
    // Foreign keys still hold after the rebuild: a session for an unknown school is refused.
    CHECK_FALSE(
        q.exec("INSERT INTO enrichment_sessions (id, hlc, vestiging, date, domain, hours, pupils) VALUES "
               "('y', 'h', '99ZZ00', '2025-10-01', 'kunst_en_cultuur', 2, 18)"));
}

TEST_CASE("a copy of the database is made before a destructive step", "[storage][migrations]")
{
    DatabaseOptions v2;
    v2.targetVersion = 2;
    TempDatabase t(v2);
    fillVersion1(*t.db);
    const QString backup = migrationBackupPath(t.path(), 2);
    CHECK_FALSE(QFile::exists(backup));
    REQUIRE(t.reopen());
    CHECK(t.db->schemaVersion() == latestSchemaVersion());
    REQUIRE(QFile::exists(backup));
    CHECK(userVersionOf(backup) == 2);

    // The copy is a complete database at version 2 that opens and migrates like the original did.
    const QString restored = t.dir.filePath("restored.db");
    REQUIRE(QFile::copy(backup, restored));
    QString error;
    auto db = Database::open(restored, &error);
    REQUIRE(db);
    CHECK(rowCount(*db, "schools") == 1);
    CHECK(rowCount(*db, "enrichment_sessions") == 1);
}

TEST_CASE("a failing migration step leaves the database at its old version", "[storage][migrations]")
{
    DatabaseOptions v2;
    v2.targetVersion = 2;
    TempDatabase t(v2);
    fillVersion1(*t.db);
    // A row version 3's constraints refuse: the rebuild fails and must roll back completely.
    execOrFail(*t.db,
               "INSERT INTO schools (id, hlc, vestiging, brin, name, school_type, municipality_code, lat, "
               "lon) VALUES ('0190c3a0-0000-7000-8000-000000000009', 'h', '22BB00', '22BB', 'X', 'mbo', "
               "'GM0014', 53, 6)");
    const QString before = contentDump(*t.db);
    t.db.reset();

    QString error;
    auto db = Database::open(t.path(), &error);
    CHECK_FALSE(db);
    CHECK(error.contains("schema version 3"));
    CHECK(userVersionOf(t.path()) == 2);

    DatabaseOptions again = v2;
    REQUIRE(t.reopen(again));
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("a database newer than the program is refused and left alone", "[storage][migrations]")
{
    TempDatabase t;
    execOrFail(*t.db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    t.db.reset();

    QString error;
    auto db = Database::open(t.path(), &error);
    CHECK_FALSE(db);
    CHECK(error.contains("newer than this program supports"));
    CHECK(userVersionOf(t.path()) == latestSchemaVersion() + 1);
}
