// Properties of the per-field last-writer-wins merge (src/sync/protocol.h) on random inputs:
// commutative, associative, idempotent, and the highest HLC of each field wins.
#include "core/hlc.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <catch2/catch.hpp>
#include <random>

using namespace verrijkt;
using namespace verrijkt::wire;

namespace {

// Small domains on purpose: collisions (same field, same HLC, different value) must be common so
// the tie-break is exercised.
FieldStates randomStates(std::mt19937 &rng)
{
    static const QStringList names{QStringLiteral("name"), QStringLiteral("pupils"), QStringLiteral("active"),
                                   QStringLiteral("deleted"), QStringLiteral("topics")};
    static const QStringList nodes{QStringLiteral("dev-a"), QStringLiteral("dev-b"),
                                   QStringLiteral("server")};
    std::uniform_int_distribution<int> count(0, 5), pick(0, 4), small(0, 3), node(0, 2);
    FieldStates states;
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        const QString field = names.at(pick(rng));
        HlcTimestamp ts;
        ts.millis = 1'700'000'000'000 + small(rng);
        ts.counter = static_cast<std::uint32_t>(small(rng));
        ts.node = nodes.at(node(rng));
        QJsonValue value;
        switch (small(rng)) {
        case 0:
            value = QStringLiteral("v%1").arg(small(rng));
            break;
        case 1:
            value = small(rng);
            break;
        case 2:
            value = small(rng) % 2 == 0;
            break;
        default:
            value = QJsonArray{QStringLiteral("housing"), small(rng)};
            break;
        }
        states.insert(field, {value, ts.toString()});
    }
    return states;
}

} // namespace

TEST_CASE("merge is commutative, associative and idempotent", "[merge]")
{
    std::mt19937 rng(20260801);
    for (int round = 0; round < 3000; ++round) {
        const FieldStates a = randomStates(rng);
        const FieldStates b = randomStates(rng);
        const FieldStates c = randomStates(rng);
        REQUIRE(merge(a, b) == merge(b, a));
        REQUIRE(merge(merge(a, b), c) == merge(a, merge(b, c)));
        REQUIRE(merge(a, a) == a);
        REQUIRE(merge(merge(a, b), b) == merge(a, b));
    }
}

TEST_CASE("merge keeps, per field, the state with the highest HLC", "[merge]")
{
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        const FieldStates a = randomStates(rng);
        const FieldStates b = randomStates(rng);
        const FieldStates m = merge(a, b);
        QStringList expectedKeys = a.keys() + b.keys();
        expectedKeys.removeDuplicates();
        expectedKeys.sort();
        REQUIRE(m.keys() == expectedKeys);
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            // The merged state is one of the inputs' states and no input state beats it.
            const bool fromA = a.contains(it.key()) && a.value(it.key()) == it.value();
            const bool fromB = b.contains(it.key()) && b.value(it.key()) == it.value();
            REQUIRE((fromA || fromB));
            if (a.contains(it.key()))
                REQUIRE_FALSE(wins(a.value(it.key()), it.value()));
            if (b.contains(it.key()))
                REQUIRE_FALSE(wins(b.value(it.key()), it.value()));
        }
    }
}

TEST_CASE("a later HLC wins whatever the arrival order, ties break on the value", "[merge]")
{
    const QString early = QStringLiteral("000001700000000000-00000000-dev-a");
    const QString late = QStringLiteral("000001700000000001-00000000-dev-b");
    const QString later = QStringLiteral("000001700000000001-00000001-dev-a");
    FieldStates x{{QStringLiteral("name"), {QStringLiteral("old"), early}}};
    FieldStates y{{QStringLiteral("name"), {QStringLiteral("new"), late}}};
    FieldStates z{{QStringLiteral("name"), {QStringLiteral("newest"), later}}};
    CHECK(merge(x, y).value(QStringLiteral("name")).value.toString() == QLatin1String("new"));
    CHECK(merge(y, x).value(QStringLiteral("name")).value.toString() == QLatin1String("new"));
    CHECK(merge(merge(z, x), y).value(QStringLiteral("name")).value.toString() == QLatin1String("newest"));

    FieldStates p{{QStringLiteral("name"), {QStringLiteral("a"), early}}};
    FieldStates q{{QStringLiteral("name"), {QStringLiteral("b"), early}}};
    CHECK(merge(p, q) == merge(q, p));
    CHECK(merge(p, q).value(QStringLiteral("name")).value.toString() == QLatin1String("b"));
}

TEST_CASE("a tombstone is a field like any other", "[merge]")
{
    const QString t1 = QStringLiteral("000001700000000000-00000000-dev-a");
    const QString t2 = QStringLiteral("000001700000000005-00000000-dev-b");
    FieldStates alive{{QStringLiteral("name"), {QStringLiteral("x"), t1}},
                      {QStringLiteral("deleted"), {false, t1}}};
    FieldStates gone{{QStringLiteral("deleted"), {true, t2}}};
    const FieldStates m = merge(alive, gone);
    CHECK(isDeleted(m));
    CHECK(valuesOf(m) == QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
    CHECK(hlcsOf(m).value(QStringLiteral("deleted")).toString() == t2);
    CHECK_FALSE(isDeleted(alive));
}
