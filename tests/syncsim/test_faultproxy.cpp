// The fault-injecting proxy (src/sync/testing/faultproxy.h) against a recording upstream.
#include "faultproxy.h"
#include "recordingupstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <catch2/catch.hpp>

using namespace verrijkt::synctesting;

namespace {

QUrl at(const FaultProxy &proxy, const QString &pathAndQuery)
{
    return QUrl(proxy.url().toString() + pathAndQuery);
}

void spinUntil(const std::function<bool()> &done, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// A seed for which stream `a`'s first request meets `wantA` and stream `b`'s first `wantB`.
quint64 seedWhere(const FaultPlan &plan, const std::function<bool(const FaultDecision &)> &wantA,
                  const std::function<bool(const FaultDecision &)> &wantB)
{
    for (quint64 seed = 1; seed < 10'000; ++seed) {
        FaultProxy probe(seed);
        probe.setFaults(plan);
        if (wantA(probe.decisionFor(QStringLiteral("a"), 0, false)) &&
            wantB(probe.decisionFor(QStringLiteral("b"), 0, false)))
            return seed;
    }
    FAIL("no seed found");
    return 0;
}

} // namespace

TEST_CASE("Without faults the proxy forwards requests and answers unchanged, on one kept-alive connection")
{
    RecordingUpstream upstream;
    FaultProxy proxy(1);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());

    const ClientReply first = httpPost(at(proxy, "/api/sync/push"), R"({"device":"d","mutations":[]})");
    CHECK(first.status == 200);
    CHECK(QJsonDocument::fromJson(first.body).object().value("n").toInt() == 1);
    const ClientReply second = httpGet(at(proxy, "/api/sync/pull?cursor=7&device=d"));
    CHECK(second.status == 200);
    CHECK(QJsonDocument::fromJson(second.body).object().value("target").toString() ==
          "/api/sync/pull?cursor=7&device=d");
    REQUIRE(upstream.received().size() == 2);
    CHECK(upstream.received().at(0).body == R"({"device":"d","mutations":[]})");
    CHECK(upstream.received().at(0).method() == "POST");
    CHECK(proxy.stats().requests == 2);
    CHECK(proxy.stats().answered == 2);
    CHECK(proxy.inFlight() == 0);
}

TEST_CASE("A dropped request never reaches the server and the client sees a broken connection")
{
    RecordingUpstream upstream;
    FaultProxy proxy(2);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());
    FaultPlan plan;
    plan.dropRequest = 1.0;
    proxy.setFaults(plan);

    const ClientReply reply = httpPost(at(proxy, "/api/sync/push"), "{}");
    CHECK(reply.networkError);
    CHECK(upstream.received().isEmpty());
    CHECK(proxy.stats().droppedRequests >= 1);
}

TEST_CASE("A dropped answer is lost after the server handled the request")
{
    RecordingUpstream upstream;
    FaultProxy proxy(3);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());
    FaultPlan plan;
    plan.dropAnswer = 1.0;
    proxy.setFaults(plan);

    const ClientReply reply = httpPost(at(proxy, "/api/sync/push"), "{}");
    CHECK(reply.networkError);
    CHECK(upstream.received().size() >= 1);
    CHECK(proxy.stats().droppedAnswers >= 1);
    CHECK(proxy.stats().answered == 0);
}

TEST_CASE("A duplicated request reaches the server twice and the client gets one answer")
{
    RecordingUpstream upstream;
    FaultProxy proxy(4);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());
    FaultPlan plan;
    plan.duplicate = 1.0;
    proxy.setFaults(plan);

    const ClientReply reply = httpPost(at(proxy, "/api/sync/push"), R"({"x":1})");
    CHECK(reply.status == 200);
    REQUIRE(upstream.received().size() == 2);
    CHECK(upstream.received().at(0).body == upstream.received().at(1).body);
    CHECK(proxy.stats().duplicated == 1);
}

TEST_CASE("A reordered request reaches the server after a later one")
{
    FaultPlan plan;
    plan.reorder = 0.5;
    plan.maxDelayMs = 3000; // long enough that only the later request can release it
    const quint64 seed = seedWhere(
        plan, [](const FaultDecision &d) { return d.reorder; },
        [](const FaultDecision &d) { return !d.reorder; });
    RecordingUpstream upstream;
    FaultProxy proxy(seed);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());
    proxy.setFaults(plan);
    proxy.setStreamKey([](const HttpMessage &m) { return QString::fromLatin1(m.target().mid(1, 1)); });

    QNetworkAccessManager network;
    QNetworkReply *a = network.get(QNetworkRequest(at(proxy, "/a")));
    spinUntil([&] { return proxy.stats().reordered == 1; });
    QNetworkReply *b = network.get(QNetworkRequest(at(proxy, "/b")));
    spinUntil([&] { return a->isFinished() && b->isFinished(); });
    CHECK(a->error() == QNetworkReply::NoError);
    CHECK(b->error() == QNetworkReply::NoError);
    CHECK(upstream.targets() == QByteArrayList{"/b", "/a"});
    delete a;
    delete b;
}

