// A real verrijkt-server process killed with SIGKILL again and again while devices push through
// the proxy; after restarts every device converges and the database is consistent
// (docs/sync-testing.md). Runs on SQLite, and on PostgreSQL when VERRIJKT_TEST_PG is set.
#include "blockinghttp.h"
#include "convergencechecks.h"
#include "faultproxy.h"
#include "server/serverstore.h"
#include "serverprocess.h"
#include "simcast.h"
#include "simchecks.h"
#include "simrun.h"
#include "simserver.h"
#include "simworkload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::synctesting;

namespace {

qint64 realNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct CrashRun
{
    int kills = 0;
    int killsDuringPush = 0;
    int operations = 0;
};

QStringList storeArgs(const server::StoreConfig &c)
{
    if (c.backend == server::Backend::Sqlite)
        return {QStringLiteral("--db"), c.sqlitePath};
    return {QStringLiteral("--pg"), c.pgConnInfo};
}

} // namespace

TEST_CASE("Devices converge although the server process is killed with SIGKILL during pushes")
{
    quietSimLogs();
    const QList<quint64> seeds = simSeeds({21});
    const int cycles = std::max(4, simOperations(80) / 10);
    QTextStream out(stdout);
    for (const QString &backend : availableBackends()) {
        for (const quint64 seed : seeds) {
            INFO(backend.toStdString()
                 << ", seed " << seed << " (replay: VERRIJKT_SIM_SEED=" << seed << " test_server_crash)");
            ScratchDatabase database(backend);
            REQUIRE(database.ok());
            ServerProcess process(QStringLiteral(VERRIJKT_SERVER_BIN), storeArgs(database.config()));
            QString output;
            for (const SimAccount &a : simAccounts()) {
                QStringList args{
                    "user",   "add", a.user, "--role", a.role, "--password-stdin", "--password-hash",
                    "minimum"};
                for (const QString &s : a.schools)
                    args << "--school" << s;
                INFO(output.toStdString());
                REQUIRE(process.run(args, simPassword(a.user).toUtf8() + '\n', &output) == 0);
            }
            QString error;
            INFO(error.toStdString());
            REQUIRE(process.start(&error));

            FaultProxy proxy(seed);
            REQUIRE(proxy.listen(&error));
            proxy.setUpstream(process.port());
            BlockingHttp direct(process.url());

            // Four devices on the real clock: two of the regional team, a coordinator, an officer.
            QTemporaryDir dir;
            std::vector<std::unique_ptr<SimDevice>> devices;
            ConvergenceInput input;
            input.adminToken = direct.login("admin", simPassword("admin"), "crash-admin", &error);
            REQUIRE(!input.adminToken.isEmpty());
            const QHash<QString, SimAccount> accounts = [] {
                QHash<QString, SimAccount> h;
                for (const SimAccount &a : simAccounts())
                    h.insert(a.user, a);
                return h;
            }();
            for (const QString &user : QStringList{"regio-a", "regio-b", "coord-1", "bf-1"}) {
                SimDeviceConfig c;
                c.label = QStringLiteral("%1@crash").arg(user);
                c.user = user;
                c.role = accounts.value(user).role;
                c.dbPath = dir.filePath(c.label + ".db");
                c.clock = realNow;
                c.server = proxy.url();
                c.engine.pushBatch = 25;
                c.engine.maxRetries = 2;
                c.engine.backoff = {5, 40, 2.0};
                c.engine.seed = static_cast<quint32>(seed);
                auto d = SimDevice::open(c, &error);
                REQUIRE(d);
                const QString token = direct.login(user, simPassword(user), d->db().deviceId(), &error);
                REQUIRE(!token.isEmpty());
                d->setToken(token);
                input.tokens.insert(c.label, token);
                input.memory.insert(c.label,
                                    DeviceMemory{user, c.role, accounts.value(user).schools, {}, {}});
                input.devices.append(d.get());
                devices.push_back(std::move(d));
            }
            REQUIRE(SimWorkload::seedWorld(*devices.front(), &error));
            for (auto &d : devices)
                REQUIRE(syncOnce(*d));

            // Kill the server a few milliseconds after a push reached it: before, during or after
            // its commit, whichever the scheduler makes of it.
            SeededRandom rng(mixSeed(seed, stableHash("crash")));
            CrashRun run;
            bool armed = false;
            QObject::connect(&proxy, &FaultProxy::forwarded, &proxy,
                             [&](const QByteArray &, const QByteArray &target) {
                                 if (!armed || !target.startsWith("/api/sync/push"))
                                     return;
                                 armed = false;
                                 QTimer::singleShot(static_cast<int>(rng.between(0, 8)), &proxy, [&] {
                                     process.killHard();
                                     ++run.killsDuringPush;
                                 });
                             });
            SimWorkload workload;
            for (int cycle = 0; cycle < cycles; ++cycle) {
                for (auto &d : devices)
                    for (int i = 0; i < 15; ++i)
                        workload.operate(*d, input.memory[d->label()], rng);
                armed = true;
                for (auto &d : devices)
                    d->startSync();
                waitForRounds(input.devices, 120'000);
                armed = false;
                if (process.isRunning())
                    process.killHard(); // no push this time: kill it anyway
                ++run.kills;
                REQUIRE(process.start(&error));
                proxy.setUpstream(process.port());
            }
            run.operations = workload.stats().attempted;
            direct.setBase(process.url());

            // Quiet: sync until nothing moves.
            for (int pass = 0, moved = 1; moved && pass < 12; ++pass) {
                moved = 0;
                for (auto &d : devices) {
                    INFO(d->label().toStdString() << ": " << d->engine().lastError().detail.toStdString());
                    REQUIRE(syncOnce(*d));
                    moved += d->engine().lastReport().pushed + d->engine().lastReport().rejected;
                }
            }
            input.serverNowMs = realNow();
            QStringList failures = checkConvergence(input, direct);
            process.killHard(); // one last crash before the database is inspected
            auto store = server::ServerStore::open(database.config(), &error);
            REQUIRE(store);
            failures << checkServerTables(*store, input.devices);
            out << QStringLiteral(
                       "crash test, %1, seed %2: %3 operations, %4 kills (%5 right after a push was "
                       "forwarded), %6 server starts")
                       .arg(backend)
                       .arg(seed)
                       .arg(run.operations)
                       .arg(run.kills)
                       .arg(run.killsDuringPush)
                       .arg(process.starts())
                << Qt::endl;
            if (!failures.isEmpty())
                FAIL(QStringLiteral("%1 violation(s) after crashes (%2, seed %3):\n%4")
                         .arg(failures.size())
                         .arg(backend)
                         .arg(seed)
                         .arg(failures.mid(0, 25).join(QLatin1Char('\n')))
                         .toStdString());
            CHECK(run.killsDuringPush > 0);
        }
    }
}

TEST_CASE("A server process's output is read as it comes and only its recent end is kept")
{
    ScratchDatabase database(QStringLiteral("sqlite"));
    REQUIRE(database.ok());
    ServerProcess process(QStringLiteral(VERRIJKT_SERVER_BIN), storeArgs(database.config()));
    QString error;
    REQUIRE(process.start(&error));
    BlockingHttp http(process.url());
    // Each request logs a line: far more than the kept tail in all.
    for (int i = 0; i < 600; ++i)
        REQUIRE(http.get(QStringLiteral("/api/health")).status == 200);
    QElapsedTimer timer;
    timer.start();
    while (process.unreadBytes() > 0 && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(process.unreadBytes() == 0);
    const QByteArray tail = process.recentOutput();
    CHECK(tail.size() <= ServerProcess::kTailBytes);
    CHECK(tail.size() > ServerProcess::kTailBytes / 2);
    CHECK(tail.contains("GET /api/health 200"));
}
