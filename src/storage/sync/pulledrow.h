#pragma once

#include "localsyncstore.h"
#include "sqlitestatement.h"
#include "syncedtables.h"

#include <QVarLengthArray>

namespace verrijkt {

// A pulled change turned into the values the store binds: found table, id, row clock, per-field
// clocks and every column converted (text already UTF-8). Pure and free of the database, so the
// engine's fetch thread prepares each page while the previous one is being stored.
struct PreparedPulledRow
{
    int table = -1;       // index into SyncedTables::all(); -1: an entity this build does not know
    ColumnValue id;       // lower-case UUID text
    ColumnValue rowHlc;   // the newest of the change's clocks
    ColumnValue fieldHlc; // editable tables: {"column": clock} as compact JSON; append-only: null
    QVarLengthArray<ColumnValue, 16> values; // in SyncedTable::columns order
};

PreparedPulledRow preparePulledRow(const SyncedTables &tables, const PulledChange &change);
// The same from the decoder's view of the change's fields (its `fields` are empty then).
PreparedPulledRow preparePulledRow(const SyncedTables &tables, const PulledChange &change,
                                   const PulledFields &fields);

// Per-field clocks of a pulled change keyed by column name, as the repositories stamp field_hlc.
QJsonObject fieldClocksByColumn(const SyncedTable &table, const QJsonObject &hlc);

} // namespace verrijkt
