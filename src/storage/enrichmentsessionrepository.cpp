#include "enrichmentsessionrepository.h"

#include "appendonlyrows.h"
#include "core/uuid7.h"
#include "database.h"
#include "editablerows.h"
#include "schoolregistry.h"
#include "sqlvalues.h"
#include "storagelog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace verrijkt {

namespace {

const QString kTable = QStringLiteral("enrichment_sessions");
const QString kEntity = QStringLiteral("enrichment_session");
const QStringList kColumns = {
    QStringLiteral("id"),         QStringLiteral("hlc"),       QStringLiteral("vestiging"),
    QStringLiteral("date"),       QStringLiteral("domain"),    QStringLiteral("provider"),
    QStringLiteral("hours"),      QStringLiteral("pupils"),    QStringLiteral("groups"),
    QStringLiteral("supersedes"), QStringLiteral("withdrawn"), QStringLiteral("recorded_by")};

QString insertSql()
{
    QStringList marks;
    for (int i = 0; i < kColumns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(kTable, kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

void bind(QSqlQuery &q, const EnrichmentSession &s)
{
    q.bindValue(0, sqlvalues::fromUuid(s.meta.id));
    q.bindValue(1, s.meta.hlc);
    q.bindValue(2, s.vestiging);
    q.bindValue(3, sqlvalues::fromDate(s.date));
    q.bindValue(4, activityDomainKey(s.domain));
    q.bindValue(5, textValue(s.provider));
    q.bindValue(6, s.hours);
    q.bindValue(7, s.pupils);
    q.bindValue(8, int(s.groups));
    q.bindValue(9, sqlvalues::fromUuid(s.supersedes));
    q.bindValue(10, s.withdrawn ? 1 : 0);
    q.bindValue(11, textValue(s.recordedBy));
}

EnrichmentSession sessionFrom(const QSqlQuery &q)
{
    EnrichmentSession s;
    s.meta.id = sqlvalues::toUuid(q.value(0));
    s.meta.hlc = q.value(1).toString();
    s.vestiging = q.value(2).toString();
    s.date = sqlvalues::toDate(q.value(3));
    s.domain = activityDomainFromKey(q.value(4).toString()).value_or(ActivityDomain::Talentontwikkeling);
    s.provider = q.value(5).toString();
    s.hours = q.value(6).toDouble();
    s.pupils = q.value(7).toInt();
    s.groups = quint8(q.value(8).toUInt());
    s.supersedes = sqlvalues::toUuid(q.value(9));
    s.withdrawn = q.value(10).toInt() != 0;
    s.recordedBy = q.value(11).toString();
    s.meta.deleted = q.value(12).toInt() != 0;
    return s;
}

ValidationErrors unknownSchool(const QString &vestiging)
{
    return {ValidationError{QStringLiteral("vestiging"),
                            QStringLiteral("school.unknown"),
                            {{QStringLiteral("value"), vestiging}}}};
}

} // namespace

QList<EnrichmentSession> EnrichmentSessionRepository::select(const QString &where, const QVariantList &binds,
                                                             bool ordered) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, deleted FROM %2 WHERE %3%4")
                  .arg(kColumns.join(QStringLiteral(", ")), kTable, where,
                       ordered ? QStringLiteral(" ORDER BY hlc, id") : QString()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<EnrichmentSession> out;
    QString err;
    if (!sqlvalues::exec(q, &err)) {
        qCWarning(lcStorage) << "reading enrichment sessions failed:" << err;
        return out;
    }
    while (q.next())
        out.append(sessionFrom(q));
    return out;
}

WriteResult EnrichmentSessionRepository::insert(EnrichmentSession s)
{
    return writeInTransaction(m_db, [&]() -> WriteResult {
        if (s.meta.id.isNull())
            s.meta.id = createUuidV7();
        const HlcTimestamp hlc = m_db.stamp();
        s.meta.hlc = hlc.toString();
        QSqlQuery q(m_db.connection());
        q.prepare(insertSql());
        bind(q, s);
        QString err;
        if (!sqlvalues::exec(q, &err) ||
            !m_db.notifyWrite({kEntity, s.meta.id, kColumns.mid(2), hlc, true}, &err))
            return WriteResult::failed(err);
        return WriteResult::written(s.meta.id);
    });
}

WriteResult EnrichmentSessionRepository::record(const EnrichmentSession &session, const QDate &today)
{
    const auto school = SchoolRegistry(m_db).get(session.vestiging);
    if (!school)
        return WriteResult::invalid(unknownSchool(session.vestiging));
    ValidationErrors errors = validate(session, *school, today);
    if (!session.supersedes.isNull() || session.withdrawn)
        errors << ValidationError{
            QStringLiteral("supersedes"), QStringLiteral("session.record.is_correction"), {}};
    if (!session.meta.id.isNull() && rowExists(m_db, kTable, session.meta.id))
        errors << ValidationError{QStringLiteral("id"), QStringLiteral("session.id.exists"), {}};
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    return insert(session);
}

WriteResult EnrichmentSessionRepository::correct(const QUuid &previous, const EnrichmentSession &corrected,
                                                 const QDate &today)
{
    ValidationErrors errors = checkSupersedable(m_db, kTable, QStringLiteral("session"), previous);
    const auto old = get(previous);
    if (old && old->vestiging != corrected.vestiging)
        errors << ValidationError{QStringLiteral("vestiging"),
                                  QStringLiteral("session.correction.school_changed"),
                                  {{QStringLiteral("value"), old->vestiging}}};
    const auto school = SchoolRegistry(m_db).get(corrected.vestiging);
    if (!school)
        errors << unknownSchool(corrected.vestiging);
    else
        errors << validate(corrected, *school, today);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    EnrichmentSession row = corrected;
    row.meta = {};
    row.supersedes = previous;
    row.withdrawn = false;
    return insert(row);
}

WriteResult EnrichmentSessionRepository::withdraw(const QUuid &previous, const QString &recordedBy)
{
    const ValidationErrors errors = checkSupersedable(m_db, kTable, QStringLiteral("session"), previous);
    if (!errors.isEmpty())
        return WriteResult::invalid(errors);
    // The withdrawal repeats the withdrawn version, so history shows what was taken back.
    EnrichmentSession row = *get(previous);
    row.meta = {};
    row.supersedes = previous;
    row.withdrawn = true;
    row.recordedBy = recordedBy;
    return insert(row);
}

std::optional<EnrichmentSession> EnrichmentSessionRepository::get(const QUuid &id) const
{
    const auto found = select(QStringLiteral("id = ?"), {sqlvalues::fromUuid(id)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<EnrichmentSession> EnrichmentSessionRepository::currentSessions(const QString &vestiging,
                                                                      const SchoolYear &year) const
{
    // Chains stay within one school (corrections keep the school), so the school's rows suffice to
    // resolve them; the core decides which version is current, also when devices forked a chain.
    QList<EnrichmentSession> out;
    for (const EnrichmentSession &s : verrijkt::currentSessions(history(vestiging))) {
        if (year.contains(s.date))
            out.append(s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EnrichmentSession &a, const EnrichmentSession &b) { return a.date < b.date; });
    return out;
}

QList<EnrichmentSession> EnrichmentSessionRepository::history(const QString &vestiging) const
{
    return select(QStringLiteral("vestiging = ?"), {vestiging});
}

QList<EnrichmentSession> EnrichmentSessionRepository::currentSessionsInYear(const SchoolYear &year) const
{
    // Rows of a chain are those with `supersedes` set and those named by one: reading all of them
    // (about 1 in 40 rows) makes every chain complete, so its winner is the same as over the whole
    // history; a row outside every chain is its own current version and only matters in its year.
    const QList<EnrichmentSession> rows = select(
        QStringLiteral("date BETWEEN ? AND ? OR supersedes IS NOT NULL OR id IN (SELECT supersedes FROM "
                       "enrichment_sessions WHERE supersedes IS NOT NULL)"),
        {sqlvalues::fromDate(year.firstDay()), sqlvalues::fromDate(year.lastDay())}, false);
    QList<EnrichmentSession> out;
    for (const EnrichmentSession &s : verrijkt::currentSessions(rows)) {
        if (year.contains(s.date))
            out.append(s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EnrichmentSession &a, const EnrichmentSession &b) { return a.date < b.date; });
    return out;
}

qint64 EnrichmentSessionRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(kTable)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

BulkResult EnrichmentSessionRepository::bulkInsert(const QList<EnrichmentSession> &sessions,
                                                   const QDate &today, int batchSize)
{
    BulkResult result;
    QHash<QString, SchoolLocation> schools;
    for (const SchoolLocation &s : SchoolRegistry(m_db).all())
        schools.insert(s.vestiging, s);
    QSet<QUuid> ids;
    for (int i = 0; i < sessions.size(); ++i) {
        const EnrichmentSession &s = sessions[i];
        const auto school = schools.constFind(s.vestiging);
        ValidationErrors errors =
            school == schools.constEnd() ? unknownSchool(s.vestiging) : validate(s, *school, today);
        // A correction in the batch must name a session stored before it or earlier in the batch.
        if (!s.supersedes.isNull() && !ids.contains(s.supersedes) && !rowExists(m_db, kTable, s.supersedes))
            errors << ValidationError{
                QStringLiteral("supersedes"), QStringLiteral("session.supersedes.unknown"), {}};
        if (!s.meta.id.isNull())
            ids.insert(s.meta.id);
        if (!errors.isEmpty()) {
            result.firstInvalid = i;
            result.errors = errors;
            return result;
        }
    }

    QSqlQuery q(m_db.connection());
    q.prepare(insertSql());
    for (int start = 0; start < sessions.size(); start += batchSize) {
        Transaction tx(m_db);
        const int end = std::min<int>(start + batchSize, sessions.size());
        QString err;
        bool ok = tx.ok();
        for (int i = start; ok && i < end; ++i) {
            EnrichmentSession s = sessions[i];
            if (s.meta.id.isNull())
                s.meta.id = createUuidV7();
            const HlcTimestamp hlc = m_db.stamp();
            s.meta.hlc = hlc.toString();
            bind(q, s);
            ok = sqlvalues::exec(q, &err) &&
                 m_db.notifyWrite({kEntity, s.meta.id, kColumns.mid(2), hlc, true}, &err);
        }
        if (!ok || !tx.commit()) {
            result.storageError = err.isEmpty() ? tx.error() : err;
            qCWarning(lcStorage) << "bulk insert of sessions stopped after" << result.written
                                 << "rows:" << result.storageError;
            return result;
        }
        result.written += end - start;
    }
    qCInfo(lcStorage) << "bulk inserted" << result.written << "enrichment sessions";
    return result;
}

} // namespace verrijkt
