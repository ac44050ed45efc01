#include "core/planner/plannermessages.h"
#include "core/planner/scenario.h"
#include "core/planner/scenariofigures.h"
#include "regiondata.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace verrijkt;
using testdata::school;

namespace {

PlanEntry entry(const QString &plan, const QString &vestiging, int wave, Tier tier)
{
    PlanEntry e;
    e.planName = plan;
    e.vestiging = vestiging;
    e.wave = wave;
    e.tier = tier;
    return e;
}

bool hasError(const ValidationErrors &errors, const QString &field, const QString &key)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const ValidationError &e) { return e.field == field && e.key == key; });
}

} // namespace

TEST_CASE("A default scenario on the real register assigns every location once and validates")
{
    const auto &region = testdata::realRegion();
    REQUIRE(region.schools.size() == 329);
    const Scenario s = createDefaultScenario(QStringLiteral("basis"), region.schools, region.waveZero);
    CHECK(s.entries.size() == 329);
    CHECK(validateScenario(s, region.schools).isEmpty());
    for (const PlanEntry &e : s.entries)
        CHECK(e.planName == QStringLiteral("basis"));
    // Ids must differ from the stored default plan's name-based ids, or both could not be stored.
    const QList<PlanEntry> defaults = defaultPlan(region.schools, region.waveZero);
    CHECK(s.entries.first().meta.id != defaults.first().meta.id);
}

TEST_CASE("Copying a scenario keeps waves and tiers under a new name with fresh ids")
{
    const auto &region = testdata::realRegion();
    const Scenario a = createDefaultScenario(QStringLiteral("a"), region.schools, region.waveZero);
    Scenario b = copyScenario(a, QStringLiteral("b"));
    REQUIRE(b.entries.size() == a.entries.size());
    CHECK(validateScenario(b, region.schools).isEmpty());
    CHECK(scenarioDifferences(a, b).isEmpty());
    QSet<QUuid> ids;
    for (const PlanEntry &e : a.entries)
        ids.insert(e.meta.id);
    for (const PlanEntry &e : b.entries) {
        CHECK(e.planName == QStringLiteral("b"));
        CHECK(!ids.contains(e.meta.id));
    }

    // One school moved and retiered: exactly that school differs.
    PlanEntry &moved = b.entries[10];
    const int oldWave = moved.wave;
    moved.wave = oldWave == 7 ? 6 : 7;
    moved.tier = moved.tier == Tier::TwoHours ? Tier::SixHours : Tier::TwoHours;
    const auto diff = scenarioDifferences(a, b);
    REQUIRE(diff.size() == 1);
    CHECK(diff.first().vestiging == moved.vestiging);
    CHECK(diff.first().waveA == oldWave);
    CHECK(diff.first().waveB == moved.wave);
    CHECK(diff.first().tierA != diff.first().tierB);
}

TEST_CASE("Scenario validation names the field and the rule")
{
    const QList<SchoolLocation> schools{school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 50),
                                        school("03CC00", "GM0037", 80)};
    Scenario s{QStringLiteral("x"),
               {entry("x", "01AA00", 1, Tier::TwoHours), entry("x", "02BB00", 8, Tier::TwoHours),
                entry("x", "02BB00", 2, Tier::None), entry("y", "09ZZ00", 1, Tier::SixHours)}};
    const ValidationErrors errors = validateScenario(s, schools);
    CHECK(hasError(errors, "wave", "plan.wave.range"));
    CHECK(hasError(errors, "vestiging", "plan.school.duplicate"));
    CHECK(hasError(errors, "tier", "plan.tier.invalid"));
    CHECK(hasError(errors, "vestiging", "plan.school.unknown"));
    CHECK(hasError(errors, "planName", "plan.entry.name"));
    CHECK(hasError(errors, "vestiging", "plan.school.missing")); // 03CC00
    CHECK(errors.size() == 6);

    CHECK(hasError(validateScenario(Scenario{QStringLiteral(" "), {}}, schools), "planName",
                   "plan.name.empty"));
    // An inactive location need not (and may not) be planned.
    QList<SchoolLocation> withClosed = schools;
    withClosed[2].active = false;
    const Scenario ok{QStringLiteral("x"),
                      {entry("x", "01AA00", 0, Tier::SixHours), entry("x", "02BB00", 7, Tier::TwoHours)}};
    CHECK(validateScenario(ok, withClosed).isEmpty());
}

