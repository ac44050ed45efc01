// The proposal algorithm on a hand-made region whose outcome is worked out by hand.
#include "core/planner/proposal.h"
#include "regiondata.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace verrijkt;
using testdata::school;

namespace {

// Cost = weekly hours x pupils: 6 h at A = 600, 2 h at B = 200, E = 200, C = 100, D = 400, W = 20.
ProposalInput handMadeInput()
{
    ProposalInput in;
    in.planName = QStringLiteral("voorstel");
    in.schools = {school("01AA00", "GM0001", 100), school("02BB00", "GM0001", 100),
                  school("03CC00", "GM0002", 50),  school("04DD00", "GM0002", 200),
                  school("05EE00", "GM0001", 100), school("09WW00", "GM0002", 10)};
    in.municipalities = {{"GM0001", "Eerstegem", "Groningen", 1}, {"GM0002", "Tweedegem", "Groningen", 1}};
    in.need = {{"01AA00", 18.0}, {"02BB00", 15.0}, {"05EE00", 15.0},
               {"03CC00", 10.0}, {"04DD00", 5.0},  {"09WW00", 1.0}};
    in.waveZero = {"09WW00"};
    in.budget = BudgetParameters{};
    in.budget.tvtPerPupilPerWeeklyHour = 1.0;
    in.rules.sixHourThreshold = 16.0;
    in.rules.maxNewSchoolsPerYear = 10;
    in.rules.everyMunicipalityEachYear = false;
    in.rules.ceilingByYear = {820, 1020, 1020, 1020, 1020, 1020, 1600};
    return in;
}

int waveOf(const Proposal &p, const char *vestiging)
{
    const ProposalDecision *d = p.decisionFor(QString::fromLatin1(vestiging));
    REQUIRE(d);
    return d->wave.value_or(-1);
}

bool hasKey(const ValidationErrors &errors, const char *key)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const ValidationError &e) { return e.key == QLatin1String(key); });
}

} // namespace

TEST_CASE("Per-school cost is planBudget on the school alone")
{
    const auto s = school("01AA00", "GM0014", 123);
    const BudgetParameters p = BudgetParameters::defaults();
    CHECK(schoolTvtCost(s, Tier::SixHours, p) ==
          Approx(p.tvtCoordinationPerSchool + 6 * 123 * p.tvtPerPupilPerWeeklyHour));
    CHECK(schoolTvtCost(s, Tier::TwoHours, p) ==
          Approx(p.tvtCoordinationPerSchool + 2 * 123 * p.tvtPerPupilPerWeeklyHour));
}

TEST_CASE("Highest need starts first within the ceilings, deferrals name the year that was full")
{
    const Proposal p = proposeScenario(handMadeInput());
    REQUIRE(p.ok());
    CHECK(waveOf(p, "09WW00") == 0);
    CHECK(waveOf(p, "01AA00") == 1);
    CHECK(waveOf(p, "02BB00") == 1);
    CHECK(waveOf(p, "05EE00") == 2); // tie with 02BB00 on need: the lower code goes first
    CHECK(waveOf(p, "03CC00") == 7);
    CHECK(waveOf(p, "04DD00") == 7);
    CHECK(p.notStarted().isEmpty());
    CHECK(p.gaps.isEmpty());

    REQUIRE(p.decisions.size() == 6);
    QStringList order;
    for (const auto &d : p.decisions)
        order << d.vestiging;
    CHECK(order == QStringList{"01AA00", "02BB00", "05EE00", "03CC00", "04DD00", "09WW00"});

    const ProposalDecision *a = p.decisionFor("01AA00");
    CHECK(a->tier == Tier::SixHours);
    CHECK(a->text(Language::Dutch) ==
          QStringLiteral("behoefte 18,0, rang 1 van 6; gestart in 2026-2027 binnen het plafond; "
                         "6 uur per week: behoefte boven drempel 16,0"));
    const ProposalDecision *e = p.decisionFor("05EE00");
    CHECK(e->hold == Hold::Ceiling);
    CHECK(e->heldIn == SchoolYear(2026));
    CHECK(e->text(Language::English) ==
          QStringLiteral("need 15.0, rank 3 of 6; deferred to 2027-2028: ceiling 2026-2027 reached; "
                         "2 hours a week: need not above threshold 16.0"));
    CHECK(p.decisionFor("03CC00")
              ->text(Language::Dutch)
              .contains(QStringLiteral("uitgesteld tot 2032-2033: plafond 2031-2032 bereikt")));
    CHECK(p.decisionFor("09WW00")
              ->text(Language::English)
              .contains(QStringLiteral("already taking part (wave 0")));

    REQUIRE(p.years.size() == 7);
    CHECK(p.years[0].cost == Approx(820));
    CHECK(p.years[0].newSchools == 2);
    CHECK(p.years[0].schoolsTakingPart == 3);
    CHECK(p.years[1].cost == Approx(1020));
    CHECK(p.years[6].cost == Approx(1520));
    CHECK(p.years[6].newSchools == 2);

    // The scenario holds every started school with the proposal's plan name.
    CHECK(p.scenario.name == QStringLiteral("voorstel"));
    CHECK(p.scenario.entries.size() == 6);
    CHECK(validateScenario(p.scenario, handMadeInput().schools).isEmpty());
}

