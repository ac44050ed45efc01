#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

// Conversions between domain values and SQLite columns: UUIDs as text without braces, dates as ISO
// "YYYY-MM-DD", empty values as NULL.
namespace verrijkt::sqlvalues {

QVariant fromUuid(const QUuid &id);
QUuid toUuid(const QVariant &value);
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);

// Executes a prepared query; on failure fills `error` with the driver's message.
bool exec(QSqlQuery &query, QString *error);

// The per-field clocks of an editable row after `fields` changed at `hlc`.
QString stampFields(const QString &fieldHlcJson, const QStringList &fields, const QString &hlc);

} // namespace verrijkt::sqlvalues
