// SyncStatus: what the header shows about synchronisation, against the sync layer's in-memory
// store and scripted server.
#include "fakesyncstore.h"
#include "scriptedsyncserver.h"
#include "syncstatus/syncstatus.h"

#include <QLocale>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QString kHlc = QStringLiteral("000001767225600000-00000000-device");

QUuid uuid(int i)
{
    return QUuid(QStringLiteral("0192f5e0-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
}

SyncEngineConfig fast()
{
    SyncEngineConfig c;
    c.backoff = {20, 200, 2.0};
    c.timeoutMs = 2000;
    c.pullLimit = 10;
    c.seed = 7;
    return c;
}

bool finishRound(SyncStatus &status, int timeoutMs = 10000)
{
    QSignalSpy done(&status, &SyncStatus::roundFinished);
    status.syncNow();
    return done.wait(timeoutMs) && done.first().first().toBool();
}

} // namespace

TEST_CASE("SyncStatus counts waiting changes, sends them and says when it last succeeded")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    FakeSyncStore store;
    ScriptedSyncServer server;
    SyncStatus status(&store);
    CHECK_FALSE(status.connected());
    CHECK(status.lastSuccessText() == QStringLiteral("Not synchronised yet"));

    for (int i = 0; i < 3; ++i)
        store.addLocalEdit(QStringLiteral("participation"), uuid(i), {{QStringLiteral("pupils_reached"), i}},
                           kHlc);
    CHECK(status.pendingCount() == 3);
    CHECK(status.summary() == QStringLiteral("3 change(s) waiting to be sent"));

    status.syncNow(); // not connected: says so, changes nothing
    CHECK(status.errorText() == QStringLiteral("Sign in again to synchronise."));
    CHECK(status.pendingCount() == 3);

    status.start(server.url(), QStringLiteral("token"), fast());
    CHECK(status.connected());
    REQUIRE(finishRound(status));
    CHECK(status.pendingCount() == 0);
    CHECK(status.errorText().isEmpty());
    CHECK(status.summary() == QStringLiteral("Everything sent"));
    CHECK(status.lastSuccess().isValid());
    CHECK(status.lastSuccessText().startsWith(QStringLiteral("Last synchronised today at")));
    CHECK(server.applyCount.size() == 3);
}

TEST_CASE("SyncStatus shows the progress of the first download and announces pulled data")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    for (int i = 0; i < 35; ++i)
        server.addChange(QStringLiteral("participation"), uuid(100 + i),
                         {{QStringLiteral("pupils_reached"), i}}, kHlc);
    SyncStatus status(&store);
    status.start(server.url(), QStringLiteral("token"), fast());

    QList<double> progress;
    bool sawInitial = false;
    QObject::connect(&status, &SyncStatus::changed, [&] {
        if (status.syncing() && status.initialSync())
            sawInitial = true;
        if (status.progress() >= 0)
            progress << status.progress();
    });
    QSignalSpy pulled(&status, &SyncStatus::dataPulled);
    REQUIRE(finishRound(status));
    CHECK(sawInitial);
    CHECK(pulled.count() == 1);
    CHECK(status.lastPulled() == 35);
    REQUIRE(progress.size() >= 4); // four pages of ten
    CHECK(progress.first() < 0.5);
    CHECK(progress.last() == Approx(1.0));
    CHECK_FALSE(status.initialSync());

    // A later round is not a first download.
    server.addChange(QStringLiteral("participation"), uuid(200), {{QStringLiteral("pupils_reached"), 1}},
                     kHlc);
    sawInitial = false;
    REQUIRE(finishRound(status));
    CHECK_FALSE(sawInitial);
}

TEST_CASE("SyncStatus explains errors in plain words and reports a refused sign-in")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    FakeSyncStore store;
    store.addLocalEdit(QStringLiteral("participation"), uuid(1), {{QStringLiteral("pupils_reached"), 1}},
                       kHlc);

    {
        ScriptedSyncServer server;
        const QUrl url = server.url();
        server.http.close(); // nobody answers any more
        SyncEngineConfig config = fast();
        config.maxRetries = 0;
        SyncStatus status(&store);
        status.start(url, QStringLiteral("token"), config);
        CHECK_FALSE(finishRound(status));
        CHECK_FALSE(status.errorText().isEmpty());
        CHECK(status.pendingCount() == 1); // nothing lost
    }
    {
        ScriptedSyncServer server;
        server.faults.push_back(
            {QString(), CannedReply::json(401, {{QStringLiteral("error"), QStringLiteral("unauthorized")}})});
        SyncStatus status(&store);
        status.start(server.url(), QStringLiteral("old-token"), fast());
        QSignalSpy refused(&status, &SyncStatus::tokenRefused);
        CHECK_FALSE(finishRound(status));
        CHECK(refused.count() == 1);
        CHECK(status.errorText().contains(QStringLiteral("Sign in again")));
    }
}

TEST_CASE("SyncStatus sends a local write soon after it was made")
{
    FakeSyncStore store;
    ScriptedSyncServer server;
    SyncStatus status(&store);
    status.start(server.url(), QStringLiteral("token"), fast());
    store.addLocalEdit(QStringLiteral("participation"), uuid(5), {{QStringLiteral("pupils_reached"), 5}},
                       kHlc);
    QSignalSpy done(&status, &SyncStatus::roundFinished);
    status.localWrite();
    REQUIRE(done.wait(SyncStatus::kLocalWriteDelayMs + 5000));
    CHECK(store.pendingCount() == 0);
}
