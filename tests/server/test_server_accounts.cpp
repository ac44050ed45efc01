// Accounts over HTTP: login, throttling, token expiry and revocation, disabled users, users API.
#include "server/credentials.h"
#include "server/serverstore.h"
#include "testserver.h"

#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

QJsonObject loginBody(const QString &user, const QString &password)
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("device"), QStringLiteral("dev-1")}};
}

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

} // namespace

TEST_CASE("login returns an opaque token stored only as its hash", "[server][accounts]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString password =
        t.addUser(QStringLiteral("Anna"), QStringLiteral("coordinator"), {QStringLiteral("11AK00")});

    const Reply ok = t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("anna"), password));
    REQUIRE(ok.status == 200);
    const QString token = ok.json.value(QLatin1String("token")).toString();
    CHECK(token.size() == 43); // 32 bytes base64url without padding
    CHECK(ok.json.value(QLatin1String("role")).toString() == QLatin1String("coordinator"));
    CHECK(ok.array("schools") == QJsonArray{QStringLiteral("11AK00")});
    CHECK(ok.json.value(QLatin1String("expires")).toString() == QLatin1String("2026-10-31T08:20:00.000Z"));

    auto &store = t.server().store();
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE token_hash = ?"), {token}).toInt() ==
          0);
    CHECK(store
              .scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE token_hash = ?"),
                      {server::tokenDigest(token)})
              .toInt() == 1);
    CHECK(store.scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'anna'"))
              .toString()
              .startsWith(QLatin1String("$argon2id$")));

    CHECK(t.get(QStringLiteral("/api/sync/pull?device=d1"), token).status == 200);

    const Reply wrong = t.post(QStringLiteral("/api/login"),
                               loginBody(QStringLiteral("anna"), QStringLiteral("not-the-password")));
    CHECK(wrong.status == 401);
    CHECK(wrong.json.value(QLatin1String("error")).toString() == QLatin1String("invalid_credentials"));
    const Reply nobody = t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("nobody"), password));
    CHECK(nobody.status == 401);
    CHECK(nobody.json.value(QLatin1String("message")) == wrong.json.value(QLatin1String("message")));
}

TEST_CASE("repeated failed logins are throttled per user with Retry-After", "[server][accounts]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString password = t.addUser(QStringLiteral("bob"), QStringLiteral("regional"));
    const QString other = t.addUser(QStringLiteral("carla"), QStringLiteral("regional"));
    for (int i = 0; i < 5; ++i) {
        CHECK(t.post(QStringLiteral("/api/login"),
                     loginBody(QStringLiteral("bob"), QStringLiteral("guess-%1").arg(i)))
                  .status == 401);
        t.advance(kMinute);
    }
    // Now even the right password is refused until the oldest failure leaves the 15-minute window.
    const Reply blocked = t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("bob"), password));
    CHECK(blocked.status == 429);
    CHECK(blocked.json.value(QLatin1String("error")).toString() == QLatin1String("too_many_attempts"));
    CHECK(blocked.headers.value("retry-after") == "600"); // first failure at 0, now 5 min: 10 min left
    // Another user is not affected.
    CHECK(t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("carla"), other)).status == 200);

    t.advance(10 * kMinute + 1000);
    CHECK(t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("bob"), password)).status == 200);
    // Success clears the failures.
    CHECK(t.server()
              .store()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE user_name = 'bob'"))
              .toInt() == 0);
}

TEST_CASE("many failed logins from one address are throttled whatever the user name", "[server][accounts]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend, [](server::ServerOptions &o) { o.accounts.maxFailuresPerAddress = 3; });
    const QString password = t.addUser(QStringLiteral("vera"), QStringLiteral("regional"));
    for (const char *name : {"x1", "x2", "x3"})
        CHECK(t.post(QStringLiteral("/api/login"),
                     loginBody(QString::fromLatin1(name), QStringLiteral("guess-123456")))
                  .status == 401);
    const Reply blocked = t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("vera"), password));
    CHECK(blocked.status == 429);
    CHECK(blocked.headers.value("retry-after") == "900");
    t.advance(15 * kMinute + 1);
    CHECK(t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("vera"), password)).status == 200);
}

TEST_CASE("tokens expire and are revoked by logout, password reset and disabling", "[server][accounts]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString password = t.addUser(QStringLiteral("dirk"), QStringLiteral("regional"));
    const QString pull = QStringLiteral("/api/sync/pull?device=d1");

    SECTION("expiry after 30 days")
    {
        const QString token = t.login(QStringLiteral("dirk"), password);
        t.advance(30 * kDay - 1000);
        CHECK(t.get(pull, token).status == 200);
        t.advance(2000);
        const Reply expired = t.get(pull, token);
        CHECK(expired.status == 401);
        CHECK(expired.json.value(QLatin1String("message")).toString().contains(QLatin1String("expired")));
    }
    SECTION("logout revokes only that token")
    {
        const QString a = t.login(QStringLiteral("dirk"), password);
        const QString b = t.login(QStringLiteral("dirk"), password);
        const Reply out = t.request("POST", QStringLiteral("/api/logout"), {}, a);
        CHECK(out.status == 200);
        const Reply revoked = t.get(pull, a);
        CHECK(revoked.status == 401);
        CHECK(revoked.json.value(QLatin1String("message")).toString().contains(QLatin1String("revoked")));
        CHECK(t.get(pull, b).status == 200);
    }
    SECTION("password reset and disabling revoke every token")
    {
        const QString token = t.login(QStringLiteral("dirk"), password);
        REQUIRE_FALSE(
            t.server().accounts().setPassword(QStringLiteral("dirk"), QStringLiteral("a-new-password-1")));
        CHECK(t.get(pull, token).status == 401);
        CHECK(t.post(QStringLiteral("/api/login"), loginBody(QStringLiteral("dirk"), password)).status ==
              401);
        const QString fresh = t.login(QStringLiteral("dirk"), QStringLiteral("a-new-password-1"));
        REQUIRE_FALSE(t.server().accounts().setDisabled(QStringLiteral("dirk"), true));
        CHECK(t.get(pull, fresh).status == 401);
        const Reply disabled = t.post(QStringLiteral("/api/login"),
                                      loginBody(QStringLiteral("dirk"), QStringLiteral("a-new-password-1")));
        CHECK(disabled.status == 403);
        CHECK(disabled.json.value(QLatin1String("error")).toString() == QLatin1String("account_disabled"));
    }
    SECTION("missing and unknown tokens")
    {
        const Reply none = t.get(pull);
        CHECK(none.status == 401);
        CHECK(none.json.value(QLatin1String("error")).toString() == QLatin1String("unauthorized"));
        CHECK(t.get(pull, QStringLiteral("made-up-token")).status == 401);
        CHECK(t.request("GET", pull, {}, {}, {{"Authorization", "Basic Zm9vOmJhcg=="}}).status == 401);
    }
}

