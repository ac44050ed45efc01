// Push and pull over HTTP: idempotent replay, rejection without blocking, per-field LWW, clock
// clamping, append-only rules and paging.
#include "core/hlc.h"
#include "testserver.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

QString statusOf(const Reply &r, int i)
{
    return r.array("acks").at(i).toObject().value(QLatin1String("status")).toString();
}

QString reasonOf(const Reply &r, int i)
{
    return r.array("acks")
        .at(i)
        .toObject()
        .value(QLatin1String("reason"))
        .toObject()
        .value(QLatin1String("key"))
        .toString();
}

qint64 maxSeq(TestServer &t)
{
    return t.server()
        .store()
        .scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM records"))
        .toLongLong();
}

} // namespace

TEST_CASE("a replayed push gets the original answers and applies nothing twice", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString schoolId = newId();
    const QJsonArray batch{
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), schoolId,
                 schoolFields(QStringLiteral("11AK00")), hlcAt(kStartMillis), 1),
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                 {{QStringLiteral("name"), "half"}}, hlcAt(kStartMillis), 2),
        mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), newId(), municipalityFields(),
                 hlcAt(kStartMillis), 3),
    };
    const Reply first = t.push(admin, QStringLiteral("dev-1"), batch);
    REQUIRE(first.status == 200);
    CHECK(statusOf(first, 0) == QLatin1String("applied"));
    CHECK(statusOf(first, 1) == QLatin1String("rejected"));
    CHECK(statusOf(first, 2) == QLatin1String("applied")); // the rejection did not block it
    const qint64 seqAfterFirst = maxSeq(t);
    CHECK(seqAfterFirst == 2);

    // The same batch again (e.g. the answer was lost): same acks, nothing new in the feed.
    const Reply second = t.push(admin, QStringLiteral("dev-1"), batch);
    REQUIRE(second.status == 200);
    CHECK(second.array("acks") == first.array("acks"));
    CHECK(maxSeq(t) == seqAfterFirst);
    // Even if the device "fixed" mutation 2 meanwhile, n=2 keeps its recorded outcome.
    QJsonArray changed = batch;
    changed[1] = mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), newId(),
                          municipalityFields(), hlcAt(kStartMillis), 2);
    CHECK(t.push(admin, QStringLiteral("dev-1"), changed).array("acks") == first.array("acks"));
    // Another device's n=1 is its own mutation.
    const Reply other = t.push(admin, QStringLiteral("dev-2"), QJsonArray{batch.at(1)});
    CHECK(statusOf(other, 0) == QLatin1String("rejected"));
    CHECK(t.server()
              .store()
              .scalar(QStringLiteral("SELECT last_n FROM devices WHERE device = 'dev-1'"))
              .toInt() == 3);

    qint64 cursor = 0;
    const QJsonArray changes = t.pullAll(admin, QStringLiteral("dev-1"), &cursor);
    CHECK(changes.size() == 2);
    CHECK(cursor == seqAfterFirst);
}

