#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace verrijkt {

enum class Language { Dutch, English };

// One broken rule on one field. `key` names the rule ("session.hours.range"); `params` fill the
// placeholders of its message ("{max}"). Messages exist in Dutch and English (messages.cpp).
struct ValidationError
{
    QString field; // "hours", "date", "pupils", ...
    QString key;   // message key
    QVariantMap params;

    QString message(Language language = Language::Dutch) const;
    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

using ValidationErrors = QList<ValidationError>;

// Message text for a key, with {name} placeholders filled from params; falls back to the key.
QString validationMessage(const QString &key, const QVariantMap &params, Language language);
// All keys that have a message (tests check every key has both languages).
QStringList validationMessageKeys();

} // namespace verrijkt
