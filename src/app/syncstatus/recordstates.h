#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace verrijkt {

class Database;

// Per-record sync state as list rows show it: "pending" (waits in the outbox), "rejected" (refused
// by the server, with the reason in the UI language) or "synced".
struct RecordState
{
    QString state = QStringLiteral("synced");
    QString reason;
};

// The states of the given records of one entity (wire name), in one query; records without a row
// in sync_record_state are synced.
QHash<QUuid, RecordState> recordStates(Database &db, const QString &entity, const QList<QUuid> &ids);

} // namespace verrijkt
