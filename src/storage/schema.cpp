#include "schema.h"

namespace verrijkt::schema {

// Every synced table starts with the same three columns: a client-generated UUIDv7 key, the hybrid
// logical clock of the row's last change and a tombstone. Editable tables also keep the clock of
// each field (a JSON object field -> HLC) because sync merges them field by field.
#define SYNCED_COLUMNS                                                                                       \
    "id TEXT PRIMARY KEY NOT NULL, hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN " \
    "(0, 1)), "
#define FIELD_HLC "field_hlc TEXT NOT NULL DEFAULT '{}', "

// Append-only history: a correction or withdrawal is a new row; rows are never changed or removed.
// Deleting is allowed only while a scope purge is marked in settings (sync drops local copies the
// device may no longer see; that removes no history on the server).
static QStringList appendOnlyTriggers(const QString &table)
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only: insert a correction instead'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'scope_purge') "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only: insert a withdrawal instead'); END")
            .arg(table),
    };
}

QStringList version1()
{
    QStringList sql = {
        "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",

        "CREATE TABLE municipalities (" SYNCED_COLUMNS FIELD_HLC
        "code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, province TEXT NOT NULL DEFAULT '', "
        "population INTEGER NOT NULL DEFAULT 0)",

        "CREATE TABLE schools (" SYNCED_COLUMNS FIELD_HLC
        "vestiging TEXT NOT NULL UNIQUE, brin TEXT NOT NULL, name TEXT NOT NULL, school_type TEXT NOT NULL, "
        "denomination TEXT NOT NULL DEFAULT '', "
        "municipality_code TEXT NOT NULL REFERENCES municipalities(code), "
        "postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', pupils INTEGER, "
        "lat REAL NOT NULL, lon REAL NOT NULL, active INTEGER NOT NULL DEFAULT 1)",

        "CREATE TABLE wave_zero (" SYNCED_COLUMNS FIELD_HLC
        "vestiging TEXT NOT NULL UNIQUE REFERENCES schools(vestiging), source_url TEXT NOT NULL)",

        "CREATE TABLE participations (" SYNCED_COLUMNS FIELD_HLC
        "vestiging TEXT NOT NULL REFERENCES schools(vestiging), school_year INTEGER NOT NULL, "
        "tier TEXT NOT NULL, start_date TEXT, pupils_reached INTEGER NOT NULL DEFAULT 0, "
        "UNIQUE (vestiging, school_year))",

        "CREATE TABLE enrichment_sessions (" SYNCED_COLUMNS
        "vestiging TEXT NOT NULL REFERENCES schools(vestiging), date TEXT NOT NULL, domain TEXT NOT NULL, "
        "provider TEXT NOT NULL DEFAULT '', hours REAL NOT NULL, pupils INTEGER NOT NULL, "
        "groups INTEGER NOT NULL DEFAULT 0, "
        "supersedes TEXT REFERENCES enrichment_sessions(id) DEFERRABLE INITIALLY DEFERRED, "
        "withdrawn INTEGER NOT NULL DEFAULT 0, recorded_by TEXT NOT NULL DEFAULT '')",

        "CREATE TABLE bridge_officers (" SYNCED_COLUMNS FIELD_HLC
        "user_name TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '', "
        "employer TEXT NOT NULL DEFAULT '', contract_fte REAL NOT NULL)",

        "CREATE TABLE placements (" SYNCED_COLUMNS FIELD_HLC
        "officer_id TEXT NOT NULL REFERENCES bridge_officers(id), "
        "vestiging TEXT NOT NULL REFERENCES schools(vestiging), fte REAL NOT NULL, "
        "from_date TEXT NOT NULL, to_date TEXT)",

        "CREATE TABLE family_contacts (" SYNCED_COLUMNS
        "officer_id TEXT NOT NULL REFERENCES bridge_officers(id), "
        "vestiging TEXT NOT NULL REFERENCES schools(vestiging), date TEXT NOT NULL, family_code TEXT NOT "
        "NULL, "
        "initiated_by TEXT NOT NULL, form TEXT NOT NULL, topics TEXT NOT NULL, support TEXT NOT NULL, "
        "referral TEXT NOT NULL, duration_minutes INTEGER NOT NULL, follow_up TEXT, "
        "supersedes TEXT REFERENCES family_contacts(id) DEFERRABLE INITIALLY DEFERRED, "
        "withdrawn INTEGER NOT NULL DEFAULT 0)",

        "CREATE TABLE library_participations (" SYNCED_COLUMNS FIELD_HLC
        "vestiging TEXT NOT NULL REFERENCES schools(vestiging), school_year INTEGER NOT NULL, "
        "status TEXT NOT NULL, library_organisation TEXT NOT NULL DEFAULT '', "
        "consultant_hours REAL NOT NULL DEFAULT 0, collection_present INTEGER NOT NULL DEFAULT 0, "
        "reading_plan_adopted INTEGER NOT NULL DEFAULT 0, monitor_done INTEGER NOT NULL DEFAULT 0, "
        "UNIQUE (vestiging, school_year))",

        "CREATE TABLE plan_entries (" SYNCED_COLUMNS FIELD_HLC
        "plan_name TEXT NOT NULL, vestiging TEXT NOT NULL REFERENCES schools(vestiging), "
        "wave INTEGER NOT NULL, tier TEXT NOT NULL, UNIQUE (plan_name, vestiging))",
    };
    sql << appendOnlyTriggers(QStringLiteral("enrichment_sessions"));
    sql << appendOnlyTriggers(QStringLiteral("family_contacts"));
    return sql;
}