TEST_CASE("administrators manage accounts over the API, others may not", "[server][accounts]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    const QString admin = t.adminToken();
    const QString regional =
        t.login(QStringLiteral("rita"), t.addUser(QStringLiteral("rita"), QStringLiteral("regional")));

    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("eva")},
                           {QStringLiteral("role"), QStringLiteral("coordinator")},
                           {QStringLiteral("password"), QStringLiteral("eva-password-1")},
                           {QStringLiteral("schools"), QJsonArray{QStringLiteral("11AK00")}}};
    CHECK(t.post(QStringLiteral("/api/users"), body, regional).status == 403);
    CHECK(t.get(QStringLiteral("/api/users"), regional).status == 403);

    const Reply created = t.post(QStringLiteral("/api/users"), body, admin);
    REQUIRE(created.status == 201);
    CHECK(created.json.value(QLatin1String("user")).toObject().value(QLatin1String("schools")).toArray() ==
          QJsonArray{QStringLiteral("11AK00")});
    CHECK(t.post(QStringLiteral("/api/users"), body, admin).status == 409);

    QJsonObject badRole = body;
    badRole.insert(QStringLiteral("name"), QStringLiteral("frank"));
    badRole.insert(QStringLiteral("role"), QStringLiteral("boss"));
    const Reply roleError = t.post(QStringLiteral("/api/users"), badRole, admin);
    CHECK(roleError.status == 400);
    CHECK(roleError.json.value(QLatin1String("field")).toString() == QLatin1String("role"));
    QJsonObject shortPassword = body;
    shortPassword.insert(QStringLiteral("name"), QStringLiteral("frank"));
    shortPassword.insert(QStringLiteral("password"), QStringLiteral("short"));
    CHECK(t.post(QStringLiteral("/api/users"), shortPassword, admin)
              .json.value(QLatin1String("field"))
              .toString() == QLatin1String("password"));
    QJsonObject badSchool = body;
    badSchool.insert(QStringLiteral("name"), QStringLiteral("frank"));
    badSchool.insert(QStringLiteral("schools"), QJsonArray{QStringLiteral("Bogus")});
    CHECK(t.post(QStringLiteral("/api/users"), badSchool, admin)
              .json.value(QLatin1String("field"))
              .toString() == QLatin1String("schools"));
    CHECK_FALSE(t.server().accounts().user(QStringLiteral("frank")));

    const Reply assigned = t.post(
        QStringLiteral("/api/users/eva/schools"),
        {{QStringLiteral("schools"), QJsonArray{QStringLiteral("12BC01"), QStringLiteral("11AK00")}}}, admin);
    REQUIRE(assigned.status == 200);
    CHECK(assigned.json.value(QLatin1String("user")).toObject().value(QLatin1String("schools")).toArray() ==
          QJsonArray{QStringLiteral("11AK00"), QStringLiteral("12BC01")});

    const QString eva = t.login(QStringLiteral("eva"), QStringLiteral("eva-password-1"));
    CHECK(t.post(QStringLiteral("/api/users/eva/password"),
                 {{QStringLiteral("password"), QStringLiteral("eva-password-2")}}, admin)
              .status == 200);
    CHECK(t.get(QStringLiteral("/api/sync/pull?device=x"), eva).status == 401);
    CHECK(t.request("POST", QStringLiteral("/api/users/eva/disable"), {}, admin).status == 200);
    CHECK(t.post(QStringLiteral("/api/login"),
                 loginBody(QStringLiteral("eva"), QStringLiteral("eva-password-2")))
              .status == 403);
    CHECK(t.request("POST", QStringLiteral("/api/users/eva/enable"), {}, admin).status == 200);
    CHECK(t.post(QStringLiteral("/api/login"),
                 loginBody(QStringLiteral("eva"), QStringLiteral("eva-password-2")))
              .status == 200);
    CHECK(t.request("POST", QStringLiteral("/api/users/nobody/disable"), {}, admin).status == 404);
    CHECK(t.request("POST", QStringLiteral("/api/users/eva/promote"), {}, admin).status == 404);

    const Reply list = t.get(QStringLiteral("/api/users"), admin);
    REQUIRE(list.status == 200);
    QStringList names;
    for (const QJsonValue &u : list.array("users"))
        names << u.toObject().value(QLatin1String("name")).toString();
    CHECK(names == QStringList{"eva", "rita", "root"});
    CHECK_FALSE(list.raw.contains("argon2"));
}
