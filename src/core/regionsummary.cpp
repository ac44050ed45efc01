#include "regionsummary.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace verrijkt {

namespace {

bool overlapsYear(const Placement &p, const SchoolYear &year)
{
    return p.from <= year.lastDay() && (p.to.isNull() || p.to >= year.firstDay());
}

} // namespace

QDate fteReferenceDate(const SchoolYear &year)
{
    return QDate(year.startYear(), 10, 1);
}

RegionSummary computeRegionSummary(const RegionSummaryInput &input, const SchoolYear &year,
                                   const QDate &today)
{
    RegionSummary s;
    s.year = year;
    const bool yearAhead = year.lastDay() >= today;

    QList<SchoolLocation> active;
    for (const SchoolLocation &school : input.schools) {
        if (school.active)
            active.append(school);
    }

    QHash<QString, const PlanEntry *> planBySchool;
    for (const PlanEntry &entry : input.plan) {
        if (!entry.meta.deleted)
            planBySchool.insert(entry.vestiging, &entry);
    }

    // Library coverage of this year; a later record for the same school wins (lists come in
    // storage order, which is last-writer order).
    QHash<QString, bool> libraryCoveredBySchool;
    for (const LibraryParticipation &lp : input.library) {
        if (!lp.meta.deleted && lp.schoolYear == year)
            libraryCoveredBySchool.insert(lp.vestiging, lp.covered());
    }
    s.libraryBasis =
        (libraryCoveredBySchool.isEmpty() && yearAhead) ? LibraryBasis::FullRegion : LibraryBasis::Recorded;

    QHash<QString, MunicipalitySummary> byCode;
    for (const Municipality &m : input.municipalities)
        byCode.insert(m.code, MunicipalitySummary{m.code, m.name});

    QSet<QString> librarySchools;
    for (const SchoolLocation &school : active) {
        const int pupils = school.pupils.value_or(0);
        auto it = byCode.find(school.municipalityCode);
        if (it == byCode.end())
            it = byCode.insert(school.municipalityCode,
                               MunicipalitySummary{school.municipalityCode, QString()});
        MunicipalitySummary &m = it.value();
        ++m.locations;
        m.pupils += pupils;
        ++s.locations;
        s.pupils += pupils;
        if (!school.pupils)
            ++s.locationsWithoutPupilCount;

        const PlanEntry *entry = planBySchool.value(school.vestiging);
        const bool takesPart = entry && entry->tier != Tier::None && entry->takesPartIn(year);
        TierCount &tier = !takesPart ? s.notYet : entry->tier == Tier::SixHours ? s.sixHours : s.twoHours;
        ++tier.schools;
        tier.pupils += pupils;
        if (takesPart) {
            ++m.tvtLocations;
            m.tvtPupils += pupils;
        }

        if (libraryCoveredBySchool.value(school.vestiging, false)) {
            ++m.libraryCovered;
            ++s.libraryCovered;
        }
        if (s.libraryBasis == LibraryBasis::FullRegion ||
            libraryCoveredBySchool.value(school.vestiging, false))
            librarySchools.insert(school.vestiging);
    }

    s.municipalities = byCode.values();
    std::sort(s.municipalities.begin(), s.municipalities.end(),
              [](const MunicipalitySummary &a, const MunicipalitySummary &b) {
                  return a.name != b.name ? a.name < b.name : a.code < b.code;
              });

    s.fteReferenceDate = fteReferenceDate(year);
    QList<Placement> livePlacements;
    for (const Placement &p : input.placements) {
        if (!p.meta.deleted)
            livePlacements.append(p);
    }
    s.placedFte = regionFteOn(livePlacements, s.fteReferenceDate);
    s.target = input.target;
    s.targetFte = input.target.targetFte(year);
    const bool anyPlacementInYear = std::any_of(livePlacements.cbegin(), livePlacements.cend(),
                                                [&](const Placement &p) { return overlapsYear(p, year); });
    s.fteBasis = (!anyPlacementInYear && yearAhead) ? FteBasis::Target : FteBasis::Placed;

    s.budget = planBudget(active, input.plan, year, s.budgetFte(), librarySchools, input.budget);
    return s;
}

} // namespace verrijkt
