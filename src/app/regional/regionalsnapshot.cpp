#include "regionalsnapshot.h"

namespace verrijkt {

QString RegionalSnapshot::yearKey(const QString &vestiging, const SchoolYear &year)
{
    return vestiging + QLatin1Char('/') + QString::number(year.startYear());
}

void RegionalSnapshot::reindex()
{
    m_schoolIndex.clear();
    for (qsizetype i = 0; i < schools.size(); ++i)
        m_schoolIndex.insert(schools[i].vestiging, i);
    m_municipalityNames.clear();
    for (const Municipality &m : municipalities)
        m_municipalityNames.insert(m.code, m.name);
    m_planIndex.clear();
    for (qsizetype i = 0; i < plan.size(); ++i)
        m_planIndex.insert(plan[i].vestiging, i);
    // Later rows win: lists come in store order, the store holds one live row per natural key,
    // and a hand-made snapshot that repeats a key means the last one.
    m_participationIndex.clear();
    for (qsizetype i = 0; i < participations.size(); ++i)
        m_participationIndex.insert(yearKey(participations[i].vestiging, participations[i].schoolYear), i);
    m_libraryIndex.clear();
    for (qsizetype i = 0; i < library.size(); ++i)
        m_libraryIndex.insert(yearKey(library[i].vestiging, library[i].schoolYear), i);
    m_officerIndex.clear();
    for (qsizetype i = 0; i < officers.size(); ++i)
        m_officerIndex.insert(officers[i].meta.id, i);
    m_placementsBySchool.clear();
    for (qsizetype i = 0; i < placements.size(); ++i)
        m_placementsBySchool[placements[i].vestiging].append(i);
    m_delivered.clear();
    for (const SchoolYearDelivery &d : deliveries)
        m_delivered[yearKey(d.vestiging, d.year)] += d.deliveredPupilHours;
}

const SchoolLocation *RegionalSnapshot::school(const QString &vestiging) const
{
    const auto it = m_schoolIndex.constFind(vestiging);
    return it == m_schoolIndex.constEnd() ? nullptr : &schools[*it];
}

QString RegionalSnapshot::municipalityName(const QString &code) const
{
    return m_municipalityNames.value(code, code);
}

const PlanEntry *RegionalSnapshot::planEntry(const QString &vestiging) const
{
    const auto it = m_planIndex.constFind(vestiging);
    return it == m_planIndex.constEnd() ? nullptr : &plan[*it];
}

const Participation *RegionalSnapshot::participation(const QString &vestiging, const SchoolYear &year) const
{
    const auto it = m_participationIndex.constFind(yearKey(vestiging, year));
    return it == m_participationIndex.constEnd() ? nullptr : &participations[*it];
}

const LibraryParticipation *RegionalSnapshot::libraryStatus(const QString &vestiging,
                                                            const SchoolYear &year) const
{
    const auto it = m_libraryIndex.constFind(yearKey(vestiging, year));
    return it == m_libraryIndex.constEnd() ? nullptr : &library[*it];
}

const BridgeOfficer *RegionalSnapshot::officer(const QUuid &id) const
{
    const auto it = m_officerIndex.constFind(id);
    return it == m_officerIndex.constEnd() ? nullptr : &officers[*it];
}

QList<Placement> RegionalSnapshot::placementsAt(const QString &vestiging) const
{
    QList<Placement> out;
    for (qsizetype i : m_placementsBySchool.value(vestiging))
        out.append(placements[i]);
    return out;
}

double RegionalSnapshot::deliveredPupilHours(const QString &vestiging, const SchoolYear &year) const
{
    return m_delivered.value(yearKey(vestiging, year), 0.0);
}

SchoolProgrammeStatus programmeStatus(const RegionalSnapshot &snapshot, const QString &vestiging,
                                      const SchoolYear &year, const QDate &day)
{
    SchoolProgrammeStatus status;
    status.vestiging = vestiging;
    if (const PlanEntry *entry = snapshot.planEntry(vestiging)) {
        status.wave = entry->wave;
        status.plannedTier = entry->tier;
    }
    if (const Participation *p = snapshot.participation(vestiging, year))
        status.tier = p->tier;
    for (const Placement &p : snapshot.placementsAt(vestiging)) {
        if (p.activeOn(day))
            status.placedFte += p.fte;
    }
    if (const LibraryParticipation *lp = snapshot.libraryStatus(vestiging, year))
        status.library = lp->status;
    return status;
}

SchoolYear defaultDashboardYear(const QDate &today)
{
    const SchoolYear year = SchoolYear::containing(today);
    if (year < kFirstRolloutYear.previous())
        return kFirstRolloutYear.previous();
    if (year > kStructuralYear)
        return kStructuralYear;
    return year;
}

} // namespace verrijkt