TEST_CASE("editable records merge per field by HLC, whatever the arrival order", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString id = newId();
    const qint64 t0 = kStartMillis - 60000;
    REQUIRE(statusOf(t.push(admin, QStringLiteral("a"),
                            {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                      schoolFields(QStringLiteral("11AK00"), 200),
                                      hlcAt(t0, QStringLiteral("a")))}),
                     0) == QLatin1String("applied"));

    // Device b edits the name later; device a's older edit of the name arrives after it, together
    // with a newer edit of pupils.
    const Reply b = t.push(admin, QStringLiteral("b"),
                           {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                     {{QStringLiteral("name"), QStringLiteral("Name by b")}},
                                     hlcAt(t0 + 20000, QStringLiteral("b")))});
    CHECK(statusOf(b, 0) == QLatin1String("applied"));
    QJsonObject fromA{{QStringLiteral("name"), QStringLiteral("Name by a")}, {QStringLiteral("pupils"), 180}};
    QJsonObject aHlc{{QStringLiteral("name"), hlcAt(t0 + 10000, QStringLiteral("a"))},
                     {QStringLiteral("pupils"), hlcAt(t0 + 30000, QStringLiteral("a"))}};
    QJsonObject aMutation = mutation(QStringLiteral("school"), QStringLiteral("upsert"), id, fromA, {});
    aMutation.insert(QStringLiteral("hlc"), aHlc);
    CHECK(statusOf(t.push(admin, QStringLiteral("a"), {aMutation}), 0) == QLatin1String("applied"));
    // An edit that loses on every field is acknowledged and changes nothing.
    const qint64 before = maxSeq(t);
    CHECK(statusOf(t.push(admin, QStringLiteral("c"),
                          {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                    {{QStringLiteral("name"), QStringLiteral("stale")}},
                                    hlcAt(t0 + 1, QStringLiteral("c")))}),
                   0) == QLatin1String("applied"));
    CHECK(maxSeq(t) == before);

    qint64 cursor = 0;
    const QJsonObject school = changeFor(t.pullAll(admin, QStringLiteral("x"), &cursor), id);
    const QJsonObject fields = school.value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("name")).toString() == QLatin1String("Name by b"));
    CHECK(fields.value(QLatin1String("pupils")).toInt() == 180);
    CHECK(fields.value(QLatin1String("city")).toString() == QLatin1String("Groningen"));
    const QJsonObject hlc = school.value(QLatin1String("hlc")).toObject();
    CHECK(hlc.value(QLatin1String("name")).toString() == hlcAt(t0 + 20000, QStringLiteral("b")));
    CHECK(hlc.value(QLatin1String("pupils")).toString() == hlcAt(t0 + 30000, QStringLiteral("a")));

    // A tombstone is a field too: a later delete wins, an older "undelete" does not.
    QJsonObject del =
        mutation(QStringLiteral("school"), QStringLiteral("delete"), id, {}, hlcAt(t0 + 40000, "b"));
    del.remove(QStringLiteral("fields"));
    CHECK(statusOf(t.push(admin, QStringLiteral("b"), {del}), 0) == QLatin1String("applied"));
    CHECK(statusOf(t.push(admin, QStringLiteral("a"),
                          {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                    {{QStringLiteral("deleted"), false}}, hlcAt(t0 + 35000, "a"))}),
                   0) == QLatin1String("applied"));
    const QJsonObject gone = changeFor(t.pullAll(admin, QStringLiteral("x"), &cursor), id);
    CHECK(gone.value(QLatin1String("deleted")).toBool());
    CHECK(gone.value(QLatin1String("fields")).toObject().value(QLatin1String("name")).toString() ==
          QLatin1String("Name by b"));
}

TEST_CASE("one push editing a record several times stores the merge of all its edits once", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString id = newId();
    const qint64 t0 = kStartMillis - 60000;
    // Created, then two later edits of different fields, and a stale one, all in one batch.
    const Reply r =
        t.push(admin, QStringLiteral("a"),
               {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                         schoolFields(QStringLiteral("11AK00"), 200), hlcAt(t0), 1),
                mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                         {{QStringLiteral("pupils"), 210}}, hlcAt(t0 + 1000), 2),
                mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                         {{QStringLiteral("name"), QStringLiteral("Renamed")}}, hlcAt(t0 + 2000), 3),
                mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                         {{QStringLiteral("pupils"), 5}}, hlcAt(t0 + 500), 4)});
    REQUIRE(r.status == 200);
    for (int i = 0; i < 4; ++i)
        CHECK(statusOf(r, i) == QLatin1String("applied"));
    CHECK(t.server().store().scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toInt() == 1);

    qint64 cursor = 0;
    const QJsonArray changes = t.pullAll(admin, QStringLiteral("x"), &cursor);
    REQUIRE(changes.size() == 1);
    const QJsonObject fields = changes.at(0).toObject().value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("pupils")).toInt() == 210);
    CHECK(fields.value(QLatin1String("name")).toString() == QLatin1String("Renamed"));
    CHECK(fields.value(QLatin1String("city")).toString() == QLatin1String("Groningen"));
    const QJsonObject hlc = changes.at(0).toObject().value(QLatin1String("hlc")).toObject();
    CHECK(hlc.value(QLatin1String("pupils")).toString() == hlcAt(t0 + 1000));
    CHECK(hlc.value(QLatin1String("name")).toString() == hlcAt(t0 + 2000));
}

