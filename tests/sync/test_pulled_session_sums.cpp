// Pulled pages of many enrichment sessions store them as a batch (SessionInsertBatch), small pages
// through the triggers: the delivery sums and the chain rows must come out exactly as row-by-row
// inserts give them, whatever the order in which corrections, withdrawals, tombstones and resends
// arrive, and through scope purges.
#include "sessioninsertbatch.h"
#include "sqlitesyncstore.h"
#include "synctestdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <random>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const qint64 kNow = 1830297600000; // 2028-01-01

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// The kept tables, and what they hold by definition.
QStringList keptSums(Database &db)
{
    return rows(db, QStringLiteral("SELECT vestiging, school_year, printf('%.6f', pupil_hours), sessions "
                                   "FROM session_delivery_sums ORDER BY 1, 2"));
}
QStringList definedSums(Database &db)
{
    return rows(db, QStringLiteral("SELECT vestiging, CAST(substr(date, 1, 4) AS INTEGER) - "
                                   "(substr(date, 6, 2) < '08'), printf('%.6f', SUM(hours * pupils)), "
                                   "COUNT(*) FROM enrichment_sessions WHERE supersedes IS NULL AND "
                                   "withdrawn = 0 AND deleted = 0 GROUP BY 1, 2 ORDER BY 1, 2"));
}
QStringList keptChain(Database &db)
{
    return rows(db, QStringLiteral("SELECT id, hlc, deleted, supersedes, withdrawn, vestiging, date, hours, "
                                   "pupils FROM session_chain_rows ORDER BY id"));
}
QStringList definedChain(Database &db)
{
    return rows(db, QStringLiteral("SELECT id, hlc, deleted, supersedes, withdrawn, vestiging, date, hours, "
                                   "pupils FROM enrichment_sessions WHERE supersedes IS NOT NULL OR id IN "
                                   "(SELECT supersedes FROM enrichment_sessions) ORDER BY id"));
}

