#include "recordingsyncstore.h"

#include <QJsonDocument>
#include <algorithm>

namespace verrijkt::synctesting {

void AckLedger::sent(const OutboxMutation &m, qint64 serverMs)
{
    auto it = m_entries.find(m.n);
    if (it == m_entries.end()) {
        m_entries.insert(m.n, LedgerEntry{m, false, {}, serverMs, 0});
        return;
    }
    // The same n must always carry the same mutation, or the server's replay answer would lie.
    if (it->mutation.entity != m.entity || it->mutation.id != m.id || it->mutation.fields != m.fields ||
        it->mutation.hlc != m.hlc)
        m_violations << QStringLiteral("outbox n %1 changed its content between sends").arg(m.n);
}

QString AckLedger::acked(const MutationAck &ack, qint64 serverMs)
{
    ++m_acks;
    auto it = m_entries.find(ack.n);
    if (it == m_entries.end()) {
        const QString why = QStringLiteral("ack for n %1 that was never read from the outbox").arg(ack.n);
        m_violations << why;
        return why;
    }
    if (!it->acked) {
        it->acked = true;
        it->ack = ack;
        it->ackedAtServerMs = serverMs;
        return {};
    }
    if (it->ack.status != ack.status || it->ack.reasonKey != ack.reasonKey ||
        it->ack.reasonField != ack.reasonField) {
        const QString why = QStringLiteral("n %1 acknowledged as %2 (%3) and later as %4 (%5)")
                                .arg(ack.n)
                                .arg(wire::ackStatusKey(it->ack.status), it->ack.reasonKey,
                                     wire::ackStatusKey(ack.status), ack.reasonKey);
        m_violations << why;
        return why;
    }
    return {};
}

QStringList AckLedger::historyOf(const QString &id) const
{
    QList<qint64> ns;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        if (it->mutation.id.toString(QUuid::WithoutBraces).compare(id, Qt::CaseInsensitive) == 0)
            ns.append(it.key());
    std::sort(ns.begin(), ns.end());
    QStringList out;
    for (const qint64 n : ns) {
        const LedgerEntry &e = m_entries[n];
        out << QStringLiteral("n %1 %2 %3 fields %4 -> %5 %6")
                   .arg(n)
                   .arg(wire::mutationOpKey(e.mutation.op), e.mutation.entity,
                        QString::fromUtf8(QJsonDocument(e.mutation.fields).toJson(QJsonDocument::Compact)),
                        e.acked ? wire::ackStatusKey(e.ack.status) : QStringLiteral("(no answer)"),
                        e.ack.reasonKey);
    }
    return out;
}

QList<qint64> AckLedger::unacknowledged() const
{
    QList<qint64> out;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        if (!it->acked)
            out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

RecordingSyncStore::RecordingSyncStore(LocalSyncStore &inner, AckLedger &ledger, ServerClock serverClock)
    : m_inner(inner), m_ledger(ledger), m_serverClock(std::move(serverClock))
{
}

QList<OutboxMutation> RecordingSyncStore::pendingMutations(int limit)
{
    const QList<OutboxMutation> out = m_inner.pendingMutations(limit);
    const qint64 now = m_serverClock ? m_serverClock() : 0;
    for (const OutboxMutation &m : out)
        m_ledger.sent(m, now);
    return out;
}

StoreStatus RecordingSyncStore::markAcked(const QList<MutationAck> &acks)
{
    const StoreStatus status = m_inner.markAcked(acks);
    if (status.ok()) {
        const qint64 now = m_serverClock ? m_serverClock() : 0;
        for (const MutationAck &ack : acks)
            m_ledger.acked(ack, now);
    }
    return status;
}

StoreStatus RecordingSyncStore::applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor,
                                                const SyncScope &scope, bool reset)
{
    if (m_observer)
        m_observer(changes, scope, reset);
    const StoreStatus status = m_inner.applyPulledPage(changes, newCursor, scope, reset);
    if (status.ok()) {
        ++m_pages;
        m_resets += reset ? 1 : 0;
        m_lastScope = scope;
    }
    return status;
}

} // namespace verrijkt::synctesting
