#include "deliveryquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace verrijkt {

namespace {

// Dutch school year of an ISO date in SQL: August..December belong to the year that starts then.
const char kSchoolYearOfDate[] =
    "(CAST(substr(date, 1, 4) AS INTEGER) - (CASE WHEN substr(date, 6, 2) < '08' THEN 1 ELSE 0 END))";

QString yearKey(const QString &vestiging, int startYear)
{
    return vestiging + QLatin1Char('/') + QString::number(startYear);
}

} // namespace

std::optional<QList<SchoolYearDelivery>> readDeliveries(Database &db, QString *error)
{
    QHash<QString, SchoolYearDelivery> byKey;
    auto add = [&](const QString &vestiging, int startYear, double pupilHours) {
        SchoolYearDelivery &d = byKey[yearKey(vestiging, startYear)];
        d.vestiging = vestiging;
        d.year = SchoolYear(startYear);
        d.deliveredPupilHours += pupilHours;
    };

    // 1. Sessions outside any correction chain: not a correction themselves and never corrected.
    QSqlQuery plain(db.connection());
    plain.setForwardOnly(true);
    plain.prepare(
        QStringLiteral("SELECT vestiging, %1 AS y, SUM(hours * pupils) FROM enrichment_sessions s "
                       "WHERE supersedes IS NULL AND withdrawn = 0 AND deleted = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM enrichment_sessions c WHERE c.supersedes = s.id) "
                       "GROUP BY vestiging, y")
            .arg(QLatin1String(kSchoolYearOfDate)));
    if (!sqlvalues::exec(plain, error))
        return std::nullopt;
    while (plain.next())
        add(plain.value(0).toString(), plain.value(1).toInt(), plain.value(2).toDouble());

    // 2. Every row of a correction chain (corrections and the rows they correct), resolved by core.
    QSqlQuery chained(db.connection());
    chained.setForwardOnly(true);
    chained.prepare(
        QStringLiteral("SELECT id, hlc, deleted, supersedes, withdrawn, vestiging, date, hours, pupils FROM "
                       "enrichment_sessions "
                       "WHERE supersedes IS NOT NULL "
                       "OR id IN (SELECT supersedes FROM enrichment_sessions WHERE supersedes IS NOT NULL)"));
    if (!sqlvalues::exec(chained, error))
        return std::nullopt;
    QList<EnrichmentSession> chainRows;
    while (chained.next()) {
        EnrichmentSession s;
        s.meta.id = sqlvalues::toUuid(chained.value(0));
        s.meta.hlc = chained.value(1).toString();
        s.meta.deleted = chained.value(2).toBool();
        s.supersedes = sqlvalues::toUuid(chained.value(3));
        s.withdrawn = chained.value(4).toBool();
        s.vestiging = chained.value(5).toString();
        s.date = sqlvalues::toDate(chained.value(6));
        s.hours = chained.value(7).toDouble();
        s.pupils = chained.value(8).toInt();
        chainRows.append(s);
    }
    for (const EnrichmentSession &s : currentSessions(chainRows))
        add(s.vestiging, SchoolYear::containing(s.date).startYear(), s.pupilHours());

    QList<SchoolYearDelivery> out = byKey.values();
    std::sort(out.begin(), out.end(), [](const SchoolYearDelivery &a, const SchoolYearDelivery &b) {
        return a.vestiging != b.vestiging ? a.vestiging < b.vestiging : a.year < b.year;
    });
    return out;
}

} // namespace verrijkt
