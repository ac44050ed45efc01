#include "deviceexport.h"

#include "syncedtables.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace verrijkt::synctesting {

DeviceExport exportDevice(const QSqlDatabase &db, const SyncedTables &tables)
{
    DeviceExport out;
    for (const SyncedTable &table : tables.all()) {
        QStringList columns;
        for (const SyncedColumn &c : table.columns)
            columns << c.column;
        const bool editable = !table.isAppendOnly();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT id, deleted, %1, %2 FROM %3")
                                .arg(editable ? QStringLiteral("field_hlc") : QStringLiteral("''"),
                                     columns.join(QStringLiteral(", ")), table.table);
        if (!q.exec(sql)) {
            out.error = QStringLiteral("%1: %2").arg(table.table, q.lastError().text());
            return out;
        }
        while (q.next()) {
            QJsonObject fields;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                fields.insert(table.columns.at(i).field, columnToWire(table.columns.at(i), q.value(3 + i)));
            // field_hlc is keyed by local column name ("school_type"); the wire says "type".
            QJsonObject hlc;
            const QJsonObject byColumn =
                editable ? QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object() : QJsonObject();
            for (auto it = byColumn.constBegin(); it != byColumn.constEnd(); ++it) {
                const SyncedColumn *c = table.byColumn(it.key());
                hlc.insert(c ? c->field : it.key(), it.value());
            }
            const CanonicalRecord r =
                canonicalRecord(table.entity, q.value(0).toString(), fields, hlc, q.value(1).toInt() != 0);
            out.records.insert(r.id, r);
        }
    }
    QSqlQuery rejected(db);
    if (rejected.exec(QStringLiteral("SELECT record_id FROM sync_record_state WHERE state = 'rejected'")))
        while (rejected.next())
            out.rejectedIds.insert(rejected.value(0).toString().toLower());
    QSqlQuery pending(db);
    if (pending.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'pending'")) &&
        pending.next())
        out.pendingMutations = pending.value(0).toInt();
    return out;
}

} // namespace verrijkt::synctesting
