#pragma once

#include "core/bridgeofficer.h"
#include "writeresult.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace verrijkt {

class Database;

// Brugfunctionarissen and their placements at schools (both editable). The invariant that an
// officer's concurrent placements never exceed the contract FTE is checked against what is stored,
// both when a placement is saved and when an officer's contract FTE changes.
class BridgeOfficerRepository
{
public:
    explicit BridgeOfficerRepository(Database &db) : m_db(db) {}

    std::optional<BridgeOfficer> officer(const QUuid &id) const;
    std::optional<BridgeOfficer> officerByUserName(const QString &userName) const;
    QList<BridgeOfficer> officers() const;                 // by user name
    WriteResult saveOfficer(const BridgeOfficer &officer); // insert (null or new id) or update by id

    std::optional<Placement> placement(const QUuid &id) const;
    QList<Placement> placements(const QUuid &officerId) const; // by start date
    QList<Placement> placementsAt(const QString &vestiging) const;
    QList<Placement> allPlacements() const;
    WriteResult savePlacement(const Placement &placement);
    WriteResult removePlacement(const QUuid &id); // tombstone

    // The schools the officer is placed at on `date` (where they may log family contacts).
    QStringList placementSchoolsOn(const QUuid &officerId, const QDate &date) const;

private:
    QList<BridgeOfficer> selectOfficers(const QString &where, const QVariantList &binds) const;
    QList<Placement> selectPlacements(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace verrijkt
