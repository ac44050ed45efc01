// decodePullPage (simdjson, used by the engine's fetch thread) must read every pull answer exactly
// as decodePullAnswer (Qt's JSON classes) does: same changes, same values, same errors.
#include "pullpagedecoder.h"
#include "syncwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace verrijkt;

namespace {

QByteArray answer(const QByteArray &changes, const QByteArray &rest = {})
{
    return R"({"changes":[)" + changes + R"(],"cursor":40,"more":true,"reset":false,)" +
           R"("scope":{"role":"coordinator","all_schools":false,"schools":["11AK00"],"entities":["school"]},)" +
           R"("server_hlc":"000001767225600000-00000001-s")" + rest + "}";
}

QString describe(const PullAnswer &a)
{
    QStringList out{
        QStringLiteral("cursor %1 more %2 reset %3 role %4 schools %5 hlc %6 remaining %7 head %8")
            .arg(a.cursor)
            .arg(a.more)
            .arg(a.reset)
            .arg(a.scope.role, a.scope.schools.join(QLatin1Char(',')), a.serverHlc)
            .arg(a.remaining ? QString::number(*a.remaining) : QStringLiteral("-"))
            .arg(a.head ? QString::number(*a.head) : QStringLiteral("-"))};
    for (const PulledChange &c : a.changes)
        out << QStringLiteral("%1 %2 %3 deleted %4 newest %5 fields %6 hlc %7")
                   .arg(c.seq)
                   .arg(c.entity, c.id.toString())
                   .arg(c.deleted)
                   .arg(c.newest, QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(c.hlc).toJson(QJsonDocument::Compact)));
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("decodePullPage reads pull answers exactly as decodePullAnswer does")
{
    const QList<QByteArray> bodies{
        answer(""),
        answer(R"({"seq":7,"entity":"school","id":"0192F5E0-0000-7000-8000-000000000001",
            "fields":{"name":"OBS \"De\" Wieken \u00eb\n\\ 'ë' 🏫","pupils":212,"share":0.25,"big":1e2,
            "active":true,"notes":null,"topics":["housing","debt"],"nested":{"a":[1,{"b":null}]}},
            "hlc":{"name":"000001767225600000-00000000-s","pupils":"000001767225600001-00000000-t"},
            "deleted":true})",
               R"(,"remaining":12,"head":99)"),
        answer(R"({"seq":8,"entity":"enrichment_session","id":"{0192f5e0-0000-7000-8000-000000000002}",
            "fields":{},"hlc":{"record":"h1","odd":7}},
            {"seq":9.0,"entity":"enrichment_session","id":"0192f5e0-0000-7000-8000-000000000003",
            "fields":{"hours":1.5},"hlc":{},"deleted":"yes"})",
               R"(,"remaining":1.5,"head":"7")"),
    };
    for (const QByteArray &body : bodies) {
        INFO(body.toStdString());
        const auto qt = decodePullAnswer(body);
        const auto fast = decodePullPage(body);
        INFO(qt.error.toStdString() << " | " << fast.error.toStdString());
        REQUIRE(qt.value);
        REQUIRE(fast.value);
        CHECK(describe(*fast.value).toStdString() == describe(*qt.value).toStdString());
    }
}

TEST_CASE("decodePullPage refuses malformed pull answers as decodePullAnswer does")
{
    const QList<QByteArray> bodies{
        "not json",
        "[1,2]",
        R"({"changes":[],"scope":{"role":"admin"}})",
        R"({"changes":[],"cursor":-1,"scope":{"role":"admin"}})",
        R"({"changes":[],"cursor":1.5,"scope":{"role":"admin"}})",
        R"({"changes":{},"cursor":1,"scope":{"role":"admin"}})",
        R"({"changes":[],"cursor":1})",
        R"({"changes":[],"cursor":1,"scope":{"role":""}})",
        answer("7"),
        answer(R"({"seq":0,"entity":"school","id":"x"})"),
        answer(
            R"({"seq":"1","entity":"school","id":"0192f5e0-0000-7000-8000-000000000001","fields":{},"hlc":{}})"),
        answer(R"({"seq":1,"entity":"","id":"0192f5e0-0000-7000-8000-000000000001","fields":{},"hlc":{}})"),
        answer(R"({"seq":1,"entity":3,"id":"0192f5e0-0000-7000-8000-000000000001","fields":{},"hlc":{}})"),
        answer(R"({"seq":1,"entity":"school","id":"nope","fields":{},"hlc":{}})"),
        answer(
            R"({"seq":1,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001","fields":[],"hlc":{}})"),
        answer(R"({"seq":1,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001","fields":{}})"),
        answer(
            R"({"seq":1,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001","fields":{},"hlc":{}},)"
            R"({"seq":2})"),
    };
    for (const QByteArray &body : bodies) {
        INFO(body.toStdString());
        const auto qt = decodePullAnswer(body);
        const auto fast = decodePullPage(body);
        CHECK_FALSE(qt.value);
        CHECK_FALSE(fast.value);
        CHECK_FALSE(fast.error.isEmpty());
        // The same message, except which JSON syntax error the two parsers name.
        if (!qt.error.startsWith(QStringLiteral("answer is not valid JSON")))
            CHECK(fast.error == qt.error);
        else
            CHECK(fast.error.startsWith(QStringLiteral("answer is not valid JSON")));
    }
    // Text that is not UTF-8 is decoded as Qt decodes it (see the next test).
    const QByteArray notUtf8 = answer("").replace("coordinator", "co\xff"
                                                                 "ordinator");
    CHECK(decodePullPage(notUtf8).error == decodePullAnswer(notUtf8).error);
}

