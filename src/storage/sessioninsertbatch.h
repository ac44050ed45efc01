#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace verrijkt {

// Many enrichment sessions stored in one transaction (a pulled page) without the per-row work of
// the delivery-sum and chain-row triggers (see deliverysums.h, kSessionBatchKey): begin() inside
// the open transaction, insert, then finish() before anything deletes sessions in the same
// transaction. If the transaction is rolled back instead, the marker goes with it.
class SessionInsertBatch
{
public:
    // Below this many sessions in one transaction the row-by-row triggers cost less than the
    // batch's own fixed work (marking, and the catch-up statements that each scan the new rows):
    // a device that syncs every few minutes pulls pages of a handful of rows.
    static constexpr int kWorthFrom = 64;

    static std::optional<SessionInsertBatch> begin(const QSqlDatabase &db, QString *error);

    // Adds the sessions inserted since begin() to the sums and chain rows; removes the marker.
    bool finish(QString *error);

private:
    SessionInsertBatch(const QSqlDatabase &db, qint64 rowidBefore) : m_db(db), m_rowidBefore(rowidBefore) {}

    QSqlDatabase m_db;
    qint64 m_rowidBefore = 0;
};

} // namespace verrijkt
