// Several server instances (like several processes) on one database writing at the same time:
// the change feed never skips a change that commits late, and every change is pulled exactly once.
#include "server/serverstore.h"
#include "testserver.h"

#include <QJsonDocument>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <semaphore>
#include <thread>

using namespace verrijkt;
using namespace verrijkt::server;
using namespace verrijkt::testing;

namespace {

// One more server on the same database, created and used in the calling thread only.
std::unique_ptr<SyncServer> secondServer(const StoreConfig &config)
{
    ServerOptions options;
    options.store = config;
    options.accounts.hashLimits = HashLimits::minimum();
    options.clock = [] { return kStartMillis; };
    QString error;
    auto server = SyncServer::create(options, &error);
    if (!server)
        throw std::runtime_error(error.toStdString());
    return server;
}

ApiResponse call(SyncServer &server, const QByteArray &method, const QString &path, const QString &token,
                 const QJsonObject &body = {})
{
    ApiRequest r;
    r.method = method;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    r.path = path.left(q);
    if (q >= 0)
        r.query = QUrlQuery(path.mid(q + 1));
    r.headers.insert("x-verrijkt-protocol", "1");
    r.headers.insert("authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.remoteAddress = QStringLiteral("127.0.0.1");
    return server.handle(r);
}

QJsonObject sessionBatch(const QString &device, qint64 firstN, int count, QStringList *ids)
{
    QJsonArray mutations;
    for (int i = 0; i < count; ++i) {
        ids->append(newId());
        mutations.append(mutation(QStringLiteral("enrichment_session"), QStringLiteral("insert"), ids->last(),
                                  sessionFields(QStringLiteral("11AK00"), QStringLiteral("root")),
                                  hlcAt(kStartMillis, device), firstN + i));
    }
    return {{QStringLiteral("device"), device}, {QStringLiteral("mutations"), mutations}};
}

bool allApplied(const ApiResponse &r)
{
    if (r.status != 200)
        return false;
    for (const QJsonValue &ack : r.body.value(QLatin1String("acks")).toArray())
        if (ack.toObject().value(QLatin1String("status")).toString() != QLatin1String("applied"))
            return false;
    return true;
}

// Pulls pages until `more` is false; appends (seq, id) pairs.
void drain(SyncServer &server, const QString &token, const QString &device, qint64 *cursor,
           QList<QPair<qint64, QString>> *seen, int limit)
{
    for (;;) {
        const ApiResponse r = call(
            server, "GET",
            QStringLiteral("/api/sync/pull?device=%1&cursor=%2&limit=%3").arg(device).arg(*cursor).arg(limit),
            token);
        const QJsonObject page = r.json();
        if (r.status != 200)
            throw std::runtime_error("pull failed: " + QJsonDocument(page).toJson().toStdString());
        for (const QJsonValue &c : page.value(QLatin1String("changes")).toArray())
            seen->append({static_cast<qint64>(c.toObject().value(QLatin1String("seq")).toDouble()),
                          c.toObject().value(QLatin1String("id")).toString()});
        *cursor = static_cast<qint64>(page.value(QLatin1String("cursor")).toDouble());
        if (!page.value(QLatin1String("more")).toBool())
            return;
    }
}

struct Setup
{
    TestServer t;
    QString admin;
    explicit Setup(const std::string &backend) : t(backend)
    {
        admin = t.adminToken();
        const Reply r = t.push(admin, QStringLiteral("setup"),
                               {mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                                         schoolFields(QStringLiteral("11AK00"), 500), hlcAt(kStartMillis))});
        REQUIRE(r.status == 200);
    }
    StoreConfig config() { return t.server().options().store; }
};

} // namespace

TEST_CASE("a writer that commits late is never skipped by a pull cursor", "[server][concurrency]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    Setup s(backend);
    qint64 cursor = 0;
    QList<QPair<qint64, QString>> seen;
    drain(s.t.server(), s.admin, QStringLiteral("reader"), &cursor, &seen, 100); // the school
    seen.clear();

    std::binary_semaphore aReady(0), bReady(0), goA(0), goB(0), aHolds(0), releaseA(0);
    std::atomic<bool> aOk{false}, bOk{false};
    QStringList aIds, bIds;
    std::string failure;
    std::jthread a([&] {
        try {
            auto server = secondServer(s.config());
            server->store().afterSeqAllocated = [&](qint64) {
                aHolds.release();
                // Held open with its seq allocated until the main thread has pulled.
                releaseA.try_acquire_for(std::chrono::seconds(20));
            };
            aReady.release();
            if (!goA.try_acquire_for(std::chrono::seconds(60)))
                return;
            aOk = allApplied(call(*server, "POST", QStringLiteral("/api/sync/push"), s.admin,
                                  sessionBatch(QStringLiteral("writer-a"), 1, 1, &aIds)));
        } catch (const std::exception &e) {
            failure = e.what();
            aReady.release();
            aHolds.release();
        }
    });
    std::jthread b([&] {
        try {
            auto server = secondServer(s.config());
            bReady.release();
            if (!goB.try_acquire_for(std::chrono::seconds(60)))
                return;
            bOk = allApplied(call(*server, "POST", QStringLiteral("/api/sync/push"), s.admin,
                                  sessionBatch(QStringLiteral("writer-b"), 1, 1, &bIds)));
        } catch (const std::exception &e) {
            failure = e.what();
            bReady.release();
        }
    });
    REQUIRE(aReady.try_acquire_for(std::chrono::seconds(30)));
    REQUIRE(bReady.try_acquire_for(std::chrono::seconds(30)));
    goA.release();
    REQUIRE(aHolds.try_acquire_for(std::chrono::seconds(30)));
    // A holds an allocated, uncommitted seq. B now tries to write; the reader pulls. A is released
    // a little later from another thread, because on SQLite the pull's own bookkeeping waits for
    // A's write lock too.
    goB.release();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::jthread releaser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        releaseA.release();
    });
    drain(s.t.server(), s.admin, QStringLiteral("reader"), &cursor, &seen, 100);
    releaser.join();
    a.join();
    b.join();
    INFO(failure);
    REQUIRE(failure.empty());
    REQUIRE(aOk);
    REQUIRE(bOk);
    drain(s.t.server(), s.admin, QStringLiteral("reader"), &cursor, &seen, 100);

    QStringList ids;
    for (const auto &p : seen)
        ids << p.second;
    ids.sort();
    QStringList expected = aIds + bIds;
    expected.sort();
    CHECK(ids == expected);
}