TEST_CASE("decodePullPage hands each change to the row preparer instead of filling its fields")
{
    const QByteArray body = answer(R"({"seq":7,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001",
            "fields":{"name":"De Wieken","pupils":212,"share":0.5,"active":false,"notes":null,"topics":["a"]},
            "hlc":{"name":"h2","pupils":"h1"}})");
    QStringList seen;
    const auto decoded = decodePullPage(body, [&](const PulledChange &change, const PulledFields &fields) {
        QStringList kinds;
        for (const char *name : {"name", "pupils", "share", "active", "notes", "topics", "missing"}) {
            const WireValue v = fields.value(QLatin1StringView(name));
            kinds << QStringLiteral("%1=%2:%3")
                         .arg(QLatin1StringView(name))
                         .arg(int(v.kind))
                         .arg(QString::fromUtf8(
                             QJsonDocument(QJsonArray{v.toJson()}).toJson(QJsonDocument::Compact)));
        }
        seen << change.entity + QLatin1Char(' ') + change.newest + QLatin1Char(' ') +
                    kinds.join(QLatin1Char(' '));
        return std::any(42);
    });
    REQUIRE(decoded.value);
    REQUIRE(decoded.value->changes.size() == 1);
    const PulledChange &c = decoded.value->changes.first();
    CHECK(c.fields.isEmpty());
    CHECK(std::any_cast<int>(c.prepared) == 42);
    CHECK(c.hlc.size() == 2);
    using K = WireValue::Kind;
    CHECK(seen == QStringList{QStringLiteral(
                                  "school h2 name=%1:[\"De Wieken\"] pupils=%2:[212] share=%3:[0.5] "
                                  "active=%4:[false] notes=%5:[null] topics=%6:[[\"a\"]] missing=%7:[null]")
                                  .arg(int(K::Text))
                                  .arg(int(K::Integer))
                                  .arg(int(K::Double))
                                  .arg(int(K::Bool))
                                  .arg(int(K::Null))
                                  .arg(int(K::Json))
                                  .arg(int(K::Missing))});
}

TEST_CASE("a page simdjson refuses but Qt reads is decoded the slower way, not refused")
{
    // A Number field beyond 64 bits written without an exponent, and a lone surrogate escape (Qt
    // wrote those for broken text): simdjson refuses both, and a page it refused would block every
    // device whose scope holds the record. Such a page comes out as decodePullAnswer gives it, its
    // changes with their fields and unprepared (the store prepares them while storing).
    const QByteArray body = answer(R"({"seq":7,"entity":"school","id":"0192f5e0-0000-7000-8000-000000000001",
            "fields":{"lat":123456789012345680000,"name":"De \udc00 Wieken"},"hlc":{"name":"h"}})");
    const auto qt = decodePullAnswer(body);
    REQUIRE(qt.value);
    int prepared = 0;
    const auto fast = decodePullPage(body, [&](const PulledChange &, const PulledFields &) {
        ++prepared;
        return std::any(1);
    });
    INFO(fast.error.toStdString());
    REQUIRE(fast.value);
    CHECK(prepared == 0);
    REQUIRE(fast.value->changes.size() == 1);
    CHECK_FALSE(fast.value->changes.first().prepared.has_value());
    CHECK(describe(*fast.value).toStdString() == describe(*qt.value).toStdString());
    CHECK(fast.value->changes.first().fields.value(QStringLiteral("lat")).toDouble() > 1e20);
}
