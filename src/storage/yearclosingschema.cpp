// Schema version 4: closing a school year. Once released this SQL never changes.
#include "yearclosing.h"

namespace verrijkt::schema {

QStringList yearClosingTables()
{
    return {
        "CREATE TABLE year_closings ("
        "school_year INTEGER PRIMARY KEY CHECK (school_year > 1900), "
        "closed INTEGER NOT NULL CHECK (closed IN (0, 1)), "
        "closed_at TEXT NOT NULL, closed_by TEXT NOT NULL CHECK (closed_by <> ''), "
        "figures_nl BLOB NOT NULL, figures_en BLOB NOT NULL, "
        "figures_sha256 TEXT NOT NULL CHECK (length(figures_sha256) = 64))",
        "CREATE TABLE year_closing_events ("
        "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "school_year INTEGER NOT NULL REFERENCES year_closings(school_year), "
        "action TEXT NOT NULL CHECK (action IN ('close', 'reopen')), "
        "at TEXT NOT NULL, by_user TEXT NOT NULL CHECK (by_user <> ''), "
        "reason TEXT NOT NULL DEFAULT '', figures_sha256 TEXT NOT NULL, "
        "CHECK (action = 'close' OR length(trim(reason)) >= 10))",
        // The audit trail is append-only, whoever writes to the file.
        "CREATE TRIGGER year_closing_events_no_update BEFORE UPDATE ON year_closing_events "
        "BEGIN SELECT RAISE(ABORT, 'year_closing_events is append-only'); END",
        "CREATE TRIGGER year_closing_events_no_delete BEFORE DELETE ON year_closing_events "
        "BEGIN SELECT RAISE(ABORT, 'year_closing_events is append-only'); END",
        // Locked figures change only by reopening first (closed = 0) and closing again.
        "CREATE TRIGGER year_closings_locked BEFORE UPDATE OF figures_nl, figures_en, figures_sha256 "
        "ON year_closings WHEN OLD.closed = 1 "
        "BEGIN SELECT RAISE(ABORT, 'the figures of a closed school year are locked'); END",
        "CREATE TRIGGER year_closings_no_delete BEFORE DELETE ON year_closings "
        "BEGIN SELECT RAISE(ABORT, 'a school year closing is never deleted'); END",
        "CREATE INDEX year_closing_events_year ON year_closing_events (school_year)",
    };
}

} // namespace verrijkt::schema
