#pragma once

#include "canonicalrecords.h"
#include "recordingsyncstore.h"

#include <QStringList>

namespace verrijkt::server {
class ServerStore;
}

namespace verrijkt::synctesting {

// Every write the server acknowledged to this device is in the server's final state `server`
// (a full admin export): an applied or duplicate append-only record with exactly the content sent;
// each field of an applied editable write either still holding the sent value and clock, or beaten
// by a write that wins under the merge rule (higher HLC; equal HLC: greater value). A field whose
// clock ran more than `maxSkewMs` ahead of the server when it was sent may have been clamped: it must
// hold the sent value or a clock later than the moment it was sent. A rejected append-only record
// must not be on the server; a delete of a record the server never accepted leaves nothing. Returns
// one line per violation, naming device, n, entity and field.
QStringList checkAcknowledgedWrites(const QString &device, const AckLedger &ledger, const RecordSet &server,
                                    qint64 maxSkewMs);

// Live records that share a natural key (two participations of one school and year, ...): a device
// can hold only one of them, so they would never converge.
QStringList naturalKeyDuplicates(const RecordSet &records);

// Field clocks more than `limitMs` (Unix ms) in the future: a skewed device clock that was not
// clamped and would win every later merge.
QStringList clocksAhead(const RecordSet &records, qint64 limitMs);

class SimDevice;

// The server's own tables after a run: SQLite integrity_check, seq unique and never beyond the
// allocated counter, and for each device the outcome the server recorded per (device, n) equal to
// the acknowledgement the device acted on (nothing decided but never acknowledged).
QStringList checkServerTables(server::ServerStore &store, const QList<SimDevice *> &devices);

} // namespace verrijkt::synctesting
