// The server writes stored records and pull pages as JSON text itself; what it writes must read
// back as exactly the values it started from.
#include "server/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <limits>

using namespace verrijkt;
using namespace verrijkt::server;

namespace {

QJsonValue roundTrip(const QJsonValue &value)
{
    QByteArray text = "[";
    appendJsonValue(text, value);
    text += ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.array().at(0);
}

} // namespace

TEST_CASE("values written as JSON text read back unchanged", "[server]")
{
    const QList<QJsonValue> values{
        QJsonValue(QJsonValue::Null),
        true,
        false,
        0,
        -7,
        215,
        1.75,
        53.2,
        -0.1,
        1e21,
        9007199254740991.0,
        std::numeric_limits<double>::min(),
        QStringLiteral(""),
        QStringLiteral("OBS De Wieken"),
        QStringLiteral("Brede School \"'t Anker\" \\ Appingedam"),
        QStringLiteral("regel 1\nregel 2\ttab\r\x01\x1f einde"),
        QStringLiteral("Ëlsloo — café ☕ 𝄞"),
        QJsonArray{QStringLiteral("housing"), QStringLiteral("debt \"x\"")},
        QJsonArray{},
    };
    for (const QJsonValue &v : values) {
        INFO(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString());
        CHECK(roundTrip(v) == v);
    }
}

TEST_CASE("a record's fields and clocks are written as sorted JSON objects", "[server]")
{
    wire::FieldStates states;
    states.insert(QStringLiteral("name"), {QStringLiteral("De \"Wilg\""), QStringLiteral("h2")});
    states.insert(QStringLiteral("pupils"), {215, QStringLiteral("h1")});
    states.insert(QStringLiteral("deleted"), {false, QStringLiteral("h3")});
    states.insert(QStringLiteral("active"), {true, QStringLiteral("h4")});
    const QByteArray fields = fieldValuesJson(states);
    CHECK(fields == R"({"active":true,"name":"De \"Wilg\"","pupils":215})");
    CHECK(QJsonDocument::fromJson(fields).object() == wire::valuesOf(states));
    const QByteArray clocks = fieldClocksJson(states);
    CHECK(QJsonDocument::fromJson(clocks).object() == wire::hlcsOf(states));
    CHECK(fieldValuesJson({}) == "{}");
}
