#pragma once

#include "core/validation.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>

// What the regional editors share: reading typed text into dates and numbers, and turning broken
// rules into one message per field in the UI language.
namespace verrijkt::editorfields {

// "27-11-2026", "27-11-26" is refused; "2026-11-27" (ISO) is accepted too. Empty -> invalid QDate.
std::optional<QDate> parseDate(const QString &text);
// "0,6" and "0.6" both; empty text is not a number.
std::optional<double> parseNumber(const QString &text);
QString formatDate(const QDate &date); // "27-11-2026"
QString formatNumber(double value);    // shortest form in the user's locale: "0,6", "12"

// Parse failures get these keys (messages in editorfields.cpp, translated with tr()).
ValidationError dateFormatError(const QString &field, const QString &text);
ValidationError numberFormatError(const QString &field, const QString &text);
QString message(const ValidationError &error);

// field -> message of the first broken rule on that field.
QVariantMap toFieldMessages(const ValidationErrors &errors);

} // namespace verrijkt::editorfields
