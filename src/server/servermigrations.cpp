#include "servermigrations.h"

namespace verrijkt::server {

QList<QStringList> serverMigrations(Backend backend)
{
    // Times are Unix milliseconds (BIGINT); booleans INTEGER 0/1; JSON as TEXT.
    const QStringList version1{
        QStringLiteral(
            "CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, "
            "disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE user_schools (user_name TEXT NOT NULL REFERENCES users(name), "
                       "vestiging TEXT NOT NULL, PRIMARY KEY (user_name, vestiging))"),
        // Only the SHA-256 of a token is stored: a copy of the database gives no usable tokens.
        QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES "
                       "users(name), "
                       "device TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                       "revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX tokens_user ON tokens (user_name)"),
        QStringLiteral("CREATE TABLE login_failures (user_name TEXT NOT NULL, address TEXT NOT NULL, "
                       "failed_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX login_failures_user ON login_failures (user_name, failed_at)"),
        QStringLiteral("CREATE INDEX login_failures_address ON login_failures (address, failed_at)"),
        QStringLiteral("CREATE TABLE devices (device TEXT NOT NULL, user_name TEXT NOT NULL, "
                       "last_n BIGINT NOT NULL DEFAULT 0, last_seen BIGINT NOT NULL, scope TEXT, "
                       "PRIMARY KEY (device, user_name))"),
        QStringLiteral("CREATE TABLE mutation_results (device TEXT NOT NULL, user_name TEXT NOT NULL, n "
                       "BIGINT NOT NULL, "
                       "status TEXT NOT NULL, reason_key TEXT, reason_field TEXT, reason_message TEXT, "
                       "decided_at BIGINT NOT NULL, PRIMARY KEY (device, user_name, n))"),
        // The scope served with each recent cursor of a device: decides when a pull must reset.
        // `entry` orders the answers of one device (served_at may repeat within a millisecond).
        QStringLiteral("CREATE TABLE pull_cursors (device TEXT NOT NULL, user_name TEXT NOT NULL, entry "
                       "BIGINT NOT NULL, "
                       "cursor_seq BIGINT NOT NULL, scope TEXT NOT NULL, served_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pull_cursors_device ON pull_cursors (device, user_name, cursor_seq)"),
        QStringLiteral(
            "CREATE TABLE records (id TEXT PRIMARY KEY, entity TEXT NOT NULL, fields TEXT NOT NULL, "
            "field_hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, school TEXT, owner TEXT, "
            "natural_key TEXT, seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX records_seq ON records (seq)"),
        QStringLiteral("CREATE INDEX records_school ON records (entity, school)"),
        QStringLiteral("CREATE INDEX records_owner ON records (entity, owner)"),
        // NULL for deleted records and entities without a natural key.
        QStringLiteral("CREATE INDEX records_natural_key ON records (entity, natural_key)"),
        QStringLiteral("CREATE TABLE change_seq (id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO change_seq (id, last_seq) VALUES (1, 0)"),
    };
    // Version 2: records are stored exactly as a pull sends them, so a pull page copies the stored
    // text without parsing it: `fields` without the tombstone flag (the `deleted` column and the
    // clock in field_hlc hold it), and an append-only record's clocks as the one {"record": hlc}.
    const bool sqlite = backend == Backend::Sqlite;
    const QStringList version2{
        sqlite ? QStringLiteral("UPDATE records SET fields = json_remove(fields, '$.deleted') "
                                "WHERE json_type(fields, '$.deleted') IS NOT NULL")
               : QStringLiteral("UPDATE records SET fields = (fields::jsonb - 'deleted')::text "
                                "WHERE (fields::jsonb) -> 'deleted' IS NOT NULL"),
        sqlite ? QStringLiteral("UPDATE records SET field_hlc = json_object('record', "
                                "(SELECT MAX(value) FROM json_each(records.field_hlc))) "
                                "WHERE entity IN ('enrichment_session', 'family_contact')")
               : QStringLiteral("UPDATE records SET field_hlc = json_build_object('record', "
                                "(SELECT MAX(value) FROM json_each_text(records.field_hlc::json)))::text "
                                "WHERE entity IN ('enrichment_session', 'family_contact')"),
        QStringLiteral("ALTER TABLE pull_cursors ADD COLUMN remaining BIGINT"),
        QStringLiteral("ALTER TABLE pull_cursors ADD COLUMN head BIGINT"),
    };
    // Version 3: per device, the lowest n of its latest push (everything below is acknowledged on
    // the device), below which idempotency records may be pruned.
    const QStringList version3{
        QStringLiteral("ALTER TABLE devices ADD COLUMN acked_below BIGINT NOT NULL DEFAULT 0"),
    };
    // Version 4: the change feed's own index. A pull filters a seq range by entity, school and
    // owner; with those columns in the index the filter needs no table row, and SQLite no longer
    // prefers the school index (which made an idle coordinator's pull read all of their schools'
    // rows instead of the few new seqs).
    const QStringList version4{
        QStringLiteral("CREATE INDEX records_feed ON records (seq, entity, school, owner)"),
    };
    return {version1, version2, version3, version4};
}

} // namespace verrijkt::server
