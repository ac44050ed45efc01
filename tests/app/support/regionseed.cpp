#include "regionseed.h"

#include "sqlitesyncstore.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/participationrepository.h"
#include "storage/registerimporter.h"
#include "syncengine.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

namespace verrijkt::testing {

bool seedServer(const QUrl &server, const QString &adminUser, const QString &adminPassword,
                const QString &dataDir, const QString &folder, const RegionSeed &seed, QString *error)
{
    const QString path = QDir(folder).filePath(QStringLiteral("admin-device.db"));
    const QDir data(dataDir);
    const bool throughCli = !seed.cli.isEmpty() && seed.demoUntil.isValid();
    if (throughCli) {
        // The register and the demo activity through the command line, as tools/run-demo.sh does;
        // attaching the sync store below queues every row for the push.
        const QList<QStringList> steps{
            {QStringLiteral("import-municipalities"), data.filePath(QStringLiteral("municipalities.csv"))},
            {QStringLiteral("import-schools"), data.filePath(QStringLiteral("schools_region.csv"))},
            {QStringLiteral("import-tvt-known"), data.filePath(QStringLiteral("tvt_known_schools.csv"))},
            {QStringLiteral("generate-demo"), QStringLiteral("--until"),
             SchoolYear::containing(seed.demoUntil).label(), QStringLiteral("--until-date"),
             seed.demoUntil.toString(Qt::ISODate)}};
        for (const QStringList &step : steps) {
            QProcess cli;
            cli.start(seed.cli, QStringList{QStringLiteral("--db"), path} + step);
            if (!cli.waitForFinished(120'000) || cli.exitCode() != 0) {
                *error = QStringLiteral("verrijkt-cli %1 failed: %2")
                             .arg(step.first(), QString::fromUtf8(cli.readAllStandardError()));
                return false;
            }
        }
    }
    auto db = Database::open(path, error);
    if (!db)
        return false;
    auto store = SqliteSyncStore::attach(*db, error);
    if (!store)
        return false;

    RegisterImporter importer(*db);
    for (const auto &[kind, file] :
         {std::pair{RegisterImporter::File::Municipalities, QStringLiteral("municipalities.csv")},
          std::pair{RegisterImporter::File::Schools, QStringLiteral("schools_region.csv")},
          std::pair{RegisterImporter::File::WaveZero, QStringLiteral("tvt_known_schools.csv")}}) {
        if (throughCli)
            break;
        const ImportReport report = importer.importFile(kind, data.filePath(file));
        if (!report.ok()) {
            *error = QStringLiteral("importing %1 failed: %2").arg(file, report.error);
            return false;
        }
    }

    for (const QString &school : {seed.coordinatorSchool, seed.tierSchool}) {
        ParticipationRepository participations(*db);
        if (participations.get(school, SchoolYear(2026)))
            continue; // the demo's
        Participation participation;
        participation.vestiging = school;
        participation.schoolYear = SchoolYear(2026);
        participation.tier = Tier::TwoHours;
        participation.startDate = QDate(2026, 9, 1);
        participation.pupilsReached = 200;
        if (const WriteResult r = participations.save(participation); !r.ok()) {
            *error = QStringLiteral("participation: %1")
                         .arg(r.storageError + (r.errors.isEmpty() ? QString() : r.errors.first().key));
            return false;
        }
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
