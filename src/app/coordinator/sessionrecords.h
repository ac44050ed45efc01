#pragma once

#include "core/tijdvoortoekomst.h"
#include "storage/writeresult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace verrijkt {

class Database;

// The coordinator screens' reads and writes of enrichment sessions in the local store.
namespace sessionrecords {

// Every row (all versions, withdrawals included) of one school dated in [from, to]: what the core's
// realisation rules take as input.
QList<EnrichmentSession> allInRange(Database &db, const QString &vestiging, const QDate &from,
                                    const QDate &to);

// Keyset paging through the current versions (not superseded, not withdrawn) of one school's
// sessions in [from, to], newest first. `after` is the last row of the previous page (null: start).
struct PageKey
{
    QDate date;
    QUuid id;
};
QList<EnrichmentSession> currentPage(Database &db, const QString &vestiging, const QDate &from,
                                     const QDate &to, const std::optional<PageKey> &after, int limit);
int currentCount(Database &db, const QString &vestiging, const QDate &from, const QDate &to);

std::optional<EnrichmentSession> byId(Database &db, const QUuid &id);

// Appends the record through the storage repository: a new session, a correction (`supersedes`
// set) or a withdrawal (`withdrawn`). Validated with the core rules against the school and `today`;
// nothing is written when a rule is broken.
WriteResult append(Database &db, EnrichmentSession session, const QDate &today);

} // namespace sessionrecords
} // namespace verrijkt
