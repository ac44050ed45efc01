#pragma once

#include "accounts.h"
#include "sync/entities.h"
#include "sync/protocol.h"

#include <QHash>
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
};

// The records table (current state of every synced record) and the lookups the core rules need,
// answered inside the caller's transaction so records of the same push batch are seen.
class RecordStore : public wire::RecordLookup
{
public:
    RecordStore(ServerStore &store, Clock clock);

    std::optional<StoredRecord> find(const QUuid &id) const;
    // Inserts or replaces the record (school and owner columns derived from its fields). `values`
    // is wire::valuesOf(record.states), which the caller has at hand already.
    void write(const StoredRecord &record, bool exists, const QJsonObject &values);

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

    // While one lives, school() answers repeated lookups from memory (a push of a thousand sessions
    // at a few schools reads each school once). Writing a school drops its entry.
    class BatchCache
    {
    public:
        explicit BatchCache(RecordStore &records) : m_records(records) { m_records.m_cacheOn = true; }
        ~BatchCache()
        {
            m_records.m_cacheOn = false;
            m_records.m_schools.clear();
        }
        BatchCache(const BatchCache &) = delete;
        BatchCache &operator=(const BatchCache &) = delete;

    private:
        RecordStore &m_records;
    };

private:
    std::optional<SchoolLocation> readSchool(const QString &vestiging) const;

    ServerStore &m_store;
    Clock m_clock;
    bool m_cacheOn = false;
    mutable QHash<QString, std::optional<SchoolLocation>> m_schools;
};

} // namespace verrijkt::server