TEST_CASE("concurrent writers and a paging reader: every change pulled exactly once", "[server][concurrency]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    Setup s(backend);
    constexpr int kWriters = 3, kBatches = 15, kPerBatch = 4;
    std::atomic<int> writersDone{0};
    std::vector<QStringList> written(kWriters);
    std::vector<std::string> failures(kWriters + 1);
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            try {
                auto server = secondServer(s.config());
                for (int batch = 0; batch < kBatches; ++batch) {
                    const ApiResponse r = call(*server, "POST", QStringLiteral("/api/sync/push"), s.admin,
                                               sessionBatch(QStringLiteral("writer-%1").arg(w),
                                                            1 + batch * kPerBatch, kPerBatch, &written[w]));
                    if (!allApplied(r))
                        throw std::runtime_error("push failed: " +
                                                 QJsonDocument(r.body).toJson().toStdString());
                }
            } catch (const std::exception &e) {
                failures[w] = e.what();
            }
            ++writersDone;
        });
    }
    QList<QPair<qint64, QString>> seen;
    qint64 cursor = 0;
    std::thread reader([&] {
        try {
            auto server = secondServer(s.config());
            while (writersDone.load() < kWriters)
                drain(*server, s.admin, QStringLiteral("reader"), &cursor, &seen, 7);
            drain(*server, s.admin, QStringLiteral("reader"), &cursor, &seen, 7);
        } catch (const std::exception &e) {
            failures[kWriters] = e.what();
        }
    });
    for (auto &th : threads)
        th.join();
    reader.join();
    for (const std::string &f : failures) {
        INFO(f);
        REQUIRE(f.empty());
    }

    QStringList expected;
    for (const QStringList &ids : written)
        expected += ids;
    REQUIRE(expected.size() == kWriters * kBatches * kPerBatch);
    QStringList pulled;
    qint64 previous = 0;
    for (const auto &p : seen) {
        CHECK(p.first > previous); // the feed only moves forward
        previous = p.first;
        pulled << p.second;
    }
    pulled.removeAll(QString()); // (none expected)
    QStringList withoutSchool;
    for (const QString &id : pulled)
        if (expected.contains(id))
            withoutSchool << id;
    CHECK(withoutSchool.size() == pulled.size() - 1); // the school record is the only other change
    withoutSchool.sort();
    expected.sort();
    CHECK(withoutSchool == expected); // each exactly once
}

TEST_CASE("a pull with nothing new never waits for another process's open write", "[server][concurrency]")
{
    // On SQLite there is one writer at a time; reading (WAL) needs no lock. An idle device's pull
    // only reads, so it is answered while another server process holds the write lock.
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    Setup s(backend);
    qint64 cursor = 0;
    QList<QPair<qint64, QString>> seen;
    drain(s.t.server(), s.admin, QStringLiteral("reader"), &cursor, &seen, 100);
    REQUIRE(seen.size() == 1);

    std::binary_semaphore holding(0), release(0);
    std::atomic<bool> writerOk{false};
    std::string failure;
    QStringList ids;
    std::jthread writer([&] {
        try {
            auto server = secondServer(s.config());
            server->store().afterSeqAllocated = [&](qint64) {
                holding.release();
                release.try_acquire_for(std::chrono::seconds(60)); // the write lock stays taken
            };
            writerOk = allApplied(call(*server, "POST", QStringLiteral("/api/sync/push"), s.admin,
                                       sessionBatch(QStringLiteral("writer"), 1, 1, &ids)));
        } catch (const std::exception &e) {
            failure = e.what();
            holding.release();
        }
    });
    REQUIRE(holding.try_acquire_for(std::chrono::seconds(30)));
    // The writer is inside its transaction now and will stay there until we let it go, so if the
    // pull needed the lock it could only fail (busy timeout), never succeed.
    const ApiResponse idle =
        call(s.t.server(), "GET",
             QStringLiteral("/api/sync/pull?device=reader&cursor=%1&limit=100").arg(cursor), s.admin);
    const QJsonObject page = idle.json();
    release.release();
    writer.join();
    INFO(failure);
    REQUIRE(failure.empty());
    CHECK(idle.status == 200);
    CHECK(page.value(QLatin1String("changes")).toArray().isEmpty());
    CHECK(page.value(QLatin1String("cursor")).toInteger() == cursor);
    CHECK(writerOk);
    // Afterwards the new session arrives as usual.
    seen.clear();
    drain(s.t.server(), s.admin, QStringLiteral("reader"), &cursor, &seen, 100);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().second == ids.first());
}
