#include "editablerows.h"

#include "core/uuid7.h"
#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

// SQLite hands integers back as qlonglong and booleans were stored as 0/1; compare by meaning.
bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    const auto numeric = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            return true;
        default:
            return false;
        }
    };
    if (numeric(stored) && numeric(wanted))
        return stored.toDouble() == wanted.toDouble();
    return stored.toString() == wanted.toString();
}

QVariant bindable(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool ? QVariant(v.toBool() ? 1 : 0) : v;
}

QStringList columnNames(const ColumnValues &values)
{
    QStringList names;
    for (const auto &[column, value] : values)
        names << column;
    return names;
}

} // namespace

WriteResult writeInTransaction(Database &db, const std::function<WriteResult()> &write)
{
    Transaction tx(db);
    if (!tx.ok())
        return WriteResult::failed(tx.error());
    WriteResult result = write();
    if (result.ok() && !tx.commit())
        return WriteResult::failed(tx.error());
    return result;
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(text);
}

WriteResult upsertEditable(Database &db, const EditableTable &table, const ColumnValues &values,
                           const QUuid &preferredId)
{
    const QStringList columns = columnNames(values);
    // Rows without a natural key (officers, placements) are found by their id.
    const bool byId = table.keyColumns.isEmpty();
    QStringList keyConditions;
    for (const QString &key : table.keyColumns)
        keyConditions << key + QStringLiteral(" = ?");
    if (byId)
        keyConditions << QStringLiteral("id = ?");

    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral("SELECT id, deleted, field_hlc, %1 FROM %2 WHERE %3")
                     .arg(columns.join(QStringLiteral(", ")), table.table,
                          keyConditions.join(QStringLiteral(" AND "))));
    for (const QString &key : table.keyColumns)
        find.addBindValue(bindable(values.at(columns.indexOf(key)).second));
    if (byId)
        find.addBindValue(sqlvalues::fromUuid(preferredId));
    QString error;
    if (!sqlvalues::exec(find, &error))
        return WriteResult::failed(error);

    if (find.next()) {
        const QUuid id = sqlvalues::toUuid(find.value(0));
        const bool wasDeleted = find.value(1).toInt() != 0;
        const QString fieldHlc = find.value(2).toString();
        QStringList changed;
        for (int i = 0; i < values.size(); ++i) {
            if (!sameValue(find.value(3 + i), bindable(values[i].second)))
                changed << values[i].first;
        }
        find.finish();
        if (wasDeleted)
            changed << QStringLiteral("deleted");
        if (changed.isEmpty())
            return WriteResult::written(id, WriteResult::Change::Unchanged);

        const HlcTimestamp hlc = db.stamp();
        QStringList assignments;
        for (const QString &column : changed)
            assignments << column + QStringLiteral(" = ?");
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE %1 SET %2, hlc = ?, field_hlc = ? WHERE id = ?")
                           .arg(table.table, assignments.join(QStringLiteral(", "))));
        for (const QString &column : changed) {
            if (column == QLatin1String("deleted"))
                update.addBindValue(0);
            else
                update.addBindValue(bindable(values.at(columns.indexOf(column)).second));
        }
        update.addBindValue(hlc.toString());
        update.addBindValue(sqlvalues::stampFields(fieldHlc, changed, hlc.toString()));
        update.addBindValue(sqlvalues::fromUuid(id));
        if (!sqlvalues::exec(update, &error) ||
            !db.notifyWrite({table.entity, id, changed, hlc, false}, &error))
            return WriteResult::failed(error);
        return WriteResult::written(id, WriteResult::Change::Updated);
    }
    find.finish();

    const QUuid id = preferredId.isNull() ? createUuidV7() : preferredId;
    const HlcTimestamp hlc = db.stamp();
    QStringList placeholders;
    for (int i = 0; i < columns.size() + 3; ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (id, hlc, field_hlc, %2) VALUES (%3)")
            .arg(table.table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    insert.addBindValue(sqlvalues::fromUuid(id));
    insert.addBindValue(hlc.toString());
    insert.addBindValue(sqlvalues::stampFields({}, columns, hlc.toString()));
    for (const auto &[column, value] : values)
        insert.addBindValue(bindable(value));
    if (!sqlvalues::exec(insert, &error) || !db.notifyWrite({table.entity, id, columns, hlc, true}, &error))
        return WriteResult::failed(error);
    return WriteResult::written(id, WriteResult::Change::Inserted);
}

WriteResult tombstoneEditable(Database &db, const EditableTable &table, const QUuid &id)
{
    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral("SELECT deleted, field_hlc FROM %1 WHERE id = ?").arg(table.table));
    find.addBindValue(sqlvalues::fromUuid(id));
    QString error;
    if (!sqlvalues::exec(find, &error))
        return WriteResult::failed(error);
    if (!find.next())
        return WriteResult::invalid(QStringLiteral("id"), QStringLiteral("storage.row.unknown"),
                                    {{QStringLiteral("value"), id.toString(QUuid::WithoutBraces)}});
    const bool deleted = find.value(0).toInt() != 0;
    const QString fieldHlc = find.value(1).toString();
    find.finish();
    if (deleted)
        return WriteResult::written(id, WriteResult::Change::Unchanged);
    const HlcTimestamp hlc = db.stamp();
    QSqlQuery update(db.connection());
    update.prepare(
        QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, field_hlc = ? WHERE id = ?").arg(table.table));
    update.addBindValue(hlc.toString());
    update.addBindValue(sqlvalues::stampFields(fieldHlc, {QStringLiteral("deleted")}, hlc.toString()));
    update.addBindValue(sqlvalues::fromUuid(id));
    if (!sqlvalues::exec(update, &error) ||
        !db.notifyWrite({table.entity, id, {QStringLiteral("deleted")}, hlc, false}, &error))
        return WriteResult::failed(error);
    return WriteResult::written(id, WriteResult::Change::Updated);
}

} // namespace verrijkt
