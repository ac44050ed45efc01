#include "personaldata.h"

#include "shell/applog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

bool exec(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    return sqlvalues::exec(q, error);
}

// Tables other parts keep per record (outbox, sync state) that name an entity: their family-contact
// rows go too. Found by shape so the purge keeps working whatever the sync store calls them.
QStringList tablesWithEntityColumn(Database &db)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next())
        tables << q.value(0).toString();
    QStringList out;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery cols(db.connection());
        cols.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (cols.next()) {
            if (cols.value(1).toString() == QLatin1String("entity")) {
                out << table;
                break;
            }
        }
    }
    return out;
}

} // namespace

bool purgePersonalData(Database &db, QString *error)
{
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    // family_contacts is append-only; its delete trigger allows deleting only during a scope purge.
    if (!exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('scope_purge', '1')"),
              error) ||
        !exec(db, QStringLiteral("DELETE FROM family_contacts"), error))
        return false;
    for (const QString &table : tablesWithEntityColumn(db)) {
        if (!exec(db, QStringLiteral("DELETE FROM \"%1\" WHERE entity = 'family_contact'").arg(table), error))
            return false;
    }
    // Start the next account's download from scratch: the feed position, scope and last success
    // belong to the account that signed out (keys of storage/sync/sqlitesyncstore.cpp).
    if (!exec(db,
              QStringLiteral("DELETE FROM settings WHERE key IN ('scope_purge', 'sync_cursor', 'sync_scope', "
                             "'sync_last_success')"),
              error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    qCInfo(lcApp) << "personal data removed from the device";
    return true;
}

int familyContactCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM family_contacts")) && q.next() ? q.value(0).toInt()
                                                                                      : -1;
}

} // namespace verrijkt
