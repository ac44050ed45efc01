#include "regionseed.h"

#include "sqlitesyncstore.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/participationrepository.h"
#include "storage/registerimporter.h"
#include "syncengine.h"

#include <QDir>
#include <QSignalSpy>

namespace verrijkt::testing {

bool seedServer(const QUrl &server, const QString &adminUser, const QString &adminPassword,
                const QString &dataDir, const QString &folder, const RegionSeed &seed, QString *error)
{
    auto db = Database::open(QDir(folder).filePath(QStringLiteral("admin-device.db")), error);
    if (!db)
        return false;
    auto store = SqliteSyncStore::attach(*db, error);
    if (!store)
        return false;

    RegisterImporter importer(*db);
    const QDir data(dataDir);
    for (const auto &[kind, file] :
         {std::pair{RegisterImporter::File::Municipalities, QStringLiteral("municipalities.csv")},
          std::pair{RegisterImporter::File::Schools, QStringLiteral("schools_region.csv")},
          std::pair{RegisterImporter::File::WaveZero, QStringLiteral("tvt_known_schools.csv")}}) {
        const ImportReport report = importer.importFile(kind, data.filePath(file));
        if (!report.ok()) {
            *error = QStringLiteral("importing %1 failed: %2").arg(file, report.error);
            return false;
        }
    }

    Participation participation;
    participation.vestiging = seed.coordinatorSchool;
    participation.schoolYear = SchoolYear(2026);
    participation.tier = Tier::TwoHours;
    participation.startDate = QDate(2026, 9, 1);
    participation.pupilsReached = 200;
    if (const WriteResult r = ParticipationRepository(*db).save(participation); !r.ok()) {
        *error = QStringLiteral("participation: %1")
                     .arg(r.storageError + (r.errors.isEmpty() ? QString() : r.errors.first().key));
        return false;
    }
    BridgeOfficerRepository officers(*db);
    BridgeOfficer officer;
    officer.userName = seed.officerUser;
    officer.displayName = QStringLiteral("Bert Brug");
    officer.employer = QStringLiteral("Welzijn Groningen");
    officer.contractFte = 0.8;
    const WriteResult savedOfficer = officers.saveOfficer(officer);
    if (!savedOfficer.ok()) {
        *error = QStringLiteral("officer: %1").arg(savedOfficer.storageError);
        return false;
    }
    for (const QString &school : seed.officerSchools) {
        Placement placement;
        placement.officerId = savedOfficer.id;
        placement.vestiging = school;
        placement.fte = 0.4;
        placement.from = QDate(2026, 8, 1);
        if (const WriteResult r = officers.savePlacement(placement); !r.ok()) {
            *error = QStringLiteral("placement: %1").arg(r.storageError);
            return false;
        }
    }

    // Sign in as the administrator and push the outbox.
    SyncHttpClient http(server);
    QString token;
    bool answered = false;
    http.login(adminUser, adminPassword, db->deviceId(),
               [&](const Decoded<LoginAnswer> &answer, const SyncError &e) {
                   answered = true;
                   if (answer.value)
                       token = answer.value->token;
                   else
                       *error = QStringLiteral("admin login failed: %1").arg(e.detail);
               });
    QElapsedTimer timer;
    timer.start();
    while (!answered && timer.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (token.isEmpty())
        return false;
    SyncEngine engine(*store, server);
    engine.setToken(token);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.sync();
    if (!finished.wait(120'000) || !finished.first().first().toBool()) {
        *error = QStringLiteral("pushing the region failed: %1").arg(engine.lastError().detail);
        return false;
    }
    if (engine.lastReport().rejected > 0) {
        *error =
            QStringLiteral("the server refused %1 of the region's records").arg(engine.lastReport().rejected);
        return false;
    }
    return true;
}

} // namespace verrijkt::testing
