// SyncEngine against an in-memory store and a scripted HTTP server on 127.0.0.1: rounds (push, pages,
// progress, queued and background rounds).
#include "enginetestsupport.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

TEST_CASE("sync pushes the outbox, then pulls every page, sending protocol headers and the token")
{
    FakeSyncStore store;
    addEdits(store, 3);
    ScriptedSyncServer server;
    for (int i = 0; i < 5; ++i)
        server.addChange(QStringLiteral("school"), uuid(100 + i),
                         {{QStringLiteral("name"), QStringLiteral("OBS %1").arg(i)}}, kHlc);
    SyncEngineConfig config = fastConfig();
    config.pullLimit = 2;
    SyncEngine engine(store, server.url(), config);
    engine.setToken(QStringLiteral("tok-123"));
    engine.setSchemaVersion(7);
    QSignalSpy states(&engine, &SyncEngine::stateChanged);
    QSignalSpy progress(&engine, &SyncEngine::progress);

    REQUIRE(runRound(engine));

    CHECK(store.outbox.isEmpty());
    CHECK(store.cursor() == 5);
    CHECK(store.appliedPageCursors == QList<qint64>{2, 4, 5});
    CHECK(store.records.value(recordKey(QStringLiteral("school"), uuid(104)))
              .fields.value(QStringLiteral("name")) == QStringLiteral("OBS 4"));
    CHECK(store.scope.role == QStringLiteral("officer"));
    CHECK(store.receivedClocks.contains(server.serverHlc));
    CHECK(store.lastSuccess().isValid());
    CHECK(engine.state() == SyncState::Idle);
    REQUIRE(states.size() == 2);
    CHECK(states.at(0).first().value<SyncState>() == SyncState::Syncing);
    CHECK(states.at(1).first().value<SyncState>() == SyncState::Idle);

    const auto pushes = server.requestsTo(QStringLiteral("/api/sync/push"));
    REQUIRE(pushes.size() == 1);
    CHECK(pushes[0].method == "POST");
    CHECK(pushes[0].headers.value("x-verrijkt-protocol") == "1");
    CHECK(pushes[0].headers.value("x-verrijkt-schema") == "7");
    CHECK(pushes[0].headers.value("authorization") == "Bearer tok-123");
    CHECK(pushes[0].json().value(QStringLiteral("device")).toString() == store.deviceId());
    CHECK(pushes[0].json().value(QStringLiteral("mutations")).toArray().size() == 3);
    // The push asked for the first page too; this server does not answer that, so it is pulled.
    CHECK(pushes[0].json().value(QStringLiteral("pull")).toObject() ==
          QJsonObject{{QStringLiteral("cursor"), 0}, {QStringLiteral("limit"), 2}});

    const auto pulls = server.requestsTo(QStringLiteral("/api/sync/pull"));
    REQUIRE(pulls.size() == 3);
    CHECK(pulls[0].query.queryItemValue(QStringLiteral("cursor")) == QStringLiteral("0"));
    CHECK(pulls[1].query.queryItemValue(QStringLiteral("cursor")) == QStringLiteral("2"));
    CHECK(pulls[2].query.queryItemValue(QStringLiteral("device")) == store.deviceId());
    CHECK(pulls[2].headers.value("authorization") == "Bearer tok-123");

    // Progress: rows received against the server's estimate of the total.
    REQUIRE(progress.size() == 3);
    CHECK(progress.at(0).at(0).toLongLong() == 2);
    CHECK(progress.at(0).at(1).toLongLong() == 5);
    CHECK(progress.at(2).at(0).toLongLong() == 5);
    CHECK(progress.at(2).at(1).toLongLong() == 5);
    CHECK(engine.lastReport().pushed == 3);
    CHECK(engine.lastReport().pulled == 5);
}

