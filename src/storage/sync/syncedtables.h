#pragma once

#include "entities.h"
#include "pulledfields.h"
#include "sqlitestatement.h"

#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace verrijkt {

// One wire field of a synced entity and the local column that holds it.
struct SyncedColumn
{
    QString field;  // wire name ("type")
    QString column; // column name ("school_type")
    wire::FieldType type = wire::FieldType::Text;
    bool nullable = false;      // may be null on the wire
    bool notNullColumn = false; // the column refuses NULL (null travels as '' / 0 there)
    QByteArray fieldLatin1;     // `field` again, for looking it up in a decoded page (ASCII)
};

// How one wire entity is stored on the device: table, natural key and columns. Built from the
// shared entity catalogue (entities.h), so a field added there is synced without code here.
struct SyncedTable
{
    const wire::EntitySpec *spec = nullptr;
    QString entity;
    QString table;
    QStringList naturalKey; // columns of the table's UNIQUE key besides id; empty if none
    QList<SyncedColumn> columns;

    bool isAppendOnly() const { return spec->isAppendOnly(); }
    const SyncedColumn *byColumn(const QString &column) const;
    const SyncedColumn *byField(const QString &field) const;
};

class SyncedTables
{
public:
    // Reads the column constraints (PRAGMA table_info) of every synced table; fails if a table or a
    // column the catalogue names is missing, which would silently drop data otherwise.
    static std::optional<SyncedTables> load(const QSqlDatabase &db, QString *error);

    const SyncedTable *find(const QString &entity) const;
    const QList<SyncedTable> &all() const { return m_tables; }

private:
    QList<SyncedTable> m_tables;
};

// Value conversions between wire JSON and SQLite columns (dates and UUIDs are text on both sides,
// school years a start year locally and a label on the wire, enum lists JSON text locally).
QVariant wireToColumn(const SyncedColumn &column, const QJsonValue &value);
// The same as a ColumnValue, for the prepared statements that store pulled pages.
ColumnValue wireToColumnValue(const SyncedColumn &column, const QJsonValue &value);
// The same conversion from a value as the page decoder found it: numbers, booleans and plain text
// without a QJsonValue or QString in between (text stays UTF-8, in `utf8`); the rest as above.
ColumnValue wireToColumnValue(const SyncedColumn &column, const WireValue &value);
QJsonValue columnToWire(const SyncedColumn &column, const QVariant &value);

} // namespace verrijkt