// The insert triggers a batch drops and creates again, as the schema defines them.
QStringList insertTriggers(Database &db)
{
    return rows(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name = 'enrichment_sessions' AND sql LIKE '%AFTER INSERT%' ORDER BY name"));
}

qint64 batchMarkers(Database &db)
{
    return countRows(db, QStringLiteral("settings"), QStringLiteral("key = 'session_batch'"));
}

const QStringList kSchools = {QStringLiteral("90AA00"), QStringLiteral("90BB00"), QStringLiteral("90CC00")};

QList<PulledChange> registerPage()
{
    const QString h = hlcAt(kNow - 10000);
    QList<PulledChange> page = {
        pulled(1, QStringLiteral("municipality"), uuid(1),
               municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h)};
    for (int i = 0; i < kSchools.size(); ++i)
        page << pulled(2 + i, QStringLiteral("school"), uuid(2 + i),
                       schoolFields(kSchools.at(i), QStringLiteral("GM0003"), kSchools.at(i)), h);
    return page;
}

// Sessions over two school years at three schools; about a fifth correct an earlier one (some of
// those withdraw it), a few are tombstones, and the feed order is shuffled so corrections often
// arrive before the rows they name. Some changes are sent twice.
QList<PulledChange> sessionFeed(std::mt19937 &rng, int count)
{
    QList<PulledChange> feed;
    QList<QUuid> ids;
    std::uniform_int_distribution<int> pct(0, 99), day(0, 600), school(0, 2), pupils(5, 30);
    for (int i = 0; i < count; ++i) {
        const QUuid id = uuid(1000 + i);
        QJsonObject fields = sessionFields(kSchools.at(school(rng)),
                                           QDate(2026, 8, 20).addDays(day(rng)).toString(Qt::ISODate),
                                           0.25 * (1 + pct(rng) % 12), pupils(rng));
        const int kind = pct(rng);
        if (!ids.isEmpty() && kind < 20) {
            fields.insert(QStringLiteral("supersedes"),
                          ids.at(std::uniform_int_distribution<int>(0, int(ids.size()) - 1)(rng))
                              .toString(QUuid::WithoutBraces));
            fields.insert(QStringLiteral("withdrawn"), kind < 5);
        }
        feed << pulled(0, QStringLiteral("enrichment_session"), id, fields, hlcAt(kNow - 5000 + i),
                       kind >= 97);
        ids << id;
    }
    std::shuffle(feed.begin(), feed.end(), rng);
    for (int i = 0; i < count / 10; ++i)
        feed.insert(std::uniform_int_distribution<int>(0, int(feed.size()))(rng),
                    feed.at(std::uniform_int_distribution<int>(0, int(feed.size()) - 1)(rng)));
    for (int i = 0; i < feed.size(); ++i)
        feed[i].seq = 100 + i;
    return feed;
}

// The same rows one INSERT at a time, so the triggers do the bookkeeping.
void insertRowByRow(Database &db, const QList<PulledChange> &feed)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    for (const PulledChange &c : feed) {
        q.prepare(
            QStringLiteral("INSERT INTO enrichment_sessions (id, hlc, deleted, vestiging, date, domain, "
                           "provider, hours, pupils, groups, supersedes, withdrawn, recorded_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(c.id.toString(QUuid::WithoutBraces));
        q.addBindValue(c.hlc.value(QStringLiteral("date")).toString());
        q.addBindValue(c.deleted ? 1 : 0);
        for (const char *field : {"vestiging", "date", "domain", "provider"})
            q.addBindValue(c.fields.value(QLatin1String(field)).toString());
        q.addBindValue(c.fields.value(QStringLiteral("hours")).toDouble());
        q.addBindValue(c.fields.value(QStringLiteral("pupils")).toInt());
        q.addBindValue(c.fields.value(QStringLiteral("groups")).toInt());
        const QJsonValue supersedes = c.fields.value(QStringLiteral("supersedes"));
        q.addBindValue(supersedes.isNull() ? QVariant() : QVariant(supersedes.toString()));
        q.addBindValue(c.fields.value(QStringLiteral("withdrawn")).toBool() ? 1 : 0);
        q.addBindValue(c.fields.value(QStringLiteral("recorded_by")).toString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

} // namespace

TEST_CASE("pulled sessions keep delivery sums and chain rows exactly as row-by-row triggers would")
{
    const unsigned seed = GENERATE(1u, 2u, 3u);
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    const QList<PulledChange> feed = sessionFeed(rng, 400);

    TempDevice device;
    auto store = attachStore(*device.db);
    const SyncScope all = scopeOf(QStringLiteral("admin"), {});
    REQUIRE(store->applyPulledPage(registerPage(), 4, all, false).ok());
    const QStringList triggers = insertTriggers(*device.db);
    REQUIRE(triggers.size() == 3);
    int batched = 0, rowByRow = 0; // pages stored each way (SessionInsertBatch::kWorthFrom)
    for (qsizetype i = 0; i < feed.size();) {
        // Pages from a single change (the path that tries foreign keys first) to a few hundred.
        const qsizetype size = std::uniform_int_distribution<qsizetype>(1, 150)(rng);
        const QList<PulledChange> page = feed.mid(i, size);
        (page.size() >= SessionInsertBatch::kWorthFrom ? batched : rowByRow)++;
        const StoreStatus st = store->applyPulledPage(page, page.last().seq, all, false);
        INFO(st.error.toStdString());
        REQUIRE(st.ok());
        REQUIRE(batchMarkers(*device.db) == 0);
        REQUIRE(insertTriggers(*device.db) == triggers);
        i += page.size();
    }
    REQUIRE(batched > 0);
    REQUIRE(rowByRow > 0);

    TempDevice reference;
    {
        auto refStore = attachStore(*reference.db);
        REQUIRE(refStore->applyPulledPage(registerPage(), 4, all, false).ok());
    }
    insertRowByRow(*reference.db, feed);

    CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions")) == 400);
    CHECK(keptSums(*device.db) == definedSums(*device.db));
    CHECK(keptSums(*device.db) == keptSums(*reference.db));
    CHECK(keptChain(*device.db) == definedChain(*device.db));
    CHECK(keptChain(*device.db) == keptChain(*reference.db));
    CHECK_FALSE(keptChain(*device.db).isEmpty());

    SECTION("a later local insert goes through the triggers again")
    {
        QSqlQuery q(device.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO enrichment_sessions (id, hlc, vestiging, date, domain, "
                                      "hours, pupils) VALUES ('%1', 'x', '90AA00', '2027-03-01', "
                                      "'sport_en_bewegen', 2.0, 11)")
                           .arg(uuid(99999).toString(QUuid::WithoutBraces))));
        CHECK(keptSums(*device.db) == definedSums(*device.db));
    }
    SECTION("a scope purge in the same transaction as a page leaves them right")
    {
        const QList<PulledChange> more = sessionFeed(rng, 40).mid(0, 10); // resends of known ids
        REQUIRE(store
                    ->applyPulledPage(more, 10000,
                                      scopeOf(QStringLiteral("coordinator"), {QStringLiteral("90BB00")}),
                                      false)
                    .ok());
        CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions"),
                        QStringLiteral("vestiging <> '90BB00'")) == 0);
        CHECK(keptSums(*device.db) == definedSums(*device.db));
        // A purge may keep an original whose correction went (a chain of one); nothing else differs.
        const QStringList kept = keptChain(*device.db);
        for (const QString &row : definedChain(*device.db))
            CHECK(kept.contains(row));
        for (const QString &row : kept)
            CHECK(row.split(QLatin1Char('|')).at(5) == QLatin1String("90BB00"));
        CHECK(batchMarkers(*device.db) == 0);
    }
}

TEST_CASE("a pulled page that fails leaves no batch marker and no sums behind")
{
    TempDevice device;
    auto store = attachStore(*device.db);
    const SyncScope all = scopeOf(QStringLiteral("admin"), {});
    REQUIRE(store->applyPulledPage(registerPage(), 4, all, false).ok());
    // The schools table's CHECK refuses a malformed vestiging code after the session is stored.
    const QList<PulledChange> page = {
        pulled(5, QStringLiteral("enrichment_session"), uuid(5),
               sessionFields(QStringLiteral("90AA00"), QStringLiteral("2026-10-01"), 1.0, 10), hlcAt(kNow)),
        pulled(6, QStringLiteral("school"), uuid(6),
               schoolFields(QStringLiteral("not a code"), QStringLiteral("GM0003"), QStringLiteral("X")),
               hlcAt(kNow)),
    };
    CHECK_FALSE(store->applyPulledPage(page, 6, all, false).ok());
    CHECK(batchMarkers(*device.db) == 0);
    CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions")) == 0);
    CHECK(keptSums(*device.db).isEmpty());
    CHECK(store->cursor() == 4);
}
