#include "core/hlc.h"
#include "core/uuid7.h"
#include "qtcatch.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

using namespace verrijkt;

TEST_CASE("UUIDv7 carries version, variant and the millisecond timestamp", "[uuid7]")
{
    const std::int64_t ms = 1732712345678;
    const QUuid id = createUuidV7(ms);
    CHECK(isUuidV7(id));
    CHECK(uuidV7Millis(id) == ms);
    const QByteArray bytes = id.toRfc4122();
    CHECK((static_cast<quint8>(bytes[6]) >> 4) == 7);
    CHECK((static_cast<quint8>(bytes[8]) & 0xC0) == 0x80);
    // The text form starts with the 48-bit time in hex.
    const QString hex = QString::number(ms, 16).rightJustified(12, QLatin1Char('0'));
    CHECK(id.toString(QUuid::WithoutBraces).remove(QLatin1Char('-')).left(12) == hex);

    CHECK_FALSE(isUuidV7(QUuid::createUuid())); // version 4
    CHECK_FALSE(isUuidV7(QUuid()));

    const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
    const QUuid now = createUuidV7();
    const std::int64_t after = QDateTime::currentMSecsSinceEpoch();
    CHECK(uuidV7Millis(now) >= before);
    CHECK(uuidV7Millis(now) <= after);
}

TEST_CASE("UUIDv7 ids are unique and sort by creation millisecond", "[uuid7]")
{
    QSet<QUuid> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(createUuidV7(1700000000000));
    CHECK(seen.size() == 10000); // 74 random bits per id

    QList<QUuid> ids;
    for (std::int64_t ms = 1700000000000; ms < 1700000000000 + 500; ms += 7)
        ids.append(createUuidV7(ms));
    QList<QString> texts;
    for (const QUuid &id : ids)
        texts.append(id.toString());
    CHECK(std::is_sorted(texts.begin(), texts.end()));
    CHECK(std::is_sorted(ids.begin(), ids.end()));
}

TEST_CASE("HLC text form is fixed-width and round-trips", "[hlc]")
{
    HlcTimestamp ts{1732712345678, 0x1f, QStringLiteral("device-a")};
    CHECK(ts.toString() == QStringLiteral("000001732712345678-0000001f-device-a"));
    CHECK(HlcTimestamp::fromString(ts.toString()) == ts);
    HlcTimestamp big{1, 0xFFFFFFFFu, QStringLiteral("n")};
    CHECK(HlcTimestamp::fromString(big.toString()) == big);

    for (const char *bad : {"", "garbage", "1732712345678-00000000-node", "000001732712345678-00000000-",
                            "000001732712345678-0000000g-node", "000001732712345678-000000000-node",
                            "000001732712345678_00000000_node", "000001732712345678-00000000-with space",
                            "00000173271234567a-00000000-node", "-00001732712345678-00000000-node",
                            "000001732712345678-0000001F-node"}) {
        INFO(bad);
        CHECK_FALSE(HlcTimestamp::fromString(QString::fromLatin1(bad)));
    }
}

TEST_CASE("HLC is monotonic even when the wall clock goes backwards", "[hlc]")
{
    std::int64_t wall = 1'000'000;
    HybridLogicalClock clock(QStringLiteral("a"), [&] { return wall; });
    const HlcTimestamp t1 = clock.now();
    CHECK(t1.millis == 1'000'000);
    CHECK(t1.counter == 0);
    const HlcTimestamp t2 = clock.now(); // same millisecond
    CHECK(t2 > t1);
    CHECK(t2.counter == 1);
    wall = 500'000; // the clock was set back
    const HlcTimestamp t3 = clock.now();
    CHECK(t3 > t2);
    CHECK(t3.millis == 1'000'000);
    CHECK(t3.counter == 2);
    wall = 2'000'000;
    const HlcTimestamp t4 = clock.now();
    CHECK(t4.millis == 2'000'000);
    CHECK(t4.counter == 0);
    CHECK(clock.last() == t4);
    CHECK(t4.node == QStringLiteral("a"));
}

