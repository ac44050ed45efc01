// SyncEngine against an in-memory store and a scripted HTTP server on 127.0.0.1: retries,
// refusals, broken answers, a failing store and an engine destroyed mid-round.
#include "enginetestsupport.h"

#include <QPointer>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

TEST_CASE("5xx answers are retried with growing, jittered delays until the round succeeds")
{
    FakeSyncStore store;
    addEdits(store, 2);
    ScriptedSyncServer server;
    const auto busy = CannedReply::json(503, {{QStringLiteral("error"), QStringLiteral("unavailable")}});
    server.faults = {{QStringLiteral("/api/sync/push"), busy},
                     {QStringLiteral("/api/sync/push"), busy},
                     {QStringLiteral("/api/sync/pull"), busy}};
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy retries(&engine, &SyncEngine::retryScheduled);
    REQUIRE(runRound(engine));
    REQUIRE(retries.size() == 3);
    const int d1 = retries.at(0).at(1).toInt();
    const int d2 = retries.at(1).at(1).toInt();
    const int d3 = retries.at(2).at(1).toInt();
    CHECK((d1 >= 10 && d1 <= 20));
    CHECK((d2 >= 20 && d2 <= 40));
    CHECK((d3 >= 40 && d3 <= 80));
    CHECK(retries.at(0).at(0).value<SyncError>().kind == SyncError::Kind::ServerBusy);
    CHECK(store.outbox.isEmpty());
    CHECK(engine.state() == SyncState::Idle);
    CHECK(engine.lastError().kind == SyncError::Kind::None);
}

TEST_CASE("a Retry-After header stretches the backoff delay")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    auto busy = CannedReply::json(503, {});
    busy.headers = {{"Retry-After", "1"}};
    server.faults = {{QString(), busy}};
    SyncEngineConfig config = fastConfig();
    config.backoff.maxMs = 5000;
    SyncEngine engine(store, server.url(), config);
    QSignalSpy retries(&engine, &SyncEngine::retryScheduled);
    REQUIRE(runRound(engine));
    REQUIRE(retries.size() == 1);
    CHECK(retries.first().at(1).toInt() == 1000);
}

TEST_CASE("when the server cannot be reached the round gives up after the allowed retries")
{
    FakeSyncStore store;
    addEdits(store, 1);
    QUrl deadUrl;
    {
        CannedHttpServer gone([](const CannedRequest &) { return CannedReply{}; });
        deadUrl = gone.url();
    } // closed: connections are refused from now on
    SyncEngineConfig config = fastConfig();
    config.maxRetries = 2;
    SyncEngine engine(store, deadUrl, config);
    QSignalSpy retries(&engine, &SyncEngine::retryScheduled);
    CHECK_FALSE(runRound(engine));
    CHECK(retries.size() == 2);
    CHECK(engine.state() == SyncState::Error);
    CHECK(engine.lastError().kind == SyncError::Kind::Network);
    CHECK(engine.lastError().message().contains(QStringLiteral("Geen verbinding")));
    CHECK_FALSE(engine.isRetryScheduled());
    CHECK(store.outbox.size() == 1); // nothing lost
    CHECK_FALSE(store.lastSuccess().isValid());
}

TEST_CASE("a server that does not answer in time counts as a timeout and is retried")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    CannedReply slow = CannedReply::json(200, {});
    slow.delayMs = 3000;
    server.faults = {{QStringLiteral("/api/sync/pull"), slow}};
    SyncEngineConfig config = fastConfig();
    config.timeoutMs = 150;
    SyncEngine engine(store, server.url(), config);
    QSignalSpy retries(&engine, &SyncEngine::retryScheduled);
    REQUIRE(runRound(engine));
    REQUIRE(retries.size() == 1);
    CHECK(retries.first().first().value<SyncError>().kind == SyncError::Kind::Timeout);
}

TEST_CASE("a push whose answer was lost is resent and the server applies it only once")
{
    FakeSyncStore store;
    addEdits(store, 4);
    ScriptedSyncServer server;
    server.faults = {{QStringLiteral("/api/sync/push"), CannedReply::dropped(), true}};
    SyncEngine engine(store, server.url(), fastConfig());
    REQUIRE(runRound(engine));
    CHECK(store.outbox.isEmpty());
    CHECK(server.requestsTo(QStringLiteral("/api/sync/push")).size() >= 2);
    REQUIRE(server.applyCount.size() == 4);
    for (int count : server.applyCount)
        CHECK(count == 1);
    // The resend was answered "duplicate" and the engine counted it as done.
    CHECK(engine.lastReport().pushed == 4);
}

TEST_CASE("rejected mutations are kept with their reason and never resent, later ones still go")
{
    FakeSyncStore store;
    addEdits(store, 3);
    ScriptedSyncServer server;
    server.rejectN = {2};
    SyncEngine engine(store, server.url(), fastConfig());
    REQUIRE(runRound(engine));
    CHECK(store.outbox.isEmpty());
    REQUIRE(store.rejected.contains(2));
    CHECK(store.rejected.value(2).reasonKey == QStringLiteral("contact.date.future"));
    CHECK(store.rejected.value(2).reasonField == QStringLiteral("date"));
    CHECK(store.rejected.value(2).reasonMessage == QStringLiteral("De datum ligt in de toekomst."));
    CHECK(server.applyCount.contains(3));
    CHECK(engine.lastReport().rejected == 1);
    CHECK(engine.lastReport().pushed == 2);

    REQUIRE(runRound(engine));
    CHECK(server.requestsTo(QStringLiteral("/api/sync/push")).size() == 1);
}

