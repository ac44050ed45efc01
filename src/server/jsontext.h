#pragma once

#include "sync/protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace verrijkt::server {

// Compact JSON text written straight from the server's in-memory forms. A push stores thousands of
// records and a pull sends them: building QJsonObjects only to serialise them was a large part of
// both. Output is plain JSON that any parser reads back to the same values.

// A JSON string literal (quotes included), escaped as JSON requires.
void appendJsonString(QByteArray &out, QStringView text);
// A scalar, or an array of scalars (enum lists); objects are written via QJsonDocument.
void appendJsonValue(QByteArray &out, const QJsonValue &value);
// An object as compact JSON text (QJsonDocument's).
QByteArray compactJson(const QJsonObject &object);

// {"field": value, ...} of a record's fields, without the tombstone flag (sorted by name).
QByteArray fieldValuesJson(const wire::FieldStates &states);
// {"field": "hlc", ...} of a record's fields, the tombstone flag included.
QByteArray fieldClocksJson(const wire::FieldStates &states);

} // namespace verrijkt::server
