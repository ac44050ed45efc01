#include "buildup.h"

#include <QSet>
#include <algorithm>

namespace verrijkt {

namespace {

QList<Placement> live(const QList<Placement> &placements)
{
    QList<Placement> out;
    for (const Placement &p : placements) {
        if (!p.meta.deleted)
            out.append(p);
    }
    return out;
}

} // namespace

BuildUp computeBuildUp(const QList<Placement> &placements, const BridgeOfficerTarget &target,
                       const SchoolYear &first, const SchoolYear &last)
{
    const QList<Placement> current = live(placements);
    BuildUp out;
    for (SchoolYear y = first; y <= last; y = y.next()) {
        BuildUpYear year;
        year.year = y;
        year.targetFte = target.targetFte(y);
        for (QDate month = y.firstDay(); month <= y.lastDay(); month = month.addMonths(1)) {
            BuildUpMonth m;
            m.month = month;
            m.placedFte = regionFteOn(current, month);
            m.targetFte = year.targetFte;
            year.averagePlacedFte += m.placedFte / 12.0;
            year.cost += target.cost(m.placedFte) / 12.0;
            out.months.append(m);
        }
        out.years.append(year);
    }
    return out;
}

QList<SchoolWithoutOfficer> schoolsWithoutOfficer(const QList<SchoolLocation> &schools,
                                                  const QList<Placement> &placements, const QDate &date,
                                                  const NeedIndicator &need)
{
    QSet<QString> covered;
    for (const Placement &p : placements) {
        if (!p.meta.deleted && p.activeOn(date) && p.fte > 0)
            covered.insert(p.vestiging);
    }
    QList<SchoolWithoutOfficer> out;
    for (const SchoolLocation &s : schools) {
        if (!s.active || covered.contains(s.vestiging))
            continue;
        SchoolWithoutOfficer w{s.vestiging,          s.name,       s.municipalityCode,
                               s.pupils.value_or(0), std::nullopt, 0};
        if (need.contains(s.vestiging))
            w.need = need.value(s.vestiging);
        out.append(w);
    }
    std::sort(out.begin(), out.end(), [](const SchoolWithoutOfficer &a, const SchoolWithoutOfficer &b) {
        if (a.need.has_value() != b.need.has_value())
            return a.need.has_value();
        if (a.need && *a.need != *b.need)
            return *a.need > *b.need;
        if (a.pupils != b.pupils)
            return a.pupils > b.pupils;
        return a.vestiging < b.vestiging;
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i + 1;
    return out;
}

} // namespace verrijkt
