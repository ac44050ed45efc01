// Pull answers as the server writes them: straight from the stored JSON (schema version 2 stores
// records in their wire form), with `head` and `remaining` for progress, and idle pulls that
// write nothing.
#include "server/pullservice.h"
#include "server/servermigrations.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::server;
using namespace verrijkt::testing;

namespace {

// A connection of our own, beside the server's, to build or inspect a database directly.
class RawConnection
{
public:
    explicit RawConnection(const StoreConfig &config)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db;
        if (config.backend == Backend::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(config.sqlitePath);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            const auto params = *parseConnInfo(config.pgConnInfo);
            db.setHostName(params.value(QStringLiteral("host")));
            db.setPort(params.value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
            db.setDatabaseName(params.value(QStringLiteral("dbname")));
            db.setUserName(params.value(QStringLiteral("user")));
            db.setPassword(params.value(QStringLiteral("password")));
        }
        REQUIRE(db.open());
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        INFO(sql.toStdString());
        if (values.isEmpty()) { // PostgreSQL cannot prepare DDL
            const bool ok = q.exec(sql);
            INFO(q.lastError().text().toStdString());
            REQUIRE(ok);
            return;
        }
        REQUIRE(q.prepare(sql));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        const bool ok = q.exec();
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }

private:
    QString m_name;
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 number(const Reply &r, const char *name)
{
    return static_cast<qint64>(r.json.value(QLatin1String(name)).toDouble(-1));
}

} // namespace

TEST_CASE("a version 1 database is migrated to records in their wire form", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    const QString schoolId = newId();
    const QString sessionId = newId();
    const QString early = hlcAt(kStartMillis - 5000);
    const QString late = hlcAt(kStartMillis - 1000);
    // Before the server opens it: a version 1 database as the previous release wrote it, with the
    // tombstone flag inside `fields` and an append-only record's clock repeated per field.
    TestServer t(backend, [&](ServerOptions &options) {
        RawConnection raw(options.store);
        raw.exec(QStringLiteral("CREATE TABLE server_schema (version INTEGER NOT NULL)"));
        const QList<QStringList> steps = serverMigrations(options.store.backend);
        for (const QString &sql : steps.at(0))
            raw.exec(sql);
        raw.exec(QStringLiteral("INSERT INTO server_schema (version) VALUES (1)"));
        QJsonObject schoolValues = schoolFields(QStringLiteral("11AK00"));
        QJsonObject schoolHlc;
        for (auto it = schoolValues.constBegin(); it != schoolValues.constEnd(); ++it)
            schoolHlc.insert(it.key(), early);
        schoolHlc.insert(QStringLiteral("deleted"), late);
        schoolValues.insert(QStringLiteral("deleted"), true);
        const QString insert = QStringLiteral(
            "INSERT INTO records (id, entity, fields, field_hlc, deleted, school, owner, natural_key, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
        raw.exec(insert, {schoolId, QStringLiteral("school"), compact(schoolValues), compact(schoolHlc), 1,
                          QStringLiteral("11AK00"), 1});
        const QJsonObject session = sessionFields(QStringLiteral("11AK00"), QStringLiteral("anna"));
        QJsonObject sessionHlc;
        for (auto it = session.constBegin(); it != session.constEnd(); ++it)
            sessionHlc.insert(it.key(), it.key() == QLatin1String("hours") ? late : early);
        raw.exec(insert, {sessionId, QStringLiteral("enrichment_session"), compact(session),
                          compact(sessionHlc), 0, QStringLiteral("11AK00"), 2});
        raw.exec(QStringLiteral("UPDATE change_seq SET last_seq = 2 WHERE id = 1"));
    });
    const QString admin = t.adminToken();
    CHECK(t.server().store().schemaVersion() == serverMigrations(t.server().store().backend()).size());

    qint64 cursor = 0;
    const QJsonArray changes = t.pullAll(admin, QStringLiteral("p"), &cursor);
    REQUIRE(changes.size() == 2);
    const QJsonObject school = changeFor(changes, schoolId);
    CHECK(school.value(QLatin1String("deleted")).toBool());
    CHECK_FALSE(school.value(QLatin1String("fields")).toObject().contains(QLatin1String("deleted")));
    CHECK(school.value(QLatin1String("fields")).toObject().value(QLatin1String("name")) ==
          schoolFields(QStringLiteral("11AK00")).value(QLatin1String("name")));
    CHECK(school.value(QLatin1String("hlc")).toObject().value(QLatin1String("deleted")).toString() == late);
    const QJsonObject session = changeFor(changes, sessionId);
    CHECK(session.value(QLatin1String("hlc")).toObject() == QJsonObject{{QStringLiteral("record"), late}});
    CHECK(session.value(QLatin1String("fields")).toObject().value(QLatin1String("recorded_by")).toString() ==
          QLatin1String("anna"));

    // The tombstone still merges by its clock: an older "undelete" loses, a newer one wins and
    // brings the record back with the fields it had.
    const QString older = hlcAt(kStartMillis - 3000, QStringLiteral("dev-b"));
    Reply r = t.push(admin, QStringLiteral("dev-b"),
                     {mutation(QStringLiteral("school"), QStringLiteral("upsert"), schoolId,
                               {{QStringLiteral("deleted"), false}}, older)});
    REQUIRE(r.status == 200);
    QJsonArray after = t.pullAll(admin, QStringLiteral("p"), &cursor);
    CHECK(after.isEmpty()); // nothing changed
    const QString newer = hlcAt(kStartMillis, QStringLiteral("dev-b"));
    r = t.push(admin, QStringLiteral("dev-b"),
               {mutation(QStringLiteral("school"), QStringLiteral("upsert"), schoolId,
                         {{QStringLiteral("deleted"), false}}, newer)});
    REQUIRE(r.status == 200);
    CHECK(r.array("acks").at(0).toObject().value(QLatin1String("status")).toString() ==
          QLatin1String("applied"));
    after = t.pullAll(admin, QStringLiteral("p"), &cursor);
    REQUIRE(after.size() == 1);
    CHECK_FALSE(after.at(0).toObject().value(QLatin1String("deleted")).toBool());
    CHECK(
        after.at(0).toObject().value(QLatin1String("fields")).toObject().value(QLatin1String("vestiging")) ==
        QJsonValue(QStringLiteral("11AK00")));
}

TEST_CASE("pull answers carry head and remaining, counting down page by page", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    QJsonArray batch;
    for (int i = 0; i < 7; ++i)
        batch.append(mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                              schoolFields(QStringLiteral("11AK%1").arg(i, 2, 10, QLatin1Char('0'))),
                              hlcAt(kStartMillis)));
    REQUIRE(t.push(admin, QStringLiteral("d"), batch).status == 200);

    Reply page = t.get(QStringLiteral("/api/sync/pull?device=p&limit=3"), admin);
    CHECK(number(page, "head") == 7);
    CHECK(number(page, "remaining") == 4);
    page =
        t.get(QStringLiteral("/api/sync/pull?device=p&limit=3&cursor=%1").arg(number(page, "cursor")), admin);
    CHECK(number(page, "remaining") == 1);
    // Changes committed meanwhile are counted in.
    REQUIRE(t.push(admin, QStringLiteral("d"),
                   {mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), newId(),
                             municipalityFields(), hlcAt(kStartMillis))})
                .status == 200);
    page =
        t.get(QStringLiteral("/api/sync/pull?device=p&limit=1&cursor=%1").arg(number(page, "cursor")), admin);
    CHECK(page.array("changes").size() == 1);
    CHECK(number(page, "head") == 8);
    CHECK(number(page, "remaining") == 1);
    page =
        t.get(QStringLiteral("/api/sync/pull?device=p&limit=3&cursor=%1").arg(number(page, "cursor")), admin);
    CHECK(page.array("changes").size() == 1);
    CHECK_FALSE(page.json.value(QLatin1String("more")).toBool());
    CHECK(number(page, "remaining") == 0);

    // A coordinator's remaining counts only what they may see.
    const QString anna =
        t.login(QStringLiteral("anna"), t.addUser(QStringLiteral("anna"), QStringLiteral("coordinator"),
                                                  {QStringLiteral("11AK01"), QStringLiteral("11AK02")}));
    page = t.get(QStringLiteral("/api/sync/pull?device=a&limit=1"), anna);
    CHECK(number(page, "remaining") == 2); // school 11AK02 and the municipality
}