TEST_CASE("a push spanning several statement chunks stores every record and answer once", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    server::ServerStore &store = t.server().store();
    // On SQLite no chunk may hold more parameters than the budget (preparing costs their square);
    // on PostgreSQL the large chunks stay (every statement is a round trip there).
    for (const int columns : {1, 8, 9}) {
        const QList<int> chunks = store.rowChunks(columns);
        CHECK(chunks.last() == 1);
        if (backend == "sqlite") {
            for (const int size : chunks)
                CHECK((size == 1 || size * columns <= server::ServerStore::kSqliteChunkParameters));
        } else {
            CHECK(chunks.first() == 256);
        }
    }
    // 341 = 256 + 64 + 16 + 4 + 1 new schools: chunks of every size on both backends, for the
    // records, the answers and the batch's one-column read.
    const QString admin = t.adminToken();
    QJsonArray batch;
    for (int i = 0; i < 341; ++i)
        batch.append(mutation(
            QStringLiteral("school"), QStringLiteral("upsert"), newId(),
            schoolFields(QStringLiteral("%1%2%3").arg(10 + i / 10).arg(i % 10).arg(QStringLiteral("A00")),
                         100 + i),
            hlcAt(t.now), i + 1));
    const Reply r = t.push(admin, QStringLiteral("many"), batch);
    REQUIRE(r.status == 200);
    for (int i = 0; i < 341; ++i)
        CHECK(statusOf(r, i) == QLatin1String("applied"));
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'school'")).toInt() ==
          341);
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(DISTINCT n) FROM mutation_results WHERE device = 'many'"))
              .toInt() == 341);
    qint64 cursor = 0;
    qint64 pupils = 0;
    for (const QJsonValue &c : t.pullAll(admin, QStringLiteral("x"), &cursor))
        pupils +=
            c.toObject().value(QLatin1String("fields")).toObject().value(QLatin1String("pupils")).toInt();
    CHECK(pupils == 341 * 100 + 340 * 341 / 2);
}

TEST_CASE("a push can carry the first pull page, answered after the push is applied", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString first = newId(), second = newId();
    const QJsonArray mutations{mutation(QStringLiteral("school"), QStringLiteral("upsert"), first,
                                        schoolFields("11AK00"), hlcAt(t.now), 1),
                               mutation(QStringLiteral("school"), QStringLiteral("upsert"), second,
                                        schoolFields("12BC00"), hlcAt(t.now), 2)};
    const Reply r = t.post(
        QStringLiteral("/api/sync/push"),
        {{QStringLiteral("device"), QStringLiteral("d")},
         {QStringLiteral("mutations"), mutations},
         {QStringLiteral("pull"), QJsonObject{{QStringLiteral("cursor"), 0}, {QStringLiteral("limit"), 1}}}},
        admin);
    REQUIRE(r.status == 200);
    CHECK(statusOf(r, 0) == QLatin1String("applied"));
    CHECK(statusOf(r, 1) == QLatin1String("applied"));
    // The page sees the push: its first record, and more to come.
    const QJsonObject page = r.json.value(QLatin1String("pull")).toObject();
    const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.at(0).toObject().value(QLatin1String("id")).toString() == first);
    CHECK(page.value(QLatin1String("more")).toBool());
    CHECK(page.value(QLatin1String("scope")).toObject().value(QLatin1String("role")).toString() ==
          QLatin1String("admin"));
    // Its cursor is one the server remembers for this device: the next page follows on.
    qint64 cursor = static_cast<qint64>(page.value(QLatin1String("cursor")).toDouble());
    const Reply next = t.get(QStringLiteral("/api/sync/pull?device=d&limit=10&cursor=%1").arg(cursor), admin);
    REQUIRE(next.status == 200);
    CHECK_FALSE(next.json.value(QLatin1String("reset")).toBool());
    REQUIRE(next.array("changes").size() == 1);
    CHECK(next.array("changes").at(0).toObject().value(QLatin1String("id")).toString() == second);

    // Without `pull` the answer is the push's alone, as before.
    const Reply plain = t.push(admin, QStringLiteral("d"),
                               {mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                                         schoolFields("13DE00"), hlcAt(t.now), 3)});
    REQUIRE(plain.status == 200);
    CHECK_FALSE(plain.json.contains(QLatin1String("pull")));
}

