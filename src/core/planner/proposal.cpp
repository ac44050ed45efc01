#include "proposal.h"

#include "core/uuid7.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcPlanner, "verrijkt.planner")

namespace verrijkt {

namespace {

// Money is compared with a cent of slack so that summing per-school costs in a different order
// than planBudget does can never turn "fits" into "exceeds".
constexpr double kCent = 0.01;

ValidationError proposalError(const char *field, const char *key, QVariantMap params)
{
    return ValidationError{QString::fromLatin1(field), QString::fromLatin1(key), std::move(params)};
}

QString euros(double amount)
{
    return QStringLiteral("EUR %1").arg(amount, 0, 'f', 0);
}

ValidationErrors validateInput(const ProposalInput &input, const QList<const SchoolLocation *> &active)
{
    ValidationErrors errors;
    const ProposalRules &r = input.rules;
    if (input.planName.trimmed().isEmpty())
        errors.append(proposalError("planName", "proposal.planName.empty", {}));
    if (r.ceilingByYear.size() != kRolloutWaves) {
        errors.append(proposalError("ceiling", "proposal.ceiling.count",
                                    {{"expected", kRolloutWaves}, {"count", r.ceilingByYear.size()}}));
    } else {
        for (int i = 0; i < kRolloutWaves; ++i) {
            const double c = r.ceilingByYear.at(i);
            if (!std::isfinite(c) || c < 0)
                errors.append(proposalError("ceiling", "proposal.ceiling.range",
                                            {{"year", SchoolYear(kFirstRolloutYear.startYear() + i).label()},
                                             {"value", QString::number(c)}}));
        }
    }
    if (r.maxNewSchoolsPerYear < 1)
        errors.append(proposalError("maxNewSchoolsPerYear", "proposal.maxNew.range",
                                    {{"value", r.maxNewSchoolsPerYear}}));
    if (!std::isfinite(r.sixHourThreshold))
        errors.append(proposalError("sixHourThreshold", "proposal.threshold.number",
                                    {{"value", QString::number(r.sixHourThreshold)}}));
    QStringList missing;
    for (const SchoolLocation *s : active) {
        if (!input.need.contains(s->vestiging) || !std::isfinite(input.need.value(s->vestiging)))
            missing.append(s->vestiging);
    }
    if (!missing.isEmpty()) {
        missing.sort();
        errors.append(proposalError(
            "need", "proposal.need.missing",
            {{"count", missing.size()}, {"examples", missing.mid(0, 5).join(QStringLiteral(", "))}}));
    }
    return errors;
}

} // namespace

std::optional<QList<double>> ProposalRules::ceilingFromMillions(const QString &text)
{
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    QList<double> amounts;
    for (const QString &p : parts) {
        bool ok = false;
        const double v = p.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return std::nullopt;
        amounts.append(v * 1e6);
    }
    if (amounts.size() == 1)
        return linearCeilingRamp(amounts.first());
    if (amounts.size() != kRolloutWaves)
        return std::nullopt;
    return amounts;
}

QList<double> ProposalRules::linearCeilingRamp(double structural)
{
    QList<double> ramp;
    for (int k = 1; k <= kRolloutWaves; ++k)
        ramp.append(structural * k / kRolloutWaves);
    return ramp;
}

double schoolTvtCost(const SchoolLocation &school, Tier tier, const BudgetParameters &params)
{
    SchoolLocation s = school;
    s.active = true;
    PlanEntry e;
    e.vestiging = s.vestiging;
    e.wave = 1;
    e.tier = tier;
    return planBudget({s}, {e}, kStructuralYear, 0.0, {}, params).tijdVoorToekomst;
}

std::optional<SchoolYear> ProposalDecision::startYear() const
{
    if (!wave)
        return std::nullopt;
    return *wave == 0 ? kFirstRolloutYear.previous() : SchoolYear(kFirstRolloutYear.startYear() + *wave - 1);
}

QStringList Proposal::notStarted() const
{
    QStringList out;
    for (const ProposalDecision &d : decisions) {
        if (!d.wave)
            out.append(d.vestiging);
    }
    return out;
}

const ProposalDecision *Proposal::decisionFor(const QString &vestiging) const
{
    for (const ProposalDecision &d : decisions) {
        if (d.vestiging == vestiging)
            return &d;
    }
    return nullptr;
}

Proposal proposeScenario(const ProposalInput &input)
{
    Proposal out;
    QList<const SchoolLocation *> active;
    for (const SchoolLocation &s : input.schools) {
        if (s.active)
            active.append(&s);
    }
    out.errors = validateInput(input, active);
    if (!out.ok())
        return out;

    const ProposalRules &rules = input.rules;
    std::sort(active.begin(), active.end(), [&](const SchoolLocation *a, const SchoolLocation *b) {
        const double na = input.need.value(a->vestiging), nb = input.need.value(b->vestiging);
        return na > nb || (na == nb && a->vestiging < b->vestiging);
    });
    QHash<QString, QString> municipalityNames;
    for (const Municipality &m : input.municipalities)
        municipalityNames.insert(m.code, m.name);

    // Committed cost per rollout year; index i is school year 2026-2027 + i.
    QList<double> committed(kRolloutWaves, 0.0);
    auto fitsFrom = [&](int year, double cost) {
        for (int z = year; z < kRolloutWaves; ++z) {
            if (committed.at(z) + cost > rules.ceilingByYear.at(z) + kCent)
                return false;
        }
        return true;
    };
    auto commit = [&](int year, double cost) {
        for (int z = year; z < kRolloutWaves; ++z)
            committed[z] += cost;
    };

    out.decisions.reserve(active.size());
    QList<int> waiting; // indexes into decisions, rank order
    for (int i = 0; i < active.size(); ++i) {
        const SchoolLocation &s = *active.at(i);
        ProposalDecision d;
        d.vestiging = s.vestiging;
        d.name = s.name;
        d.municipalityCode = s.municipalityCode;
        d.municipalityName = municipalityNames.value(s.municipalityCode, s.municipalityCode);
        d.need = input.need.value(s.vestiging);
        d.rank = i + 1;
        d.rankedCount = active.size();
        d.tier = d.need > rules.sixHourThreshold ? Tier::SixHours : Tier::TwoHours;
        d.yearlyCost = schoolTvtCost(s, d.tier, input.budget);
        d.sixHourThreshold = rules.sixHourThreshold;
        d.maxNewSchoolsPerYear = rules.maxNewSchoolsPerYear;
        if (input.waveZero.contains(s.vestiging)) {
            d.wave = 0;
            d.reason = StartReason::AlreadyTakingPart;
            commit(0, d.yearlyCost);
        } else {
            waiting.append(i);
        }
        out.decisions.append(d);
    }
    for (int z = 0; z < kRolloutWaves; ++z) {
        if (committed.at(z) > rules.ceilingByYear.at(z) + kCent) {
            out.errors.append(proposalError("ceiling", "proposal.ceiling.waveZero",
                                            {{"year", SchoolYear(kFirstRolloutYear.startYear() + z).label()},
                                             {"ceiling", euros(rules.ceilingByYear.at(z))},
                                             {"cost", euros(committed.at(z))}}));
        }
    }
    if (!out.ok()) {
        out.decisions.clear();
        return out;
    }

    for (int year = 0; year < kRolloutWaves; ++year) {
        const SchoolYear schoolYear(kFirstRolloutYear.startYear() + year);
        int started = 0;
        QSet<int> startedNow;
        auto tryStart = [&](int idx, StartReason reason) -> Hold {
            ProposalDecision &d = out.decisions[idx];
            if (started >= rules.maxNewSchoolsPerYear)
                return Hold::MaxNewSchools;
            if (!fitsFrom(year, d.yearlyCost))
                return Hold::Ceiling;
            d.wave = year + 1;
            d.reason = reason;
            commit(year, d.yearlyCost);
            ++started;
            startedNow.insert(idx);
            return Hold::None;
        };

        if (rules.everyMunicipalityEachYear) {
            QSet<QString> served;
            for (int idx : std::as_const(waiting)) { // rank order: the best waiting school per municipality
                const QString code = out.decisions.at(idx).municipalityCode;
                if (served.contains(code))
                    continue;
                served.insert(code);
                const Hold hold = tryStart(idx, StartReason::MunicipalityProgress);
                if (hold != Hold::None)
                    out.gaps.append({schoolYear, code, hold});
            }
        }
        int blockedAtRank = std::numeric_limits<int>::max();
        for (int idx : std::as_const(waiting)) {
            if (startedNow.contains(idx))
                continue;
            const Hold hold = tryStart(idx, StartReason::WithinCeiling);
            if (hold == Hold::None)
                continue;
            blockedAtRank = out.decisions.at(idx).rank;
            for (int w : std::as_const(waiting)) {
                if (!startedNow.contains(w)) {
                    out.decisions[w].hold = hold;
                    out.decisions[w].heldIn = schoolYear;
                }
            }
            break;
        }
        // A municipality's pick that the need order reached anyway did not need the rule.
        for (int idx : std::as_const(startedNow)) {
            ProposalDecision &d = out.decisions[idx];
            if (d.reason == StartReason::MunicipalityProgress && d.rank < blockedAtRank)
                d.reason = StartReason::WithinCeiling;
        }
        waiting.removeIf([&](int idx) { return startedNow.contains(idx); });
    }
    for (int idx : std::as_const(waiting))
        out.decisions[idx].reason = StartReason::NotStarted;

    out.scenario.name = input.planName;
    for (const ProposalDecision &d : std::as_const(out.decisions)) {
        if (!d.wave)
            continue;
        PlanEntry e;
        e.meta.id = createUuidV7();
        e.planName = input.planName;
        e.vestiging = d.vestiging;
        e.wave = *d.wave;
        e.tier = d.tier;
        out.scenario.entries.append(e);
    }
    for (int z = 0; z < kRolloutWaves; ++z) {
        ProposalYear y;
        y.year = SchoolYear(kFirstRolloutYear.startYear() + z);
        y.ceiling = rules.ceilingByYear.at(z);
        y.cost = committed.at(z);
        for (const ProposalDecision &d : std::as_const(out.decisions)) {
            if (d.wave && *d.wave <= z + 1)
                ++y.schoolsTakingPart;
            if (d.wave && *d.wave == z + 1)
                ++y.newSchools;
        }
        out.years.append(y);
    }
    qCDebug(lcPlanner) << "proposal" << input.planName << "started" << out.scenario.entries.size() << "of"
                       << out.decisions.size() << "locations," << out.gaps.size() << "progression gaps";
    return out;
}

} // namespace verrijkt
