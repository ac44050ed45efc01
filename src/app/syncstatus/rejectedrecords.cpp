#include "rejectedrecords.h"

#include "shell/applog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt::rejectedrecords {

namespace {

QString tableOf(const QString &entity)
{
    if (entity == QLatin1String("enrichment_session"))
        return QStringLiteral("enrichment_sessions");
    if (entity == QLatin1String("family_contact"))
        return QStringLiteral("family_contacts");
    return {};
}

bool exec(Database &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return sqlvalues::exec(q, error);
}

} // namespace

bool isRejected(Database &db, const QString &entity, const QUuid &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM sync_record_state WHERE entity = ? AND record_id = ? AND state = 'rejected'"));
    q.addBindValue(entity);
    q.addBindValue(sqlvalues::fromUuid(id));
    return q.exec() && q.next();
}

bool discard(Database &db, const QString &entity, const QUuid &id, QString *error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty() || !isRejected(db, entity, id)) {
        *error = QStringLiteral("only a rejected session or contact can be discarded");
        return false;
    }
    const QVariant key = sqlvalues::fromUuid(id);
    Transaction tx(db);
    // The append-only tables allow a delete only while a purge is marked (see storage/schema.cpp).
    if (!tx.ok() ||
        !exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('scope_purge', '1')"),
              {}, error) ||
        !exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {key}, error) ||
        !exec(db,
              QStringLiteral(
                  "DELETE FROM sync_outbox WHERE entity = ? AND record_id = ? AND state = 'rejected'"),
              {entity, key}, error) ||
        !exec(db, QStringLiteral("DELETE FROM sync_record_state WHERE entity = ? AND record_id = ?"),
              {entity, key}, error) ||
        !exec(db, QStringLiteral("DELETE FROM settings WHERE key = 'scope_purge'"), {}, error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = tx.error();
        qCWarning(lcApp) << "discarding a rejected record failed:" << *error;
        return false;
    }
    return true;
}

} // namespace verrijkt::rejectedrecords
