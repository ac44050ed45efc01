#pragma once

#include <QString>
#include <QUuid>

namespace verrijkt {

class Database;

// Records the server refused for good. The server never stored them, so discarding one removes the
// local row together with its rejected outbox entry and record state, in one transaction.
namespace rejectedrecords {

bool isRejected(Database &db, const QString &entity, const QUuid &id);
// Only append-only records of this device (enrichment_session, family_contact) can be discarded.
bool discard(Database &db, const QString &entity, const QUuid &id, QString *error);

} // namespace rejectedrecords
} // namespace verrijkt
