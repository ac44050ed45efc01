#include "scenario.h"

#include "core/uuid7.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace verrijkt {

namespace {

ValidationError planError(const char *field, const char *key, QVariantMap params)
{
    return ValidationError{QString::fromLatin1(field), QString::fromLatin1(key), std::move(params)};
}

} // namespace

const PlanEntry *Scenario::entryFor(const QString &vestiging) const
{
    for (const PlanEntry &e : entries) {
        if (e.vestiging == vestiging)
            return &e;
    }
    return nullptr;
}

Scenario scenarioFromPlan(const QString &name, const QList<PlanEntry> &plan)
{
    Scenario s{name, {}};
    for (const PlanEntry &e : plan) {
        if (e.planName == name && !e.meta.deleted)
            s.entries.append(e);
    }
    return s;
}

Scenario createDefaultScenario(const QString &name, const QList<SchoolLocation> &schools,
                               const QSet<QString> &waveZero)
{
    Scenario s{name, defaultPlan(schools, waveZero)};
    // The default plan's ids are derived from "default/<vestiging>"; a scenario under another
    // name is a different set of rows and needs its own ids.
    if (name != PlanEntry().planName) {
        for (PlanEntry &e : s.entries) {
            e.planName = name;
            e.meta.id = createUuidV7();
        }
    }
    return s;
}

Scenario copyScenario(const Scenario &source, const QString &newName)
{
    Scenario copy{newName, source.entries};
    for (PlanEntry &e : copy.entries) {
        e.planName = newName;
        e.meta.id = createUuidV7();
        e.meta.hlc.clear(); // the store stamps the copy when it is saved
        e.meta.deleted = false;
    }
    return copy;
}

ValidationErrors validateScenario(const Scenario &scenario, const QList<SchoolLocation> &schools)
{
    ValidationErrors errors;
    if (scenario.name.trimmed().isEmpty())
        errors.append(planError("planName", "plan.name.empty", {}));

    QSet<QString> active;
    for (const SchoolLocation &s : schools) {
        if (s.active)
            active.insert(s.vestiging);
    }
    QHash<QString, int> seen;
    for (const PlanEntry &e : scenario.entries) {
        if (e.planName != scenario.name)
            errors.append(
                planError("planName", "plan.entry.name",
                          {{"vestiging", e.vestiging}, {"found", e.planName}, {"expected", scenario.name}}));
        if (!active.contains(e.vestiging))
            errors.append(planError("vestiging", "plan.school.unknown", {{"vestiging", e.vestiging}}));
        if (++seen[e.vestiging] == 2)
            errors.append(planError("vestiging", "plan.school.duplicate", {{"vestiging", e.vestiging}}));
        if (e.wave < 0 || e.wave > kRolloutWaves)
            errors.append(planError(
                "wave", "plan.wave.range",
                {{"vestiging", e.vestiging}, {"wave", e.wave}, {"min", 0}, {"max", kRolloutWaves}}));
        if (e.tier != Tier::TwoHours && e.tier != Tier::SixHours)
            errors.append(planError("tier", "plan.tier.invalid", {{"vestiging", e.vestiging}}));
    }
    QStringList missing;
    for (const QString &v : active) {
        if (!seen.contains(v))
            missing.append(v);
    }
    std::sort(missing.begin(), missing.end());
    for (const QString &v : missing)
        errors.append(planError("vestiging", "plan.school.missing", {{"vestiging", v}}));
    return errors;
}

QList<ScenarioSchoolDifference> scenarioDifferences(const Scenario &a, const Scenario &b)
{
    QMap<QString, ScenarioSchoolDifference> byCode; // sorted by vestiging
    for (const PlanEntry &e : a.entries) {
        auto &d = byCode[e.vestiging];
        d.vestiging = e.vestiging;
        d.waveA = e.wave;
        d.tierA = e.tier;
    }
    for (const PlanEntry &e : b.entries) {
        auto &d = byCode[e.vestiging];
        d.vestiging = e.vestiging;
        d.waveB = e.wave;
        d.tierB = e.tier;
    }
    QList<ScenarioSchoolDifference> out;
    for (const auto &d : byCode) {
        if (d.waveA != d.waveB || d.tierA != d.tierB)
            out.append(d);
    }
    return out;
}

} // namespace verrijkt
