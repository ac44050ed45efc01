#include "sessioninsertbatch.h"

#include "deliverysums.h"

#include <QSqlError>
#include <QSqlQuery>

namespace verrijkt {

namespace {

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = QStringLiteral("session batch: %1").arg(q.lastError().text());
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("session batch: %1").arg(q.lastError().text());
    return false;
}

} // namespace

std::optional<SessionInsertBatch> SessionInsertBatch::begin(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM enrichment_sessions"));
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    const qint64 rowidBefore = q.value(0).toLongLong();
    q.finish();
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')"));
    mark.addBindValue(QString::fromLatin1(kSessionBatchKey));
    if (!exec(mark, error))
        return std::nullopt;
    // The marker makes the insert triggers do nothing, but SQLite still runs each one's WHEN
    // clause (a sub-program and a settings lookup) for every row: about 3 µs of a pulled
    // session's 10. So they are dropped for the batch and created again, from their own stored
    // SQL, in finish(); both inside the open transaction, so a rollback brings them back.
    // They are found by the marker they test, so only the schema names them.
    SessionInsertBatch batch(db, rowidBefore);
    QSqlQuery triggers(db);
    triggers.setForwardOnly(true);
    triggers.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                    "tbl_name = 'enrichment_sessions' AND instr(sql, ?) > 0 ORDER BY name"));
    triggers.addBindValue(QString::fromLatin1(kSessionBatchKey));
    if (!exec(triggers, error))
        return std::nullopt;
    while (triggers.next())
        batch.m_triggers.append({triggers.value(0).toString(), triggers.value(1).toString()});
    triggers.finish();
    for (const auto &[name, sql] : std::as_const(batch.m_triggers))
        if (!exec(db, QStringLiteral("DROP TRIGGER %1").arg(name), error))
            return std::nullopt;
    return batch;
}

bool SessionInsertBatch::finish(QString *error)
{
    for (const QString &sql : sessionBatchCatchUp()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(m_rowidBefore);
        if (!exec(q, error))
            return false;
    }
    for (const auto &[name, sql] : std::as_const(m_triggers))
        if (!exec(m_db, sql, error))
            return false;
    m_triggers.clear();
    QSqlQuery unmark(m_db);
    unmark.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    unmark.addBindValue(QString::fromLatin1(kSessionBatchKey));
    return exec(unmark, error);
}

} // namespace verrijkt
