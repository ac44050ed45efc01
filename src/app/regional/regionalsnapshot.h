#pragma once

#include "core/bridgeofficer.h"
#include "core/libraryprogramme.h"
#include "core/region.h"
#include "core/rolloutplan.h"
#include "core/schoolyear.h"
#include "core/tijdvoortoekomst.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

// Delivered pupil-hours of one school in one school year (current session versions only).
struct SchoolYearDelivery
{
    QString vestiging;
    SchoolYear year;
    double deliveredPupilHours = 0;
};

// Everything the regional screens show, read from the store in one go. Tombstoned rows are
// already left out; every list is in store order. Models compute from this, never from SQL, so
// they are tested on hand-made snapshots and the store is read once per refresh.
// The lookups use hashes: call reindex() after filling or changing the lists.
struct RegionalSnapshot
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools;
    QList<PlanEntry> plan; // the plan the regional team works from ("default")
    QList<Participation> participations;
    QList<BridgeOfficer> officers;
    QList<Placement> placements;
    QList<LibraryParticipation> library;
    QList<SchoolYearDelivery> deliveries;

    const SchoolLocation *school(const QString &vestiging) const;
    QString municipalityName(const QString &code) const;
    const PlanEntry *planEntry(const QString &vestiging) const;
    const Participation *participation(const QString &vestiging, const SchoolYear &year) const;
    const LibraryParticipation *libraryStatus(const QString &vestiging, const SchoolYear &year) const;
    const BridgeOfficer *officer(const QUuid &id) const;
    QList<Placement> placementsAt(const QString &vestiging) const;
    double deliveredPupilHours(const QString &vestiging, const SchoolYear &year) const;

    void reindex();

private:
    static QString yearKey(const QString &vestiging, const SchoolYear &year);
    QHash<QString, qsizetype> m_schoolIndex;
    QHash<QString, QString> m_municipalityNames;
    QHash<QString, qsizetype> m_planIndex;
    QHash<QString, qsizetype> m_participationIndex; // yearKey -> index
    QHash<QString, qsizetype> m_libraryIndex;       // yearKey -> index
    QHash<QUuid, qsizetype> m_officerIndex;
    QHash<QString, QList<qsizetype>> m_placementsBySchool;
    QHash<QString, double> m_delivered; // yearKey -> pupil-hours
};

// The state of the three programmes at one school on one day, as the register, the map and the
// school page show it.
struct SchoolProgrammeStatus
{
    QString vestiging;
    Tier tier = Tier::None; // recorded participation of the year, else none
    Tier plannedTier = Tier::None;
    std::optional<int> wave; // plan wave, empty when the school has no plan entry
    double placedFte = 0;    // bridge-officer FTE placed at the school on the day
    LibraryStatus library = LibraryStatus::None;
};

SchoolProgrammeStatus programmeStatus(const RegionalSnapshot &snapshot, const QString &vestiging,
                                      const SchoolYear &year, const QDate &day);

// The school year the screens open on: the one containing `today`, kept inside the rollout window
// (wave 0 counts as 2025-2026).
SchoolYear defaultDashboardYear(const QDate &today);

} // namespace verrijkt