TEST_CASE("a large outbox is pushed in batches until it is empty")
{
    FakeSyncStore store;
    addEdits(store, 1200);
    ScriptedSyncServer server;
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy pending(&engine, &SyncEngine::pendingCountChanged);
    REQUIRE(runRound(engine));
    const auto pushes = server.requestsTo(QStringLiteral("/api/sync/push"));
    REQUIRE(pushes.size() == 3);
    CHECK(pushes[0].json().value(QStringLiteral("mutations")).toArray().size() == 500);
    CHECK(pushes[2].json().value(QStringLiteral("mutations")).toArray().size() == 200);
    // Only the last batch (the one that empties the outbox) asks for the first pull page.
    CHECK_FALSE(pushes[0].json().contains(QStringLiteral("pull")));
    CHECK_FALSE(pushes[1].json().contains(QStringLiteral("pull")));
    CHECK(pushes[2].json().contains(QStringLiteral("pull")));
    CHECK(pushes[1]
              .json()
              .value(QStringLiteral("mutations"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("n"))
              .toInt() == 501);
    CHECK(store.outbox.isEmpty());
    CHECK(server.applyCount.size() == 1200);
    REQUIRE(!pending.isEmpty());
    CHECK(pending.last().first().toInt() == 0);
}

TEST_CASE("a routine sync is one request: the push brings the first pull page back with it")
{
    FakeSyncStore store;
    addEdits(store, 2);
    ScriptedSyncServer server;
    server.pageWithPush = true;
    for (int i = 0; i < 3; ++i)
        server.addChange(QStringLiteral("school"), uuid(100 + i),
                         {{QStringLiteral("name"), QStringLiteral("OBS %1").arg(i)}}, kHlc);
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy progress(&engine, &SyncEngine::progress);
    REQUIRE(runRound(engine));
    CHECK(server.http.requests.size() == 1);
    // Pages of 5,000 by default, but the one decoded with the push is kept small.
    CHECK(server.requestsTo(QStringLiteral("/api/sync/push"))[0]
              .json()
              .value(QStringLiteral("pull"))
              .toObject() ==
          QJsonObject{{QStringLiteral("cursor"), 0}, {QStringLiteral("limit"), SyncEngine::kPushPageLimit}});
    CHECK(server.requestsTo(QStringLiteral("/api/sync/pull")).isEmpty());
    CHECK(store.outbox.isEmpty());
    CHECK(store.appliedPageCursors == QList<qint64>{3});
    CHECK(store.records.value(recordKey(QStringLiteral("school"), uuid(102)))
              .fields.value(QStringLiteral("name")) == QStringLiteral("OBS 2"));
    CHECK(store.lastSuccess().isValid());
    CHECK(engine.lastReport().pushed == 2);
    CHECK(engine.lastReport().pulled == 3);
    REQUIRE(progress.size() == 1);
    CHECK(progress.at(0).at(0).toLongLong() == 3);

    // When more pages follow, they are pulled from where the push's page ended.
    for (int i = 3; i < 8; ++i)
        server.addChange(QStringLiteral("school"), uuid(100 + i),
                         {{QStringLiteral("name"), QStringLiteral("X")}}, kHlc);
    SyncEngineConfig small = fastConfig();
    small.pullLimit = 2;
    SyncEngine paged(store, server.url(), small);
    addEdits(store, 1);
    REQUIRE(runRound(paged));
    const auto pulls = server.requestsTo(QStringLiteral("/api/sync/pull"));
    REQUIRE(pulls.size() == 2);
    CHECK(pulls[0].query.queryItemValue(QStringLiteral("cursor")) == QStringLiteral("5"));
    CHECK(store.appliedPageCursors == QList<qint64>{3, 5, 7, 8});
    CHECK(store.cursor() == 8);
}

TEST_CASE("edits made while the push is under way go first, the page that came with it is pulled again")
{
    FakeSyncStore store;
    addEdits(store, 1);
    ScriptedSyncServer server;
    server.pageWithPush = true;
    server.addChange(QStringLiteral("school"), uuid(100), {{QStringLiteral("name"), QStringLiteral("OBS")}},
                     kHlc);
    int answered = 0;
    server.onPush = [&] {
        if (answered++ == 0)
            store.addLocalEdit(QStringLiteral("participation"), uuid(50),
                               {{QStringLiteral("pupils_reached"), 9}}, kHlc);
    };
    SyncEngine engine(store, server.url(), fastConfig());
    REQUIRE(runRound(engine));
    // The first answer's page was not stored: the new edit was pushed (not asking for a page again
    // in this round), then the page was pulled.
    const auto pushes = server.requestsTo(QStringLiteral("/api/sync/push"));
    REQUIRE(pushes.size() == 2);
    CHECK_FALSE(pushes[1].json().contains(QStringLiteral("pull")));
    CHECK(server.requestsTo(QStringLiteral("/api/sync/pull")).size() == 1);
    CHECK(store.appliedPageCursors == QList<qint64>{1});
    CHECK(store.outbox.isEmpty());
    CHECK(server.applyCount.size() == 2);
    // The next round asks again.
    addEdits(store, 1);
    REQUIRE(runRound(engine));
    CHECK(server.requestsTo(QStringLiteral("/api/sync/push")).last().json().contains(QStringLiteral("pull")));
}

TEST_CASE("a server that refuses the pull member gets the batch again without it, and is not asked again")
{
    FakeSyncStore store;
    addEdits(store, 2);
    ScriptedSyncServer server;
    server.refusePull = true;
    server.addChange(QStringLiteral("school"), uuid(100), {{QStringLiteral("name"), QStringLiteral("OBS")}},
                     kHlc);
    SyncEngine engine(store, server.url(), fastConfig());
    REQUIRE(runRound(engine));
    auto pushes = server.requestsTo(QStringLiteral("/api/sync/push"));
    REQUIRE(pushes.size() == 2);
    CHECK(pushes[0].json().contains(QStringLiteral("pull")));
    CHECK_FALSE(pushes[1].json().contains(QStringLiteral("pull")));
    CHECK(server.requestsTo(QStringLiteral("/api/sync/pull")).size() == 1);
    CHECK(store.outbox.isEmpty());
    CHECK(store.appliedPageCursors == QList<qint64>{1});
    CHECK(engine.state() == SyncState::Idle);
    addEdits(store, 1);
    REQUIRE(runRound(engine));
    pushes = server.requestsTo(QStringLiteral("/api/sync/push"));
    REQUIRE(pushes.size() == 3);
    CHECK_FALSE(pushes[2].json().contains(QStringLiteral("pull")));
}

TEST_CASE("without a progress estimate from the server the engine estimates one page ahead")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    server.sendRemaining = false;
    for (int i = 0; i < 3; ++i)
        server.addChange(QStringLiteral("municipality"), uuid(i),
                         {{QStringLiteral("name"), QStringLiteral("Het Hogeland")}}, kHlc);
    SyncEngineConfig config = fastConfig();
    config.pullLimit = 2;
    SyncEngine engine(store, server.url(), config);
    QSignalSpy progress(&engine, &SyncEngine::progress);
    REQUIRE(runRound(engine));
    REQUIRE(progress.size() == 2);
    CHECK(progress.at(0).at(0).toLongLong() == 2);
    CHECK(progress.at(0).at(1).toLongLong() == 4);
    CHECK(progress.at(1).at(1).toLongLong() == 3);
}

