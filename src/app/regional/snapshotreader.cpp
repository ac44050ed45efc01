#include "snapshotreader.h"

#include "dashboardfigures.h"
#include "deliveryquery.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

namespace verrijkt {

std::optional<RegionalSnapshot> readRegionalSnapshot(Database &db, QString *error)
{
    RegionalSnapshot s;
    SchoolRegistry registry(db);
    s.municipalities = registry.municipalities();
    s.schools = registry.all();
    s.plan = PlanRepository(db).entries();

    ParticipationRepository participations(db);
    LibraryRepository library(db);
    for (const SchoolYear &year : dashboardYears()) {
        s.participations.append(participations.forYear(year));
        s.library.append(library.forYear(year));
    }
    BridgeOfficerRepository officers(db);
    s.officers = officers.officers();
    s.placements = officers.allPlacements();

    // The repositories log and swallow their read errors; the delivery sums are the one read
    // that reports them, and the one that touches the most rows.
    std::optional<QList<SchoolYearDelivery>> deliveries = readDeliveries(db, error);
    if (!deliveries)
        return std::nullopt;
    s.deliveries = std::move(*deliveries);
    s.reindex();
    return s;
}

} // namespace verrijkt
