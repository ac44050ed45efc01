#include "pushservice.h"

#include "recordstore.h"
#include "serverlog.h"
#include "serverstore.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace verrijkt::server {

namespace {

// A complete append-only record with every catalogue field present (absent optional fields as
// null, withdrawn as false), so equal content compares equal and pulls give whole records.
QJsonObject normalisedAppendOnly(const wire::EntitySpec &spec, const QJsonObject &fields)
{
    QJsonObject out;
    for (const wire::FieldSpec &f : spec.fields) {
        QJsonValue v = fields.value(f.name);
        if (v.isUndefined())
            v = QJsonValue(QJsonValue::Null);
        if (f.name == QLatin1String("withdrawn") && v.isNull())
            v = false;
        out.insert(f.name, v);
    }
    return out;
}

wire::Ack applied(qint64 n, wire::AckStatus status = wire::AckStatus::Applied)
{
    return {n, status, {}, {}, {}};
}

} // namespace

PushService::PushService(ServerStore &store, RecordStore &records, HybridLogicalClock &hlc, Clock clock,
                         PushOptions options)
    : m_store(store), m_records(records), m_hlc(hlc), m_clock(std::move(clock)), m_options(options)
{
}

QJsonObject PushService::clamp(const QJsonObject &hlc)
{
    const qint64 limit = m_clock() + m_options.maxClockSkewMs;
    QJsonObject out;
    for (auto it = hlc.constBegin(); it != hlc.constEnd(); ++it) {
        const auto ts = HlcTimestamp::fromString(it.value().toString());
        if (!ts || ts->millis > limit) {
            // A clock far ahead would win every later merge; it gets the server's time instead.
            out.insert(it.key(), m_hlc.now().toString());
        } else {
            m_hlc.receive(*ts);
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

std::variant<QJsonObject, ApiError> PushService::push(const Caller &caller, const QJsonObject &body)
{
    wire::RequestError envelopeError;
    const auto request = wire::parsePushRequest(body, &envelopeError);
    if (!request)
        return ApiError{envelopeError.status, envelopeError.code, envelopeError.message, envelopeError.field};

    const QString &device = request->device;
    const QString &user = caller.user.name;
    const qint64 now = m_clock();
    QJsonArray acks;
    int appliedCount = 0, rejectedCount = 0, replayedCount = 0;

    Transaction tx(m_store, Transaction::Kind::Write);
    // The batch's records read at once, its writes stored together (RecordStore::Batch); lookups
    // are cached for this transaction only: other processes may change records between them.
    QList<QUuid> ids;
    ids.reserve(request->payloads.size());
    for (const QJsonObject &raw : request->payloads)
        if (const QUuid id = wire::parseUuid(raw.value(QLatin1String("id")).toString()); !id.isNull())
            ids << id;
    RecordStore::Batch batch(m_records, ids);
    QSqlQuery state = m_store.exec(
        QStringLiteral("SELECT last_n, acked_below FROM devices WHERE device = ? AND user_name = ?"),
        {device, user});
    const bool known = state.next();
    const qint64 decidedUpTo = known ? state.value(0).toLongLong() : 0;
    const qint64 ackedBelow = known ? state.value(1).toLongLong() : 0;
    state.finish();
    if (!known)
        m_store.exec(QStringLiteral("INSERT INTO devices (device, user_name, last_n, last_seen, acked_below) "
                                    "VALUES (?, ?, 0, ?, 0)"),
                     {device, user, now});

    // Every n the server decided is <= last_n, so only that part of the batch can be a replay: one
    // query for it, none at all for a batch of new mutations.
    const qint64 lowest = request->ns.isEmpty()
                              ? ackedBelow
                              : *std::min_element(request->ns.constBegin(), request->ns.constEnd());
    QHash<qint64, wire::Ack> recorded;
    if (!request->ns.isEmpty() && lowest <= decidedUpTo) {
        QSqlQuery previous = m_store.exec(
            QStringLiteral("SELECT n, status, reason_key, reason_field, reason_message FROM mutation_results "
                           "WHERE device = ? AND user_name = ? AND n >= ? AND n <= ?"),
            {device, user, lowest, decidedUpTo});
        while (previous.next()) {
            const qint64 n = previous.value(0).toLongLong();
            recorded.insert(
                n,
                {n, wire::ackStatusFromKey(previous.value(1).toString()).value_or(wire::AckStatus::Applied),
                 previous.value(2).toString(), previous.value(3).toString(), previous.value(4).toString()});
        }
    }

    qint64 highest = decidedUpTo;
    QList<QVariantList> outcomes; // recorded together after the batch
    for (qsizetype i = 0; i < request->ns.size(); ++i) {
        const qint64 n = request->ns.at(i);
        if (n <= decidedUpTo) {
            if (const auto it = recorded.constFind(n); it != recorded.constEnd()) {
                acks.append(it->toJson());
                ++replayedCount;
                continue;
            }
            if (n < ackedBelow) {
                // Decided, acknowledged to the device and its record pruned (see below): a device
                // never sends such an n again, but if a stray copy arrives it changes nothing.
                acks.append(applied(n, wire::AckStatus::Duplicate).toJson());
                ++replayedCount;
                continue;
            }
        }
        const wire::Ack ack = applyOne(caller, n, request->payloads.at(i));
        const bool rejected = ack.status == wire::AckStatus::Rejected;
        outcomes.append({device, user, n, wire::ackStatusKey(ack.status),
                         rejected ? ack.reasonKey : QString(), rejected ? ack.reasonField : QString(),
                         rejected ? ack.reasonMessage : QString(), now});
        (rejected ? rejectedCount : appliedCount)++;
        highest = std::max(highest, n);
        acks.append(ack.toJson());
    }
    // A device sends its outbox in order and only what is still pending on it, so the lowest n of a
    // push tells that it has the answers to everything below: those records are no longer needed
    // for a replay. They are kept a while longer anyway (kKeepResultsMs), for a stray late copy of
    // a request or a second sync engine on the same database.
    batch.flush();
    m_store.execRows(QStringLiteral("INSERT INTO mutation_results (device, user_name, n, status, reason_key, "
                                    "reason_field, reason_message, decided_at)"),
                     8, outcomes);
    const qint64 newAckedBelow = std::max(ackedBelow, lowest);
    m_store.exec(QStringLiteral("UPDATE devices SET last_n = ?, last_seen = ?, acked_below = ? "
                                "WHERE device = ? AND user_name = ?"),
                 {highest, now, newAckedBelow, device, user});
    m_store.exec(QStringLiteral("DELETE FROM mutation_results WHERE device = ? AND user_name = ? AND n < ? "
                                "AND decided_at < ?"),
                 {device, user, newAckedBelow, now - kKeepResultsMs});
    tx.commit();
    qCInfo(lcServer).nospace() << "push by " << user << ": " << appliedCount << " applied, " << rejectedCount
                               << " rejected, " << replayedCount << " replayed";
    return QJsonObject{{QStringLiteral("acks"), acks},
                       {QStringLiteral("server_hlc"), m_hlc.now().toString()}};
}

wire::Ack PushService::applyOne(const Caller &caller, qint64 n, const QJsonObject &raw)
{
    ValidationError why;
    const auto m = wire::checkMutation(raw, &why);
    if (!m)
        return wire::rejectedAck(n, why);
    const wire::EntitySpec &spec = *wire::findEntity(m->entity);
    const auto existing = m_records.find(m->id);
    if (existing && existing->entity != m->entity)
        return wire::rejectedAck(n, {QStringLiteral("id"), QStringLiteral("sync.id.other_entity"), {}});

    if (spec.isAppendOnly()) {
        const QJsonObject values = normalisedAppendOnly(spec, m->fields);
        if (auto denied = pushDenied(caller, spec, values))
            return wire::rejectedAck(n, *denied);
        if (existing) {
            if (existing->values == values)
                return applied(n, wire::AckStatus::Duplicate);
            return wire::rejectedAck(n,
                                     {QStringLiteral("id"), QStringLiteral("sync.append_only.conflict"), {}});
        }
        if (const auto errors = wire::checkComplete(spec, values); !errors.isEmpty())
            return wire::rejectedAck(n, errors.first());
        if (const auto errors = wire::validateRecord(spec, m->id, values, m_records); !errors.isEmpty())
            return wire::rejectedAck(n, errors.first());
        // One HLC for the whole record: the newest the device gave (after clamping).
        const QJsonObject clamped = clamp(m->hlc);
        QString stamp;
        for (const QJsonValue &h : clamped)
            stamp = std::max(stamp, h.toString());
        QJsonObject hlc;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            hlc.insert(it.key(), clamped.contains(it.key()) ? clamped.value(it.key()).toString() : stamp);
        m_records.write({spec.name, m->id, wire::toFieldStates(values, hlc), m_store.nextSeq(), values},
                        false);
        return applied(n);
    }

    const wire::FieldStates incoming = wire::toFieldStates(m->fields, clamp(m->hlc));
    const wire::FieldStates merged = existing ? wire::merge(existing->states, incoming) : incoming;
    const QJsonObject values = wire::valuesOf(merged);
    if (auto denied = pushDenied(caller, spec, values))
        return wire::rejectedAck(n, *denied);
    const QJsonObject existingValues = existing ? existing->values : QJsonObject();
    if (existing) {
        if (auto denied = pushDenied(caller, spec, existingValues))
            return wire::rejectedAck(n, *denied);
        if (merged == existing->states)
            return applied(n); // every sent field lost against newer values: nothing changes
    } else if (wire::isDeleted(merged)) {
        // Deleting a record this server never accepted (its creation was refused): nothing to
        // delete. Storing it would serve every device a tombstone without fields.
        return applied(n);
    }
    if (!wire::isDeleted(merged)) {
        if (const auto errors = wire::checkComplete(spec, values); !errors.isEmpty())
            return wire::rejectedAck(n, errors.first());
        if (const auto errors = wire::validateRecord(spec, m->id, values, m_records); !errors.isEmpty())
            return wire::rejectedAck(n, errors.first());
        // One live record per real-world thing: a device that created its own copy (e.g. from a
        // local register import) adopts the server's record when it pulls. A live record that keeps
        // its key already holds it alone, so only a new or changed key needs the lookup.
        const QString key = wire::naturalKeyText(spec, values);
        const bool keptKey = existing && !wire::isDeleted(existing->states) &&
                             wire::naturalKeyText(spec, existingValues) == key;
        if (!keptKey && !m_records.naturalKeyHolder(spec.name, key, m->id).isEmpty())
            return wire::rejectedAck(
                n, {spec.naturalKey.first(),
                    QStringLiteral("sync.natural_key.taken"),
                    {{QStringLiteral("entity"), spec.name}, {QStringLiteral("value"), key}}});
    }
    m_records.write({spec.name, m->id, merged, m_store.nextSeq(), values}, existing.has_value());
    return applied(n);
}

} // namespace verrijkt::server
