// The proposal on the REAL register (329 locations) with a synthetic need indicator: the ceilings
// and rules hold for several seeds and rule sets, and the result is deterministic.
#include "core/planner/proposal.h"
#include "regiondata.h"

#include <QHash>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace verrijkt;

namespace {

ProposalInput regionInput(quint64 seed)
{
    const auto &region = testdata::realRegion();
    ProposalInput in;
    in.schools = region.schools;
    in.municipalities = region.municipalities;
    in.waveZero = region.waveZero;
    in.need = syntheticNeed(region.schools, seed);
    return in;
}

void checkInvariants(const ProposalInput &in, const Proposal &p)
{
    REQUIRE(p.ok());
    const int n = in.schools.size();
    REQUIRE(p.decisions.size() == n);

    QHash<QString, const ProposalDecision *> byCode;
    for (int i = 0; i < n; ++i) {
        const ProposalDecision &d = p.decisions[i];
        byCode.insert(d.vestiging, &d);
        CHECK(d.rank == i + 1);
        CHECK(d.rankedCount == n);
        CHECK(d.need == in.need.value(d.vestiging));
        if (i > 0) { // need order, ties by code
            const ProposalDecision &prev = p.decisions[i - 1];
            CHECK((prev.need > d.need || (prev.need == d.need && prev.vestiging < d.vestiging)));
        }
        // Tier rule.
        CHECK(d.tier == (d.need > in.rules.sixHourThreshold ? Tier::SixHours : Tier::TwoHours));
        // Wave 0 exactly for the schools already taking part.
        CHECK((d.wave == 0) == in.waveZero.contains(d.vestiging));
        CHECK((d.reason == StartReason::AlreadyTakingPart) == in.waveZero.contains(d.vestiging));
        CHECK(d.wave.has_value() == (d.reason != StartReason::NotStarted));
        // The reason's deferral is the year just before the start.
        if (d.wave && *d.wave == 1)
            CHECK(d.hold == Hold::None);
        if (d.wave && *d.wave > 1) {
            CHECK(d.hold != Hold::None);
            CHECK(d.heldIn == d.startYear()->previous());
        }
        CHECK(d.text(Language::Dutch)
                  .startsWith(QStringLiteral("behoefte %1, rang %2 van %3; ")
                                  .arg(QLocale(QLocale::Dutch).toString(d.need, 'f', 1))
                                  .arg(d.rank)
                                  .arg(n)));
        CHECK(d.text(Language::English).contains(QStringLiteral("rank %1 of %2").arg(d.rank).arg(n)));
    }

    // Ceilings hold, checked directly with planBudget on the proposed scenario.
    for (int i = 0; i < kRolloutWaves; ++i) {
        const SchoolYear year(kFirstRolloutYear.startYear() + i);
        const double cost =
            planBudget(in.schools, p.scenario.entries, year, 0.0, {}, in.budget).tijdVoorToekomst;
        INFO(year.label().toStdString() << " cost " << cost << " ceiling " << in.rules.ceilingByYear[i]);
        CHECK(cost <= in.rules.ceilingByYear[i] + 0.01);
        CHECK(p.years[i].cost == Approx(cost));
        const int newSchools = int(std::count_if(p.scenario.entries.begin(), p.scenario.entries.end(),
                                                 [&](const PlanEntry &e) { return e.wave == i + 1; }));
        CHECK(newSchools <= in.rules.maxNewSchoolsPerYear);
        CHECK(p.years[i].newSchools == newSchools);
    }

    // Highest need first: a school started in need order never starts before a school of higher
    // need (wave-0 schools aside).
    for (int b = 0; b < n; ++b) {
        const ProposalDecision &db = p.decisions[b];
        if (db.reason != StartReason::WithinCeiling)
            continue;
        for (int a = 0; a < b; ++a) {
            const ProposalDecision &da = p.decisions[a];
            if (da.wave == 0)
                continue;
            REQUIRE(da.wave.has_value());
            CHECK(*da.wave <= *db.wave);
        }
    }

    // Every municipality with schools waiting at the start of a year starts one, or the gap is reported.
    for (int i = 0; i < kRolloutWaves; ++i) {
        const int wave = i + 1;
        QSet<QString> waiting, started, gaps;
        for (const ProposalDecision &d : p.decisions) {
            if (!d.wave || *d.wave >= wave)
                waiting.insert(d.municipalityCode);
            if (d.wave == wave)
                started.insert(d.municipalityCode);
        }
        for (const ProgressionGap &g : p.gaps) {
            if (g.year.startYear() == kFirstRolloutYear.startYear() + i)
                gaps.insert(g.municipalityCode);
        }
        for (const QString &m : waiting) {
            if (in.rules.everyMunicipalityEachYear)
                CHECK((started.contains(m) || gaps.contains(m)));
            CHECK(!(started.contains(m) && gaps.contains(m)));
        }
    }

    // The scenario is complete except for schools that did not start.
    const ValidationErrors errors = validateScenario(p.scenario, in.schools);
    CHECK(errors.size() == p.notStarted().size());
    for (const ValidationError &e : errors)
        CHECK(e.key == QStringLiteral("plan.school.missing"));
}

} // namespace

