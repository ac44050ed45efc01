#include "recordstates.h"

#include "protocol.h"
#include "shell/fieldlabels.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

QHash<QUuid, RecordState> recordStates(Database &db, const QString &entity, const QList<QUuid> &ids)
{
    QHash<QUuid, RecordState> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, state, reason_key, reason_message FROM sync_record_state "
                             "WHERE entity = ? AND record_id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(entity);
    for (const QUuid &id : ids)
        q.addBindValue(sqlvalues::fromUuid(id));
    if (!q.exec())
        return out; // no sync tables (a store that never synced): everything reads as synced
    while (q.next()) {
        RecordState s;
        s.state = q.value(1).toString();
        if (s.state == QLatin1String("rejected")) {
            // Our own catalogue first (in the UI language); the server's text when we do not know the key.
            const QString key = q.value(2).toString();
            const QString known = wire::reasonMessage(key, {}, fieldlabels::uiLanguage());
            s.reason = known != key && !known.contains(QLatin1Char('{')) ? known : q.value(3).toString();
            if (s.reason.isEmpty())
                s.reason = key;
        }
        out.insert(sqlvalues::toUuid(q.value(0)), s);
    }
    return out;
}

} // namespace verrijkt
