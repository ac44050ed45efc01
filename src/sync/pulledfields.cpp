#include "pulledfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace verrijkt {

QJsonValue WireValue::toJson() const
{
    switch (kind) {
    case Kind::Missing:
        return QJsonValue(QJsonValue::Undefined);
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return boolean;
    case Kind::Integer:
        return integer;
    case Kind::Double:
        return number;
    case Kind::Text:
        return QString::fromUtf8(text);
    case Kind::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    }
    return {};
}

} // namespace verrijkt
