#include "dashboardfigures.h"

#include <QHash>
#include <algorithm>

namespace verrijkt {

QList<SchoolYear> dashboardYears()
{
    QList<SchoolYear> years;
    for (SchoolYear y = kFirstRolloutYear.previous(); y <= kStructuralYear; y = y.next())
        years.append(y);
    return years;
}

namespace {

RegionSummaryInput summaryInput(const RegionalSnapshot &snapshot, const BridgeOfficerTarget &target)
{
    RegionSummaryInput input;
    input.municipalities = snapshot.municipalities;
    input.schools = snapshot.schools;
    input.plan = snapshot.plan;
    input.placements = snapshot.placements;
    input.library = snapshot.library;
    input.target = target;
    return input;
}

QList<MunicipalityRealisation> realisationFor(const RegionalSnapshot &snapshot, const SchoolYear &year,
                                              const SchoolCalendar &calendar, Realisation &region)
{
    QHash<QString, MunicipalityRealisation> byCode;
    for (const Municipality &m : snapshot.municipalities)
        byCode.insert(m.code, MunicipalityRealisation{m.code, m.name, 0, {}});
    for (const Participation &p : snapshot.participations) {
        const SchoolLocation *school = snapshot.school(p.vestiging);
        // One participation per school and year (the snapshot's lookup picks the live one).
        if (p.schoolYear != year || !school || snapshot.participation(p.vestiging, year) != &p)
            continue;
        auto it = byCode.find(school->municipalityCode);
        if (it == byCode.end())
            it = byCode.insert(
                school->municipalityCode,
                MunicipalityRealisation{school->municipalityCode, school->municipalityCode, 0, {}});
        Realisation r;
        r.entitledPupilHours = entitledPupilHours(p, calendar);
        r.deliveredPupilHours = snapshot.deliveredPupilHours(p.vestiging, year);
        it->realisation += r;
        ++it->schools;
        region += r;
    }
    QList<MunicipalityRealisation> out = byCode.values();
    std::sort(out.begin(), out.end(), [](const MunicipalityRealisation &a, const MunicipalityRealisation &b) {
        return a.name != b.name ? a.name < b.name : a.code < b.code;
    });
    return out;
}

void countRecordedTiers(const RegionalSnapshot &snapshot, QList<TierYearFigures> &tiers)
{
    QHash<int, qsizetype> rowOfYear;
    for (qsizetype i = 0; i < tiers.size(); ++i)
        rowOfYear.insert(tiers[i].year.startYear(), i);
    for (const Participation &p : snapshot.participations) {
        const SchoolLocation *school = snapshot.school(p.vestiging);
        const auto row = rowOfYear.constFind(p.schoolYear.startYear());
        if (!school || !school->active || row == rowOfYear.constEnd() ||
            snapshot.participation(p.vestiging, p.schoolYear) != &p)
            continue;
        if (p.tier == Tier::TwoHours)
            ++tiers[*row].recordedTwoHours;
        else if (p.tier == Tier::SixHours)
            ++tiers[*row].recordedSixHours;
    }
}

} // namespace

DashboardFigures computeDashboard(const RegionalSnapshot &snapshot, const SchoolYear &year,
                                  const QDate &today, const SchoolCalendar &calendar,
                                  const BridgeOfficerTarget &target)
{
    DashboardFigures f;
    f.year = year;
    const RegionSummaryInput input = summaryInput(snapshot, target);

    for (const SchoolYear &y : dashboardYears()) {
        const RegionSummary s = computeRegionSummary(input, y, today);
        f.tiersByYear.append(TierYearFigures{y, s.twoHours.schools, s.sixHours.schools, 0, 0});
        // Before the build-up starts the target is 0; the count date still shows what was placed.
        f.fteByYear.append(FteYearFigures{y, s.fteReferenceDate, s.targetFte, s.placedFte});
        if (y == year) {
            f.locations = s.locations;
            f.libraryCovered = s.libraryCovered;
            f.budget = s.budget;
            f.policy = s.policy;
            f.fteBasis = s.fteBasis;
            f.libraryBasis = s.libraryBasis;
            for (const MunicipalitySummary &m : s.municipalities)
                f.library.append(LibraryCoverage{m.code, m.name.isEmpty() ? m.code : m.name, m.locations,
                                                 m.libraryCovered});
        }
    }
    countRecordedTiers(snapshot, f.tiersByYear);
    f.realisation = realisationFor(snapshot, year, calendar, f.regionRealisation);
    return f;
}

} // namespace verrijkt
