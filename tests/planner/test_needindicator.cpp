#include "core/planner/needindicator.h"
#include "regiondata.h"

#include <catch2/catch.hpp>

using namespace verrijkt;

namespace {

NeedParse parse(const char *text, const QSet<QString> &known = {})
{
    return parseNeedIndicator(parseCsv(QByteArray(text)), known);
}

} // namespace

TEST_CASE("A need file is read by column name, with decimal point or quoted decimal comma")
{
    const NeedParse p = parse("name,need,vestiging\nA,12.3,01AA00\nB,\"4,5\",02bb00\n\nC,0,03CC00\n");
    REQUIRE(p.ok());
    CHECK(p.records == 3);
    CHECK(p.need.size() == 3);
    CHECK(p.need.value("01AA00") == Approx(12.3));
    CHECK(p.need.value("02BB00") == Approx(4.5)); // codes are upper-cased
    CHECK(p.need.value("03CC00") == 0.0);
}

TEST_CASE("A need file with a missing column or broken CSV is refused as a whole")
{
    const NeedParse noNeed = parse("vestiging,score\n01AA00,3\n");
    CHECK(noNeed.malformed());
    CHECK(noNeed.error.field == QStringLiteral("need"));
    CHECK(noNeed.errorText(Language::English).contains(QStringLiteral("'need' is missing")));
    CHECK(noNeed.need.isEmpty());

    const NeedParse broken = parse("vestiging,need\n01AA00,\"3\n");
    CHECK(broken.malformed());
    CHECK(broken.error.key == QStringLiteral("need.file.malformed"));
    CHECK(parse("").malformed());
}

TEST_CASE("Bad need rows are rejected with line, field and rule")
{
    const NeedParse p = parse("vestiging,need\n"
                              "01AA00,abc\n"  // line 2: not a number
                              "02BB00,-1\n"   // line 3: negative
                              "XYZ,3\n"       // line 4: not a code
                              "04DD00,2\n"    // line 5: duplicate
                              "05EE00,7\n"    // line 6: unknown
                              "04DD00,3\n"    // line 7: duplicate
                              "06FF00,8.5\n", // line 8: fine
                              {"01AA00", "02BB00", "04DD00", "06FF00"});
    CHECK(!p.ok());
    REQUIRE(p.rejections.size() == 6);
    CHECK(p.rejections[0].line == 2);
    CHECK(p.rejections[0].error.key == QStringLiteral("need.value.number"));
    CHECK(p.rejections[0].error.field == QStringLiteral("need"));
    CHECK(p.rejections[1].error.key == QStringLiteral("need.value.range"));
    CHECK(p.rejections[2].error.key == QStringLiteral("need.vestiging.format"));
    CHECK(p.rejections[2].error.field == QStringLiteral("vestiging"));
    CHECK(p.rejections[3].line == 5);
    CHECK(p.rejections[3].error.key == QStringLiteral("need.vestiging.duplicate"));
    CHECK(p.rejections[4].error.key == QStringLiteral("need.vestiging.unknown"));
    CHECK(p.rejections[5].line == 7);
    CHECK(p.rejections[5].error.key == QStringLiteral("need.vestiging.duplicate"));
    CHECK(p.need.keys() == QStringList{"06FF00"});
    CHECK(p.rejections[0].reason(Language::Dutch) ==
          QStringLiteral("regel 2, veld need: 'abc' is geen getal."));
    CHECK(p.rejections[0].reason(Language::English) ==
          QStringLiteral("line 2, field need: 'abc' is not a number."));
}

TEST_CASE("Need indicator CSV round-trips")
{
    const NeedIndicator need{{"02BB00", 4.5}, {"01AA00", 12.3}, {"03CC00", 0.0}};
    const QByteArray csv = needIndicatorToCsv(need);
    CHECK(csv.startsWith("vestiging,need\n01AA00,12.3\n02BB00,4.5\n"));
    const NeedParse back = parseNeedIndicator(parseCsv(csv));
    REQUIRE(back.ok());
    CHECK(back.need == need);
}

TEST_CASE("The synthetic need indicator is deterministic, seeded and spread over 0..20")
{
    const auto &schools = testdata::realRegion().schools;
    const NeedIndicator a = syntheticNeed(schools, 42);
    const NeedIndicator b = syntheticNeed(schools, 42);
    const NeedIndicator c = syntheticNeed(schools, 43);
    CHECK(a == b);
    CHECK(a != c);
    REQUIRE(a.size() == schools.size());
    double sum = 0;
    QSet<double> distinct;
    for (double v : a) {
        CHECK(v >= 0.0);
        CHECK(v <= 20.0);
        CHECK(std::abs(v * 10 - std::round(v * 10)) < 1e-9); // one decimal
        sum += v;
        distinct.insert(v);
    }
    CHECK(sum / a.size() == Approx(10.0).margin(1.0)); // triangular around 10
    CHECK(distinct.size() > 100);
    // Independent of the order of the register.
    QList<SchoolLocation> reversed(schools.rbegin(), schools.rend());
    CHECK(syntheticNeed(reversed, 42) == a);
}
