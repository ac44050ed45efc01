// Reads the report's input from the local store.
#include "reportcommand.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

#include <QGuiApplication>

namespace verrijkt::cli {

ReportInput loadReportInput(Database &db, const SchoolYear &year)
{
    ReportInput in;
    in.year = year;
    const SchoolRegistry registry(db);
    in.municipalities = registry.municipalities();
    in.schools = registry.all();
    in.plan = PlanRepository(db).entries();
    in.participations = ParticipationRepository(db).forYear(year);
    in.library = LibraryRepository(db).forYear(year);
    const EnrichmentSessionRepository sessions(db);
    for (const SchoolLocation &s : std::as_const(in.schools))
        in.sessions += sessions.currentSessions(s.vestiging, year);
    const BridgeOfficerRepository officers(db);
    in.officers = officers.officers();
    in.placements = officers.allPlacements();
    const FamilyContactRepository contacts(db);
    for (const BridgeOfficer &o : std::as_const(in.officers)) {
        for (const FamilyContact &c : contacts.contactsOfOfficer(o.meta.id)) {
            if (year.contains(c.date))
                in.contacts.append(c);
        }
    }
    return in;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || QByteArray(argv[i]) == "report";
    if (!report)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace verrijkt::cli