QStringList version2()
{
    // The hot queries: a school's sessions in a school year, current-version lookups (which rows are
    // superseded), an officer's contacts and placements, a school's placements, a municipality's
    // schools, and sync's "changed since HLC" scans.
    return {
        "CREATE INDEX enrichment_sessions_school_date ON enrichment_sessions (vestiging, date)",
        "CREATE INDEX enrichment_sessions_supersedes ON enrichment_sessions (supersedes) "
        "WHERE supersedes IS NOT NULL",
        "CREATE INDEX enrichment_sessions_hlc ON enrichment_sessions (hlc)",
        "CREATE INDEX family_contacts_officer_date ON family_contacts (officer_id, date)",
        "CREATE INDEX family_contacts_supersedes ON family_contacts (supersedes) WHERE supersedes IS NOT "
        "NULL",
        "CREATE INDEX family_contacts_hlc ON family_contacts (hlc)",
        "CREATE INDEX placements_officer ON placements (officer_id)",
        "CREATE INDEX placements_school ON placements (vestiging)",
        "CREATE INDEX participations_year ON participations (school_year)",
        "CREATE INDEX library_participations_year ON library_participations (school_year)",
        "CREATE INDEX schools_municipality ON schools (municipality_code)",
    };
}

QStringList version3()
{
    // SQLite cannot add CHECK constraints to an existing table, so schools is rebuilt (the
    // documented create-copy-drop-rename procedure) to let the database itself refuse malformed
    // codes and unknown types, whatever program writes to it.
    return {
        "CREATE TABLE schools_v3 (" SYNCED_COLUMNS FIELD_HLC
        "vestiging TEXT NOT NULL UNIQUE CHECK (length(vestiging) = 6 AND substr(vestiging, 1, 4) = brin), "
        "brin TEXT NOT NULL CHECK (length(brin) = 4), name TEXT NOT NULL CHECK (name <> ''), "
        "school_type TEXT NOT NULL CHECK (school_type IN ('bao', 'sbo', 'so', 'so_vso')), "
        "denomination TEXT NOT NULL DEFAULT '', "
        "municipality_code TEXT NOT NULL REFERENCES municipalities(code), "
        "postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', "
        "pupils INTEGER CHECK (pupils IS NULL OR pupils >= 0), "
        "lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90), lon REAL NOT NULL CHECK (lon BETWEEN -180 AND "
        "180), "
        "active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))",
        "INSERT INTO schools_v3 (id, hlc, deleted, field_hlc, vestiging, brin, name, school_type, "
        "denomination, "
        "municipality_code, postcode, city, pupils, lat, lon, active) "
        "SELECT id, hlc, deleted, field_hlc, vestiging, brin, name, school_type, denomination, "
        "municipality_code, postcode, city, pupils, lat, lon, active FROM schools",
        "DROP TABLE schools",
        "ALTER TABLE schools_v3 RENAME TO schools",
        "CREATE INDEX schools_municipality ON schools (municipality_code)",
    };
}

#undef SYNCED_COLUMNS
#undef FIELD_HLC

} // namespace verrijkt::schema
