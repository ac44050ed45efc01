#pragma once

#include "core/budget.h"
#include "core/region.h"
#include "core/schoolyear.h"
#include "core/validation.h"
#include "needindicator.h"
#include "scenario.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace verrijkt {

// The rules an automatic proposal must keep. Ceilings are on the Tijd voor Toekomst budget of each
// school year (planBudget's tijdVoorToekomst part), in EUR, one per year 2026-2027..2032-2033.
struct ProposalRules
{
    QList<double> ceilingByYear = linearCeilingRamp(kPolicyTvtBudget);
    double sixHourThreshold = 16.0;        // need strictly above it: 6 h; otherwise 2 h
    int maxNewSchoolsPerYear = 60;         // new starters per school year (wave-0 schools do not count)
    bool everyMunicipalityEachYear = true; // each municipality with schools still waiting starts one

    // k/7 of `structural` in the k-th year: 1/7 in 2026-2027 up to the full amount in 2032-2033.
    static QList<double> linearCeilingRamp(double structural);
    // Ceilings from amounts in million euros: "36" is the linear ramp up to 36.0 M EUR,
    // "6,11,16,21,26,31,36" (or separated by ';') one amount per school year 2026-2027..2032-2033.
    // Decimal point; nullopt unless one or seven finite amounts of 0 or more.
    static std::optional<QList<double>> ceilingFromMillions(const QString &text);
};

struct ProposalInput
{
    QString planName = QStringLiteral("voorstel");
    QList<SchoolLocation> schools;      // inactive locations are ignored
    QList<Municipality> municipalities; // for names in the reasons
    QSet<QString> waveZero;             // already taking part: they keep wave 0
    NeedIndicator need;                 // required for every active location
    ProposalRules rules;
    BudgetParameters budget = BudgetParameters::defaults();
};

// Why a school starts when it does.
enum class StartReason {
    AlreadyTakingPart,    // wave 0
    WithinCeiling,        // reached in need order within the year's ceiling and maximum
    MunicipalityProgress, // started ahead of its need rank so that its municipality progresses
    NotStarted,           // not started by 2032-2033
};
// What held a school back in the last year it waited.
enum class Hold { None, Ceiling, MaxNewSchools };

struct ProposalDecision
{
    QString vestiging;
    QString name;
    QString municipalityCode;
    QString municipalityName;
    double need = 0;
    int rank = 0;        // 1 = highest need among all active locations; ties by vestiging code
    int rankedCount = 0; // active locations ranked
    Tier tier = Tier::TwoHours;
    std::optional<int> wave; // nullopt when not started by 2032-2033
    StartReason reason = StartReason::WithinCeiling;
    Hold hold = Hold::None;
    SchoolYear heldIn;     // the last school year it waited (valid when hold != None)
    double yearlyCost = 0; // its Tijd voor Toekomst cost per year once started, EUR
    double sixHourThreshold = 0;
    int maxNewSchoolsPerYear = 0;

    std::optional<SchoolYear> startYear() const;
    // "behoefte 12,3, rang 4 van 329; gestart in 2026-2027 binnen het plafond; 6 uur: ..."
    QString text(Language language) const;
};

// A municipality that could not progress in a year although it had schools waiting.
struct ProgressionGap
{
    SchoolYear year;
    QString municipalityCode;
    Hold cause = Hold::Ceiling;
};

struct ProposalYear
{
    SchoolYear year;
    double ceiling = 0;
    double cost = 0; // Tijd voor Toekomst cost of all schools taking part
    int newSchools = 0;
    int schoolsTakingPart = 0;
};

struct Proposal
{
    ValidationErrors errors;           // non-empty: the input or rules are invalid; nothing was proposed
    Scenario scenario;                 // entries for every started school
    QList<ProposalDecision> decisions; // every active location, in rank order
    QList<ProposalYear> years;
    QList<ProgressionGap> gaps;

    bool ok() const { return errors.isEmpty(); }
    QStringList notStarted() const;
    const ProposalDecision *decisionFor(const QString &vestiging) const;
};

// Starts the highest-need schools first without ever exceeding a year's ceiling: a school started
// in year y costs money in y and every later year, so it must fit every ceiling from y on. Per year,
// first each municipality with schools waiting starts its highest-need one (when the rule is on),
// then schools start in need order until the next one does not fit or the maximum is reached.
// Deterministic: the result depends only on the input, not on its order.
Proposal proposeScenario(const ProposalInput &input);

// The Tijd voor Toekomst cost per year of one school on one tier (planBudget on the school alone).
double schoolTvtCost(const SchoolLocation &school, Tier tier, const BudgetParameters &params);

} // namespace verrijkt
