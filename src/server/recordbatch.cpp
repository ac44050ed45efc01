// RecordStore's push batches (recordstore.h, RecordStore::Batch): the batch's records read at
// once, writes collected and stored a few hundred rows per statement.
#include "recordstore.h"
#include "serverstore.h"

#include <QJsonDocument>

namespace verrijkt::server {

RecordStore::Batch::Batch(RecordStore &records, const QList<QUuid> &ids) : m_records(records)
{
    m_records.preload(ids);
    m_records.m_batch = true;
}

RecordStore::Batch::~Batch()
{
    m_records.m_batch = false;
    m_records.m_schools.clear();
    m_records.m_known.clear();
    m_records.m_pending.clear();
}

void RecordStore::preload(const QList<QUuid> &ids)
{
    QList<QUuid> unique;
    for (const QUuid &id : ids)
        if (!m_known.contains(id)) {
            m_known.insert(id, std::nullopt); // absent unless the query finds it
            unique << id;
        }
    const QList<int> chunks = m_store.rowChunks(1);
    qsizetype done = 0;
    while (done < unique.size()) {
        int size = 1;
        for (const int chunk : chunks)
            if (unique.size() - done >= chunk) {
                size = chunk;
                break;
            }
        QVariantList values;
        for (int i = 0; i < size; ++i)
            values << wire::uuidText(unique.at(done + i));
        QSqlQuery q = m_store.exec(
            QStringLiteral("SELECT id, entity, fields, field_hlc, seq, deleted FROM records WHERE id IN (%1)")
                .arg(QStringLiteral("?, ").repeated(size - 1) + QLatin1Char('?')),
            values);
        while (q.next()) {
            const QUuid id = wire::parseUuid(q.value(0).toString());
            m_known.insert(id, recordFromRow(id, q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toLongLong(),
                                             q.value(5).toInt() != 0));
        }
        done += size;
    }
}

void RecordStore::flushWrites() const
{
    if (m_pending.isEmpty())
        return;
    // Taken out first: a failing statement throws, and the transaction is rolled back anyway.
    QList<QVariantList> rows;
    rows.reserve(m_pending.size());
    for (const QUuid &id : std::as_const(m_pending))
        rows << rowOf(*m_known.value(id));
    m_pending.clear();
    m_store.execRows(
        QStringLiteral("INSERT INTO records (id, entity, fields, field_hlc, deleted, school, owner, "
                       "natural_key, seq)"),
        9, rows,
        QStringLiteral("ON CONFLICT (id) DO UPDATE SET entity = excluded.entity, fields = "
                       "excluded.fields, field_hlc = excluded.field_hlc, deleted = excluded.deleted, "
                       "school = excluded.school, owner = excluded.owner, natural_key = "
                       "excluded.natural_key, seq = excluded.seq"));
}

} // namespace verrijkt::server
