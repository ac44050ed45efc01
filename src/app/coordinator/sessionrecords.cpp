#include "sessionrecords.h"

#include "shell/applog.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt::sessionrecords {

namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.hlc, s.deleted, s.vestiging, s.date, s.domain, s.provider, s.hours, s.pupils, s.groups, "
    "s.supersedes, s.withdrawn, s.recorded_by");

// Current versions: nothing supersedes the row, it is not a withdrawal and not tombstoned.
const QString kCurrent = QStringLiteral("s.deleted = 0 AND s.withdrawn = 0 AND NOT EXISTS "
                                        "(SELECT 1 FROM enrichment_sessions c WHERE c.supersedes = s.id)");

EnrichmentSession fromQuery(const QSqlQuery &q)
{
    EnrichmentSession s;
    s.meta.id = sqlvalues::toUuid(q.value(0));
    s.meta.hlc = q.value(1).toString();
    s.meta.deleted = q.value(2).toBool();
    s.vestiging = q.value(3).toString();
    s.date = sqlvalues::toDate(q.value(4));
    s.domain = activityDomainFromKey(q.value(5).toString()).value_or(ActivityDomain::Talentontwikkeling);
    s.provider = q.value(6).toString();
    s.hours = q.value(7).toDouble();
    s.pupils = q.value(8).toInt();
    s.groups = quint8(q.value(9).toUInt());
    s.supersedes = sqlvalues::toUuid(q.value(10));
    s.withdrawn = q.value(11).toBool();
    s.recordedBy = q.value(12).toString();
    return s;
}

QList<EnrichmentSession> run(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<EnrichmentSession> out;
    QString error;
    if (!sqlvalues::exec(q, &error)) {
        qCWarning(lcApp) << "reading sessions failed:" << error;
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace

QList<EnrichmentSession> allInRange(Database &db, const QString &vestiging, const QDate &from,
                                    const QDate &to)
{
    return run(db,
               QStringLiteral(
                   "SELECT %1 FROM enrichment_sessions s WHERE s.vestiging = ? AND s.date BETWEEN ? AND ? "
                   "ORDER BY s.date, s.id")
                   .arg(kColumns),
               {vestiging, sqlvalues::fromDate(from), sqlvalues::fromDate(to)});
}

QList<EnrichmentSession> currentPage(Database &db, const QString &vestiging, const QDate &from,
                                     const QDate &to, const std::optional<PageKey> &after, int limit)
{
    QVariantList binds{vestiging, sqlvalues::fromDate(from), sqlvalues::fromDate(to)};
    QString keyset;
    if (after) {
        keyset = QStringLiteral("AND (s.date < ? OR (s.date = ? AND s.id < ?))");
        binds << sqlvalues::fromDate(after->date) << sqlvalues::fromDate(after->date)
              << sqlvalues::fromUuid(after->id);
    }
    binds << limit;
    return run(db,
               QStringLiteral(
                   "SELECT %1 FROM enrichment_sessions s WHERE s.vestiging = ? AND s.date BETWEEN ? AND ? "
                   "AND %2 %3 ORDER BY s.date DESC, s.id DESC LIMIT ?")
                   .arg(kColumns, kCurrent, keyset),
               binds);
}

int currentCount(Database &db, const QString &vestiging, const QDate &from, const QDate &to)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM enrichment_sessions s WHERE s.vestiging = ? "
                             "AND s.date BETWEEN ? AND ? AND %1")
                  .arg(kCurrent));
    q.addBindValue(vestiging);
    q.addBindValue(sqlvalues::fromDate(from));
    q.addBindValue(sqlvalues::fromDate(to));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<EnrichmentSession> byId(Database &db, const QUuid &id)
{
    const auto rows =
        run(db, QStringLiteral("SELECT %1 FROM enrichment_sessions s WHERE s.id = ?").arg(kColumns),
            {sqlvalues::fromUuid(id)});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

WriteResult append(Database &db, EnrichmentSession s, const QDate &today)
{
    // The repository validates with the core rules and writes the row and its outbox entry in one
    // transaction.
    EnrichmentSessionRepository repository(db);
    if (s.withdrawn)
        return repository.withdraw(s.supersedes, s.recordedBy);
    if (!s.supersedes.isNull())
        return repository.correct(s.supersedes, s, today);
    return repository.record(s, today);
}

} // namespace verrijkt::sessionrecords
