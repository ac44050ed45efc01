#pragma once

#include "database.h"
#include "syncedtables.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace verrijkt {

// Writes the outbox entry of a local change inside the transaction of the change itself, so a
// row and its outbox entry are committed together or not at all. Installed as the Database's write
// listener by SqliteSyncStore; code that writes synced tables without a repository calls record().
class ChangeRecorder
{
public:
    ChangeRecorder(Database &db, const SyncedTables &tables);

    // Reads the written fields of the row and queues them (with their HLC) for the server.
    // Rows of tables that are not synced are ignored. Must run inside the writing transaction.
    bool record(const RowWrite &write, QString *error);

    // Queues the local changes that were written while no recorder was attached (another program
    // on the same file, a register import before sync was set up): rows and fields stamped by this
    // device after the watermark. One transaction; `queued` gets the number of outbox entries.
    bool catchUp(QString *error, int *queued = nullptr);

    // Every change of this device stamped at or before the watermark is in the outbox (or was
    // acknowledged); see catchUp().
    QString watermark();
    static const QString kWatermarkKey;

private:
    bool queue(const SyncedTable &table, const QString &id, const QJsonObject &fields,
               const QJsonObject &hlcs, const QString &createdHlc, QString *error);
    QSqlQuery &rowQuery(const SyncedTable &table);

    Database &m_db;
    const SyncedTables &m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_rowQueries; // by table
    std::unique_ptr<QSqlQuery> m_insertOutbox;
    std::unique_ptr<QSqlQuery> m_markPending;
};

} // namespace verrijkt
