#include "pulledrow.h"

#include <QJsonDocument>

namespace verrijkt {

namespace {

ColumnValue encoded(ColumnValue value)
{
    if (value.kind == ColumnValue::Kind::Text && value.utf8.isNull())
        value.utf8 = value.text.toUtf8();
    return value;
}

} // namespace

QJsonObject fieldClocksByColumn(const SyncedTable &table, const QJsonObject &hlc)
{
    QJsonObject out;
    for (auto it = hlc.begin(); it != hlc.end(); ++it) {
        const SyncedColumn *c = table.byField(it.key());
        out.insert(c ? c->column : it.key(), it.value());
    }
    return out;
}

namespace {

template <typename ValueOf>
PreparedPulledRow prepare(const SyncedTables &tables, const PulledChange &change, ValueOf valueOf)
{
    PreparedPulledRow row;
    const SyncedTable *table = tables.find(change.entity);
    if (!table)
        return row;
    row.table = static_cast<int>(table - tables.all().constData());
    row.id = encoded(ColumnValue::of(change.id.toString(QUuid::WithoutBraces)));
    row.rowHlc = encoded(ColumnValue::of(newestClock(change)));
    if (!table->isAppendOnly()) {
        row.fieldHlc = encoded(ColumnValue::of(QString::fromUtf8(
            QJsonDocument(fieldClocksByColumn(*table, change.hlc)).toJson(QJsonDocument::Compact))));
    }
    row.values.reserve(table->columns.size());
    for (const SyncedColumn &c : table->columns)
        row.values.append(encoded(valueOf(c)));
    return row;
}

} // namespace

PreparedPulledRow preparePulledRow(const SyncedTables &tables, const PulledChange &change)
{
    return prepare(tables, change,
                   [&](const SyncedColumn &c) { return wireToColumnValue(c, change.fields.value(c.field)); });
}

PreparedPulledRow preparePulledRow(const SyncedTables &tables, const PulledChange &change,
                                   const PulledFields &fields)
{
    return prepare(tables, change, [&](const SyncedColumn &c) {
        return wireToColumnValue(c, fields.value(QLatin1StringView(c.fieldLatin1)));
    });
}

} // namespace verrijkt
