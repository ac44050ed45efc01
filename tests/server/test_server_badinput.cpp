// Versions and bad input: every refusal is a 4xx JSON error naming the problem, nothing of it is
// applied, and the server keeps serving.
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

void requireHealthy(TestServer &t)
{
    const Reply health = t.get(QStringLiteral("/api/health"));
    REQUIRE(health.status == 200);
    REQUIRE(health.json.value(QLatin1String("status")).toString() == QLatin1String("ok"));
}

QString errorOf(const Reply &r)
{
    return r.json.value(QLatin1String("error")).toString();
}

} // namespace

TEST_CASE("health reports protocol, schema and backend", "[server][protocol]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    TestServer t(backend);
    const Reply r =
        t.request("GET", QStringLiteral("/api/health"), {}, {}, {{"X-Verrijkt-Protocol", QByteArray()}});
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QLatin1String("protocol")).toInt() == 1);
    CHECK(r.json.value(QLatin1String("schema")).toInt() == 1);
    CHECK(r.json.value(QLatin1String("backend")).toString().toStdString() == backend);
    CHECK(r.headers.value("x-verrijkt-protocol") == "1");
}

TEST_CASE("with a certificate and key the server speaks HTTPS", "[server][protocol]")
{
    TestServer t("sqlite", [](server::ServerOptions &o) {
        o.tlsCert = testCertificateFile();
        o.tlsKey = testKeyFile();
    });
    const QString token = t.adminToken(); // login over TLS
    const Reply pulled = t.get(QStringLiteral("/api/sync/pull?device=d"), token);
    CHECK(pulled.status == 200);
    CHECK(pulled.json.value(QLatin1String("scope")).toObject().value(QLatin1String("role")).toString() ==
          QLatin1String("admin"));

    server::HttpFrontend plain(t.server());
    QString error;
    CHECK_FALSE(plain.enableTls(QStringLiteral("/nonexistent/cert.pem"), testKeyFile(), &error));
    CHECK(error.contains(QLatin1String("certificate")));
    CHECK_FALSE(plain.enableTls(testKeyFile(), testKeyFile(), &error)); // a key is no certificate
}

TEST_CASE("the server's connections send without waiting, over HTTP and HTTPS", "[server][protocol]")
{
    const bool tls = GENERATE(false, true);
    INFO((tls ? "https" : "http"));
    TestServer t("sqlite", [tls](server::ServerOptions &o) {
        if (tls) {
            o.tlsCert = testCertificateFile();
            o.tlsKey = testKeyFile();
        }
    });
    REQUIRE(t.get(QStringLiteral("/api/health")).status == 200);
    const QList<QTcpSocket *> sockets = t.http().findChildren<QTcpSocket *>();
    REQUIRE_FALSE(sockets.isEmpty());
    for (QTcpSocket *socket : sockets)
        if (socket->state() == QAbstractSocket::ConnectedState)
            CHECK(socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1);
}

TEST_CASE("an answer leaves the server before it reads the next request", "[server][protocol]")
{
    TestServer t("sqlite");
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, t.port());
    REQUIRE(client.waitForConnected(5000));
    QByteArray received;
    const auto ask = [&] {
        received.clear();
        client.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QElapsedTimer timer;
        timer.start();
        while (!received.contains("\"status\"") && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            received += client.readAll();
        }
        return received.startsWith("HTTP/1.1 200");
    };
    REQUIRE(ask());
    QTcpSocket *served = nullptr;
    for (QTcpSocket *s : t.http().findChildren<QTcpSocket *>())
        if (s->state() == QAbstractSocket::ConnectedState && s->peerPort() == client.localPort())
            served = s;
    REQUIRE(served != nullptr);
    // Runs right after the server's own reader has handled the request (connected after it): the
    // answer must already be with the operating system, not waiting in Qt's buffer for the event
    // loop, which would only write it after every other pending request had been handled.
    qint64 unsent = -1;
    QObject::connect(served, &QIODevice::readyRead, served, [&] { unsent = served->bytesToWrite(); });
    REQUIRE(ask());
    CHECK(unsent == 0);
}

