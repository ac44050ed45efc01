// Schema versions 5 and 6: per-school, per-year delivery sums and the rows of correction chains,
// kept by triggers; version 7 lets a batch of inserts (a pulled page) bring them up to date in a
// few set-based statements instead. Once released a step's SQL never changes.
#include "deliverysums.h"

namespace verrijkt {

namespace {

// The Dutch school year (its first calendar year) of an ISO date column: August..December belong
// to the year that starts then, January..July to the one before.
QString schoolYearOf(const char *column)
{
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) - (CASE WHEN substr(%1, 6, 2) < '08' "
                          "THEN 1 ELSE 0 END))")
        .arg(QLatin1String(column));
}

const QString kChainColumns =
    QStringLiteral("id, hlc, deleted, supersedes, withdrawn, vestiging, date, hours, pupils");

// "Not corrections, not withdrawn, not tombstoned" for the row alias %1.
QString plainRow(const QString &row)
{
    return QStringLiteral("%1.supersedes IS NULL AND %1.withdrawn = 0 AND %1.deleted = 0").arg(row);
}

// The three insert triggers, with the condition under which each fires (step 7 adds "no batch").
QString sumInsertTrigger(const QString &when)
{
    return QStringLiteral("CREATE TRIGGER enrichment_sessions_sum_insert AFTER INSERT ON enrichment_sessions "
                          "WHEN %1 BEGIN "
                          "INSERT INTO session_delivery_sums (vestiging, school_year, pupil_hours, sessions) "
                          "VALUES (NEW.vestiging, %2, NEW.hours * NEW.pupils, 1) "
                          "ON CONFLICT (vestiging, school_year) DO UPDATE SET "
                          "pupil_hours = pupil_hours + excluded.pupil_hours, sessions = sessions + 1; END")
        .arg(when, schoolYearOf("NEW.date"));
}

// A correction or withdrawal: itself and the row it names (when that has arrived).
QString chainCorrectionTrigger(const QString &when)
{
    const QString fromNew = QStringLiteral("NEW.id, NEW.hlc, NEW.deleted, NEW.supersedes, NEW.withdrawn, "
                                           "NEW.vestiging, NEW.date, NEW.hours, NEW.pupils");
    return QStringLiteral(
               "CREATE TRIGGER enrichment_sessions_chain_correction AFTER INSERT ON enrichment_sessions "
               "WHEN %3 BEGIN "
               "INSERT OR IGNORE INTO session_chain_rows (%1) VALUES (%2); "
               "INSERT OR IGNORE INTO session_chain_rows (%1) SELECT %1 FROM enrichment_sessions "
               "WHERE id = NEW.supersedes; END")
        .arg(kChainColumns, fromNew, when);
}

// An original that arrives after a correction naming it (sync order is not chain order).
QString chainOriginalTrigger(const QString &when)
{
    const QString fromNew = QStringLiteral("NEW.id, NEW.hlc, NEW.deleted, NEW.supersedes, NEW.withdrawn, "
                                           "NEW.vestiging, NEW.date, NEW.hours, NEW.pupils");
    return QStringLiteral(
               "CREATE TRIGGER enrichment_sessions_chain_original AFTER INSERT ON enrichment_sessions "
               "WHEN %3 AND EXISTS (SELECT 1 FROM enrichment_sessions "
               "WHERE supersedes = NEW.id) BEGIN "
               "INSERT OR IGNORE INTO session_chain_rows (%1) VALUES (%2); END")
        .arg(kChainColumns, fromNew, when);
}

const QString kNoBatch = QStringLiteral("NOT EXISTS (SELECT 1 FROM settings WHERE key = '%1')")
                             .arg(QLatin1String(kSessionBatchKey));

} // namespace