TEST_CASE("an idle device's pull writes nothing", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    REQUIRE(t.push(admin, QStringLiteral("d"),
                   {mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                             schoolFields(QStringLiteral("11AK00")), hlcAt(kStartMillis))})
                .status == 200);
    qint64 cursor = 0;
    t.pullAll(admin, QStringLiteral("p"), &cursor);
    ServerStore &store = t.server().store();
    const auto rows = [&] {
        return store.scalar(QStringLiteral("SELECT COUNT(*) FROM pull_cursors")).toLongLong();
    };
    const auto lastSeen = [&] {
        return store.scalar(QStringLiteral("SELECT last_seen FROM devices WHERE device = 'p'")).toLongLong();
    };
    const qint64 before = rows();
    const qint64 seen = lastSeen();
    for (int i = 0; i < 3; ++i) {
        t.advance(1000);
        const Reply idle = t.get(QStringLiteral("/api/sync/pull?device=p&cursor=%1").arg(cursor), admin);
        CHECK(idle.array("changes").isEmpty());
        CHECK_FALSE(idle.json.value(QLatin1String("reset")).toBool());
    }
    CHECK(rows() == before);
    CHECK(lastSeen() == seen);
    // After a while the device's last_seen moves on, still without a new cursor entry.
    t.advance(PullService::kLastSeenResolutionMs);
    t.get(QStringLiteral("/api/sync/pull?device=p&cursor=%1").arg(cursor), admin);
    CHECK(rows() == before);
    CHECK(lastSeen() > seen);
    // A new change gives a new cursor, which is remembered.
    REQUIRE(t.push(admin, QStringLiteral("d"),
                   {mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), newId(),
                             municipalityFields(), hlcAt(kStartMillis))})
                .status == 200);
    t.pullAll(admin, QStringLiteral("p"), &cursor);
    CHECK(rows() == before + 1);
}

