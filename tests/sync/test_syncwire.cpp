#include "synchttpclient.h"
#include "syncwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace verrijkt;

TEST_CASE("push requests carry device, n, entity, id, op, fields and per-field HLCs")
{
    OutboxMutation m;
    m.n = 42;
    m.entity = QStringLiteral("family_contact");
    m.id = QUuid(QStringLiteral("0192f5e0-0000-7000-8000-000000000001"));
    m.op = wire::MutationOp::Insert;
    m.fields = {{QStringLiteral("family_code"), QStringLiteral("GZ-7K4M-Q2XD-P")}};
    m.hlc = {{QStringLiteral("family_code"), QStringLiteral("000001767225600000-00000000-d")}};
    const QJsonObject body =
        QJsonDocument::fromJson(encodePushRequest(QStringLiteral("dev-1"), {m})).object();
    CHECK(body.value(QStringLiteral("device")).toString() == QStringLiteral("dev-1"));
    const QJsonObject sent = body.value(QStringLiteral("mutations")).toArray().first().toObject();
    CHECK(sent.value(QStringLiteral("n")).toInteger() == 42);
    CHECK(sent.value(QStringLiteral("entity")).toString() == QStringLiteral("family_contact"));
    CHECK(sent.value(QStringLiteral("id")).toString() ==
          QStringLiteral("0192f5e0-0000-7000-8000-000000000001"));
    CHECK(sent.value(QStringLiteral("op")).toString() == QStringLiteral("insert"));
    CHECK(sent.value(QStringLiteral("fields")).toObject() == m.fields);
    CHECK(sent.value(QStringLiteral("hlc")).toObject() == m.hlc);
}

TEST_CASE("push answers decode every ack status and the rejection reason")
{
    const auto decoded = decodePushAnswer(
        R"({"acks":[{"n":1,"status":"applied"},{"n":2,"status":"duplicate"},
            {"n":3,"status":"rejected","reason":{"key":"session.hours.range","field":"hours","message":"te veel"}}],
            "server_hlc":"000001767225600000-00000000-s"})");
    REQUIRE(decoded.value);
    REQUIRE(decoded.value->acks.size() == 3);
    CHECK(decoded.value->acks[1].status == wire::AckStatus::Duplicate);
    CHECK(decoded.value->acks[2].status == wire::AckStatus::Rejected);
    CHECK(decoded.value->acks[2].reasonKey == QStringLiteral("session.hours.range"));
    CHECK(decoded.value->acks[2].reasonField == QStringLiteral("hours"));
    CHECK(decoded.value->serverHlc == QStringLiteral("000001767225600000-00000000-s"));
}

TEST_CASE("malformed push answers are refused with the reason")
{
    CHECK(decodePushAnswer("not json").error.contains(QStringLiteral("not valid JSON")));
    CHECK(decodePushAnswer(R"({"x":1})").error.contains(QStringLiteral("no acks")));
    CHECK(
        decodePushAnswer(R"({"acks":[{"n":1,"status":"maybe"}]})").error.contains(QStringLiteral("acks[0]")));
    CHECK(decodePushAnswer(R"({"acks":[{"n":1.5,"status":"applied"}]})")
              .error.contains(QStringLiteral("acks[0]")));
}

TEST_CASE("pull answers decode changes, cursor, flags, scope and the optional estimate")
{
    const auto decoded = decodePullAnswer(
        R"({"changes":[{"seq":7,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001",
            "fields":{"name":"OBS De Wieken"},"hlc":{"name":"000001767225600000-00000000-s"},"deleted":true}],
            "cursor":7,"more":true,"reset":false,"remaining":12,
            "scope":{"role":"coordinator","all_schools":false,"schools":["11AK00","12BB01"],"entities":["school"]},"server_hlc":"h"})");
    REQUIRE(decoded.value);
    const PullAnswer &a = *decoded.value;
    REQUIRE(a.changes.size() == 1);
    CHECK(a.changes[0].seq == 7);
    CHECK(a.changes[0].deleted);
    CHECK(a.changes[0].fields.value(QStringLiteral("name")).toString() == QStringLiteral("OBS De Wieken"));
    CHECK(a.cursor == 7);
    CHECK(a.more);
    CHECK_FALSE(a.reset);
    CHECK(a.remaining == 12);
    CHECK(a.scope.role == QStringLiteral("coordinator"));
    CHECK(a.scope.schools == QStringList{QStringLiteral("11AK00"), QStringLiteral("12BB01")});
    CHECK_FALSE(a.scope.allSchools);
}

TEST_CASE("malformed pull answers name what is wrong")
{
    CHECK(decodePullAnswer(R"({"changes":[],"scope":{"role":"admin"}})")
              .error.contains(QStringLiteral("cursor")));
    CHECK(decodePullAnswer(
              R"({"changes":[{"seq":0,"entity":"school","id":"x"}],"cursor":1,"scope":{"role":"admin"}})")
              .error.contains(QStringLiteral("changes[0]: seq")));
    CHECK(decodePullAnswer(
              R"({"changes":[{"seq":1,"entity":"school","id":"nope","fields":{},"hlc":{}}],"cursor":1,)"
              R"("scope":{"role":"admin"}})")
              .error.contains(QStringLiteral("id is not a UUID")));
    CHECK(decodePullAnswer(R"({"changes":[],"cursor":1})").error.contains(QStringLiteral("scope.role")));
}

TEST_CASE("HTTP outcomes are classified into retryable and final errors")
{
    CHECK(classifyReply(200, QNetworkReply::NoError, {}, false, "{}").error.kind == SyncError::Kind::None);
    CHECK(classifyReply(0, QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"), false, {})
              .error.kind == SyncError::Kind::Network);
    CHECK(classifyReply(0, QNetworkReply::OperationCanceledError, {}, true, {}).error.kind ==
          SyncError::Kind::Timeout);
    CHECK(classifyReply(503, QNetworkReply::NoError, {}, false, {}).error.isRetryable());
    CHECK(classifyReply(429, QNetworkReply::NoError, {}, false, {}).error.isRetryable());
    CHECK(classifyReply(401, QNetworkReply::NoError, {}, false, {}).error.kind ==
          SyncError::Kind::Unauthorized);
    CHECK(classifyReply(426, QNetworkReply::NoError, {}, false, {}).error.kind ==
          SyncError::Kind::UpgradeRequired);
    const auto refused = classifyReply(400, QNetworkReply::NoError, {}, false,
                                       R"({"error":"invalid","message":"bad cursor","field":"cursor"})");
    CHECK(refused.error.kind == SyncError::Kind::Refused);
    CHECK_FALSE(refused.error.isRetryable());
    CHECK(refused.error.detail == QStringLiteral("HTTP 400 invalid: bad cursor (field cursor)"));
    CHECK(refused.error.message(Language::English) == QStringLiteral("The server refused the request."));
}

TEST_CASE("login answers need a token")
{
    CHECK(decodeLoginAnswer(R"({"role":"officer"})").error.contains(QStringLiteral("no token")));
    const auto ok = decodeLoginAnswer(
        R"({"token":"t","expires":"2026-01-01T00:00:00Z","role":"officer","schools":["11AK00"]})");
    REQUIRE(ok.value);
    CHECK(ok.value->token == QStringLiteral("t"));
    CHECK(ok.value->schools == QStringList{QStringLiteral("11AK00")});
}
