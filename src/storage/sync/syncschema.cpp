#include "syncschema.h"

#include "database.h"
#include "migrations.h"

#include <QStringList>

namespace verrijkt {

namespace {

const QString kVersionKey = QStringLiteral("sync_schema_version");

// Once released, a step's SQL never changes: a new need is a new step.
QList<QStringList> syncSteps()
{
    return {
        {
            // One row per local change waiting for (or refused by) the server. n is the per-device
            // mutation number; AUTOINCREMENT guarantees a number is never handed out twice, even
            // after the rows before it were acknowledged and deleted.
            "CREATE TABLE sync_outbox (n INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, "
            "record_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, hlc TEXT NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')), "
            "reason_key TEXT, reason_field TEXT, reason_message TEXT, created_hlc TEXT NOT NULL)",
            "CREATE INDEX sync_outbox_pending_record ON sync_outbox (entity, record_id) WHERE state = "
            "'pending'",
            "CREATE INDEX sync_outbox_state ON sync_outbox (state, n)",
            // What the UI shows per record; no row means synced (or never edited here).
            "CREATE TABLE sync_record_state (entity TEXT NOT NULL, record_id TEXT NOT NULL, "
            "state TEXT NOT NULL CHECK (state IN ('pending', 'rejected')), "
            "reason_key TEXT, reason_field TEXT, reason_message TEXT, "
            "PRIMARY KEY (entity, record_id)) WITHOUT ROWID",
        },
    };
}

} // namespace

int latestSyncSchemaVersion()
{
    return static_cast<int>(syncSteps().size());
}

bool ensureSyncSchema(Database &db, QString *error)
{
    const int current = db.setting(kVersionKey).value_or(QStringLiteral("0")).toInt();
    const QList<QStringList> steps = syncSteps();
    if (current > steps.size()) {
        *error = QStringLiteral("the sync tables have version %1, newer than this program supports (%2)")
                     .arg(current)
                     .arg(steps.size());
        return false;
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        Transaction tx(db);
        QSqlDatabase connection = db.connection();
        if (!tx.ok() || !execStatements(connection, steps.at(version - 1), error) ||
            !db.setSetting(kVersionKey, QString::number(version), error) || !tx.commit()) {
            if (error->isEmpty())
                *error = tx.error();
            *error = QStringLiteral("sync tables step %1: %2").arg(version).arg(*error);
            return false;
        }
    }
    return true;
}

} // namespace verrijkt
