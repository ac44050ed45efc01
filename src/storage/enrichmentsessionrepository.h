#pragma once

#include "bulkresult.h"
#include "core/tijdvoortoekomst.h"
#include "writeresult.h"

#include <QDate>
#include <QList>
#include <optional>

namespace verrijkt {

class Database;

// Enrichment sessions of Tijd voor Toekomst. Append-only (enforced by triggers): recording,
// correcting and withdrawing all insert a new row; a correction keeps the session's school.
class EnrichmentSessionRepository
{
public:
    explicit EnrichmentSessionRepository(Database &db) : m_db(db) {}

    // `today` bounds the session date (not in the future).
    WriteResult record(const EnrichmentSession &session, const QDate &today = QDate::currentDate());
    WriteResult correct(const QUuid &previous, const EnrichmentSession &corrected,
                        const QDate &today = QDate::currentDate());
    WriteResult withdraw(const QUuid &previous, const QString &recordedBy);

    std::optional<EnrichmentSession> get(const QUuid &id) const;
    // The current version of every session of the school dated in the school year.
    QList<EnrichmentSession> currentSessions(const QString &vestiging, const SchoolYear &year) const;
    // Every stored row of the school (all versions), oldest first.
    QList<EnrichmentSession> history(const QString &vestiging) const;
    // The current version of every session (all schools) dated in the school year, by date. Reads
    // the year's rows and the rows of correction chains only, not the whole history, yet resolves
    // a chain that crosses years (a session corrected to a date in another year) exactly as
    // currentSessions() per school does: every row of every chain is read.
    QList<EnrichmentSession> currentSessionsInYear(const SchoolYear &year) const;
    qint64 count() const; // stored rows, all versions

    // Fast path for generated data (~200k rows): validates everything first, then writes with one
    // prepared statement and one transaction per batch.
    BulkResult bulkInsert(const QList<EnrichmentSession> &sessions, const QDate &today, int batchSize = 5000);

private:
    WriteResult insert(EnrichmentSession session);
    // Rows in clock order, or in table order when `ordered` is false (a plain scan, no index walk).
    QList<EnrichmentSession> select(const QString &where, const QVariantList &binds,
                                    bool ordered = true) const;
    Database &m_db;
};

} // namespace verrijkt
