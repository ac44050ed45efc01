#include "summaryqueries.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

namespace {

// A row is current when no other row supersedes it and it is not itself a withdrawal.
const char kCurrentSessions[] =
    "FROM enrichment_sessions s WHERE s.deleted = 0 AND s.withdrawn = 0 AND s.date BETWEEN ? AND ? "
    "AND NOT EXISTS (SELECT 1 FROM enrichment_sessions n WHERE n.supersedes = s.id AND n.deleted = 0)";
const char kCurrentContacts[] =
    "FROM family_contacts c WHERE c.deleted = 0 AND c.withdrawn = 0 AND c.date BETWEEN ? AND ? "
    "AND NOT EXISTS (SELECT 1 FROM family_contacts n WHERE n.supersedes = c.id AND n.deleted = 0)";

} // namespace

bool SummaryQueries::placementsInYear(const SchoolYear &year, QList<Placement> &out, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, hlc, officer_id, vestiging, fte, from_date, to_date FROM placements "
                             "WHERE deleted = 0 AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) "
                             "ORDER BY from_date, id"));
    q.addBindValue(sqlvalues::fromDate(year.lastDay()));
    q.addBindValue(sqlvalues::fromDate(year.firstDay()));
    if (!sqlvalues::exec(q, error))
        return false;
    out.clear();
    while (q.next()) {
        Placement p;
        p.meta.id = sqlvalues::toUuid(q.value(0));
        p.meta.hlc = q.value(1).toString();
        p.officerId = sqlvalues::toUuid(q.value(2));
        p.vestiging = q.value(3).toString();
        p.fte = q.value(4).toDouble();
        p.from = sqlvalues::toDate(q.value(5));
        p.to = sqlvalues::toDate(q.value(6));
        out.append(p);
    }
    return true;
}

bool SummaryQueries::libraryForYear(const SchoolYear &year, QList<LibraryParticipation> &out,
                                    QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, hlc, vestiging, status, library_organisation, consultant_hours, "
                       "collection_present, reading_plan_adopted, monitor_done FROM library_participations "
                       "WHERE deleted = 0 AND school_year = ? ORDER BY vestiging"));
    q.addBindValue(year.startYear());
    if (!sqlvalues::exec(q, error))
        return false;
    out.clear();
    while (q.next()) {
        LibraryParticipation l;
        l.meta.id = sqlvalues::toUuid(q.value(0));
        l.meta.hlc = q.value(1).toString();
        l.vestiging = q.value(2).toString();
        l.schoolYear = year;
        l.status = libraryStatusFromKey(q.value(3).toString()).value_or(LibraryStatus::None);
        l.libraryOrganisation = q.value(4).toString();
        l.consultantHoursPerWeek = q.value(5).toDouble();
        l.collectionPresent = q.value(6).toBool();
        l.readingPlanAdopted = q.value(7).toBool();
        l.monitorDone = q.value(8).toBool();
        out.append(l);
    }
    return true;
}

bool SummaryQueries::activity(const SchoolYear &year, YearActivity &out, QString *error) const
{
    const QVariant first = sqlvalues::fromDate(year.firstDay());
    const QVariant last = sqlvalues::fromDate(year.lastDay());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(s.hours * s.pupils), 0) ") +
              QLatin1String(kCurrentSessions));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!sqlvalues::exec(q, error) || !q.next())
        return false;
    out.sessions = q.value(0).toLongLong();
    out.deliveredPupilHours = q.value(1).toDouble();

    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT c.family_code) ") +
              QLatin1String(kCurrentContacts));
    c.addBindValue(first);
    c.addBindValue(last);
    if (!sqlvalues::exec(c, error) || !c.next())
        return false;
    out.contacts = c.value(0).toLongLong();
    out.families = c.value(1).toLongLong();
    return true;
}

bool SummaryQueries::rowCounts(QMap<QString, qint64> &out, QString *error) const
{
    static const QStringList tables{
        QStringLiteral("municipalities"),  QStringLiteral("schools"),
        QStringLiteral("wave_zero"),       QStringLiteral("plan_entries"),
        QStringLiteral("participations"),  QStringLiteral("enrichment_sessions"),
        QStringLiteral("bridge_officers"), QStringLiteral("placements"),
        QStringLiteral("family_contacts"), QStringLiteral("library_participations")};
    out.clear();
    for (const QString &table : tables) {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !sqlvalues::exec(q, error) ||
            !q.next())
            return false;
        out.insert(table, q.value(0).toLongLong());
    }
    return true;
}

} // namespace verrijkt
