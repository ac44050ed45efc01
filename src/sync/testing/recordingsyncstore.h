#pragma once

#include "localsyncstore.h"

#include <QHash>
#include <QList>
#include <functional>

namespace verrijkt::synctesting {

// What a simulation knows about one outbox mutation: what was sent, and how the server answered.
struct LedgerEntry
{
    OutboxMutation mutation;
    bool acked = false;
    MutationAck ack;
    qint64 sentAtServerMs = 0;  // the server's clock when the engine first read it from the outbox
    qint64 ackedAtServerMs = 0; // the server's clock when the answer was applied (harness time)
};

// Every mutation a device handed to its engine and every acknowledgement it got, so a simulation can
// check afterwards that each acknowledged write is on the server (or lost fairly to a newer one).
class AckLedger
{
public:
    void sent(const OutboxMutation &m, qint64 serverMs);
    // Returns an error text if the same n was acknowledged before with another status or reason
    // (a resent mutation must get exactly the answer it got the first time).
    QString acked(const MutationAck &ack, qint64 serverMs);

    const QHash<qint64, LedgerEntry> &entries() const { return m_entries; }
    QList<qint64> unacknowledged() const; // sent but never acknowledged, by n
    int ackCount() const { return m_acks; }
    QStringList violations() const { return m_violations; }
    // Every mutation of record `id` with its answer, one line each (for failure reports).
    QStringList historyOf(const QString &id) const;

private:
    QHash<qint64, LedgerEntry> m_entries;
    int m_acks = 0;
    QStringList m_violations;
};

// A LocalSyncStore that forwards to the real one and records into an AckLedger what the engine
// reads from the outbox and what it acknowledges.
class RecordingSyncStore : public LocalSyncStore
{
public:
    using ServerClock = std::function<qint64()>;
    RecordingSyncStore(LocalSyncStore &inner, AckLedger &ledger, ServerClock serverClock);

    QString deviceId() override { return m_inner.deviceId(); }
    QList<OutboxMutation> pendingMutations(int limit) override;
    int pendingCount() override { return m_inner.pendingCount(); }
    StoreStatus markAcked(const QList<MutationAck> &acks) override;
    qint64 cursor() override { return m_inner.cursor(); }
    StoreStatus applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor, const SyncScope &scope,
                                bool reset) override;
    void receiveClock(const QString &hlc) override { m_inner.receiveClock(hlc); }
    // Without preparing when a page observer looks at the changes: it needs their `fields`.
    RowPreparer rowPreparer() const override { return m_observer ? RowPreparer() : m_inner.rowPreparer(); }
    QDateTime lastSuccess() override { return m_inner.lastSuccess(); }
    void setLastSuccess(const QDateTime &when) override { m_inner.setLastSuccess(when); }

    // Sees every pulled page before it is applied (scope tests check what a device ever received).
    using PageObserver =
        std::function<void(const QList<PulledChange> &changes, const SyncScope &scope, bool reset)>;
    void setPageObserver(PageObserver observer) { m_observer = std::move(observer); }

    int pagesApplied() const { return m_pages; }
    int resets() const { return m_resets; }
    SyncScope lastScope() const { return m_lastScope; }

private:
    LocalSyncStore &m_inner;
    AckLedger &m_ledger;
    ServerClock m_serverClock;
    int m_pages = 0;
    int m_resets = 0;
    SyncScope m_lastScope;
    PageObserver m_observer;
};

} // namespace verrijkt::synctesting
