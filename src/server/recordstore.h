#pragma once

#include "accounts.h"
#include "sync/entities.h"
#include "sync/protocol.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <optional>

namespace verrijkt::server {

class ServerStore;

// One row of the records table: the merged current state of a record.
struct StoredRecord
{
    QString entity;
    QUuid id;
    wire::FieldStates states;
    qint64 seq = 0;
    QJsonObject values; // wire::valuesOf(states), as stored: kept so a push need not build it again
};

// The records table (current state of every synced record) and the lookups the core rules need,
// answered inside the caller's transaction so records of the same push batch are seen.
class RecordStore : public wire::RecordLookup
{
public:
    RecordStore(ServerStore &store, Clock clock);

    std::optional<StoredRecord> find(const QUuid &id) const;
    // Inserts or replaces the record (school and owner columns derived from its fields; `values`
    // must be wire::valuesOf(states)).
    void write(const StoredRecord &record, bool exists);

    // Id of another live record of `entity` with this natural key (naturalKeyText), empty if none.
    QString naturalKeyHolder(const QString &entity, const QString &keyText, const QUuid &except) const;

    std::optional<SchoolLocation> school(const QString &vestiging) const override;
    std::optional<BridgeOfficer> officer(const QUuid &id) const override;
    QList<Placement> placementsOf(const QUuid &officerId) const override;
    QDate today() const override; // the date in Europe/Amsterdam

    // The bridge_officer id linked to a user name (lowest id if several), empty if none.
    QString officerIdOf(const QString &userName) const;
    // Schools of the officer's placements active today, sorted.
    QStringList currentPlacementSchools(const QString &officerId) const;

    // A push batch. While one lives, the records the batch names are read in one query at its start,
    // repeated school lookups are answered from memory, and writes are collected and stored
    // together: a few statements for the whole batch instead of one or two per mutation (on
    // PostgreSQL every statement is a round trip). Any lookup the collected writes could affect
    // stores them first, so the core rules see the batch's own records as before. flush() must
    // run before the transaction commits; what was not flushed is dropped with the batch (the
    // transaction is rolled back then).
    class Batch
    {
    public:
        Batch(RecordStore &records, const QList<QUuid> &ids);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        void flush() { m_records.flushWrites(); }

    private:
        RecordStore &m_records;
    };

private:
    std::optional<SchoolLocation> readSchool(const QString &vestiging) const;
    std::optional<StoredRecord> readRecord(const QUuid &id) const;
    static StoredRecord recordFromRow(const QUuid &id, const QString &entity, const QString &fields,
                                      const QString &fieldHlc, qint64 seq, bool deleted);
    void preload(const QList<QUuid> &ids);
    void flushWrites() const;
    static QVariantList rowOf(const StoredRecord &record);

    ServerStore &m_store;
    Clock m_clock;
    bool m_batch = false;
    mutable QHash<QString, std::optional<SchoolLocation>> m_schools;
    QHash<QUuid, std::optional<StoredRecord>> m_known; // the batch's records as they stand now
    // The batch's written ids: each row is built once, from the record's last write in m_known,
    // when it is stored (a push often edits one record several times).
    mutable QSet<QUuid> m_pending;
};

} // namespace verrijkt::server
