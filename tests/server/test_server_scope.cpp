// Roles and scope: what each role may push and what each pull shows; reset when the scope grows.
#include "testserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

QString ackKey(const Reply &r)
{
    const QJsonObject ack = r.array("acks").at(0).toObject();
    if (ack.value(QLatin1String("status")).toString() != QLatin1String("rejected"))
        return ack.value(QLatin1String("status")).toString();
    return ack.value(QLatin1String("reason")).toObject().value(QLatin1String("key")).toString();
}

// A small region: three schools, two officers with one placement each, a coordinator of 11AK00,
// a regional user, and records of every entity.
struct Region
{
    TestServer &t;
    QString admin, olga, piet, cor, reg;
    QString olgaId = newId(), pietId = newId();
    QString olgaPlacement = newId();
    QMap<QString, QString> ids; // label -> record id
    QString hlc = hlcAt(kStartMillis - 1000, QStringLiteral("setup"));

    explicit Region(TestServer &server) : t(server)
    {
        admin = t.adminToken();
        olga = t.login(QStringLiteral("olga"), t.addUser(QStringLiteral("olga"), QStringLiteral("officer")));
        piet = t.login(QStringLiteral("piet"), t.addUser(QStringLiteral("piet"), QStringLiteral("officer")));
        cor = t.login(QStringLiteral("cor"),
                      t.addUser(QStringLiteral("cor"), QStringLiteral("coordinator"), {"11AK00"}));
        reg = t.login(QStringLiteral("reg"), t.addUser(QStringLiteral("reg"), QStringLiteral("regional")));
        QJsonArray setup;
        const auto add = [&](const QString &label, const QString &entity, const QString &op,
                             const QJsonObject &fields, QString id = {}) {
            if (id.isEmpty())
                id = newId();
            ids.insert(label, id);
            setup.append(mutation(entity, op, id, fields, hlc));
        };
        add("municipality", "municipality", "upsert", municipalityFields());
        for (const char *v : {"11AK00", "12BC00", "13CD00"})
            add(QStringLiteral("school ") + v, "school", "upsert", schoolFields(v));
        add("officer olga", "bridge_officer", "upsert", officerFields("olga"), olgaId);
        add("officer piet", "bridge_officer", "upsert", officerFields("piet"), pietId);
        add("placement olga", "placement", "upsert", placementFields(olgaId, "11AK00"), olgaPlacement);
        add("placement piet", "placement", "upsert", placementFields(pietId, "12BC00"));
        add("session 11AK00", "enrichment_session", "insert", sessionFields("11AK00", "root"));
        add("session 12BC00", "enrichment_session", "insert", sessionFields("12BC00", "root"));
        add("participation 12BC00", "participation", "upsert",
            {{"vestiging", "12BC00"},
             {"school_year", "2026-2027"},
             {"tier", "2h"},
             {"start_date", "2026-09-01"},
             {"pupils_reached", 150}});
        const Reply r = t.push(admin, QStringLiteral("admin-dev"), setup);
        REQUIRE(r.status == 200);
        for (const QJsonValue &ack : r.array("acks")) {
            INFO(QJsonDocument(ack.toObject()).toJson().toStdString());
            REQUIRE(ack.toObject().value(QLatin1String("status")).toString() == QLatin1String("applied"));
        }
    }

    Reply pushOne(const QString &token, const QString &entity, const QString &op, const QJsonObject &fields,
                  const QString &label = {})
    {
        const QString id = newId();
        if (!label.isEmpty())
            ids.insert(label, id);
        return t.push(token, QStringLiteral("dev-%1").arg(token.left(6)),
                      {mutation(entity, op, id, fields, hlcAt(kStartMillis))});
    }

    QSet<QString> visible(const QString &token, const QString &device, qint64 *cursor = nullptr,
                          Reply *last = nullptr)
    {
        qint64 from = 0;
        qint64 &c = cursor ? *cursor : from;
        QSet<QString> labels;
        for (const QString &id : changeIds(t.pullAll(token, device, &c, last)))
            labels.insert(ids.key(id, id));
        return labels;
    }
};

} // namespace

