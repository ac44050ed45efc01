#pragma once

#include <QString>

namespace verrijkt {

class Database;

// The device-side sync tables (outbox, per-record sync state). They are versioned on their own
// (settings key "sync_schema_version") and applied after the Database's migrations, each step in one
// transaction, because the storage library must not depend on the sync layer that defines them.
int latestSyncSchemaVersion();
bool ensureSyncSchema(Database &db, QString *error);

} // namespace verrijkt