TEST_CASE("HLC receive merges a remote clock that runs 24 hours ahead", "[hlc]")
{
    const std::int64_t day = 24LL * 3600 * 1000;
    std::int64_t wallA = 1'700'000'000'000;
    std::int64_t wallB = wallA + day;
    HybridLogicalClock a(QStringLiteral("a"), [&] { return wallA; });
    HybridLogicalClock b(QStringLiteral("b"), [&] { return wallB; });

    const HlcTimestamp local = a.now();
    const HlcTimestamp remote = b.now();
    const HlcTimestamp merged = a.receive(remote);
    CHECK(merged > remote);
    CHECK(merged > local);
    CHECK(merged.millis == remote.millis);
    CHECK(merged.counter == remote.counter + 1);
    CHECK(merged.node == QStringLiteral("a"));

    // Later local events still order after what was seen, although a's wall clock lags a day.
    wallA += 10;
    const HlcTimestamp after = a.now();
    CHECK(after > merged);
    CHECK(after.millis == remote.millis);

    // Once the wall clock passes the remote time, physical time takes over again.
    wallA += day;
    const HlcTimestamp caughtUp = a.now();
    CHECK(caughtUp.millis == wallA);
    CHECK(caughtUp.counter == 0);

    // Receiving an older timestamp keeps the local clock and ticks the counter.
    const HlcTimestamp old{5, 9, QStringLiteral("c")};
    const HlcTimestamp r2 = a.receive(old);
    CHECK(r2 > caughtUp);
    CHECK(r2.millis == caughtUp.millis);
    CHECK(r2.counter == caughtUp.counter + 1);

    // Equal millis on both sides: the larger counter wins, plus one.
    HybridLogicalClock c(QStringLiteral("c"), [] { return std::int64_t(10); });
    c.restore({100, 3, QStringLiteral("c")});
    CHECK(c.receive({100, 7, QStringLiteral("d")}).counter == 8);
    c.restore({100, 9, QStringLiteral("c")});
    CHECK(c.receive({100, 7, QStringLiteral("d")}).counter == 10);
}

TEST_CASE("HLC counter overflow carries into the milliseconds", "[hlc]")
{
    HybridLogicalClock clock(QStringLiteral("a"), [] { return std::int64_t(1); });
    clock.restore({1000, 0xFFFFFFFFu, QStringLiteral("a")});
    const HlcTimestamp next = clock.now();
    CHECK(next.millis == 1001);
    CHECK(next.counter == 0);
    CHECK(next > HlcTimestamp{1000, 0xFFFFFFFFu, QStringLiteral("a")});
}

TEST_CASE("Ordering HLC timestamps by text equals ordering by value", "[hlc]")
{
    QList<HlcTimestamp> stamps;
    const QStringList nodes{QStringLiteral("a"), QStringLiteral("ab"),      QStringLiteral("b"),
                            QStringLiteral("B"), QStringLiteral("node-10"), QStringLiteral("node-9")};
    for (std::int64_t ms : {std::int64_t(0), std::int64_t(9), std::int64_t(10), std::int64_t(1732712345678),
                            std::int64_t(99999999999999)}) {
        for (std::uint32_t counter : {0u, 1u, 9u, 10u, 15u, 16u, 255u, 65536u, 0xFFFFFFFFu}) {
            for (const QString &node : nodes)
                stamps.append({ms, counter, node});
        }
    }
    for (const HlcTimestamp &x : stamps) {
        for (const HlcTimestamp &y : stamps) {
            const bool byValue = x < y;
            const bool byText = x.toString() < y.toString();
            if (byValue != byText)
                FAIL(x.toString().toStdString() + " vs " + y.toString().toStdString());
        }
    }
    SUCCEED();
}
