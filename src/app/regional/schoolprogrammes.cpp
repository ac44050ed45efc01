#include "schoolprogrammes.h"

#include "figuretable.h"
#include "programmelabels.h"
#include "regionalstore.h"

#include <QLocale>
#include <algorithm>

namespace verrijkt {

SchoolProgrammes::SchoolProgrammes(QObject *parent)
    : QObject(parent),
      m_participations({"schoolYear", "schoolYearLabel", "tier", "tierLabel", "startDate", "startDateText",
                        "pupilsReached", "entitled", "delivered", "realisationText"}),
      m_placements({"placementId", "officerId", "officerName", "employer", "fte", "fteText", "from", "to",
                    "periodText", "activeToday"}),
      m_library({"schoolYear", "schoolYearLabel", "status", "statusLabel", "organisation", "consultantHours",
                 "collectionPresent", "readingPlanAdopted", "monitorDone"})
{
}

void SchoolProgrammes::setStore(RegionalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &RegionalStore::snapshotChanged, this, &SchoolProgrammes::refresh);
        connect(m_store, &RegionalStore::todayChanged, this, &SchoolProgrammes::refresh);
    }
    refresh();
    emit storeChanged();
}

void SchoolProgrammes::setVestiging(const QString &vestiging)
{
    if (vestiging == m_vestiging)
        return;
    m_vestiging = vestiging;
    refresh();
    emit vestigingChanged();
}

QString SchoolProgrammes::schoolTypeLabel() const
{
    return m_found ? labels::schoolType(m_school.type) : QString();
}

QString SchoolProgrammes::pupilsText() const
{
    if (!m_found)
        return {};
    return m_school.pupils ? tr("%n pupil(s)", nullptr, *m_school.pupils) : tr("Pupil count unknown");
}

void SchoolProgrammes::refresh()
{
    const auto snapshot = m_store ? m_store->snapshot() : std::make_shared<const RegionalSnapshot>();
    const QDate today = m_store ? m_store->today() : QDate::currentDate();
    const SchoolLocation *school = snapshot->school(m_vestiging);
    m_found = school != nullptr;
    m_school = school ? *school : SchoolLocation();
    m_municipalityName = school ? snapshot->municipalityName(school->municipalityCode) : QString();
    const QLocale locale;

    m_planText.clear();
    if (const PlanEntry *entry = snapshot->planEntry(m_vestiging)) {
        m_planText =
            entry->wave == 0
                ? tr("Wave 0: taking part since before 2026, %1 a week").arg(labels::tier(entry->tier))
                : tr("Wave %1: starts in %2, %3 a week")
                      .arg(entry->wave)
                      .arg(entry->entryYear().label(), labels::tier(entry->tier));
    } else if (school) {
        m_planText = tr("Not in the rollout plan");
    }

    QList<QVariantList> participationRows;
    QList<Participation> participations;
    for (const Participation &p : snapshot->participations) {
        if (p.vestiging == m_vestiging && snapshot->participation(p.vestiging, p.schoolYear) == &p)
            participations.append(p);
    }
    std::sort(participations.begin(), participations.end(),
              [](const Participation &a, const Participation &b) { return a.schoolYear < b.schoolYear; });
    for (const Participation &p : participations) {
        const double entitled = entitledPupilHours(p, SchoolCalendar());
        const double delivered = snapshot->deliveredPupilHours(p.vestiging, p.schoolYear);
        const QString realisation =
            entitled > 0 ? FigureTable::format(100.0 * delivered / entitled, FigureTable::Unit::Percent)
                         : QString();
        participationRows.append({p.schoolYear.startYear(), p.schoolYear.label(), tierKey(p.tier),
                                  labels::tier(p.tier), p.startDate.toString(Qt::ISODate),
                                  locale.toString(p.startDate, QLocale::ShortFormat), p.pupilsReached,
                                  entitled, delivered, realisation});
    }
    m_participations.setRows(participationRows);

    QList<Placement> placements = snapshot->placementsAt(m_vestiging);
    std::sort(placements.begin(), placements.end(),
              [](const Placement &a, const Placement &b) { return a.from < b.from; });
    QList<QVariantList> placementRows;
    double placedToday = 0;
    for (const Placement &p : placements) {
        const BridgeOfficer *officer = snapshot->officer(p.officerId);
        const QString period = p.to.isNull()
                                   ? tr("from %1").arg(locale.toString(p.from, QLocale::ShortFormat))
                                   : tr("%1 to %2")
                                         .arg(locale.toString(p.from, QLocale::ShortFormat),
                                              locale.toString(p.to, QLocale::ShortFormat));
        if (p.activeOn(today))
            placedToday += p.fte;
        placementRows.append(
            {p.meta.id.toString(QUuid::WithoutBraces), p.officerId.toString(QUuid::WithoutBraces),
             officer ? officer->displayName : tr("Unknown officer"), officer ? officer->employer : QString(),
             p.fte, FigureTable::format(p.fte, FigureTable::Unit::Fte), p.from.toString(Qt::ISODate),
             p.to.isNull() ? QString() : p.to.toString(Qt::ISODate), period, p.activeOn(today)});
    }
    m_placements.setRows(placementRows);
    m_placedFteText =
        school ? tr("%1 FTE placed today").arg(FigureTable::format(placedToday, FigureTable::Unit::Fte))
               : QString();

    QList<LibraryParticipation> library;
    for (const LibraryParticipation &lp : snapshot->library) {
        if (lp.vestiging == m_vestiging && snapshot->libraryStatus(lp.vestiging, lp.schoolYear) == &lp)
            library.append(lp);
    }
    std::sort(library.begin(), library.end(),
              [](const LibraryParticipation &a, const LibraryParticipation &b) {
                  return a.schoolYear < b.schoolYear;
              });
    QList<QVariantList> libraryRows;
    for (const LibraryParticipation &lp : library)
        libraryRows.append({lp.schoolYear.startYear(), lp.schoolYear.label(), libraryStatusKey(lp.status),
                            labels::libraryStatus(lp.status), lp.libraryOrganisation,
                            lp.consultantHoursPerWeek, lp.collectionPresent, lp.readingPlanAdopted,
                            lp.monitorDone});
    m_library.setRows(libraryRows);
    emit changed();
}

} // namespace verrijkt
