#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlError>

namespace verrijkt::sqlvalues {

QVariant fromUuid(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}

QUuid toUuid(const QVariant &value)
{
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString stampFields(const QString &fieldHlcJson, const QStringList &fields, const QString &hlc)
{
    QJsonObject clocks = QJsonDocument::fromJson(fieldHlcJson.toUtf8()).object();
    for (const QString &field : fields)
        clocks.insert(field, hlc);
    return QString::fromUtf8(QJsonDocument(clocks).toJson(QJsonDocument::Compact));
}

} // namespace verrijkt::sqlvalues
