#pragma once

#include "canonicalrecords.h"

#include <QSqlDatabase>

namespace verrijkt {
class SyncedTables;
}

namespace verrijkt::synctesting {

// Everything a device holds in its synced tables, in canonical form, plus the records the server
// refused for good (their local rows keep what the user entered, so they may differ by design).
struct DeviceExport
{
    RecordSet records;
    QSet<QString> rejectedIds;
    int pendingMutations = 0;
    QString error; // non-empty if the database could not be read
};

DeviceExport exportDevice(const QSqlDatabase &db, const SyncedTables &tables);

} // namespace verrijkt::synctesting
