#include "changerecorder.h"

#include "protocol.h"

#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

namespace verrijkt {

namespace {
bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = QStringLiteral("sync outbox: %1").arg(q.lastError().text());
    return false;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

const QString ChangeRecorder::kWatermarkKey = QStringLiteral("sync_recorded_hlc");

ChangeRecorder::ChangeRecorder(Database &db, const SyncedTables &tables) : m_db(db), m_tables(tables) {}

QSqlQuery &ChangeRecorder::rowQuery(const SyncedTable &table)
{
    auto &q = m_rowQueries[table.table];
    if (!q) {
        QStringList columns;
        for (const SyncedColumn &c : table.columns)
            columns << c.column;
        q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(QStringLiteral("SELECT deleted, %1 FROM %2 WHERE id = ?")
                       .arg(columns.join(QStringLiteral(", ")), table.table));
    }
    return *q;
}

bool ChangeRecorder::record(const RowWrite &write, QString *error)
{
    const SyncedTable *table = m_tables.find(write.entity);
    if (!table)
        return true; // local-only data (e.g. wave_zero) never leaves the device
    QSqlQuery &row = rowQuery(*table);
    row.bindValue(0, write.id.toString(QUuid::WithoutBraces));
    if (!run(row, error))
        return false;
    if (!row.next()) {
        *error = QStringLiteral("sync outbox: %1 %2 was not found after writing it")
                     .arg(write.entity, write.id.toString(QUuid::WithoutBraces));
        return false;
    }
    const QString hlc = write.hlc.toString();
    QJsonObject fields;
    QJsonObject hlcs;
    for (const QString &name : write.fields) {
        if (name == wire::kDeletedField) {
            if (!table->isAppendOnly()) {
                fields.insert(wire::kDeletedField, row.value(0).toInt() != 0);
                hlcs.insert(wire::kDeletedField, hlc);
            }
            continue;
        }
        const SyncedColumn *column = table->byColumn(name);
        if (!column)
            continue;
        fields.insert(
            column->field,
            columnToWire(*column, row.value(1 + static_cast<int>(column - table->columns.constData()))));
        hlcs.insert(column->field, hlc);
    }
    row.finish();
    if (fields.isEmpty())
        return true;
    return queue(*table, write.id.toString(QUuid::WithoutBraces), fields, hlcs, hlc, error);
}

bool ChangeRecorder::queue(const SyncedTable &table, const QString &id, const QJsonObject &fields,
                           const QJsonObject &hlcs, const QString &createdHlc, QString *error)
{
    if (!m_insertOutbox) {
        m_insertOutbox = std::make_unique<QSqlQuery>(m_db.connection());
        m_insertOutbox->prepare(QStringLiteral("INSERT INTO sync_outbox (entity, record_id, op, fields, hlc, "
                                               "created_hlc) VALUES (?, ?, ?, ?, ?, ?)"));
        m_markPending = std::make_unique<QSqlQuery>(m_db.connection());
        m_markPending->prepare(QStringLiteral(
            "INSERT INTO sync_record_state (entity, record_id, state) VALUES (?, ?, 'pending') "
            "ON CONFLICT (entity, record_id) DO UPDATE SET state = 'pending', reason_key = NULL, "
            "reason_field = NULL, reason_message = NULL"));
    }
    const auto op = table.isAppendOnly() ? wire::MutationOp::Insert : wire::MutationOp::Upsert;
    m_insertOutbox->bindValue(0, table.entity);
    m_insertOutbox->bindValue(1, id);
    m_insertOutbox->bindValue(2, wire::mutationOpKey(op));
    m_insertOutbox->bindValue(3, compact(fields));
    m_insertOutbox->bindValue(4, compact(hlcs));
    m_insertOutbox->bindValue(5, createdHlc);
    m_markPending->bindValue(0, table.entity);
    m_markPending->bindValue(1, id);
    return run(*m_insertOutbox, error) && run(*m_markPending, error);
}

QString ChangeRecorder::watermark()
{
    QString mark =
        m_db.setting(kWatermarkKey).value_or(QStringLiteral("")); // never NULL: "hlc > NULL" matches nothing
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT MAX(created_hlc) FROM sync_outbox"));
    if (q.exec() && q.next())
        mark = std::max(mark, q.value(0).toString());
    q.finish();
    return mark;
}

bool ChangeRecorder::catchUp(QString *error, int *queued)
{
    struct Missed
    {
        const SyncedTable *table;
        QString id;
        QJsonObject fields;
        QJsonObject hlcs;
        QString created;
    };
    Transaction tx(m_db);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    const QString mark = watermark();
    const QString mine = QLatin1Char('-') + m_db.deviceId();
    QList<Missed> missed;
    for (const SyncedTable &table : m_tables.all()) {
        QStringList columns;
        for (const SyncedColumn &c : table.columns)
            columns << c.column;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, hlc, deleted, %1, %2 FROM %3 WHERE hlc > ? AND hlc LIKE ?")
                      .arg(table.isAppendOnly() ? QStringLiteral("'{}'") : QStringLiteral("field_hlc"),
                           columns.join(QStringLiteral(", ")), table.table));
        q.addBindValue(mark);
        q.addBindValue(QLatin1Char('%') + mine);
        if (!run(q, error))
            return false;
        while (q.next()) {
            Missed m{&table, q.value(0).toString(), {}, {}, q.value(1).toString()};
            const QJsonObject fieldHlc = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            // Append-only rows are new records as a whole; editable rows send the fields this device
            // changed after the watermark.
            // field_hlc is keyed by column name, like the repositories stamp it.
            const auto wanted = [&](const QString &column) -> QString {
                if (table.isAppendOnly())
                    return m.created;
                const QString h = fieldHlc.value(column).toString();
                return h > mark && h.endsWith(mine) ? h : QString();
            };
            for (int i = 0; i < table.columns.size(); ++i) {
                const QString h = wanted(table.columns[i].column);
                if (h.isEmpty())
                    continue;
                m.fields.insert(table.columns[i].field, columnToWire(table.columns[i], q.value(4 + i)));
                m.hlcs.insert(table.columns[i].field, h);
            }
            if (!table.isAppendOnly()) {
                if (const QString h = wanted(wire::kDeletedField); !h.isEmpty()) {
                    m.fields.insert(wire::kDeletedField, q.value(2).toInt() != 0);
                    m.hlcs.insert(wire::kDeletedField, h);
                }
            }
            if (!m.fields.isEmpty())
                missed.append(m);
        }
    }
    // In the order they were written, as the recorder would have queued them.
    std::sort(missed.begin(), missed.end(),
              [](const Missed &a, const Missed &b) { return a.created < b.created; });
    QString newest = mark;
    for (const Missed &m : missed) {
        if (!queue(*m.table, m.id, m.fields, m.hlcs, m.created, error))
            return false;
        newest = std::max(newest, m.created);
    }
    if (newest != mark && !m_db.setSetting(kWatermarkKey, newest, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    if (queued)
        *queued = static_cast<int>(missed.size());
    return true;
}

} // namespace verrijkt