TEST_CASE("401 signs the device out without retrying, a new token makes it idle again")
{
    FakeSyncStore store;
    addEdits(store, 1);
    ScriptedSyncServer server;
    server.faults = {
        {QString(), CannedReply::json(401, {{QStringLiteral("error"), QStringLiteral("unauthorized")}})}};
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy signedOut(&engine, &SyncEngine::signedOut);
    CHECK_FALSE(runRound(engine));
    CHECK(signedOut.size() == 1);
    CHECK(engine.state() == SyncState::SignedOut);
    CHECK_FALSE(engine.isRetryScheduled());
    CHECK(store.outbox.size() == 1);
    engine.setToken(QStringLiteral("fresh"));
    CHECK(engine.state() == SyncState::Idle);
    REQUIRE(runRound(engine));
    CHECK(store.outbox.isEmpty());
}

TEST_CASE("426 reports that an upgrade is required and stops")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    server.faults = {
        {QString(), CannedReply::json(426, {{QStringLiteral("error"), QStringLiteral("upgrade_required")},
                                            {QStringLiteral("min_protocol"), 2}})}};
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy upgrade(&engine, &SyncEngine::upgradeRequired);
    CHECK_FALSE(runRound(engine));
    CHECK(upgrade.size() == 1);
    CHECK(engine.state() == SyncState::UpgradeRequired);
    CHECK(engine.lastError().detail.contains(QStringLiteral("upgrade_required")));
    CHECK_FALSE(engine.isRetryScheduled());
}

TEST_CASE("413 halves the push batch, a single mutation that is still too large is rejected locally")
{
    FakeSyncStore store;
    addEdits(store, 8);
    ScriptedSyncServer server;
    const auto tooLarge = CannedReply::json(413, {{QStringLiteral("error"), QStringLiteral("too_large")}});
    server.faults = {{QStringLiteral("/api/sync/push"), tooLarge}};
    SyncEngineConfig config = fastConfig();
    config.pushBatch = 8;
    SyncEngine engine(store, server.url(), config);
    REQUIRE(runRound(engine));
    CHECK(engine.currentPushBatch() == 4);
    CHECK(server.applyCount.size() == 8);

    FakeSyncStore single;
    addEdits(single, 1);
    ScriptedSyncServer server2;
    server2.faults = {{QStringLiteral("/api/sync/push"), tooLarge}};
    SyncEngine engine2(single, server2.url(), fastConfig());
    REQUIRE(runRound(engine2));
    CHECK(single.outbox.isEmpty());
    CHECK(single.rejected.value(1).reasonKey == QStringLiteral("sync.too_large"));
}

TEST_CASE("an answer that breaks the protocol stops the round and leaves the store untouched")
{
    FakeSyncStore store;
    store.m_cursor = 10;
    ScriptedSyncServer server;
    server.faults = {{QStringLiteral("/api/sync/pull"),
                      CannedReply::json(200, {{QStringLiteral("changes"), QJsonArray{}},
                                              {QStringLiteral("cursor"), 3},
                                              {QStringLiteral("more"), false},
                                              {QStringLiteral("scope"), server.scope}})}};
    SyncEngine engine(store, server.url(), fastConfig());
    CHECK_FALSE(runRound(engine));
    CHECK(engine.lastError().kind == SyncError::Kind::BadAnswer);
    CHECK(engine.state() == SyncState::Error);
    CHECK_FALSE(engine.isRetryScheduled());
    CHECK(store.cursor() == 10);
    CHECK(store.appliedPageCursors.isEmpty());
}

TEST_CASE("a failing local store stops the round with a local error and keeps the cursor")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    server.addChange(QStringLiteral("school"), uuid(1), {{QStringLiteral("name"), QStringLiteral("x")}},
                     kHlc);
    store.failNextApply = true;
    SyncEngine engine(store, server.url(), fastConfig());
    CHECK_FALSE(runRound(engine));
    CHECK(engine.lastError().kind == SyncError::Kind::LocalStore);
    CHECK(store.cursor() == 0);
    REQUIRE(runRound(engine));
    CHECK(store.cursor() == 1);
}

TEST_CASE("an engine destroyed while a page is on its way stops cleanly and stores nothing more")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    CannedReply slow = CannedReply::json(200, {});
    slow.delayMs = 300;
    server.faults = {{QStringLiteral("/api/sync/pull"), slow}};
    const qint64 cursorBefore = store.cursor();
    {
        SyncEngine engine(store, server.url(), fastConfig());
        engine.sync();
        // The pull request is out (fetched on the engine's pull thread); the engine goes first.
        REQUIRE(
            waitUntil([&] { return !server.requestsTo(QStringLiteral("/api/sync/pull")).isEmpty(); }, 5000));
    }
    waitUntil([] { return false; }, 600); // the late answer arrives at nobody
    CHECK(store.cursor() == cursorBefore);
    CHECK(store.applyCalls == 0);
}

TEST_CASE("an engine destroyed by a slot when a pull is refused with 401 touches nothing afterwards")
{
    // The app drops its engine when the token is refused; the pull answer arrives through the
    // engine's fetch thread, so the fetcher must not use its worker once the engine is gone.
    FakeSyncStore store;
    ScriptedSyncServer server;
    server.faults = {{QStringLiteral("/api/sync/pull"), CannedReply::json(401, {{"error", "auth.token"}})}};
    auto *engine = new SyncEngine(store, server.url(), fastConfig());
    QPointer<SyncEngine> watched(engine);
    int signedOut = 0;
    QObject::connect(engine, &SyncEngine::signedOut, [&] {
        ++signedOut;
        delete engine;
    });
    engine->sync();
    REQUIRE(waitUntil([&] { return watched.isNull(); }, 5000));
    waitUntil([] { return false; }, 200); // anything still queued for the fetcher runs now
    CHECK(signedOut == 1);
    CHECK(store.applyCalls == 0);
}
