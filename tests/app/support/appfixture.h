#pragma once

#include "core/tijdvoortoekomst.h"
#include "sqlitesyncstore.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace verrijkt::testing {

// A device database (with its sync tables) in a temporary folder with two schools in one municipality:
//   11AK00 "Basisschool Anloo" (120 pupils), Tijd voor Toekomst 2 h from 1 Sept 2026, 100 pupils reached
//   11YV00 "Basisschool de Eshoek" (259 pupils), no participation
struct AppFixture
{
    AppFixture();
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SqliteSyncStore> sync; // attached: writes queue their outbox entries, as in the app
    void close();                          // lets the app open the file itself

    static constexpr const char *kSchool = "11AK00";
    static constexpr const char *kOtherSchool = "11YV00";

    // A valid session at kSchool on `date` recorded by `user` (written through the app's writer).
    QUuid addSession(const QDate &date, double hours, int pupils,
                     const QString &user = QStringLiteral("coord"),
                     const QString &provider = QStringLiteral("Sportclub Anloo"));
};

} // namespace verrijkt::testing
