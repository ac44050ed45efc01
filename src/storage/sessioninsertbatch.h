#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace verrijkt {

// Many enrichment sessions stored in one transaction (a pulled page) without the per-row work of
// the delivery-sum and chain-row triggers (see deliverysums.h, kSessionBatchKey): begin() inside
// the open transaction (sets the marker and drops the insert triggers), insert, then finish()
// (catches up, creates the triggers again, removes the marker) before anything deletes sessions
// or commits. If the transaction is rolled back instead, marker and triggers go back with it.
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
    QList<std::pair<QString, QString>> m_triggers; // dropped by begin(): name, CREATE statement
};

} // namespace verrijkt
