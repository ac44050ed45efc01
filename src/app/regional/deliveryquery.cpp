#include "deliveryquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace verrijkt {

namespace {

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

    // 1. Every live session that is not itself a correction, summed per school and year by the
    //    store's triggers as it was written (storage/deliverysums.h): a few thousand rows instead of
    //    every session. The originals that were corrected are taken out again in step 2.
    QSqlQuery plain(db.connection());
    plain.setForwardOnly(true);
    plain.prepare(QStringLiteral("SELECT vestiging, school_year, pupil_hours FROM session_delivery_sums"));
    if (!sqlvalues::exec(plain, error))
        return std::nullopt;
    while (plain.next())
        add(plain.value(0).toString(), plain.value(1).toInt(), plain.value(2).toDouble());

    // 2. Every row of a correction chain (the corrections and the originals they name), copied
    //    together by the store's triggers (storage/deliverysums.h), resolved by core's rules.
    QSqlQuery chained(db.connection());
    chained.setForwardOnly(true);
    chained.prepare(QStringLiteral("SELECT id, hlc, deleted, supersedes, withdrawn, vestiging, date, hours, "
                                   "pupils FROM session_chain_rows"));
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
        // A corrected original was summed in step 1: take it out; the chain's winner goes in below.
        if (s.supersedes.isNull() && !s.withdrawn && !s.meta.deleted)
            add(s.vestiging, SchoolYear::containing(s.date).startYear(), -s.pupilHours());
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