TEST_CASE("each role may push only its own kinds of records in its own scope", "[server][scope]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    Region r(t);

    // Officer: family contacts as themselves at a school they are placed at.
    CHECK(ackKey(r.pushOne(r.olga, "family_contact", "insert", contactFields(r.olgaId, "11AK00"),
                           "contact olga")) == "applied");
    CHECK(ackKey(r.pushOne(r.olga, "family_contact", "insert", contactFields(r.olgaId, "12BC00"))) ==
          "contact.school.not_placed");
    CHECK(ackKey(r.pushOne(r.olga, "family_contact", "insert", contactFields(r.pietId, "12BC00"))) ==
          "scope.owner");
    CHECK(ackKey(r.pushOne(r.olga, "school", "upsert", schoolFields("14DE00"))) == "scope.role");
    CHECK(ackKey(r.pushOne(r.piet, "family_contact", "insert", contactFields(r.pietId, "12BC00"),
                           "contact piet")) == "applied");

    // Coordinator: enrichment sessions at their schools, recorded as themselves.
    CHECK(ackKey(r.pushOne(r.cor, "enrichment_session", "insert", sessionFields("11AK00", "cor"),
                           "session cor")) == "applied");
    CHECK(ackKey(r.pushOne(r.cor, "enrichment_session", "insert", sessionFields("12BC00", "cor"))) ==
          "scope.school");
    CHECK(ackKey(r.pushOne(r.cor, "enrichment_session", "insert", sessionFields("11AK00", "someone"))) ==
          "scope.owner");
    CHECK(ackKey(r.pushOne(r.cor, "participation", "upsert",
                           {{"vestiging", "11AK00"},
                            {"school_year", "2026-2027"},
                            {"tier", "2h"},
                            {"start_date", "2026-09-01"},
                            {"pupils_reached", 10}})) == "scope.role");

    // Regional: editable records, but no family contacts or sessions.
    CHECK(ackKey(r.pushOne(r.reg, "school", "upsert", schoolFields("14DE00"), "school 14DE00")) == "applied");
    CHECK(ackKey(r.pushOne(r.reg, "family_contact", "insert", contactFields(r.olgaId, "11AK00"))) ==
          "scope.role");
    CHECK(ackKey(r.pushOne(r.reg, "enrichment_session", "insert", sessionFields("11AK00", "reg"))) ==
          "scope.role");
}

TEST_CASE("pull shows each role only its scope", "[server][scope]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    Region r(t);
    REQUIRE(ackKey(r.pushOne(r.olga, "family_contact", "insert", contactFields(r.olgaId, "11AK00"),
                             "contact olga")) == "applied");
    REQUIRE(ackKey(r.pushOne(r.piet, "family_contact", "insert", contactFields(r.pietId, "12BC00"),
                             "contact piet")) == "applied");

    Reply last;
    CHECK(r.visible(r.olga, "o", nullptr, &last) ==
          QSet<QString>{"municipality", "school 11AK00", "officer olga", "placement olga", "contact olga"});
    const QJsonObject scope = last.json.value(QLatin1String("scope")).toObject();
    CHECK(scope.value(QLatin1String("role")).toString() == QLatin1String("officer"));
    CHECK(scope.value(QLatin1String("officer")).toString() == r.olgaId);
    CHECK(scope.value(QLatin1String("schools")).toArray() == QJsonArray{"11AK00"});

    CHECK(r.visible(r.cor, "c", nullptr, &last) ==
          QSet<QString>{"municipality", "school 11AK00", "session 11AK00"});
    CHECK(last.json.value(QLatin1String("scope"))
              .toObject()
              .value(QLatin1String("entities"))
              .toArray()
              .contains("enrichment_session"));

    QSet<QString> everything(r.ids.keyBegin(), r.ids.keyEnd());
    QSet<QString> regional = everything;
    regional.remove("contact olga");
    regional.remove("contact piet");
    CHECK(r.visible(r.reg, "r") == regional);
    CHECK(r.visible(r.admin, "a") == everything);

    // A placement that ended takes the school out of the officer's scope; their own records stay.
    const Reply ended = t.push(r.admin, QStringLiteral("admin-dev"),
                               {mutation("placement", "upsert", r.olgaPlacement, {{"to_date", "2026-09-15"}},
                                         hlcAt(kStartMillis, QStringLiteral("admin")))});
    REQUIRE(ackKey(ended) == "applied");
    CHECK(r.visible(r.olga, "o2") ==
          QSet<QString>{"municipality", "officer olga", "placement olga", "contact olga"});
}

