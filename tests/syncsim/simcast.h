#pragma once

// Who takes part in the sync simulation: the schools, the accounts and their devices.

#include "core/region.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace verrijkt::synctesting {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// 2026-10-01 06:00 UTC (08:00 in Groningen): a Thursday early in schooljaar 2026-2027.
constexpr qint64 kSimStartMs = 1790834400000;

struct SimAccount
{
    QString user;
    QString role;
    QStringList schools; // coordinators
};

struct SimDeviceSpec
{
    QString label;
    QString user;
    // Clock skew: fixed, or (when `randomSkew`) drawn from [-24 h, +24 h] with the seed.
    qint64 skewMs = 0;
    bool randomSkew = false;
};

// Eight synthetic school locations in two municipalities ("11SA00".."11SH00").
QList<Municipality> simMunicipalities();
QList<SchoolLocation> simSchools();
QStringList simSchoolCodes();

// Two regional-team members (one on two devices), two coordinators sharing school 11SC00, two
// bridge officers, and the admin used for server-side exports.
QList<SimAccount> simAccounts();
// The first device seeds the world; "regio-a@laptop" runs a day ahead, the others drift.
QList<SimDeviceSpec> simDevices();

} // namespace verrijkt::synctesting
