#include "fakesyncstore.h"

namespace verrijkt::testing {

QString recordKey(const QString &entity, const QUuid &id)
{
    return entity + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

qint64 FakeSyncStore::addLocalEdit(const QString &entity, const QUuid &id, const QJsonObject &fields,
                                   const QString &hlc)
{
    OutboxMutation m;
    m.n = nextN++;
    m.entity = entity;
    m.id = id;
    m.op = wire::MutationOp::Upsert;
    m.fields = fields;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m.hlc.insert(it.key(), hlc);
    Record &r = records[recordKey(entity, id)];
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        r.fields.insert(it.key(), it.value());
        r.hlc.insert(it.key(), hlc);
    }
    outbox.insert(m.n, m);
    return m.n;
}

QList<OutboxMutation> FakeSyncStore::pendingMutations(int limit)
{
    QList<OutboxMutation> out;
    for (auto it = outbox.begin(); it != outbox.end() && out.size() < limit; ++it)
        out.append(it.value());
    return out;
}

int FakeSyncStore::pendingCount()
{
    return static_cast<int>(outbox.size());
}

StoreStatus FakeSyncStore::markAcked(const QList<MutationAck> &acks)
{
    if (failNextAck) {
        failNextAck = false;
        return StoreStatus::failure(QStringLiteral("disk full"));
    }
    for (const MutationAck &ack : acks) {
        if (ack.status == wire::AckStatus::Rejected)
            rejected.insert(ack.n, ack);
        outbox.remove(ack.n);
    }
    return StoreStatus::success();
}

StoreStatus FakeSyncStore::applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor,
                                           const SyncScope &newScope, bool reset)
{
    ++applyCalls;
    if (onApply)
        onApply();
    if (failNextApply || applyCalls == failApplyOfPage) {
        failNextApply = false;
        return StoreStatus::failure(QStringLiteral("database is locked"));
    }
    for (const PulledChange &c : changes) {
        Record &r = records[recordKey(c.entity, c.id)];
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            const QString incoming = c.hlc.value(it.key()).toString();
            if (incoming > r.hlc.value(it.key()).toString()) {
                r.fields.insert(it.key(), it.value());
                r.hlc.insert(it.key(), incoming);
            }
        }
        r.deleted = r.deleted || c.deleted;
    }
    scope = newScope;
    m_cursor = newCursor;
    appliedPageCursors.append(newCursor);
    Q_UNUSED(reset)
    return StoreStatus::success();
}

} // namespace verrijkt::testing