TEST_CASE("a field clock far ahead of the server is clamped to the server's time", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString id = newId();
    const qint64 dayAhead = kStartMillis + 24LL * 3600 * 1000;
    REQUIRE(statusOf(t.push(admin, QStringLiteral("fast"),
                            {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                      schoolFields("11AK00"), hlcAt(dayAhead, QStringLiteral("fast")))}),
                     0) == QLatin1String("applied"));
    qint64 cursor = 0;
    const QJsonObject stored = changeFor(t.pullAll(admin, QStringLiteral("x"), &cursor), id);
    const auto nameHlc = HlcTimestamp::fromString(
        stored.value(QLatin1String("hlc")).toObject().value(QLatin1String("name")).toString());
    REQUIRE(nameHlc);
    CHECK(nameHlc->millis == kStartMillis);
    CHECK(nameHlc->node.startsWith(QLatin1String("server-")));

    // So an honest device editing a few seconds later still wins.
    t.advance(5000);
    CHECK(statusOf(t.push(admin, QStringLiteral("honest"),
                          {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                                    {{QStringLiteral("name"), QStringLiteral("Later edit")}},
                                    hlcAt(kStartMillis + 4000, QStringLiteral("honest")))}),
                   0) == QLatin1String("applied"));
    const QJsonObject after = changeFor(t.pullAll(admin, QStringLiteral("x"), &cursor), id);
    CHECK(after.value(QLatin1String("fields")).toObject().value(QLatin1String("name")).toString() ==
          QLatin1String("Later edit"));

    // Within the allowed skew (60 s) a clock is trusted as it is.
    const QString slightlyAhead = hlcAt(kStartMillis + 5000 + 50000, QStringLiteral("ok"));
    t.push(admin, QStringLiteral("ok"),
           {mutation(QStringLiteral("school"), QStringLiteral("upsert"), id,
                     {{QStringLiteral("city"), "Haren"}}, slightlyAhead)});
    const QJsonObject trusted = changeFor(t.pullAll(admin, QStringLiteral("x"), &cursor), id);
    CHECK(trusted.value(QLatin1String("hlc")).toObject().value(QLatin1String("city")).toString() ==
          slightlyAhead);
    // The server clock has seen it: its next timestamp is later still.
    CHECK(trusted.value(QLatin1String("hlc")).toObject().value(QLatin1String("city")).toString() <
          t.get(QStringLiteral("/api/sync/pull?device=x&cursor=%1").arg(cursor), admin)
              .json.value(QLatin1String("server_hlc"))
              .toString());
}