TEST_CASE("Every municipality progresses each year, ahead of need order when it must")
{
    ProposalInput in = handMadeInput();
    in.rules.everyMunicipalityEachYear = true;
    const Proposal p = proposeScenario(in);
    REQUIRE(p.ok());
    CHECK(waveOf(p, "01AA00") == 1);
    CHECK(waveOf(p, "03CC00") == 1); // Tweedegem's best waiting school, rank 4
    CHECK(waveOf(p, "02BB00") == 2);
    CHECK(waveOf(p, "05EE00") == 7);
    CHECK(waveOf(p, "04DD00") == 7);
    CHECK(p.decisionFor("03CC00")->reason == StartReason::MunicipalityProgress);
    CHECK(p.decisionFor("03CC00")
              ->text(Language::English)
              .contains(QStringLiteral(
                  "started in 2026-2027 as the highest-need school still waiting in Tweedegem")));
    CHECK(p.decisionFor("01AA00")->reason == StartReason::WithinCeiling);
    CHECK(p.decisionFor("02BB00")->reason == StartReason::WithinCeiling);
    // 2027-2028: Tweedegem's 04DD00 does not fit; 2028-2029..2031-2032: neither municipality fits.
    REQUIRE(p.gaps.size() == 9);
    CHECK(p.gaps[0].year == SchoolYear(2027));
    CHECK(p.gaps[0].municipalityCode == QStringLiteral("GM0002"));
    CHECK(p.gaps[0].cause == Hold::Ceiling);
    for (const ProposalYear &y : p.years)
        CHECK(y.cost <= y.ceiling);
}

TEST_CASE("The maximum of new schools per year defers the rest")
{
    ProposalInput in = handMadeInput();
    in.rules.maxNewSchoolsPerYear = 1;
    in.rules.ceilingByYear = QList<double>(7, 1e9);
    const Proposal p = proposeScenario(in);
    REQUIRE(p.ok());
    CHECK(waveOf(p, "01AA00") == 1);
    CHECK(waveOf(p, "02BB00") == 2);
    CHECK(waveOf(p, "05EE00") == 3);
    CHECK(waveOf(p, "03CC00") == 4);
    CHECK(waveOf(p, "04DD00") == 5);
    CHECK(p.decisionFor("02BB00")->hold == Hold::MaxNewSchools);
    CHECK(p.decisionFor("02BB00")
              ->text(Language::Dutch)
              .contains(QStringLiteral(
                  "uitgesteld tot 2027-2028: maximum van 1 nieuwe scholen in 2026-2027 bereikt")));
}

