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

private:
    QSqlQuery &rowQuery(const SyncedTable &table);

    Database &m_db;
    const SyncedTables &m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_rowQueries; // by table
    std::unique_ptr<QSqlQuery> m_insertOutbox;
    std::unique_ptr<QSqlQuery> m_markPending;
};

} // namespace verrijkt
