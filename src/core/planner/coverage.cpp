#include "coverage.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace verrijkt {

void CoverageCounts::add(const CoverageRow &row)
{
    ++locations;
    tvt += row.hasTvt() ? 1 : 0;
    tvtSixHours += row.tier == Tier::SixHours ? 1 : 0;
    officer += row.hasOfficer() ? 1 : 0;
    fte += row.fte;
    library += row.libraryCovered() ? 1 : 0;
    allThree += row.allThree() ? 1 : 0;
    none += !row.hasTvt() && !row.hasOfficer() && !row.libraryCovered() ? 1 : 0;
}

CoverageMatrix computeCoverage(const CoverageInput &input, const SchoolYear &year, const QDate &referenceDate)
{
    CoverageMatrix m;
    m.year = year;
    m.referenceDate = referenceDate;

    QHash<QString, Tier> recordedTier;
    for (const Participation &p : input.participations) {
        if (!p.meta.deleted && p.schoolYear == year)
            recordedTier.insert(p.vestiging, p.tier);
    }
    m.tierSource = recordedTier.isEmpty() ? TierSource::Plan : TierSource::Participations;
    QHash<QString, Tier> plannedTier;
    for (const PlanEntry &e : input.plan) {
        if (!e.meta.deleted && e.takesPartIn(year))
            plannedTier.insert(e.vestiging, e.tier);
    }
    QHash<QString, double> fte;
    for (const Placement &p : input.placements) {
        if (!p.meta.deleted && p.activeOn(referenceDate))
            fte[p.vestiging] += p.fte;
    }
    QHash<QString, LibraryStatus> library;
    for (const LibraryParticipation &l : input.library) {
        if (!l.meta.deleted && l.schoolYear == year)
            library.insert(l.vestiging, l.status);
    }
    QHash<QString, QString> names;
    for (const Municipality &mu : input.municipalities)
        names.insert(mu.code, mu.name);

    QMap<QString, CoverageCounts> byCode;
    m.region.name = QStringLiteral("Regio");
    for (const SchoolLocation &s : input.schools) {
        if (!s.active)
            continue;
        CoverageRow row;
        row.vestiging = s.vestiging;
        row.name = s.name;
        row.municipalityCode = s.municipalityCode;
        row.tier = m.tierSource == TierSource::Plan ? plannedTier.value(s.vestiging, Tier::None)
                                                    : recordedTier.value(s.vestiging, Tier::None);
        row.fte = fte.value(s.vestiging, 0.0);
        row.library = library.value(s.vestiging, LibraryStatus::None);
        CoverageCounts &c = byCode[s.municipalityCode];
        c.code = s.municipalityCode;
        c.name = names.value(s.municipalityCode, s.municipalityCode);
        c.add(row);
        m.region.add(row);
        m.rows.append(row);
    }
    for (const CoverageCounts &c : byCode)
        m.municipalities.append(c);
    std::sort(m.municipalities.begin(), m.municipalities.end(),
              [](const CoverageCounts &a, const CoverageCounts &b) {
                  return a.name < b.name || (a.name == b.name && a.code < b.code);
              });
    std::sort(m.rows.begin(), m.rows.end(), [&](const CoverageRow &a, const CoverageRow &b) {
        const QString ma = names.value(a.municipalityCode, a.municipalityCode);
        const QString mb = names.value(b.municipalityCode, b.municipalityCode);
        if (ma != mb)
            return ma < mb;
        if (a.name != b.name)
            return a.name < b.name;
        return a.vestiging < b.vestiging;
    });
    return m;
}

} // namespace verrijkt
