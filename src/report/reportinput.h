#pragma once

#include "core/bridgeofficer.h"
#include "core/budget.h"
#include "core/familycontact.h"
#include "core/libraryprogramme.h"
#include "core/region.h"
#include "core/rolloutplan.h"
#include "core/schoolyear.h"
#include "core/tijdvoortoekomst.h"

#include <QDate>
#include <QList>
#include <QString>

namespace verrijkt {

// Everything the yearly report is computed from. Lists may hold other years' records (and old
// versions of append-only records); the report takes the current versions of the year.
struct ReportInput
{
    SchoolYear year;
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools;
    QList<PlanEntry> plan; // the plan used for coverage in a year without participations
    QList<Participation> participations;
    QList<EnrichmentSession> sessions;
    QList<BridgeOfficer> officers;
    QList<Placement> placements;
    QList<FamilyContact> contacts;
    QList<LibraryParticipation> library;
    BudgetParameters budget = BudgetParameters::defaults();
    BridgeOfficerTarget target;
    SchoolCalendar calendar;
    QString closingNote; // set for a closed school year: who locked the figures and when
};

} // namespace verrijkt