TEST_CASE("a push with a bad pull member is refused whole, naming the member", "[server][badinput]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QJsonArray mutations{mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                                        schoolFields("11AK00"), hlcAt(t.now), 1)};
    const QList<std::pair<QJsonValue, QString>> cases{
        {QJsonValue(5), QStringLiteral("pull")},
        {QJsonObject{{QStringLiteral("cursor"), QStringLiteral("0")}}, QStringLiteral("pull.cursor")},
        {QJsonObject{{QStringLiteral("cursor"), 1.5}}, QStringLiteral("pull.cursor")},
        {QJsonObject{{QStringLiteral("cursor"), -1}}, QStringLiteral("pull.cursor")},
        {QJsonObject{{QStringLiteral("limit"), 0}}, QStringLiteral("pull.limit")},
        {QJsonObject{{QStringLiteral("limit"), 1'000'000}}, QStringLiteral("pull.limit")},
        {QJsonObject{{QStringLiteral("since"), 0}}, QStringLiteral("pull.since")}};
    for (const auto &[pull, field] : cases) {
        INFO("pull " << QJsonDocument(QJsonObject{{QStringLiteral("p"), pull}}).toJson().toStdString());
        const Reply r = t.post(QStringLiteral("/api/sync/push"),
                               {{QStringLiteral("device"), QStringLiteral("d")},
                                {QStringLiteral("mutations"), mutations},
                                {QStringLiteral("pull"), pull}},
                               admin);
        CHECK(r.status == 400);
        CHECK(errorOf(r) == QLatin1String("bad_request"));
        CHECK(r.json.value(QLatin1String("field")).toString() == field);
    }
    // Nothing of any of them was applied or recorded.
    CHECK(t.server().store().scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toInt() == 0);
    CHECK(t.server().store().scalar(QStringLiteral("SELECT COUNT(*) FROM mutation_results")).toInt() == 0);
    requireHealthy(t);
}

TEST_CASE("an old or missing protocol version gets 426 upgrade_required", "[server][protocol]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    TestServer t(backend);
    const QString token = t.adminToken();
    for (const QByteArray &version : {QByteArray(), QByteArray("0"), QByteArray("one")}) {
        INFO("version '" << version.toStdString() << "'");
        const Reply r = t.request("GET", QStringLiteral("/api/sync/pull?device=d"), {}, token,
                                  {{"X-Verrijkt-Protocol", version}});
        CHECK(r.status == 426);
        CHECK(errorOf(r) == QLatin1String("upgrade_required"));
        CHECK(r.json.value(QLatin1String("min_protocol")).toInt() == 1);
    }
    const Reply newer = t.request("GET", QStringLiteral("/api/sync/pull?device=d"), {}, token,
                                  {{"X-Verrijkt-Protocol", "2"}});
    CHECK(newer.status == 400);
    CHECK(errorOf(newer) == QLatin1String("unsupported_protocol"));
    CHECK(t.request("GET", QStringLiteral("/api/health"), {}, {}, {{"X-Verrijkt-Protocol", "0"}}).status ==
          426);
    requireHealthy(t);
}

TEST_CASE("malformed requests are refused with a specific error and change nothing", "[server][protocol]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString schoolId = newId();
    const QJsonObject good = mutation(QStringLiteral("school"), QStringLiteral("upsert"), schoolId,
                                      schoolFields(QStringLiteral("11AK00")), hlcAt(kStartMillis), 1);
    const auto pushRaw = [&](const QByteArray &body) {
        return t.request("POST", QStringLiteral("/api/sync/push"), body, admin);
    };
    const auto pushBody = [&](const QJsonObject &o) {
        return pushRaw(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };

    SECTION("malformed JSON")
    {
        const Reply r = pushRaw(R"({"device":"d1","mutations":[)");
        CHECK(r.status == 400);
        CHECK(errorOf(r) == QLatin1String("malformed_json"));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray body = R"({"device":"d1","mutations":[],"x":")";
        body += "\xC3\x28\xFF";
        body += "\"}";
        const Reply r = pushRaw(body);
        CHECK(r.status == 400);
        CHECK(errorOf(r) == QLatin1String("invalid_utf8"));
    }
    SECTION("body over 4 MiB")
    {
        QByteArray body = R"({"device":"d1","mutations":[],"pad":")";
        body += QByteArray(4 * 1024 * 1024, 'a');
        body += "\"}";
        const Reply r = pushRaw(body);
        CHECK(r.status == 413);
        CHECK(errorOf(r) == QLatin1String("body_too_large"));
    }
    SECTION("not an object")
    {
        const Reply r = pushRaw("[1,2,3]");
        CHECK(r.status == 400);
        CHECK(errorOf(r) == QLatin1String("bad_request"));
    }
    SECTION("wrong envelope types name the field")
    {
        Reply r = pushBody({{QStringLiteral("device"), 42}, {QStringLiteral("mutations"), QJsonArray{good}}});
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("device"));
        r = pushBody({{QStringLiteral("device"), QStringLiteral("d1")},
                      {QStringLiteral("mutations"), QStringLiteral("all")}});
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("mutations"));
        QJsonObject badN = good;
        badN.insert(QStringLiteral("n"), QStringLiteral("seven"));
        r = pushBody({{QStringLiteral("device"), QStringLiteral("d1")},
                      {QStringLiteral("mutations"), QJsonArray{good, badN}}});
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("mutations[1].n"));
        r = pushBody({{QStringLiteral("device"), QStringLiteral("d1")},
                      {QStringLiteral("mutations"), QJsonArray{good}},
                      {QStringLiteral("extra"), 1}});
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("extra"));
    }
    SECTION("the same n twice refuses the whole batch")
    {
        QJsonObject twin = good;
        twin.insert(QStringLiteral("id"), newId());
        const Reply r = pushBody({{QStringLiteral("device"), QStringLiteral("d1")},
                                  {QStringLiteral("mutations"), QJsonArray{good, twin}}});
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("mutations[1].n"));
    }
    SECTION("wrong method, unknown path, bad pull parameters")
    {
        CHECK(t.get(QStringLiteral("/api/sync/push"), admin).status == 405);
        CHECK(t.post(QStringLiteral("/api/sync/pull"), {}, admin).status == 405);
        CHECK(t.get(QStringLiteral("/api/nothing"), admin).status == 404);
        CHECK(t.get(QStringLiteral("/index.html")).status == 404);
        for (const QString &query :
             {QStringLiteral("cursor=-1&device=d"), QStringLiteral("cursor=x&device=d"),
              QStringLiteral("limit=0&device=d"), QStringLiteral("limit=5001&device=d"),
              QStringLiteral("cursor=0"), QStringLiteral("device=d&since=3")}) {
            INFO(query.toStdString());
            const Reply r = t.get(QStringLiteral("/api/sync/pull?") + query, admin);
            CHECK(r.status == 400);
            CHECK_FALSE(r.json.value(QLatin1String("field")).toString().isEmpty());
        }
    }
    SECTION("login with wrong types or unknown fields")
    {
        Reply r = t.post(QStringLiteral("/api/login"), {{QStringLiteral("user"), 5},
                                                        {QStringLiteral("password"), QStringLiteral("x")},
                                                        {QStringLiteral("device"), QStringLiteral("d")}});
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("user"));
        r = t.post(QStringLiteral("/api/login"), {{QStringLiteral("user"), QStringLiteral("root")},
                                                  {QStringLiteral("password"), QStringLiteral("x")},
                                                  {QStringLiteral("device"), QStringLiteral("d")},
                                                  {QStringLiteral("remember"), true}});
        CHECK(r.json.value(QLatin1String("field")).toString() == QLatin1String("remember"));
    }

    // Whatever was refused: nothing applied, the server still answers.
    requireHealthy(t);
    qint64 cursor = 0;
    CHECK(t.pullAll(admin, QStringLiteral("check"), &cursor).isEmpty());
    const Reply ok = pushBody(
        {{QStringLiteral("device"), QStringLiteral("d1")}, {QStringLiteral("mutations"), QJsonArray{good}}});
    REQUIRE(ok.status == 200);
    CHECK(ok.array("acks").at(0).toObject().value(QLatin1String("status")).toString() ==
          QLatin1String("applied"));
}

