#pragma once

#include "localsyncstore.h"

#include <QHash>
#include <QMap>
#include <functional>

namespace verrijkt::testing {

// In-memory LocalSyncStore for engine tests: an outbox, per-record fields with per-field HLCs
// (last writer wins), a cursor and switches that make the next store call fail.
class FakeSyncStore : public LocalSyncStore
{
public:
    struct Record
    {
        QJsonObject fields;
        QJsonObject hlc;
        bool deleted = false;
    };

    // Records a local edit with an outbox entry (as a repository would in one transaction).
    qint64 addLocalEdit(const QString &entity, const QUuid &id, const QJsonObject &fields,
                        const QString &hlc);

    QString deviceId() override { return m_device; }
    QList<OutboxMutation> pendingMutations(int limit) override;
    int pendingCount() override;
    StoreStatus markAcked(const QList<MutationAck> &acks) override;
    qint64 cursor() override { return m_cursor; }
    StoreStatus applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor, const SyncScope &scope,
                                bool reset) override;
    void receiveClock(const QString &hlc) override { receivedClocks.append(hlc); }
    QDateTime lastSuccess() override { return m_lastSuccess; }
    void setLastSuccess(const QDateTime &when) override { m_lastSuccess = when; }

    QMap<qint64, OutboxMutation> outbox; // pending, by n
    QMap<qint64, MutationAck> rejected;  // by n
    QHash<QString, Record> records;      // "entity/id"
    SyncScope scope;
    QStringList receivedClocks;
    QList<qint64> appliedPageCursors;
    bool failNextApply = false;
    int failApplyOfPage = 0; // > 0: the apply of that page (1-based, counted over all calls) fails
    int applyCalls = 0;
    std::function<void()> onApply; // runs at the start of every applyPulledPage
    bool failNextAck = false;
    qint64 nextN = 1;
    qint64 m_cursor = 0;

private:
    QString m_device = QStringLiteral("0192f5e0-0000-7000-8000-00000000d001");
    QDateTime m_lastSuccess;
};

QString recordKey(const QString &entity, const QUuid &id);

} // namespace verrijkt::testing