TEST_CASE("a device's last answers are remembered, older ones pruned", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    ServerStore &store = t.server().store();
    QList<qint64> cursors;
    qint64 cursor = 0;
    const QString id = newId();
    for (int i = 0; i < 2 * PullService::kRememberedCursors + 3; ++i) {
        // Each edit is a new change, so each pull answers with a new cursor.
        const Reply pushed =
            t.push(admin, QStringLiteral("d"),
                   {mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), id,
                             municipalityFields(), hlcAt(kStartMillis - 100000 + i), i + 1)});
        REQUIRE(pushed.array("acks").at(0).toObject().value(QLatin1String("status")).toString() ==
                QLatin1String("applied"));
        t.pullAll(admin, QStringLiteral("p"), &cursor);
        cursors << cursor;
        const qint64 kept = store.scalar(QStringLiteral("SELECT COUNT(*) FROM pull_cursors")).toLongLong();
        CHECK(kept <= PullService::kRememberedCursors + PullService::kPruneEvery - 1);
        CHECK(kept >= std::min<qint64>(i + 1, PullService::kRememberedCursors));
    }
    const auto resets = [&](qint64 from) {
        return t.get(QStringLiteral("/api/sync/pull?device=p&cursor=%1").arg(from), admin)
            .json.value(QLatin1String("reset"))
            .toBool();
    };
    // The answer kRememberedCursors - 1 pulls back is still known; the first one is not.
    CHECK_FALSE(resets(cursors.at(cursors.size() - PullService::kRememberedCursors)));
    CHECK(resets(cursors.first()));
}
