// SqliteSyncStore, the outbox side: pending mutations, acknowledgements, record states, the clock
// and last success. Storing pulled pages and the scope purge are in sqlitesyncstore_pull.cpp.
#include "sqlitesyncstore.h"

#include "synclog.h"
#include "syncschema.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>

namespace verrijkt {

namespace {

const QString kLastSuccessKey = QStringLiteral("sync_last_success");

} // namespace

std::unique_ptr<SqliteSyncStore> SqliteSyncStore::attach(Database &db, QString *error)
{
    if (!ensureSyncSchema(db, error))
        return nullptr;
    auto tables = SyncedTables::load(db.connection(), error);
    if (!tables)
        return nullptr;
    std::unique_ptr<SqliteSyncStore> store(new SqliteSyncStore(db, std::move(*tables)));
    int missed = 0;
    if (!store->m_recorder.catchUp(error, &missed))
        return nullptr;
    if (missed > 0)
        qCInfo(lcSync) << "queued" << missed << "local changes written without the sync recorder";
    SqliteSyncStore *self = store.get();
    db.setWriteListener(
        [self](const RowWrite &write, QString *err) { return self->m_recorder.record(write, err); });
    return store;
}

SqliteSyncStore::SqliteSyncStore(Database &db, SyncedTables tables)
    : m_db(db), m_tables(std::make_shared<const SyncedTables>(std::move(tables))), m_recorder(db, *m_tables)
{
}

SqliteSyncStore::~SqliteSyncStore()
{
    m_statements.clear(); // finalised before the connection can go
    m_ackStatements.reset();
    if (m_clockReceived) {
        Transaction tx(m_db); // its commit stores a clock received since the last one
        tx.commit();
    }
    m_db.setWriteListener({});
}

QList<OutboxMutation> SqliteSyncStore::pendingMutations(int limit)
{
    QList<OutboxMutation> out;
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT n, entity, record_id, op, fields, hlc FROM sync_outbox "
                                              "WHERE state = 'pending' ORDER BY n LIMIT ?"));
    q.bindValue(0, limit);
    const auto done = qScopeGuard([&q] { q.finish(); });
    if (!q.exec()) {
        qCWarning(lcSync) << "cannot read the outbox:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        OutboxMutation m;
        m.n = q.value(0).toLongLong();
        m.entity = q.value(1).toString();
        m.id = QUuid::fromString(q.value(2).toString());
        m.op = wire::mutationOpFromKey(q.value(3).toString()).value_or(wire::MutationOp::Upsert);
        m.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        m.hlc = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        out.append(m);
    }
    return out;
}

int SqliteSyncStore::pendingCount()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'pending'"));
    const int count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

struct SqliteSyncStore::AckStatements
{
    SqliteStatement take;        // an applied entry leaves the outbox
    SqliteStatement reject;      // a rejected one stays, with its reason, never to be sent again
    SqliteStatement rejectState; // and marks its record rejected
    SqliteStatement clearState;  // a record with nothing pending any more is synced
};

SqliteSyncStore::AckStatements *SqliteSyncStore::ackStatements(QString *error)
{
    if (m_ackStatements)
        return m_ackStatements.get();
    auto st = std::make_unique<AckStatements>();
    sqlite3 *handle = SqliteStatement::handleOf(m_db.connection());
    const bool ok =
        st->take.prepare(handle,
                         QStringLiteral("DELETE FROM sync_outbox WHERE n = ? AND state = 'pending' "
                                        "RETURNING entity, record_id"),
                         error) &&
        st->reject.prepare(
            handle,
            QStringLiteral("UPDATE sync_outbox SET state = 'rejected', reason_key = ?, "
                           "reason_field = ?, reason_message = ? WHERE n = ? AND state = 'pending' "
                           "RETURNING entity, record_id"),
            error) &&
        st->rejectState.prepare(
            handle,
            QStringLiteral(
                "INSERT INTO sync_record_state (entity, record_id, state, reason_key, reason_field, "
                "reason_message) VALUES (?, ?, 'rejected', ?, ?, ?) ON CONFLICT (entity, record_id) "
                "DO UPDATE SET state = 'rejected', reason_key = excluded.reason_key, "
                "reason_field = excluded.reason_field, reason_message = excluded.reason_message"),
            error) &&
        st->clearState.prepare(
            handle,
            QStringLiteral(
                "DELETE FROM sync_record_state WHERE entity = ?1 AND record_id = ?2 AND state = 'pending' "
                "AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity = ?1 AND "
                "o.record_id = ?2 AND o.state = 'pending')"),
            error);
    if (!ok)
        return nullptr;
    m_ackStatements = std::move(st);
    return m_ackStatements.get();
}

