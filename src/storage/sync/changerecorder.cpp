#include "changerecorder.h"

#include "protocol.h"

#include <QJsonDocument>
#include <QSqlError>

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

    if (!m_insertOutbox) {
        m_insertOutbox = std::make_unique<QSqlQuery>(m_db.connection());
        m_insertOutbox->prepare(QStringLiteral(
            "INSERT INTO sync_outbox (entity, record_id, op, fields, hlc) VALUES (?, ?, ?, ?, ?)"));
        m_markPending = std::make_unique<QSqlQuery>(m_db.connection());
        m_markPending->prepare(QStringLiteral(
            "INSERT INTO sync_record_state (entity, record_id, state) VALUES (?, ?, 'pending') "
            "ON CONFLICT (entity, record_id) DO UPDATE SET state = 'pending', reason_key = NULL, "
            "reason_field = NULL, reason_message = NULL"));
    }
    const QString id = write.id.toString(QUuid::WithoutBraces);
    const auto op = table->isAppendOnly() ? wire::MutationOp::Insert : wire::MutationOp::Upsert;
    m_insertOutbox->bindValue(0, table->entity);
    m_insertOutbox->bindValue(1, id);
    m_insertOutbox->bindValue(2, wire::mutationOpKey(op));
    m_insertOutbox->bindValue(3, compact(fields));
    m_insertOutbox->bindValue(4, compact(hlcs));
    m_markPending->bindValue(0, table->entity);
    m_markPending->bindValue(1, id);
    return run(*m_insertOutbox, error) && run(*m_markPending, error);
}

} // namespace verrijkt
