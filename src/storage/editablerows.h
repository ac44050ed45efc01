#pragma once

#include "writeresult.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <functional>

namespace verrijkt {

class Database;

// Writing an editable (last-writer-wins) row: find it by its natural key, compare column by column
// and stamp only what changed (row HLC and per-field HLCs), so an unchanged re-import writes
// nothing and sync sends only real changes. A tombstoned row that is written again comes back.
struct EditableTable
{
    QString table;          // "schools"
    QString entity;         // sync wire name "school"
    QStringList keyColumns; // natural key, e.g. {"vestiging"}
};

using ColumnValues = QList<QPair<QString, QVariant>>; // every data column (keys included), in order

// Must run inside a Transaction. `preferredId` is used for a new row (null = a fresh UUIDv7).
WriteResult upsertEditable(Database &db, const EditableTable &table, const ColumnValues &values,
                           const QUuid &preferredId = {});

// Sets the tombstone of rows by id (already deleted rows stay untouched). Must run in a Transaction.
WriteResult tombstoneEditable(Database &db, const EditableTable &table, const QUuid &id);

// Runs `write` in its own transaction (a savepoint inside the caller's); commits only if it is ok().
WriteResult writeInTransaction(Database &db, const std::function<WriteResult()> &write);

// A text value that binds as '' rather than NULL when empty.
QVariant textValue(const QString &text);

} // namespace verrijkt
