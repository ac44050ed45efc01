#include "storage/database.h"
#include "storagetestsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec("PRAGMA " + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

bool insertSetting(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'x')").arg(key));
}

} // namespace

TEST_CASE("the database runs in WAL mode with foreign keys and a busy timeout", "[storage][database]")
{
    TempDatabase t;
    CHECK(pragma(*t.db, "journal_mode") == "wal");
    CHECK(pragma(*t.db, "foreign_keys") == "1");
    CHECK(pragma(*t.db, "busy_timeout").toInt() == 5000);
    // Statement journals in memory, checkpoints at 10,000 WAL pages and the WAL cut back after
    // them: the device's initial pull depends on these (docs/sync-testing.md).
    CHECK(pragma(*t.db, "temp_store") == "2");
    CHECK(pragma(*t.db, "wal_autocheckpoint").toInt() == 10000);
    CHECK(pragma(*t.db, "journal_size_limit").toInt() == 8388608);
    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec(
        "INSERT INTO schools (id, hlc, vestiging, brin, name, school_type, municipality_code, lat, lon) "
        "VALUES ('a', 'h', '11AK00', '11AK', 'X', 'bao', 'GM9999', 53, 6)"));
}

TEST_CASE("two instances on one file coexist on their own connections", "[storage][database]")
{
    TempDatabase t;
    QString error;
    auto second = Database::open(t.path(), &error);
    REQUIRE(second);
    CHECK(second->connection().connectionName() != t.db->connection().connectionName());
    CHECK(second->deviceId() == t.db->deviceId());
    REQUIRE(insertSetting(*t.db, "written_by_first"));
    CHECK(second->setting("written_by_first") == QString("x"));
}

TEST_CASE("statements kept per connection leave no read snapshot open", "[storage][database]")
{
    TempDatabase t;
    QString error;
    DatabaseOptions options;
    options.busyTimeoutMs = 50;
    auto other = Database::open(t.path(), &error, options);
    REQUIRE(other);
    REQUIRE(t.db->setSetting(QStringLiteral("k"), QStringLiteral("1")));
    // Reads and writes through the kept statements, then another connection writes and checkpoints
    // the whole WAL: a statement left mid-result would hold a snapshot and make it busy.
    CHECK(t.db->setting(QStringLiteral("k")) == QString("1"));
    QSqlQuery &count = t.db->cached(QStringLiteral("SELECT COUNT(*) FROM settings"));
    REQUIRE(count.exec());
    REQUIRE(count.next());
    count.finish();
    REQUIRE(other->setSetting(QStringLiteral("k"), QStringLiteral("2")));
    CHECK(t.db->setting(QStringLiteral("k")) == QString("2"));
    QSqlQuery checkpoint(other->connection());
    REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(checkpoint.next());
    CHECK(checkpoint.value(0).toInt() == 0); // not blocked by a reader
    // The same SQL gives the same prepared statement; a failed prepare is tried again later.
    CHECK(&t.db->cached(QStringLiteral("SELECT COUNT(*) FROM settings")) == &count);
    QSqlQuery &late = t.db->cached(QStringLiteral("SELECT COUNT(*) FROM created_later"));
    CHECK_FALSE(late.exec());
    QSqlQuery ddl(t.db->connection());
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE created_later (x)")));
    QSqlQuery &again = t.db->cached(QStringLiteral("SELECT COUNT(*) FROM created_later"));
    CHECK(again.exec());
    again.finish();
}

TEST_CASE("the device id and the clock survive a restart", "[storage][database]")
{
    std::int64_t wall = 1'800'000'000'000;
    DatabaseOptions options;
    options.wallClock = [&wall] { return wall; };
    TempDatabase t(options);
    const QString device = t.db->deviceId();
    CHECK_FALSE(device.isEmpty());
    CHECK(t.db->setting("device_id") == device);

    HlcTimestamp stamped;
    {
        Transaction tx(*t.db);
        stamped = t.db->stamp();
        REQUIRE(tx.commit());
    }
    CHECK(stamped.node == device);
    CHECK(t.db->setting("last_hlc") == stamped.toString());

    // After a restart with the wall clock behind, the clock still moves forward.
    wall -= 60'000;
    REQUIRE(t.reopen(options));
    CHECK(t.db->deviceId() == device);
    CHECK(t.db->stamp() > stamped);
}

TEST_CASE("transactions roll back unless committed and nest as savepoints", "[storage][database]")
{
    TempDatabase t;
    {
        Transaction tx(*t.db);
        REQUIRE(tx.ok());
        REQUIRE(insertSetting(*t.db, "dropped"));
    }
    CHECK_FALSE(t.db->setting("dropped"));

    {
        Transaction outer(*t.db);
        REQUIRE(insertSetting(*t.db, "outer"));
        {
            Transaction inner(*t.db);
            REQUIRE(insertSetting(*t.db, "inner_rolled_back"));
        }
        {
            Transaction inner(*t.db);
            REQUIRE(insertSetting(*t.db, "inner_kept"));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(t.db->setting("outer"));
    CHECK(t.db->setting("inner_kept"));
    CHECK_FALSE(t.db->setting("inner_rolled_back"));
}

TEST_CASE("a write listener that fails rolls the write back", "[storage][database]")
{
    TempDatabase t;
    int calls = 0;
    t.db->setWriteListener([&](const RowWrite &, QString *error) {
        ++calls;
        *error = "outbox full";
        return false;
    });
    QString error;
    CHECK_FALSE(t.db->notifyWrite(RowWrite{}, &error));
    CHECK(error == "outbox full");
    CHECK(calls == 1);
}

TEST_CASE("two instances on one file never hand out the same clock value", "[storage][database]")
{
    std::int64_t wall = 1'800'000'000'000;
    DatabaseOptions options;
    options.wallClock = [&wall] { return wall; };
    TempDatabase t(options);
    QString error;
    auto second = Database::open(t.path(), &error, options);
    REQUIRE(second);
    HlcTimestamp previous;
    for (int i = 0; i < 6; ++i) {
        Database &db = i % 2 == 0 ? *t.db : *second;
        Transaction tx(db);
        const HlcTimestamp now = db.stamp();
        REQUIRE(tx.commit());
        CHECK(now > previous);
        previous = now;
    }
}
