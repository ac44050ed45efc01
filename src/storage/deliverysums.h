#pragma once

#include <QStringList>

namespace verrijkt {

// Delivered pupil-hours per school and school year of the enrichment sessions that are not
// corrections (supersedes IS NULL), not withdrawn and not tombstoned, kept by SQLite triggers in
// table session_delivery_sums in the same transaction as every insert or (scope-purge) delete,
// whoever writes: a repository, the sync store or a bulk import. Sessions are append-only, so
// inserts and deletes are the only changes. Readers add the correction chains themselves (see
// src/app/regional/deliveryquery.cpp), so the dashboard never re-sums seven years of sessions.
//
// Table session_chain_rows holds a copy of the rows of correction chains (the corrections and the
// rows they name, a few thousand of 180,000), kept by triggers too, so a reader resolves chains
// without reading rows scattered over the whole sessions table. After a scope purge it may keep an
// original whose correction went; such a row is a chain of one and resolves to itself.
namespace schema {
// Migration step 5: the sums table, its triggers and its first fill from the stored sessions.
QStringList deliverySumTables();
// Migration step 6: the chain-rows table, its triggers and its first fill.
QStringList sessionChainTables();
// Migration step 7: the insert triggers of steps 5 and 6 stand aside while the settings key
// kSessionBatchKey exists. Only a batch writer sets it, inside its own transaction.
QStringList sessionBatchTriggers();
} // namespace schema

// Storing a pulled page row by row through those triggers cost more than half of the device's time
// per row; a batch inserts its sessions with the key set and then runs sessionBatchCatchUp() once,
// binding ?1 to the highest enrichment_sessions rowid from before its inserts (new rows get higher
// ones). The statements give exactly what the triggers would have, in any order of arrival (the
// pupil-hour sums up to floating-point rounding, as they are added in another order).
inline constexpr char kSessionBatchKey[] = "session_batch";
QStringList sessionBatchCatchUp();

} // namespace verrijkt