TEST_CASE("Schools that never fit are reported as not started, never squeezed in")
{
    ProposalInput in = handMadeInput();
    in.rules.ceilingByYear = QList<double>(7, 700);
    const Proposal p = proposeScenario(in);
    REQUIRE(p.ok());
    CHECK(p.notStarted() == QStringList{"02BB00", "05EE00", "03CC00", "04DD00"});
    const ProposalDecision *d = p.decisionFor("04DD00");
    CHECK(d->reason == StartReason::NotStarted);
    CHECK(d->text(Language::Dutch)
              .contains(QStringLiteral("niet gestart tot en met 2032-2033: plafond 2032-2033 bereikt")));
    CHECK(p.scenario.entries.size() == 2);
    for (const ProposalYear &y : p.years)
        CHECK(y.cost == Approx(620));
}

TEST_CASE("Invalid rules or input give specific errors and no proposal")
{
    ProposalInput in = handMadeInput();
    in.need.remove("03CC00");
    Proposal p = proposeScenario(in);
    CHECK(!p.ok());
    CHECK(hasKey(p.errors, "proposal.need.missing"));
    CHECK(p.errors.first().params.value("examples").toString() == QStringLiteral("03CC00"));
    CHECK(p.decisions.isEmpty());
    CHECK(p.scenario.entries.isEmpty());

    in = handMadeInput();
    in.rules.ceilingByYear.removeLast();
    CHECK(hasKey(proposeScenario(in).errors, "proposal.ceiling.count"));

    in = handMadeInput();
    in.rules.ceilingByYear[2] = -1;
    p = proposeScenario(in);
    REQUIRE(hasKey(p.errors, "proposal.ceiling.range"));
    CHECK(p.errors.first().params.value("year").toString() == QStringLiteral("2028-2029"));

    in = handMadeInput();
    in.rules.maxNewSchoolsPerYear = 0;
    CHECK(hasKey(proposeScenario(in).errors, "proposal.maxNew.range"));

    in = handMadeInput();
    in.planName = QString();
    CHECK(hasKey(proposeScenario(in).errors, "proposal.planName.empty"));

    in = handMadeInput();
    in.rules.ceilingByYear = QList<double>(7, 10); // below the 20 the wave-0 school already costs
    p = proposeScenario(in);
    CHECK(p.errors.size() == 7);
    CHECK(hasKey(p.errors, "proposal.ceiling.waveZero"));
    CHECK(p.decisions.isEmpty());
}

TEST_CASE("The proposal does not depend on the order of its input")
{
    const ProposalInput in = handMadeInput();
    const Proposal reference = proposeScenario(in);
    std::mt19937 rng(7);
    for (int round = 0; round < 5; ++round) {
        ProposalInput shuffled = in;
        std::shuffle(shuffled.schools.begin(), shuffled.schools.end(), rng);
        const Proposal p = proposeScenario(shuffled);
        REQUIRE(p.decisions.size() == reference.decisions.size());
        for (int i = 0; i < p.decisions.size(); ++i) {
            CHECK(p.decisions[i].vestiging == reference.decisions[i].vestiging);
            CHECK(p.decisions[i].wave == reference.decisions[i].wave);
            CHECK(p.decisions[i].text(Language::English) == reference.decisions[i].text(Language::English));
        }
    }
}

TEST_CASE("Ceilings from amounts in million euros: one amount is the ramp, seven are one per year")
{
    const auto ramp = ProposalRules::ceilingFromMillions(QStringLiteral("36"));
    REQUIRE(ramp);
    CHECK(*ramp == ProposalRules::linearCeilingRamp(36.0e6));
    const auto seven = ProposalRules::ceilingFromMillions(QStringLiteral("6; 11,16;21; 26;31;36.5"));
    REQUIRE(seven);
    CHECK(*seven == QList<double>{6e6, 11e6, 16e6, 21e6, 26e6, 31e6, 36.5e6});
    for (const char *bad : {"", "veel", "1,2", "-5", "inf", "nan", "1;2;3;4;5;6;7;8", "1;2;x;4;5;6;7"}) {
        INFO(bad);
        CHECK_FALSE(ProposalRules::ceilingFromMillions(QString::fromLatin1(bad)));
    }
}