TEST_CASE("bad mutation content is rejected per mutation with the rule and field", "[server][protocol]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString hlc = hlcAt(kStartMillis);
    QJsonObject badId =
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(), schoolFields("11AK00"), hlc, 2);
    badId.insert(QStringLiteral("id"), QStringLiteral("{not-a-uuid}"));
    QJsonObject wrongType = schoolFields(QStringLiteral("12BC00"));
    wrongType.insert(QStringLiteral("pupils"), QStringLiteral("many"));
    const QJsonArray batch{
        mutation(QStringLiteral("pupil"), QStringLiteral("upsert"), newId(), {{QStringLiteral("name"), "x"}},
                 hlc, 1),
        badId,
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(), wrongType, hlc, 3),
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                 {{QStringLiteral("colour"), "red"}}, hlc, 4),
        mutation(QStringLiteral("school"), QStringLiteral("upsert"), newId(),
                 {{QStringLiteral("name"), "Only a name"}}, hlc, 5),
        mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), newId(), municipalityFields(),
                 "tomorrow", 6),
    };
    const Reply r = t.push(admin, QStringLiteral("d1"), batch);
    REQUIRE(r.status == 200);
    const QJsonArray acks = r.array("acks");
    REQUIRE(acks.size() == 6);
    const QList<QPair<QString, QString>> expected{
        {"sync.entity.unknown", "entity"},    {"sync.mutation.id", "id"},
        {"sync.field.type", "pupils"},        {"sync.field.unknown", "colour"},
        {"sync.field.required", "vestiging"}, {"sync.hlc.invalid", "code"}};
    for (int i = 0; i < 6; ++i) {
        const QJsonObject ack = acks.at(i).toObject();
        INFO("ack " << i << ": " << QJsonDocument(ack).toJson().toStdString());
        CHECK(ack.value(QLatin1String("status")).toString() == QLatin1String("rejected"));
        const QJsonObject reason = ack.value(QLatin1String("reason")).toObject();
        CHECK(reason.value(QLatin1String("key")).toString() == expected.at(i).first);
        CHECK(reason.value(QLatin1String("field")).toString() == expected.at(i).second);
        CHECK_FALSE(reason.value(QLatin1String("message")).toString().isEmpty());
    }
    qint64 cursor = 0;
    CHECK(t.pullAll(admin, QStringLiteral("d1"), &cursor).isEmpty());
    requireHealthy(t);
}