TEST_CASE("append-only records are inserted once, identical resends are duplicates", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString hlc = hlcAt(kStartMillis);
    t.push(
        admin, QStringLiteral("setup"),
        {mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(), schoolFields("11AK00"), hlc)});
    const QString id = newId();
    const QJsonObject session = sessionFields(QStringLiteral("11AK00"), QStringLiteral("root"));
    const Reply first = t.push(admin, QStringLiteral("d"),
                               {mutation(QStringLiteral("enrichment_session"), "insert", id, session, hlc)});
    CHECK(statusOf(first, 0) == QLatin1String("applied"));
    const qint64 seq = maxSeq(t);
    // Same id and content from another device (a reinstall): duplicate, nothing new.
    const Reply again = t.push(
        admin, QStringLiteral("other"),
        {mutation(QStringLiteral("enrichment_session"), "insert", id, session, hlcAt(kStartMillis + 5))});
    CHECK(statusOf(again, 0) == QLatin1String("duplicate"));
    CHECK(maxSeq(t) == seq);
    // Same id, other content: rejected; a correction must be a new record.
    QJsonObject changed = session;
    changed.insert(QStringLiteral("hours"), 2.0);
    const Reply conflict =
        t.push(admin, QStringLiteral("d"),
               {mutation(QStringLiteral("enrichment_session"), "insert", id, changed, hlc)});
    CHECK(statusOf(conflict, 0) == QLatin1String("rejected"));
    CHECK(reasonOf(conflict, 0) == QLatin1String("sync.append_only.conflict"));
    changed.insert(QStringLiteral("supersedes"), id);
    CHECK(statusOf(t.push(admin, QStringLiteral("d"),
                          {mutation(QStringLiteral("enrichment_session"), "insert", newId(), changed, hlc)}),
                   0) == QLatin1String("applied"));
    // Append-only records cannot be upserted or deleted.
    const Reply upsert = t.push(admin, QStringLiteral("d"),
                                {mutation(QStringLiteral("enrichment_session"), "upsert", id, session, hlc)});
    CHECK(reasonOf(upsert, 0) == QLatin1String("sync.append_only.op"));
    // Core rules run: a session in the future is rejected with the core's key and the wire field.
    const Reply future = t.push(
        admin, QStringLiteral("d"),
        {mutation(QStringLiteral("enrichment_session"), "insert", newId(),
                  sessionFields(QStringLiteral("11AK00"), QStringLiteral("root"), "2026-10-02"), hlc)});
    CHECK(reasonOf(future, 0) == QLatin1String("session.date.future"));
    CHECK(future.array("acks")
              .at(0)
              .toObject()
              .value(QLatin1String("reason"))
              .toObject()
              .value(QLatin1String("field")) == "date");
    const Reply unknownSchool =
        t.push(admin, QStringLiteral("d"),
               {mutation(QStringLiteral("enrichment_session"), "insert", newId(),
                         sessionFields(QStringLiteral("99ZZ00"), QStringLiteral("root")), hlc)});
    CHECK(reasonOf(unknownSchool, 0) == QLatin1String("sync.reference.missing"));
}

TEST_CASE("pull pages through the feed with limit, more and cursor", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    QJsonArray batch;
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids << newId();
        batch.append(mutation(QStringLiteral("school"), QStringLiteral("upsert"), ids.last(),
                              schoolFields(QStringLiteral("11AK%1").arg(i, 2, 10, QLatin1Char('0'))),
                              hlcAt(kStartMillis)));
    }
    REQUIRE(t.push(admin, QStringLiteral("d"), batch).status == 200);
    const Reply page1 = t.get(QStringLiteral("/api/sync/pull?device=p&limit=3"), admin);
    CHECK(page1.array("changes").size() == 3);
    CHECK(page1.json.value(QLatin1String("more")).toBool());
    CHECK(page1.json.value(QLatin1String("cursor")).toInt() == 3);
    CHECK(page1.json.value(QLatin1String("scope")).toObject().value(QLatin1String("role")).toString() ==
          QLatin1String("admin"));
    qint64 cursor = 0;
    Reply last;
    const QJsonArray all = t.pullAll(admin, QStringLiteral("p"), &cursor, &last, 3);
    CHECK(changeIds(all) == ids);
    CHECK_FALSE(last.json.value(QLatin1String("more")).toBool());
    CHECK(cursor == 7);
    // Nothing new: an empty page, same cursor.
    const Reply idle = t.get(QStringLiteral("/api/sync/pull?device=p&cursor=7"), admin);
    CHECK(idle.array("changes").isEmpty());
    CHECK(idle.json.value(QLatin1String("cursor")).toInt() == 7);
    CHECK_FALSE(idle.json.value(QLatin1String("reset")).toBool());
    // A cursor the server never served (higher than anything it has): reset from 0.
    const Reply foreign = t.get(QStringLiteral("/api/sync/pull?device=p&cursor=999"), admin);
    CHECK(foreign.json.value(QLatin1String("reset")).toBool());
    CHECK(foreign.array("changes").size() == 7);
}

