#pragma once

#include "schoolyear.h"
#include "syncmeta.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace verrijkt {

// A brugfunctionaris: employed by an organisation for a contract FTE, placed at one or more schools.
struct BridgeOfficer
{
    SyncMeta meta;
    QString userName; // the account that logs contacts
    QString displayName;
    QString employer;
    double contractFte = 1.0; // (0, 1.2]
};

// Officer x school x FTE x [from, to]; `to` null means open-ended.
struct Placement
{
    SyncMeta meta;
    QUuid officerId;
    QString vestiging;
    double fte = 0; // (0, 1.2]
    QDate from;
    QDate to;

    bool activeOn(const QDate &date) const { return date >= from && (to.isNull() || date <= to); }
};

// The FTE an officer is placed for on `date` across all their placements.
double placedFteOn(const QList<Placement> &placements, const QUuid &officerId, const QDate &date);
// Region-wide placed FTE on a date.
double regionFteOn(const QList<Placement> &placements, const QDate &date);

// Target build-up to 64 FTE over four school years; default 16/32/48/64 from 2026-2027.
struct BridgeOfficerTarget
{
    SchoolYear firstYear{2026};
    QList<double> fteByYear{16, 32, 48, 64};
    double costPerFtePerYear = 100000.0;

    double targetFte(const SchoolYear &year) const; // 0 before, last value after the build-up
    double cost(double fte) const { return fte * costPerFtePerYear; }
};

ValidationErrors validate(const BridgeOfficer &o);
// Checks the placement itself and the invariant: the officer's concurrent placements (others =
// the officer's other placements, excluding this one) never exceed the contract FTE.
ValidationErrors validate(const Placement &p, const BridgeOfficer &officer, const QList<Placement> &others);

} // namespace verrijkt
