#include "appendonlyrows.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace verrijkt {

bool rowExists(Database &db, const QString &table, const QUuid &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(sqlvalues::fromUuid(id));
    return q.exec() && q.next();
}

ValidationErrors checkSupersedable(Database &db, const QString &table, const QString &prefix,
                                   const QUuid &previous)
{
    const QVariantMap params{{QStringLiteral("value"), previous.toString(QUuid::WithoutBraces)}};
    const QString field = QStringLiteral("supersedes");
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT withdrawn, EXISTS (SELECT 1 FROM %1 later WHERE later.supersedes = %1.id) "
                       "FROM %1 WHERE id = ?")
            .arg(table));
    q.addBindValue(sqlvalues::fromUuid(previous));
    if (previous.isNull() || !q.exec() || !q.next())
        return {ValidationError{field, prefix + QStringLiteral(".supersedes.unknown"), params}};
    if (q.value(0).toInt() != 0)
        return {ValidationError{field, prefix + QStringLiteral(".supersedes.withdrawn"), params}};
    if (q.value(1).toInt() != 0)
        return {ValidationError{field, prefix + QStringLiteral(".supersedes.not_current"), params}};
    return {};
}

} // namespace verrijkt
