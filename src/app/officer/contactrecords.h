#pragma once

#include "core/bridgeofficer.h"
#include "core/familycontact.h"
#include "storage/writeresult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace verrijkt {

class Database;

// The bridge officer's reads and writes of their own family contacts and placements.
namespace contactrecords {

struct Filter
{
    QUuid officerId;
    QString vestiging; // empty: every school
    QDate month;       // any day of the month; invalid: every month
};

struct PageKey
{
    QDate date;
    QUuid id;
};

// Current versions (not superseded, not withdrawn), newest first, by keyset paging.
QList<FamilyContact> currentPage(Database &db, const Filter &filter, const std::optional<PageKey> &after,
                                 int limit);
int currentCount(Database &db, const Filter &filter);
std::optional<FamilyContact> byId(Database &db, const QUuid &id);

// Current contacts with a follow-up date on or before `until` that no later contact with the same
// family has answered yet, soonest first.
QList<FamilyContact> dueFollowUps(Database &db, const QUuid &officerId, const QDate &until);

// The officer's family codes, most recently seen first, optionally only those containing `search`.
struct FamilySummary
{
    QString code;
    QDate lastContact;
    int contacts = 0;
};
QList<FamilySummary> families(Database &db, const QUuid &officerId, const QString &search, int offset,
                              int limit);
int familyCount(Database &db, const QUuid &officerId, const QString &search);

QList<Placement> placements(Database &db, const QUuid &officerId); // newest first
std::optional<BridgeOfficer> officer(Database &db, const QUuid &officerId);
QStringList placementSchoolsOn(Database &db, const QUuid &officerId, const QDate &date);
QString schoolName(Database &db, const QString &vestiging);

// Appends through the storage repository: a new contact, a correction (`supersedes` set) or a
// withdrawal (`withdrawn`). Validated with the core rules (placement schools on the contact's date,
// `today`); nothing is written when a rule is broken.
WriteResult append(Database &db, FamilyContact contact, const QDate &today);

} // namespace contactrecords
} // namespace verrijkt