namespace schema {

QStringList deliverySumTables()
{
    const QString plain = QStringLiteral("%1.supersedes IS NULL AND %1.withdrawn = 0 AND %1.deleted = 0");
    return {
        QStringLiteral("CREATE TABLE session_delivery_sums ("
                       "vestiging TEXT NOT NULL, school_year INTEGER NOT NULL, "
                       "pupil_hours REAL NOT NULL, sessions INTEGER NOT NULL CHECK (sessions >= 0), "
                       "PRIMARY KEY (vestiging, school_year))"),
        sumInsertTrigger(plain.arg(QStringLiteral("NEW"))),
        // Only a scope purge deletes sessions (append-only otherwise); an emptied pair goes away so
        // its sum starts again from exactly 0.
        QStringLiteral("CREATE TRIGGER enrichment_sessions_sum_delete AFTER DELETE ON enrichment_sessions "
                       "WHEN %1 BEGIN "
                       "UPDATE session_delivery_sums SET pupil_hours = pupil_hours - OLD.hours * OLD.pupils, "
                       "sessions = sessions - 1 WHERE vestiging = OLD.vestiging AND school_year = %2; "
                       "DELETE FROM session_delivery_sums WHERE vestiging = OLD.vestiging AND "
                       "school_year = %2 AND sessions = 0; END")
            .arg(plain.arg(QStringLiteral("OLD")), schoolYearOf("OLD.date")),
        QStringLiteral("INSERT INTO session_delivery_sums (vestiging, school_year, pupil_hours, sessions) "
                       "SELECT vestiging, %1, SUM(hours * pupils), COUNT(*) FROM enrichment_sessions "
                       "WHERE %2 GROUP BY 1, 2")
            .arg(schoolYearOf("date"), plain.arg(QStringLiteral("enrichment_sessions"))),
    };
}

QStringList sessionChainTables()
{
    return {
        QStringLiteral(
            "CREATE TABLE session_chain_rows (id TEXT NOT NULL UNIQUE, hlc TEXT NOT NULL, "
            "deleted INTEGER NOT NULL, supersedes TEXT, withdrawn INTEGER NOT NULL, "
            "vestiging TEXT NOT NULL, date TEXT NOT NULL, hours REAL NOT NULL, pupils INTEGER NOT NULL)"),
        chainCorrectionTrigger(QStringLiteral("NEW.supersedes IS NOT NULL")),
        chainOriginalTrigger(QStringLiteral("NEW.supersedes IS NULL")),
        QStringLiteral("CREATE TRIGGER enrichment_sessions_chain_delete AFTER DELETE ON enrichment_sessions "
                       "BEGIN DELETE FROM session_chain_rows WHERE id = OLD.id; END"),
        QStringLiteral("INSERT INTO session_chain_rows (%1) SELECT %1 FROM enrichment_sessions "
                       "WHERE supersedes IS NOT NULL OR id IN "
                       "(SELECT supersedes FROM enrichment_sessions WHERE supersedes IS NOT NULL)")
            .arg(kChainColumns),
    };
}

QStringList sessionBatchTriggers()
{
    return {
        QStringLiteral("DROP TRIGGER enrichment_sessions_sum_insert"),
        sumInsertTrigger(QStringLiteral("%1 AND %2").arg(plainRow(QStringLiteral("NEW")), kNoBatch)),
        QStringLiteral("DROP TRIGGER enrichment_sessions_chain_correction"),
        chainCorrectionTrigger(QStringLiteral("NEW.supersedes IS NOT NULL AND %1").arg(kNoBatch)),
        QStringLiteral("DROP TRIGGER enrichment_sessions_chain_original"),
        chainOriginalTrigger(QStringLiteral("NEW.supersedes IS NULL AND %1").arg(kNoBatch)),
    };
}

} // namespace schema

QStringList sessionBatchCatchUp()
{
    // NOT INDEXED keeps SQLite on the rowid range of the new rows: without statistics it would
    // rather walk a whole index of the table to save sorting a page's few groups.
    const QString newRows = QStringLiteral("rowid > ?1");
    return {
        QStringLiteral(
            "INSERT INTO session_delivery_sums (vestiging, school_year, pupil_hours, sessions) "
            "SELECT vestiging, %1, SUM(hours * pupils), COUNT(*) FROM enrichment_sessions AS s NOT INDEXED "
            "WHERE s.%2 AND %3 GROUP BY 1, 2 "
            "ON CONFLICT (vestiging, school_year) DO UPDATE SET "
            "pupil_hours = pupil_hours + excluded.pupil_hours, "
            "sessions = sessions + excluded.sessions")
            .arg(schoolYearOf("date"), newRows, plainRow(QStringLiteral("s"))),
        // New corrections, the rows they name, and new originals named by any correction.
        QStringLiteral("INSERT OR IGNORE INTO session_chain_rows (%1) SELECT %1 FROM enrichment_sessions "
                       "NOT INDEXED WHERE %2 AND supersedes IS NOT NULL")
            .arg(kChainColumns, newRows),
        QStringLiteral("INSERT OR IGNORE INTO session_chain_rows (%1) SELECT %1 FROM enrichment_sessions "
                       "WHERE id IN (SELECT supersedes FROM enrichment_sessions NOT INDEXED WHERE %2 AND "
                       "supersedes IS NOT NULL)")
            .arg(kChainColumns, newRows),
        QStringLiteral(
            "INSERT OR IGNORE INTO session_chain_rows (%1) SELECT %1 FROM enrichment_sessions AS s "
            "NOT INDEXED WHERE s.%2 AND s.supersedes IS NULL AND EXISTS (SELECT 1 FROM enrichment_sessions "
            "WHERE supersedes = s.id)")
            .arg(kChainColumns, newRows),
    };
}

} // namespace verrijkt
