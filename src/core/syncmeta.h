#pragma once

#include <QString>
#include <QUuid>

namespace verrijkt {

// What every synced row carries: a client-generated UUIDv7 key, the hybrid-logical-clock
// timestamp of its last change (Hlc::toString()) and a tombstone flag (deletes are tombstones).
struct SyncMeta
{
    QUuid id;
    QString hlc;
    bool deleted = false;
};

} // namespace verrijkt