TEST_CASE("one live record per natural key: a second school with the same vestiging is rejected",
          "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString hlc = hlcAt(kStartMillis);
    const QString first = newId();
    const QString second = newId();
    CHECK(statusOf(t.push(admin, QStringLiteral("a"),
                          {mutation("school", "upsert", first, schoolFields("11AK00"), hlc)}),
                   0) == QLatin1String("applied"));
    // Another device imported the register itself and made its own id for the same school.
    const Reply copy = t.push(admin, QStringLiteral("b"),
                              {mutation("school", "upsert", second, schoolFields("11AK00"), hlc)});
    CHECK(reasonOf(copy, 0) == QLatin1String("sync.natural_key.taken"));
    CHECK(copy.array("acks")
              .at(0)
              .toObject()
              .value(QLatin1String("reason"))
              .toObject()
              .value(QLatin1String("field")) == "vestiging");
    // Moving another record onto a taken key is refused too; after a delete the key is free.
    const QString other = newId();
    t.push(admin, QStringLiteral("a"), {mutation("school", "upsert", other, schoolFields("12BC00"), hlc)});
    const QJsonObject move{{QStringLiteral("vestiging"), QStringLiteral("11AK00")},
                           {QStringLiteral("brin"), QStringLiteral("11AK")}};
    CHECK(reasonOf(t.push(admin, QStringLiteral("a"),
                          {mutation("school", "upsert", other, move, hlcAt(kStartMillis + 1))}),
                   0) == QLatin1String("sync.natural_key.taken"));
    QJsonObject del = mutation("school", "delete", first, {}, hlcAt(kStartMillis + 2));
    CHECK(statusOf(t.push(admin, QStringLiteral("a"), {del}), 0) == QLatin1String("applied"));
    CHECK(statusOf(t.push(admin, QStringLiteral("b"),
                          {mutation("school", "upsert", second, schoolFields("11AK00"), hlc)}),
                   0) == QLatin1String("applied"));
    // Participations are unique per school and year.
    const QJsonObject participation{{"vestiging", "11AK00"},
                                    {"school_year", "2026-2027"},
                                    {"tier", "6h"},
                                    {"start_date", "2026-08-20"},
                                    {"pupils_reached", 100}};
    CHECK(statusOf(t.push(admin, QStringLiteral("a"),
                          {mutation("participation", "upsert", newId(), participation, hlc)}),
                   0) == QLatin1String("applied"));
    CHECK(reasonOf(t.push(admin, QStringLiteral("b"),
                          {mutation("participation", "upsert", newId(), participation, hlc)}),
                   0) == QLatin1String("sync.natural_key.taken"));
    QJsonObject nextYear = participation;
    nextYear.insert(QStringLiteral("school_year"), QStringLiteral("2027-2028"));
    nextYear.insert(QStringLiteral("start_date"), QStringLiteral("2027-08-20"));
    CHECK(statusOf(t.push(admin, QStringLiteral("b"),
                          {mutation("participation", "upsert", newId(), nextYear, hlc)}),
                   0) == QLatin1String("applied"));
    // Groups outside the bit mask of groepen 1..8 are refused before they could wrap around.
    QJsonObject session = sessionFields(QStringLiteral("11AK00"), QStringLiteral("root"));
    session.insert(QStringLiteral("groups"), 256 + 16);
    CHECK(reasonOf(t.push(admin, QStringLiteral("a"),
                          {mutation("enrichment_session", "insert", newId(), session, hlc)}),
                   0) == QLatin1String("sync.field.range"));
}
