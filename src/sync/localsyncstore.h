#pragma once

#include "protocol.h"
#include "pulledfields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <any>
#include <functional>

namespace verrijkt {

// The outbox entries, acknowledgements and scope travel in the shapes of the shared wire protocol
// (protocol.h): an OutboxMutation's `n` increases per device and never repeats, so the server can
// recognise a resend; a rejected ack is final and carries the reason the user gets to see.
using OutboxMutation = wire::Mutation;
using MutationAck = wire::Ack;
using SyncScope = wire::Scope;

// One change of the server's feed as pulled: the complete current state of the record.
struct PulledChange
{
    qint64 seq = 0;
    QString entity;
    QUuid id;
    QJsonObject fields;
    QJsonObject hlc;
    bool deleted = false;
    // The highest clock in `hlc`, the row's clock. The decoder fills it (off the storing thread);
    // empty means not computed yet: newestClock() computes it then.
    QString newest;
    // What the store made of this change off the storing thread (LocalSyncStore::rowPreparer);
    // empty if nothing. Only the store that prepared it reads it; `fields` is empty then.
    std::any prepared;
};

// The highest of a change's field clocks (the text form of an HLC sorts like the clock).
QString newestClock(const QJsonObject &hlc);
inline QString newestClock(const PulledChange &change)
{
    return change.newest.isEmpty() ? newestClock(change.hlc) : change.newest;
}

// A result that is either fine or carries a plain-language error.
struct StoreStatus
{
    QString error;
    bool ok() const { return error.isEmpty(); }
    static StoreStatus success() { return {}; }
    static StoreStatus failure(QString message) { return {std::move(message)}; }
};

// The seam between the sync engine and the device's database. Everything the engine needs to
// resume after the process is killed lives behind it, so the engine itself keeps no durable state.
// The real implementation is SqliteSyncStore (src/storage/sync); tests use an in-memory fake.
class LocalSyncStore
{
public:
    virtual ~LocalSyncStore() = default;

    // The device id sent with every push and pull (created on first run, never changes).
    virtual QString deviceId() = 0;

    // Up to `limit` pending (not rejected, not acknowledged) mutations in outbox order (by n).
    virtual QList<OutboxMutation> pendingMutations(int limit) = 0;
    virtual int pendingCount() = 0;

    // Removes applied/duplicate entries from the outbox; marks rejected ones (and their records)
    // rejected with the reason, so they are never sent again. One transaction.
    virtual StoreStatus markAcked(const QList<MutationAck> &acks) = 0;

    // The pull cursor: the highest feed seq applied.
    virtual qint64 cursor() = 0;

    // Applies one pulled page, deletes rows outside `scope`, stores the scope and moves the cursor
    // to `newCursor`, all in ONE transaction: either the whole page is applied or nothing is.
    // `reset` means the server restarted the feed for this device (the scope gained schools).
    virtual StoreStatus applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor,
                                        const SyncScope &scope, bool reset) = 0;

    // Feeds a timestamp seen from the server (server_hlc) into the device clock. It need not be
    // durable at once, only with the store's next committed change (the engine calls it right
    // before markAcked / applyPulledPage).
    virtual void receiveClock(const QString &hlc) = 0;

    // Work on a pulled change that needs no database (converting its values for the store's
    // tables), which the engine runs on its fetch thread while the page is decoded and the previous
    // one is being stored; the result goes into PulledChange::prepared and the change's `fields`
    // stay empty (decodePullPage). It may only read data that never changes after the store was
    // set up. None by default: the changes then arrive with their `fields`.
    using RowPreparer = std::function<std::any(const PulledChange &change, const PulledFields &fields)>;
    virtual RowPreparer rowPreparer() const { return {}; }

    // When the last complete sync round ended (invalid if never).
    virtual QDateTime lastSuccess() = 0;
    virtual void setLastSuccess(const QDateTime &when) = 0;
};

} // namespace verrijkt
