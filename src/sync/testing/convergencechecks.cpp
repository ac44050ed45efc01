#include "convergencechecks.h"

#include "core/hlc.h"
#include "entities.h"
#include "protocol.h"
#include "server/serverstore.h"
#include "simdevice.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace verrijkt::synctesting {

namespace {

QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue sentValue(const wire::EntitySpec &spec, const OutboxMutation &m, const QString &field)
{
    if (field == wire::kDeletedField)
        return m.fields.contains(field) ? m.fields.value(field)
                                        : QJsonValue(m.op == wire::MutationOp::Delete);
    QJsonValue v = m.fields.value(field);
    if (const wire::FieldSpec *f = spec.field(field);
        f && !v.isNull() && !v.isUndefined() && !wire::checkFieldValue(*f, v))
        v = wire::canonicalValue(*f, v);
    return normalisedValue(v);
}

QJsonValue finalValue(const CanonicalRecord &r, const QString &field)
{
    if (field == wire::kDeletedField)
        return r.deleted;
    return normalisedValue(r.fields.value(field));
}

} // namespace

QStringList checkAcknowledgedWrites(const QString &device, const AckLedger &ledger, const RecordSet &server,
                                    qint64 maxSkewMs)
{
    // Records of which the server accepted something besides a tombstone: they must be there. A
    // delete of a record whose creation was refused is acknowledged without storing anything.
    QSet<QUuid> accepted;
    for (const LedgerEntry &e : ledger.entries())
        if (e.acked && e.ack.status != wire::AckStatus::Rejected &&
            !(e.mutation.op == wire::MutationOp::Delete ||
              (e.mutation.fields.value(wire::kDeletedField) == QJsonValue(true) &&
               e.mutation.fields.size() == 1)))
            accepted.insert(e.mutation.id);
    QStringList out;
    for (const LedgerEntry &e : ledger.entries()) {
        if (!e.acked)
            continue;
        const OutboxMutation &m = e.mutation;
        const wire::EntitySpec *spec = wire::findEntity(m.entity);
        const QString id = wire::uuidText(m.id);
        const QString what = QStringLiteral("%1 n %2 (%3 %4)").arg(device).arg(m.n).arg(m.entity, id);
        const auto found = server.constFind(id);
        if (e.ack.status == wire::AckStatus::Rejected) {
            if (spec && spec->isAppendOnly() &&
                e.ack.reasonKey != QLatin1String("sync.append_only.conflict") && found != server.constEnd())
                out << QStringLiteral("%1: rejected (%2) but on the server").arg(what, e.ack.reasonKey);
            continue;
        }
        if (!spec) {
            out << QStringLiteral("%1: acknowledged an entity the catalogue does not know").arg(what);
            continue;
        }
        if (found == server.constEnd() && !accepted.contains(m.id))
            continue;
        if (found == server.constEnd()) {
            out << QStringLiteral("%1: acknowledged %2 but not on the server")
                       .arg(what, wire::ackStatusKey(e.ack.status));
            continue;
        }
        if (found->entity != m.entity) {
            out << QStringLiteral("%1: the server holds this id as %2").arg(what, found->entity);
            continue;
        }
        if (spec->isAppendOnly()) {
            const CanonicalRecord sent = canonicalRecord(m.entity, id, m.fields, {}, false);
            if (sent.fields != found->fields)
                out << QStringLiteral("%1: acknowledged content %2 but the server has %3")
                           .arg(what,
                                QString::fromUtf8(QJsonDocument(sent.fields).toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(
                                    QJsonDocument(found->fields).toJson(QJsonDocument::Compact)));
            continue;
        }
        for (auto it = m.hlc.constBegin(); it != m.hlc.constEnd(); ++it) {
            const QString field = it.key();
            const wire::FieldState sent{sentValue(*spec, m, field), it.value().toString()};
            const wire::FieldState final{finalValue(*found, field), found->hlc.value(field).toString()};
            const auto sentTs = HlcTimestamp::fromString(sent.hlc);
            const bool mayBeClamped = !sentTs || sentTs->millis > e.sentAtServerMs + maxSkewMs;
            bool ok = false;
            if (!mayBeClamped) {
                ok = final == sent || wire::wins(final, sent);
            } else {
                const QString sentMoment = HlcTimestamp{e.sentAtServerMs, 0, QString()}.toString();
                ok = final.value == sent.value || final.hlc > sentMoment;
            }
            if (!ok)
                out << QStringLiteral("%1 field %2: acknowledged %3 @ %4 is lost; the server has %5 @ %6%7")
                           .arg(what, field, show(sent.value), sent.hlc, show(final.value), final.hlc,
                                mayBeClamped ? QStringLiteral(" (clock was ahead)") : QString());
        }
    }
    return out;
}

QStringList naturalKeyDuplicates(const RecordSet &records)
{
    // The device-side UNIQUE keys (src/storage/sync/syncedtables.cpp).
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("municipality"), {QStringLiteral("code")}},
        {QStringLiteral("school"), {QStringLiteral("vestiging")}},
        {QStringLiteral("participation"), {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {QStringLiteral("library_participation"),
         {QStringLiteral("vestiging"), QStringLiteral("school_year")}},
        {QStringLiteral("plan_entry"), {QStringLiteral("plan_name"), QStringLiteral("vestiging")}},
        {QStringLiteral("bridge_officer"), {QStringLiteral("user_name")}},
    };
    QHash<QString, QStringList> holders;
    for (const CanonicalRecord &r : records) {
        if (r.deleted || !keys.contains(r.entity))
            continue;
        QStringList parts{r.entity};
        for (const QString &f : keys.value(r.entity))
            parts << show(r.fields.value(f));
        holders[parts.join(QLatin1Char('|'))].append(r.id);
    }
    QStringList out;
    for (auto it = holders.constBegin(); it != holders.constEnd(); ++it)
        if (it->size() > 1)
            out << QStringLiteral("natural key %1 held by %2 live records: %3")
                       .arg(it.key())
                       .arg(it->size())
                       .arg(it->join(QStringLiteral(", ")));
    out.sort();
    return out;
}

QStringList clocksAhead(const RecordSet &records, qint64 limitMs)
{
    QStringList out;
    for (const CanonicalRecord &r : records)
        for (auto it = r.hlc.constBegin(); it != r.hlc.constEnd(); ++it) {
            const auto ts = HlcTimestamp::fromString(it.value().toString());
            if (ts && ts->millis > limitMs)
                out << QStringLiteral("%1 %2 field %3 has clock %4, %5 s ahead of the server")
                           .arg(r.entity, r.id, it.key(), it.value().toString())
                           .arg((ts->millis - limitMs) / 1000);
        }
    return out;
}

// Server-side bookkeeping: seq unique and never beyond the allocated counter; the outcome the
// server recorded for each (device, n) is the acknowledgement the device acted on.
QStringList checkServerTables(server::ServerStore &store, const QList<SimDevice *> &devices)
{
    QStringList out;
    if (store.backend() == server::Backend::Sqlite) {
        const QString integrity = store.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok"))
            out << QStringLiteral("server PRAGMA integrity_check: %1").arg(integrity);
    }
    QSqlQuery q = store.exec(
        QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT seq), COALESCE(MAX(seq), 0) FROM records"));
    q.next();
    const qint64 rows = q.value(0).toLongLong(), distinct = q.value(1).toLongLong(),
                 maxSeq = q.value(2).toLongLong();
    q.finish();
    const qint64 lastSeq = store.scalar(QStringLiteral("SELECT last_seq FROM change_seq")).toLongLong();
    if (distinct != rows)
        out << QStringLiteral("records: %1 rows but %2 distinct seq values").arg(rows).arg(distinct);
    if (maxSeq > lastSeq)
        out << QStringLiteral("records: seq %1 beyond the allocated %2").arg(maxSeq).arg(lastSeq);
    for (SimDevice *d : devices) {
        QHash<qint64, QString> decided;
        QSqlQuery r = store.exec(
            QStringLiteral("SELECT n, status FROM mutation_results WHERE device = ? AND user_name = ?"),
            {d->db().deviceId(), d->config().user});
        while (r.next())
            decided.insert(r.value(0).toLongLong(), r.value(1).toString());
        r.finish();
        // Records below the lowest n of the device's latest push may have been pruned (the device
        // had their answers); those that remain must still match.
        const qint64 prunedBelow =
            store
                .scalar(QStringLiteral("SELECT acked_below FROM devices WHERE device = ? AND user_name = ?"),
                        {d->db().deviceId(), d->config().user})
                .toLongLong();
        for (const LedgerEntry &e : d->ledger().entries()) {
            if (!e.acked || e.ack.reasonKey == QLatin1String("sync.too_large"))
                continue;
            if (!decided.contains(e.mutation.n) && e.mutation.n < prunedBelow)
                continue;
            const QString status = decided.value(e.mutation.n);
            if (status != wire::ackStatusKey(e.ack.status))
                out << QStringLiteral("%1 n %2: the device was told %3, the server recorded '%4'")
                           .arg(d->label())
                           .arg(e.mutation.n)
                           .arg(wire::ackStatusKey(e.ack.status), status);
        }
        for (auto it = decided.constBegin(); it != decided.constEnd(); ++it)
            if (!d->ledger().entries().value(it.key()).acked)
                out << QStringLiteral(
                           "%1 n %2: decided by the server (%3) but never acknowledged to the device")
                           .arg(d->label())
                           .arg(it.key())
                           .arg(it.value());
    }
    return out;
}

} // namespace verrijkt::synctesting