TEST_CASE("with only the feed head from the server the estimate follows the rows per seq seen so far")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    server.sendRemaining = false;
    server.sendHead = true;
    for (int i = 0; i < 10; ++i)
        server.addChange(QStringLiteral("school"), uuid(i), {{QStringLiteral("name"), QStringLiteral("x")}},
                         kHlc);
    SyncEngineConfig config = fastConfig();
    config.pullLimit = 4;
    SyncEngine engine(store, server.url(), config);
    QSignalSpy progress(&engine, &SyncEngine::progress);
    REQUIRE(runRound(engine));
    REQUIRE(progress.size() == 3);
    CHECK(progress.at(0).at(0).toLongLong() == 4);
    CHECK(progress.at(0).at(1).toLongLong() == 10);
    CHECK(progress.at(1).at(1).toLongLong() == 10);
    CHECK(progress.at(2).at(1).toLongLong() == 10);
}

TEST_CASE("the next page is requested while the current one is stored, a failed store drops it")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    for (int i = 0; i < 5; ++i)
        server.addChange(QStringLiteral("municipality"), uuid(i),
                         {{QStringLiteral("name"), QStringLiteral("Gemeente %1").arg(i)}}, kHlc);
    SyncEngineConfig config = fastConfig();
    config.pullLimit = 2;
    SyncEngine engine(store, server.url(), config);
    // While page n is stored, the request for page n + 1 has already gone out.
    QList<int> requestsWhenStoring;
    store.onApply = [&] { requestsWhenStoring << engine.lastReport().pullRequests; };
    REQUIRE(runRound(engine));
    CHECK(requestsWhenStoring == QList<int>{2, 3, 3});
    CHECK(server.requestsTo(QStringLiteral("/api/sync/pull")).size() == 3);
    CHECK(store.cursor() == 5);
    CHECK(store.records.size() == 5);

    // Storing page 2 fails: the answer to the request sent ahead (page 3) must not be stored,
    // the round fails, and the next round resumes from the cursor of page 1.
    FakeSyncStore second;
    SyncEngine engine2(second, server.url(), config);
    second.failApplyOfPage = 2;
    const qsizetype before = server.requestsTo(QStringLiteral("/api/sync/pull")).size();
    CHECK_FALSE(runRound(engine2));
    CHECK(engine2.lastError().kind == SyncError::Kind::LocalStore);
    // Give the answer to the request sent ahead time to arrive; it is ignored.
    REQUIRE(waitUntil(
        [&] { return server.requestsTo(QStringLiteral("/api/sync/pull")).size() == before + 3; }, 2000));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(second.cursor() == 2);
    CHECK(second.appliedPageCursors == QList<qint64>{2});
    CHECK(second.records.size() == 2);
    REQUIRE(runRound(engine2));
    CHECK(second.cursor() == 5);
    CHECK(second.records.size() == 5);
    const auto pulls = server.requestsTo(QStringLiteral("/api/sync/pull"));
    CHECK(pulls.at(before + 3).query.queryItemValue(QStringLiteral("cursor")) == QStringLiteral("2"));
}

TEST_CASE("a reset answer restarts the feed from the beginning")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    for (int i = 0; i < 3; ++i)
        server.addChange(QStringLiteral("school"), uuid(i), {{QStringLiteral("name"), QStringLiteral("x")}},
                         kHlc);
    SyncEngine engine(store, server.url(), fastConfig());
    REQUIRE(runRound(engine));
    CHECK(store.cursor() == 3);
    server.resetNextPull = true;
    REQUIRE(runRound(engine));
    CHECK(store.cursor() == 3);
    CHECK(engine.lastReport().pulled == 3);
}

TEST_CASE("sync() during a running round queues exactly one more round")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.sync();
    engine.sync();
    engine.sync();
    REQUIRE(waitUntil([&] { return finished.size() == 2; }, 5000));
    waitUntil([] { return false; }, 100);
    CHECK(finished.size() == 2);
    CHECK(server.requestsTo(QStringLiteral("/api/sync/pull")).size() == 2);
}

TEST_CASE("background sync runs rounds on an interval")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    SyncEngine engine(store, server.url(), fastConfig());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.setBackgroundInterval(50);
    REQUIRE(waitUntil([&] { return finished.size() >= 2; }, 5000));
    engine.setBackgroundInterval(0);
}