TEST_CASE("a scope that gained schools resets the feed, also when the answer was lost", "[server][scope]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    Region r(t);
    qint64 cursor = 0;
    CHECK(r.visible(r.cor, "tablet", &cursor) ==
          QSet<QString>{"municipality", "school 11AK00", "session 11AK00"});
    const qint64 oldCursor = cursor;

    REQUIRE_FALSE(t.server().accounts().assignSchools(QStringLiteral("cor"), {"11AK00", "12BC00"}));
    const QString pullOld = QStringLiteral("/api/sync/pull?device=tablet&cursor=%1").arg(oldCursor);
    Reply first = t.get(pullOld, r.cor);
    REQUIRE(first.status == 200);
    CHECK(first.json.value(QLatin1String("reset")).toBool());
    QSet<QString> labels;
    for (const QString &id : changeIds(first.array("changes")))
        labels.insert(r.ids.key(id));
    CHECK(labels == QSet<QString>{"municipality", "school 11AK00", "school 12BC00", "session 11AK00",
                                  "session 12BC00", "participation 12BC00"});

    // The answer never arrived: the device asks again with its old cursor and is reset again.
    const Reply retry = t.get(pullOld, r.cor);
    CHECK(retry.json.value(QLatin1String("reset")).toBool());
    CHECK(retry.array("changes").size() == first.array("changes").size());

    // Continuing from the new cursor: no reset.
    const Reply next =
        t.get(QStringLiteral("/api/sync/pull?device=tablet&cursor=%1")
                  .arg(static_cast<qint64>(retry.json.value(QLatin1String("cursor")).toDouble())),
              r.cor);
    CHECK_FALSE(next.json.value(QLatin1String("reset")).toBool());
    CHECK(next.array("changes").isEmpty());

    // Losing a school is no reset: the device drops rows outside the new scope itself.
    REQUIRE_FALSE(t.server().accounts().assignSchools(QStringLiteral("cor"), {"12BC00"}));
    const Reply shrunk =
        t.get(QStringLiteral("/api/sync/pull?device=tablet&cursor=%1")
                  .arg(static_cast<qint64>(next.json.value(QLatin1String("cursor")).toDouble())),
              r.cor);
    CHECK_FALSE(shrunk.json.value(QLatin1String("reset")).toBool());
    CHECK(shrunk.json.value(QLatin1String("scope")).toObject().value(QLatin1String("schools")).toArray() ==
          QJsonArray{"12BC00"});
}

namespace {
QMutex logMutex;
QString capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                   message + QLatin1Char('\n');
}
} // namespace

TEST_CASE("the server log never shows family-contact contents or codes", "[server][scope]")
{
    const auto backend = GENERATE(from_range(serverBackends()));
    INFO("backend " << backend);
    TestServer t(backend);
    Region r(t);
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.server.debug=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QJsonObject contact = contactFields(r.olgaId, "11AK00");
    const QString code = contact.value(QLatin1String("family_code")).toString();
    const Reply ok = r.pushOne(r.olga, "family_contact", "insert", contact);
    contact.insert(QStringLiteral("family_code"), QStringLiteral("Jan de Vries"));
    const Reply bad = r.pushOne(r.olga, "family_contact", "insert", contact);
    r.visible(r.olga, "log-device");
    t.post(QStringLiteral("/api/login"), {{QStringLiteral("user"), QStringLiteral("my-secret-password")},
                                          {QStringLiteral("password"), QStringLiteral("x")},
                                          {QStringLiteral("device"), QStringLiteral("d")}});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    CHECK(ackKey(ok) == "applied");
    CHECK(ackKey(bad) == "contact.family_code.invalid");
    INFO(capturedLog.toStdString());
    CHECK(capturedLog.contains(QLatin1String("push by \"olga\": 1 applied"))); // the log is not simply empty
    CHECK(capturedLog.contains(QLatin1String("/api/sync/pull")));              // requests are logged
    CHECK_FALSE(capturedLog.contains(code));
    CHECK_FALSE(capturedLog.contains(QLatin1String("Jan de Vries")));
    CHECK_FALSE(capturedLog.contains(QLatin1String("money_and_income")));
    CHECK_FALSE(capturedLog.contains(QLatin1String("my-secret-password")));
}
