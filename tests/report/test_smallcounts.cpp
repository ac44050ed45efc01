#include "report/smallcounts.h"

#include <catch2/catch.hpp>
#include <random>

using namespace verrijkt;

TEST_CASE("Counts below 5 are hidden, with complements so no hidden count can be recovered")
{
    using Mask = QList<bool>;
    CHECK(suppressionMask({}).isEmpty());
    CHECK(suppressionMask({5, 6, 100}) == Mask{false, false, false});
    CHECK(suppressionMask({4}) == Mask{true});
    CHECK(suppressionMask({10, 3, 20}) == Mask{true, true, false});          // 3 alone would be total - 30
    CHECK(suppressionMask({0, 0, 10, 20}) == Mask{true, true, true, false}); // two zeros hold < 5 together
    CHECK(suppressionMask({2, 3, 50}) == Mask{true, true, false});           // 2 + 3 = 5: safe
    CHECK(suppressionMask({1, 2, 3}) == Mask{true, true, true});
    CHECK(suppressionMask({1, 7, 7}) == Mask{true, true, false}); // ties: the first smallest

    CHECK(countCell(4).display(Language::Dutch) == QStringLiteral("< 5"));
    CHECK(countCell(0).exportText() == QStringLiteral("< 5"));
    CHECK(countCell(5).exportText() == QStringLiteral("5"));
    const QList<ReportCell> cells = countCells({12, 3, 40});
    CHECK(cells[0].kind == ReportCell::Kind::Suppressed);
    CHECK(cells[1].kind == ReportCell::Kind::Suppressed);
    CHECK(cells[2].display(Language::Dutch) == QStringLiteral("40"));
}

TEST_CASE("Suppression properties hold for random groups")
{
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> size(1, 12), small(0, 9), large(0, 60);
    for (int round = 0; round < 2000; ++round) {
        QList<qint64> counts;
        const int n = size(rng);
        for (int i = 0; i < n; ++i)
            counts.append(round % 2 ? small(rng) : large(rng));
        const QList<bool> hidden = suppressionMask(counts);
        int hiddenCells = 0;
        qint64 hiddenSum = 0;
        for (int i = 0; i < n; ++i) {
            if (counts[i] < 5)
                REQUIRE(hidden[i]); // never a visible count below 5
            if (hidden[i]) {
                ++hiddenCells;
                hiddenSum += counts[i];
            }
        }
        // total - visible never pins down a single small count: hidden cells are none, all, or at
        // least two that together hold 5 or more.
        const bool safe = hiddenCells == 0 || hiddenCells == n || (hiddenCells >= 2 && hiddenSum >= 5);
        REQUIRE(safe);
    }
}