TEST_CASE("Region proposal with default rules: ceilings, rules and need order hold")
{
    for (quint64 seed : {1ULL, 42ULL, 2026ULL}) {
        INFO("seed " << seed);
        const ProposalInput in = regionInput(seed);
        const Proposal p = proposeScenario(in);
        checkInvariants(in, p);
        // With the default ramp to 36.0 M EUR the whole region is on board in 2032-2033.
        CHECK(p.notStarted().isEmpty());
        CHECK(p.years.last().schoolsTakingPart == 329);
    }
}

TEST_CASE("Region proposal under tight rules still keeps every ceiling and maximum")
{
    ProposalInput in = regionInput(7);
    in.rules.ceilingByYear = {9e6, 12e6, 15e6, 20e6, 24e6, 27e6, 30e6};
    in.rules.maxNewSchoolsPerYear = 40;
    in.rules.sixHourThreshold = 12.0;
    const Proposal p = proposeScenario(in);
    checkInvariants(in, p);
    CHECK(!p.notStarted().isEmpty()); // 30 M EUR is not enough for everyone at these tiers

    in.rules.everyMunicipalityEachYear = false;
    checkInvariants(in, proposeScenario(in));
}

TEST_CASE("Region proposal is deterministic, also for a shuffled register")
{
    const ProposalInput in = regionInput(42);
    const Proposal a = proposeScenario(in);
    ProposalInput reversed = in;
    std::reverse(reversed.schools.begin(), reversed.schools.end());
    std::reverse(reversed.municipalities.begin(), reversed.municipalities.end());
    const Proposal b = proposeScenario(reversed);
    REQUIRE(a.decisions.size() == b.decisions.size());
    for (int i = 0; i < a.decisions.size(); ++i) {
        CHECK(a.decisions[i].vestiging == b.decisions[i].vestiging);
        CHECK(a.decisions[i].wave == b.decisions[i].wave);
        CHECK(a.decisions[i].tier == b.decisions[i].tier);
        CHECK(a.decisions[i].text(Language::Dutch) == b.decisions[i].text(Language::Dutch));
    }
    REQUIRE(a.gaps.size() == b.gaps.size());
    for (int i = 0; i < a.years.size(); ++i)
        CHECK(a.years[i].cost == Approx(b.years[i].cost));
    // A different need gives a different plan: the result really follows the need.
    const Proposal c = proposeScenario(regionInput(43));
    int differences = 0;
    for (const ProposalDecision &d : c.decisions)
        differences += d.wave != a.decisionFor(d.vestiging)->wave ? 1 : 0;
    CHECK(differences > 50);
}