TEST_CASE("Scenario figures per year, tier and municipality")
{
    const QList<Municipality> municipalities{{"GM0014", "Groningen", "Groningen", 1},
                                             {"GM0037", "Stadskanaal", "Groningen", 1}};
    QList<SchoolLocation> schools{school("01AA00", "GM0014", 100), school("02BB00", "GM0014", 50),
                                  school("03CC00", "GM0037", 80), school("04DD00", "GM0037", 30)};
    schools[3].pupils.reset(); // counts as 0 pupils
    const Scenario s{QStringLiteral("x"),
                     {entry("x", "01AA00", 0, Tier::SixHours), entry("x", "02BB00", 2, Tier::TwoHours),
                      entry("x", "03CC00", 1, Tier::TwoHours), entry("x", "04DD00", 7, Tier::SixHours)}};
    ScenarioContext ctx;
    ctx.municipalities = municipalities;
    ctx.schools = schools;

    const ScenarioYearFigures y1 = computeScenarioYear(ctx, s, SchoolYear(2026));
    CHECK(y1.sixHours.schools == 1);
    CHECK(y1.sixHours.pupils == 100);
    CHECK(y1.twoHours.schools == 1);
    CHECK(y1.twoHours.pupils == 80);
    CHECK(y1.notYet.schools == 2);
    CHECK(y1.notYet.pupils == 50);
    CHECK(y1.newSchools == 1); // 03CC00; wave 0 is not new
    CHECK(y1.pupilsReached() == 180);
    CHECK(y1.weeklyPupilHours() == 6 * 100 + 2 * 80);
    REQUIRE(y1.municipalities.size() == 2);
    CHECK(y1.municipalities[0].name == QStringLiteral("Groningen"));
    CHECK(y1.municipalities[0].sixHours.pupils == 100);
    CHECK(y1.municipalities[0].notYet.schools == 1);
    CHECK(y1.municipalities[1].twoHours.schools == 1);
    CHECK(y1.municipalities[1].newSchools == 1);
    CHECK(y1.fte == 16.0);

    const QSet<QString> all{"01AA00", "02BB00", "03CC00", "04DD00"};
    const ProgrammeBudget direct = planBudget(schools, s.entries, SchoolYear(2026), 16.0, all, ctx.budget);
    CHECK(y1.budget.tijdVoorToekomst == Approx(direct.tijdVoorToekomst));
    CHECK(y1.budget.bridgeOfficers == Approx(16.0 * ctx.budget.costPerFte));
    CHECK(y1.budget.bibliotheekOpSchool == Approx(direct.bibliotheekOpSchool));

    const auto years = computeScenarioYears(ctx, s);
    REQUIRE(years.size() == 7);
    CHECK(years.first().year == kFirstRolloutYear);
    CHECK(years.last().year == kStructuralYear);
    CHECK(years.last().notYet.schools == 0);
    CHECK(years.last().pupilsReached() == 230); // 04DD00 has no pupil count
    CHECK(years.last().fte == 64.0);
    CHECK(years[1].newSchools == 1);
    CHECK(years[1].twoHours.pupils == 130);

    // A library set given explicitly replaces the structural assumption.
    ctx.librarySchools = QSet<QString>{"01AA00"};
    const auto limited = computeScenarioYear(ctx, s, SchoolYear(2026));
    CHECK(limited.budget.bibliotheekOpSchool ==
          Approx(ctx.budget.libraryPerSchool + 100 * ctx.budget.libraryPerPupil));
}

TEST_CASE("The default scenario on the real register grows every year and reaches every pupil in 2032-2033")
{
    const auto &region = testdata::realRegion();
    ScenarioContext ctx;
    ctx.municipalities = region.municipalities;
    ctx.schools = region.schools;
    const Scenario s = createDefaultScenario(QStringLiteral("basis"), region.schools, region.waveZero);
    const auto years = computeScenarioYears(ctx, s);
    int totalPupils = 0;
    for (const SchoolLocation &sl : region.schools)
        totalPupils += sl.pupils.value_or(0);
    for (int i = 1; i < years.size(); ++i) {
        CHECK(years[i].schoolsTakingPart() > years[i - 1].schoolsTakingPart());
        CHECK(years[i].budget.tijdVoorToekomst > years[i - 1].budget.tijdVoorToekomst);
        CHECK(years[i].schoolsTakingPart() == years[i - 1].schoolsTakingPart() + years[i].newSchools);
        CHECK(years[i].municipalities.size() == 13);
    }
    CHECK(years.last().notYet.schools == 0);
    CHECK(years.last().pupilsReached() == totalPupils);
    // Municipality rows add up to the region.
    for (const auto &y : years) {
        int schools = 0, pupils = 0;
        for (const auto &m : y.municipalities) {
            schools += m.twoHours.schools + m.sixHours.schools + m.notYet.schools;
            pupils += m.twoHours.pupils + m.sixHours.pupils;
        }
        CHECK(schools == 329);
        CHECK(pupils == y.pupilsReached());
    }

    const Scenario other = copyScenario(s, QStringLiteral("ander"));
    const ScenarioComparison c = compareScenarios(ctx, s, other);
    CHECK(c.yearsA.size() == 7);
    CHECK(c.yearsB.size() == 7);
    CHECK(c.differences.isEmpty());
    CHECK(c.yearsA.last().budget.total() == Approx(c.yearsB.last().budget.total()));
}

TEST_CASE("Every planner message exists in Dutch and English and fills its placeholders")
{
    const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    for (const QString &key : plannerMessageKeys()) {
        const QString nl = plannerMessage(key, {}, Language::Dutch);
        const QString en = plannerMessage(key, {}, Language::English);
        INFO(key.toStdString());
        CHECK(nl != key);
        CHECK(en != key);
        CHECK(nl != en);
        QVariantMap params;
        auto it = placeholder.globalMatch(nl);
        while (it.hasNext())
            params.insert(it.next().captured(1), QStringLiteral("X"));
        CHECK(!plannerMessage(key, params, Language::Dutch).contains(QLatin1Char('{')));
        CHECK(!plannerMessage(key, params, Language::English).contains(QLatin1Char('{')));
    }
    CHECK(plannerMessage(QStringLiteral("no.such.key"), {}, Language::Dutch) ==
          QStringLiteral("no.such.key"));
}
