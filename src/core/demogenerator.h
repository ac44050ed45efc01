#pragma once

#include "bridgeofficer.h"
#include "familycontact.h"
#include "libraryprogramme.h"
#include "region.h"
#include "rolloutplan.h"
#include "schoolyear.h"
#include "tijdvoortoekomst.h"

#include <QList>
#include <cstdint>
#include <functional>

namespace verrijkt {

// Demo data on top of the real register: invented activity (sessions, officers, contacts, library
// statuses) so that dashboards, reports and benchmarks have realistic volumes. Deterministic: the
// same register, plan, seed and options give identical records (ids and HLC stamps included).
// Nothing here names a real person: officers, providers and employers are invented.
struct DemoOptions
{
    std::uint64_t seed = 1;
    SchoolYear from = kFirstRolloutYear;
    SchoolYear until = kStructuralYear;
    // Multiplies the number of sessions (by splitting pupils over more, smaller groups, so the
    // delivered pupil-hours stay realistic) and of family contacts (more contacts per FTE).
    double scale = 1.0;
    int teachingWeeksPerYear = 40;
    BridgeOfficerTarget officerTarget;
};

// One slice of generated records. A school year is delivered as one or more batches (the first
// carries the year's participations, officers, placements and library statuses; later ones more
// sessions and contacts), so that memory stays bounded whatever the scale.
struct DemoBatch
{
    SchoolYear year;
    QList<Participation> participations;
    QList<EnrichmentSession> sessions;
    QList<BridgeOfficer> officers; // officers who start this year
    QList<Placement> placements;   // placements that start this year (end date fixed up front)
    QList<FamilyContact> contacts;
    QList<LibraryParticipation> library;
    double progress = 0; // fraction of the whole run done after this batch, (0, 1]

    qsizetype rowCount() const
    {
        return participations.size() + sessions.size() + officers.size() + placements.size() +
               contacts.size() + library.size();
    }
};

struct DemoTotals
{
    qsizetype participations = 0;
    qsizetype sessions = 0;
    qsizetype officers = 0;
    qsizetype placements = 0;
    qsizetype contacts = 0;
    qsizetype library = 0;
    qsizetype rows() const { return participations + sessions + officers + placements + contacts + library; }
    void add(const DemoBatch &b);
};

// The teaching weeks (their Mondays) of a school year in the generator's calendar: from the last
// week of August, skipping the autumn, Christmas, spring and May holidays.
QList<QDate> demoTeachingWeeks(const SchoolYear &year, int teachingWeeks = 40);

class DemoGenerator
{
public:
    // `sink` gets each batch; returning false stops the run (e.g. a write failed).
    using Sink = std::function<bool(const DemoBatch &)>;

    DemoGenerator(QList<SchoolLocation> schools, QList<PlanEntry> plan, DemoOptions options);

    // Generates from options.from to options.until; returns the totals of what reached the sink
    // (the run stops early if the sink returns false).
    DemoTotals run(const Sink &sink, int schoolsPerBatch = 40);

private:
    QList<SchoolLocation> m_schools;
    QList<PlanEntry> m_plan;
    DemoOptions m_options;
};

} // namespace verrijkt
