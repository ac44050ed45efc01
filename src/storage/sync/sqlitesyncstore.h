#pragma once

#include "changerecorder.h"
#include "database.h"
#include "localsyncstore.h"
#include "syncedtables.h"

#include <QHash>
#include <QSqlQuery>
#include <memory>

namespace verrijkt {

// Sync state of one record as the UI shows it.
struct RecordSyncState
{
    enum class State { Synced, Pending, Rejected };
    State state = State::Synced;
    QString reasonKey;
    QString reasonField;
    QString reasonMessage;
};

// A local change the server refused for good (kept so the user can see why).
struct RejectedChange
{
    qint64 n = 0;
    QString entity;
    QUuid id;
    QString reasonKey;
    QString reasonField;
    QString reasonMessage;
};

// LocalSyncStore on the device's SQLite database: the outbox and record states of syncschema.h,
// the cursor and last served scope in the settings table, pulled pages written with prepared
// statements in one transaction. attach() also installs the ChangeRecorder, so from then on every
// repository write queues its outbox entry in its own transaction.
struct PreparedPulledRow;

class SqliteSyncStore : public LocalSyncStore
{
public:
    static std::unique_ptr<SqliteSyncStore> attach(Database &db, QString *error);
    ~SqliteSyncStore() override;

    QString deviceId() override { return m_db.deviceId(); }
    QList<OutboxMutation> pendingMutations(int limit) override;
    int pendingCount() override;
    StoreStatus markAcked(const QList<MutationAck> &acks) override;
    qint64 cursor() override;
    StoreStatus applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor, const SyncScope &scope,
                                bool reset) override;
    void receiveClock(const QString &hlc) override;
    RowPreparer rowPreparer() const override;
    QDateTime lastSuccess() override;
    void setLastSuccess(const QDateTime &when) override;

    // For the UI.
    RecordSyncState recordState(const QString &entity, const QUuid &id);
    QList<RejectedChange> rejectedChanges();
    std::optional<SyncScope> lastScope();

    ChangeRecorder &recorder() { return m_recorder; }
    const SyncedTables &tables() const { return *m_tables; }

private:
    SqliteSyncStore(Database &db, SyncedTables tables);
    struct TableStatements;
    TableStatements *statementsFor(const SyncedTable &table, QString *error);
    struct AckStatements;
    AckStatements *ackStatements(QString *error);
    StoreStatus applyPage(const QList<PulledChange> &changes, qint64 newCursor, const SyncScope &scope,
                          bool purge);
    StoreStatus applyChange(const SyncedTable &table, const PulledChange &change,
                            const PreparedPulledRow &row, const QHash<QString, QSet<QString>> &pendingFields);
    struct AppendOnlyRow
    {
        const PreparedPulledRow *row;
        bool deleted;
    };
    StoreStatus insertAppendOnly(const SyncedTable &table, const QList<AppendOnlyRow> &rows);
    StoreStatus purgeOutOfScope(const SyncScope &scope);
    QHash<QString, QSet<QString>> pendingFieldsByRecord(QString *error);

    Database &m_db;
    // Shared with rowPreparer(), which reads them on the engine's fetch thread; they never change
    // after attach().
    std::shared_ptr<const SyncedTables> m_tables;
    ChangeRecorder m_recorder;
    QHash<QString, std::shared_ptr<TableStatements>> m_statements;
    std::unique_ptr<AckStatements> m_ackStatements;
    bool m_clockReceived = false;
};

} // namespace verrijkt