StoreStatus SqliteSyncStore::markAcked(const QList<MutationAck> &acks)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return StoreStatus::failure(tx.error());
    QString error;
    AckStatements *st = ackStatements(&error);
    if (!st)
        return StoreStatus::failure(error);
    // Removing entries must not lower the recorder's watermark (see ChangeRecorder::catchUp): it is
    // stored before the newest entries it covers leave the outbox, or the next start would queue
    // every acknowledged change of this device again.
    const QString mark = m_recorder.watermark();
    const auto run = [&](SqliteStatement &s, QString *entity, QString *id) {
        bool row = false;
        const bool ok = s.step(&error, &row);
        if (ok && row && entity) {
            *entity = s.column(0).text;
            *id = s.column(1).text;
        }
        s.reset();
        return ok && (row || !entity);
    };
    QSet<QPair<QString, QString>> synced; // records of applied entries
    for (const MutationAck &ack : acks) {
        QString entity, id;
        if (ack.status == wire::AckStatus::Rejected) {
            st->reject.bind(0, ColumnValue::of(ack.reasonKey));
            st->reject.bind(1, ColumnValue::of(ack.reasonField));
            st->reject.bind(2, ColumnValue::of(ack.reasonMessage));
            st->reject.bind(3, ColumnValue::of(ack.n));
            if (!run(st->reject, &entity, &id)) {
                if (!error.isEmpty())
                    return StoreStatus::failure(error);
                continue; // acknowledged before (a resent answer): nothing left to do
            }
            st->rejectState.bind(0, ColumnValue::of(entity));
            st->rejectState.bind(1, ColumnValue::of(id));
            st->rejectState.bind(2, ColumnValue::of(ack.reasonKey));
            st->rejectState.bind(3, ColumnValue::of(ack.reasonField));
            st->rejectState.bind(4, ColumnValue::of(ack.reasonMessage));
            if (!run(st->rejectState, nullptr, nullptr))
                return StoreStatus::failure(error);
            continue;
        }
        st->take.bind(0, ColumnValue::of(ack.n));
        if (!run(st->take, &entity, &id)) {
            if (!error.isEmpty())
                return StoreStatus::failure(error);
            continue;
        }
        synced.insert({entity, id});
    }
    for (const auto &[entity, id] : std::as_const(synced)) {
        st->clearState.bind(0, ColumnValue::of(entity));
        st->clearState.bind(1, ColumnValue::of(id));
        if (!run(st->clearState, nullptr, nullptr))
            return StoreStatus::failure(error);
    }
    if (!mark.isEmpty() && m_db.setting(ChangeRecorder::kWatermarkKey) != mark &&
        !m_db.setSetting(ChangeRecorder::kWatermarkKey, mark, &error))
        return StoreStatus::failure(error);
    if (!tx.commit())
        return StoreStatus::failure(tx.error());
    return StoreStatus::success();
}

void SqliteSyncStore::receiveClock(const QString &hlc)
{
    // In memory only: the next transaction's commit stores the clock (Database does that with
    // every commit), and the engine passes the server's clock before it stores a page or acks.
    // A transaction of its own here cost a commit per request.
    if (const auto remote = HlcTimestamp::fromString(hlc)) {
        m_db.receive(*remote);
        m_clockReceived = true;
    }
}

QDateTime SqliteSyncStore::lastSuccess()
{
    return QDateTime::fromString(m_db.setting(kLastSuccessKey).value_or(QString()), Qt::ISODateWithMs);
}

void SqliteSyncStore::setLastSuccess(const QDateTime &when)
{
    m_db.setSetting(kLastSuccessKey, when.toUTC().toString(Qt::ISODateWithMs));
}

RecordSyncState SqliteSyncStore::recordState(const QString &entity, const QUuid &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state, reason_key, reason_field, reason_message FROM sync_record_state "
                             "WHERE entity = ? AND record_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    RecordSyncState out;
    if (q.exec() && q.next()) {
        out.state = q.value(0).toString() == QLatin1String("rejected") ? RecordSyncState::State::Rejected
                                                                       : RecordSyncState::State::Pending;
        out.reasonKey = q.value(1).toString();
        out.reasonField = q.value(2).toString();
        out.reasonMessage = q.value(3).toString();
    }
    return out;
}

QList<RejectedChange> SqliteSyncStore::rejectedChanges()
{
    QList<RejectedChange> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT n, entity, record_id, reason_key, reason_field, reason_message "
                               "FROM sync_outbox WHERE state = 'rejected' ORDER BY n")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), QUuid::fromString(q.value(2).toString()),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace verrijkt
