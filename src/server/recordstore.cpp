#include "recordstore.h"

#include "jsontext.h"
#include "serverstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace verrijkt::server {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

RecordStore::RecordStore(ServerStore &store, Clock clock) : m_store(store), m_clock(std::move(clock)) {}

std::optional<StoredRecord> RecordStore::find(const QUuid &id) const
{
    if (m_batch) {
        // Every record the batch names was read at its start, and its writes update the entry.
        if (const auto it = m_known.constFind(id); it != m_known.constEnd())
            return *it;
        flushWrites();
    }
    return readRecord(id);
}

std::optional<StoredRecord> RecordStore::readRecord(const QUuid &id) const
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT entity, fields, field_hlc, seq, deleted FROM records WHERE id = ?"),
        {wire::uuidText(id)});
    if (!q.next())
        return std::nullopt;
    return recordFromRow(id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toInt() != 0);
}

StoredRecord RecordStore::recordFromRow(const QUuid &id, const QString &entity, const QString &fields,
                                        const QString &fieldHlc, qint64 seq, bool deleted)
{
    StoredRecord r;
    r.entity = entity;
    r.id = id;
    const QJsonObject hlc = parseObject(fieldHlc);
    r.values = parseObject(fields);
    r.states = wire::toFieldStates(r.values, hlc);
    // The tombstone flag lives in its column (fields holds only the record's own fields).
    if (hlc.contains(wire::kDeletedField))
        r.states.insert(wire::kDeletedField,
                        {QJsonValue(deleted), hlc.value(wire::kDeletedField).toString()});
    r.seq = seq;
    return r;
}

void RecordStore::write(const StoredRecord &record, bool exists)
{
    if (record.entity == QLatin1String("school"))
        m_schools.clear(); // its vestiging may have changed, so any entry may be stale
    if (m_batch) {
        m_pending.insert(record.id); // a later write of the same record replaces it in m_known
        m_known.insert(record.id, record);
        return;
    }
    const QVariantList row = rowOf(record);
    if (exists)
        m_store.exec(QStringLiteral("UPDATE records SET entity = ?, fields = ?, field_hlc = ?, deleted = ?, "
                                    "school = ?, owner = ?, natural_key = ?, seq = ? WHERE id = ?"),
                     row.mid(1) + row.mid(0, 1));
    else
        m_store.exec(
            QStringLiteral("INSERT INTO records (id, entity, fields, field_hlc, deleted, school, owner, "
                           "natural_key, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            row);
}

QVariantList RecordStore::rowOf(const StoredRecord &record)
{
    const QJsonObject &values = record.values;
    const wire::EntitySpec *spec = wire::findEntity(record.entity);
    const QString naturalKey =
        spec && !wire::isDeleted(record.states) ? wire::naturalKeyText(*spec, values) : QString();
    const auto column = [&](const QString &field) -> QVariant {
        if (!spec || field.isEmpty() || !values.value(field).isString())
            return QVariant(QMetaType(QMetaType::QString));
        return values.value(field).toString();
    };
    // `fields` and `field_hlc` are stored exactly as a pull sends them: without `deleted` (it has
    // its column), and one clock for an append-only record (it is written once).
    QByteArray hlcs;
    if (spec && spec->isAppendOnly()) {
        QString newest;
        for (const wire::FieldState &f : record.states)
            newest = std::max(newest, f.hlc);
        hlcs = "{";
        appendJsonString(hlcs, wire::kRecordHlcKey);
        hlcs += ':';
        appendJsonString(hlcs, newest);
        hlcs += '}';
    } else {
        hlcs = fieldClocksJson(record.states);
    }
    // In the column order of the records table's upsert (recordbatch.cpp): id first.
    return {wire::uuidText(record.id),
            record.entity,
            QString::fromUtf8(fieldValuesJson(record.states)),
            QString::fromUtf8(hlcs),
            wire::isDeleted(record.states) ? 1 : 0,
            column(spec ? spec->schoolField : QString()),
            column(spec ? spec->ownerField : QString()),
            naturalKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(naturalKey),
            record.seq};
}

QString RecordStore::naturalKeyHolder(const QString &entity, const QString &keyText,
                                      const QUuid &except) const
{
    if (keyText.isEmpty())
        return {};
    flushWrites();
    return m_store
        .scalar(
            QStringLiteral("SELECT MIN(id) FROM records WHERE entity = ? AND natural_key = ? AND id <> ?"),
            {entity, keyText, wire::uuidText(except)})
        .toString();
}

std::optional<SchoolLocation> RecordStore::school(const QString &vestiging) const
{
    if (!m_batch)
        return readSchool(vestiging);
    auto it = m_schools.constFind(vestiging);
    if (it == m_schools.constEnd())
        it = m_schools.insert(vestiging, readSchool(vestiging));
    return *it;
}

std::optional<SchoolLocation> RecordStore::readSchool(const QString &vestiging) const
{
    flushWrites();
    QSqlQuery q = m_store.exec(
        QStringLiteral(
            "SELECT fields FROM records WHERE entity = 'school' AND school = ? AND deleted = 0 ORDER BY id"),
        {vestiging});
    if (!q.next())
        return std::nullopt;
    return wire::schoolFromJson(parseObject(q.value(0).toString()));
}

std::optional<BridgeOfficer> RecordStore::officer(const QUuid &id) const
{
    flushWrites();
    QSqlQuery q = m_store.exec(
        QStringLiteral(
            "SELECT fields FROM records WHERE entity = 'bridge_officer' AND id = ? AND deleted = 0"),
        {wire::uuidText(id)});
    if (!q.next())
        return std::nullopt;
    return wire::bridgeOfficerFromJson(id, parseObject(q.value(0).toString()));
}

QList<Placement> RecordStore::placementsOf(const QUuid &officerId) const
{
    flushWrites();
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT id, fields FROM records WHERE entity = 'placement' AND "
                                              "owner = ? AND deleted = 0 ORDER BY id"),
                               {wire::uuidText(officerId)});
    QList<Placement> out;
    while (q.next())
        out.append(wire::placementFromJson(wire::parseUuid(q.value(0).toString()),
                                           parseObject(q.value(1).toString())));
    return out;
}

QDate RecordStore::today() const
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC);
    return (zone.isValid() ? now.toTimeZone(zone) : now).date();
}

QString RecordStore::officerIdOf(const QString &userName) const
{
    flushWrites();
    return m_store
        .scalar(
            QStringLiteral(
                "SELECT MIN(id) FROM records WHERE entity = 'bridge_officer' AND owner = ? AND deleted = 0"),
            {userName})
        .toString();
}

QStringList RecordStore::currentPlacementSchools(const QString &officerId) const
{
    QStringList out;
    if (officerId.isEmpty())
        return out;
    const QDate day = today();
    for (const Placement &p : placementsOf(wire::parseUuid(officerId)))
        if (p.activeOn(day) && !out.contains(p.vestiging))
            out.append(p.vestiging);
    out.sort();
    return out;
}

} // namespace verrijkt::server
