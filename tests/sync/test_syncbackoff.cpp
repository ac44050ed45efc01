#include "syncbackoff.h"

#include <QList>
#include <catch2/catch.hpp>

using namespace verrijkt;

TEST_CASE("backoff delays grow by the factor, carry jitter and stop at the maximum")
{
    Backoff backoff({100, 1000, 2.0}, 7);
    const int expectedBase[] = {100, 200, 400, 800, 1000, 1000};
    for (int base : expectedBase) {
        const int d = backoff.nextDelayMs();
        CHECK(d >= base / 2);
        CHECK(d <= base);
    }
    CHECK(backoff.failedAttempts() == 6);
    backoff.reset();
    CHECK(backoff.failedAttempts() == 0);
    const int first = backoff.nextDelayMs();
    CHECK((first >= 50 && first <= 100));
}

TEST_CASE("backoff jitter differs between devices and repeats for one seed")
{
    Backoff a({1000, 60000, 2.0}, 1), b({1000, 60000, 2.0}, 2), a2({1000, 60000, 2.0}, 1);
    QList<int> da, db, da2;
    for (int i = 0; i < 6; ++i) {
        da.append(a.nextDelayMs());
        db.append(b.nextDelayMs());
        da2.append(a2.nextDelayMs());
    }
    CHECK(da == da2);
    CHECK(da != db);
}

TEST_CASE("backoff survives a very long outage without overflow")
{
    Backoff backoff({1000, 300000, 3.0}, 3);
    int last = 0;
    for (int i = 0; i < 200; ++i)
        last = backoff.nextDelayMs();
    CHECK(last >= 150000);
    CHECK(last <= 300000);
}