TEST_CASE("Delays hold requests back without losing them")
{
    RecordingUpstream upstream;
    FaultProxy proxy(5);
    REQUIRE(proxy.listen());
    proxy.setUpstream(upstream.port());
    FaultPlan plan;
    plan.delay = 1.0;
    plan.maxDelayMs = 20;
    proxy.setFaults(plan);
    for (int i = 0; i < 5; ++i)
        CHECK(httpGet(at(proxy, QStringLiteral("/x%1").arg(i))).status == 200);
    CHECK(proxy.stats().delayed == 5);
    CHECK(upstream.received().size() == 5);
}

TEST_CASE("A server that is down is answered with 502, so clients retry")
{
    FaultProxy proxy(6);
    REQUIRE(proxy.listen());
    quint16 deadPort = 0;
    {
        RecordingUpstream gone;
        deadPort = gone.port();
    }
    proxy.setUpstream(deadPort);
    const ClientReply reply = httpGet(at(proxy, "/api/health"));
    CHECK(reply.status == 502);
    CHECK(QJsonDocument::fromJson(reply.body).object().value("error").toString() == "unavailable");
    CHECK(proxy.stats().upstreamFailures == 1);
}

TEST_CASE(
    "Restart points: before forwarding the request goes to the restarted server, after the answer it is lost")
{
    RecordingUpstream before, after;
    FaultProxy proxy(7);
    REQUIRE(proxy.listen());
    proxy.setUpstream(before.port());
    QList<RestartPoint> seen;
    proxy.setRestartHook([&](RestartPoint point, std::function<void()> resume) {
        seen.append(point);
        proxy.setUpstream(after.port()); // "the restarted server"
        resume();
    });
    FaultPlan plan;
    plan.restart = 1.0;
    proxy.setFaults(plan);

    // Pull requests are never restart points.
    CHECK(httpGet(at(proxy, "/api/sync/pull?cursor=0")).status == 200);
    CHECK(seen.isEmpty());

    // Pushes restart at the point the seed picks. (After a lost answer QNetworkAccessManager may
    // resend on its own; such rounds see two restarts and are not checked one by one.)
    QSet<RestartPoint> checked;
    for (int i = 0; i < 60; ++i) {
        proxy.setUpstream(before.port());
        const qsizetype seenCount = seen.size();
        const qsizetype beforeCount = before.received().size();
        const qsizetype afterCount = after.received().size();
        const ClientReply reply = httpPost(at(proxy, "/api/sync/push"), QByteArray::number(i));
        spinUntil([&] { return proxy.inFlight() == 0; });
        REQUIRE(seen.size() > seenCount);
        if (seen.size() != seenCount + 1)
            continue;
        checked.insert(seen.last());
        switch (seen.last()) {
        case RestartPoint::BeforeForward:
            CHECK(reply.status == 200);
            CHECK(after.received().size() == afterCount + 1);
            CHECK(before.received().size() == beforeCount);
            break;
        case RestartPoint::InFlight:
            // The recording server is not really restarted, so the answer still arrives.
            CHECK(reply.status == 200);
            CHECK(before.received().size() == beforeCount + 1);
            break;
        case RestartPoint::AfterAnswer:
            CHECK(reply.networkError);
            CHECK(before.received().size() == beforeCount + 1);
            break;
        }
    }
    CHECK(checked.size() == 3);
    CHECK(seen.contains(RestartPoint::BeforeForward));
    CHECK(seen.contains(RestartPoint::InFlight));
    CHECK(seen.contains(RestartPoint::AfterAnswer));
}

TEST_CASE("Fault decisions depend only on seed, stream and ordinal")
{
    FaultPlan plan;
    plan.dropRequest = 0.1;
    plan.dropAnswer = 0.1;
    plan.duplicate = 0.1;
    plan.delay = 0.2;
    plan.reorder = 0.1;
    FaultProxy a(42), b(42), c(43);
    for (FaultProxy *p : {&a, &b, &c})
        p->setFaults(plan);
    int differences = 0;
    for (quint64 n = 0; n < 200; ++n) {
        const FaultDecision x = a.decisionFor("dev-1", n, true);
        const FaultDecision y = b.decisionFor("dev-1", n, true);
        CHECK(x.dropRequest == y.dropRequest);
        CHECK(x.dropAnswer == y.dropAnswer);
        CHECK(x.duplicate == y.duplicate);
        CHECK(x.delayMs == y.delayMs);
        CHECK(x.reorder == y.reorder);
        const FaultDecision z = c.decisionFor("dev-1", n, true);
        differences += (x.dropRequest != z.dropRequest) + (x.delayMs != z.delayMs);
    }
    CHECK(differences > 0);
    // Roughly the planned rate.
    int drops = 0;
    for (quint64 n = 0; n < 2000; ++n)
        drops += a.decisionFor("dev-2", n, false).dropRequest;
    CHECK(drops > 120);
    CHECK(drops < 280);
}
