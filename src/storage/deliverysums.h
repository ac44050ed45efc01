#pragma once

#include <QStringList>

namespace verrijkt {

// Delivered pupil-hours per school and school year of the enrichment sessions that are not
// corrections (supersedes IS NULL), not withdrawn and not tombstoned, kept by SQLite triggers in
// table session_delivery_sums in the same transaction as every insert or (scope-purge) delete,
// whoever writes: a repository, the sync store or a bulk import. Sessions are append-only, so
// inserts and deletes are the only changes. Readers add the correction chains themselves (see
// src/app/regional/deliveryquery.cpp), so the dashboard never re-sums seven years of sessions.
namespace schema {
// Migration step 5: the table, its triggers and its first fill from the stored sessions.
QStringList deliverySumTables();
} // namespace schema

} // namespace verrijkt
