#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace verrijkt::testing {

// Loads a running server with the region's real register (../shared/data: municipalities, the 329
// school locations, the wave-0 schools) and the records the UI test needs (a Tijd voor Toekomst
// participation for `coordinatorSchool` and `tierSchool` where the demo has none, bridge officer
// `officerUser` placed at two schools), the way an administrator's device would: written locally through the
// repositories, then pushed by the sync engine with the administrator's token.
struct RegionSeed
{
    // OBS Ter Borch, Eelde (477 pupils): in the demo's first wave, so it has sessions to show.
    QString coordinatorSchool = QStringLiteral("18OV00");
    // Basisschool de Eshoek, Annen (259 pupils): Tijd voor Toekomst 2 h in 2026-2027 from this seed,
    // the school whose tier the regional team changes.
    QString tierSchool = QStringLiteral("11YV00");
    QString officerUser = QStringLiteral("bert");
    QStringList officerSchools{QStringLiteral("11YV00"), QStringLiteral("11AK00")};
    // When set: `verrijkt-cli generate-demo --until 2026-2027 --until-date <demoUntil>` adds invented
    // activity (the 17 wave-0 schools' sessions, demo bridge officers and their contacts, library
    // statuses) so that the regional screens show real figures.
    QString cli;
    QDate demoUntil;
};

bool seedServer(const QUrl &server, const QString &adminUser, const QString &adminPassword,
                const QString &dataDir, const QString &folder, const RegionSeed &seed, QString *error);

} // namespace verrijkt::testing
