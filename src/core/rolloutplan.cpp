#include "rolloutplan.h"

#include <QMap>
#include <algorithm>

namespace verrijkt {

namespace {
// Plan entries of the default plan get name-based ids, so that two devices importing the same
// register create the same rows and sync does not duplicate them.
const QUuid kDefaultPlanNamespace(QStringLiteral("{4f1c2a7e-8d3b-5e6a-9c0d-1b2e3f4a5b6c}"));

bool needsSixHours(const SchoolLocation &school, bool waveZero)
{
    return waveZero || school.type != SchoolType::Bao;
}
} // namespace

SchoolYear PlanEntry::entryYear() const
{
    return wave <= 0 ? kFirstRolloutYear.previous() : SchoolYear(kFirstRolloutYear.startYear() + wave - 1);
}

QList<PlanEntry> defaultPlan(const QList<SchoolLocation> &schools, const QSet<QString> &waveZero)
{
    // Municipalities in code order, their schools in vestiging order: independent of input order.
    QMap<QString, QList<const SchoolLocation *>> byMunicipality;
    for (const SchoolLocation &s : schools) {
        if (s.active)
            byMunicipality[s.municipalityCode].append(&s);
    }

    auto makeEntry = [](const SchoolLocation &s, int wave, bool zero) {
        PlanEntry e;
        e.vestiging = s.vestiging;
        e.wave = wave;
        e.tier = needsSixHours(s, zero) ? Tier::SixHours : Tier::TwoHours;
        e.meta.id = QUuid::createUuidV5(kDefaultPlanNamespace, e.planName + QLatin1Char('/') + s.vestiging);
        return e;
    };

    QList<PlanEntry> plan;
    // One round-robin counter runs across all municipalities: inside a municipality consecutive
    // schools go to consecutive waves (so every municipality with seven or more new schools enters
    // some in every wave), and carrying the counter on keeps the region-wide waves within one
    // school of each other.
    int next = 0;
    for (auto it = byMunicipality.begin(); it != byMunicipality.end(); ++it) {
        QList<const SchoolLocation *> &list = it.value();
        std::sort(list.begin(), list.end(), [](const SchoolLocation *a, const SchoolLocation *b) {
            return a->vestiging < b->vestiging;
        });
        for (const SchoolLocation *s : std::as_const(list)) {
            if (waveZero.contains(s->vestiging)) {
                plan.append(makeEntry(*s, 0, true));
            } else {
                plan.append(makeEntry(*s, 1 + next % kRolloutWaves, false));
                ++next;
            }
        }
    }
    return plan;
}

} // namespace verrijkt
