// Idempotency records (the recorded outcome of each (device, n)) are pruned once the device has the
// answers and they are old enough; a replay is still answered without applying anything twice.
#include "server/pushservice.h"
#include "testserver.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::server;
using namespace verrijkt::testing;

namespace {

QString statusOf(const Reply &r, int i)
{
    return r.array("acks").at(i).toObject().value(QLatin1String("status")).toString();
}

QJsonObject school(int i, qint64 n, qint64 millis)
{
    return mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                    schoolFields(QStringLiteral("12AB%1").arg(i, 2, 10, QLatin1Char('0'))), hlcAt(millis), n);
}

} // namespace

TEST_CASE("outcomes the device has answers for are pruned when old, replays stay harmless", "[server][sync]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    ServerStore &store = t.server().store();
    const auto recorded = [&] {
        QList<qint64> ns;
        QSqlQuery q = store.exec(QStringLiteral("SELECT n FROM mutation_results WHERE device = ? ORDER BY n"),
                                 {QStringLiteral("dev")});
        while (q.next())
            ns << q.value(0).toLongLong();
        return ns;
    };
    const auto lastSeq = [&] {
        return store.scalar(QStringLiteral("SELECT last_seq FROM change_seq WHERE id = 1")).toLongLong();
    };
    const QJsonArray first{school(1, 1, t.now), school(2, 2, t.now),
                           mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                                    {{QStringLiteral("name"), QStringLiteral("half")}}, hlcAt(t.now), 3)};
    const Reply r1 = t.push(admin, QStringLiteral("dev"), first);
    REQUIRE(r1.status == 200);
    CHECK(statusOf(r1, 2) == QLatin1String("rejected"));
    CHECK(recorded() == QList<qint64>{1, 2, 3});

    // The next push starts at n 4: the device has the answers to 1..3. Young records are kept.
    REQUIRE(t.push(admin, QStringLiteral("dev"), {school(4, 4, t.now)}).status == 200);
    CHECK(recorded() == QList<qint64>{1, 2, 3, 4});
    // Once they are old enough they go, and only those below the device's lowest pending n.
    t.advance(PushService::kKeepResultsMs + 1000);
    const QJsonArray second{school(5, 5, t.now), school(6, 6, t.now)};
    REQUIRE(t.push(admin, QStringLiteral("dev"), second).status == 200);
    CHECK(recorded() == QList<qint64>{5, 6});

    // A stray late copy of the first push changes nothing; n 1..3 count as already decided.
    const qint64 seqBefore = lastSeq();
    const Reply stray = t.push(admin, QStringLiteral("dev"), first);
    REQUIRE(stray.status == 200);
    for (int i = 0; i < 3; ++i)
        CHECK(statusOf(stray, i) == QLatin1String("duplicate"));
    CHECK(lastSeq() == seqBefore);
    CHECK(recorded() == QList<qint64>{5, 6});

    // The device's own resend of its latest push (answer lost) still gets the original answers.
    const Reply resend = t.push(admin, QStringLiteral("dev"), second);
    CHECK(statusOf(resend, 0) == QLatin1String("applied"));
    CHECK(statusOf(resend, 1) == QLatin1String("applied"));
    CHECK(lastSeq() == seqBefore);

    // A rejection stays recorded as long as the device may still resend it.
    const QJsonObject bad = mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                                     {{QStringLiteral("pupils"), QStringLiteral("many")}}, hlcAt(t.now), 7);
    REQUIRE(statusOf(t.push(admin, QStringLiteral("dev"), {bad}), 0) == QLatin1String("rejected"));
    t.advance(2 * PushService::kKeepResultsMs);
    const Reply again = t.push(admin, QStringLiteral("dev"), {bad});
    CHECK(statusOf(again, 0) == QLatin1String("rejected"));
    CHECK(again.array("acks")
              .at(0)
              .toObject()
              .value(QLatin1String("reason"))
              .toObject()
              .value(QLatin1String("key")) == QJsonValue(QStringLiteral("sync.field.type")));

    // Another device of the same user keeps its own records.
    REQUIRE(t.push(admin, QStringLiteral("other"), {school(9, 1, t.now)}).status == 200);
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM mutation_results WHERE device = 'other'"))
              .toLongLong() == 1);
}
