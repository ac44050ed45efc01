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

} // namespace

std::optional<SessionInsertBatch> SessionInsertBatch::begin(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM enrichment_sessions"));
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    const qint64 rowidBefore = q.value(0).toLongLong();
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')"));
    mark.addBindValue(QString::fromLatin1(kSessionBatchKey));
    if (!exec(mark, error))
        return std::nullopt;
    return SessionInsertBatch(db, rowidBefore);
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
    QSqlQuery unmark(m_db);
    unmark.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    unmark.addBindValue(QString::fromLatin1(kSessionBatchKey));
    return exec(unmark, error);
}

} // namespace verrijkt
