#include "jsontext.h"

#include "sync/entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace verrijkt::server {

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    const auto flush = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            out += text.mid(plainFrom, upTo - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    flush(text.size());
    out += '"';
}

void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers as integers (as QJsonDocument writes them); other numbers in their shortest
        // exact form. Validation has refused NaN and infinities before anything is stored.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out += QByteArray::number(static_cast<qint64>(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendJsonValue(out, item);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object:
        out += compactJson(value.toObject());
        return;
    }
}

QByteArray fieldValuesJson(const wire::FieldStates &states)
{
    QByteArray out;
    out.reserve(states.size() * 32 + 2);
    out += '{';
    bool first = true;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        if (it.key() == wire::kDeletedField)
            continue;
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, it.key());
        out += ':';
        appendJsonValue(out, it.value().value);
    }
    out += '}';
    return out;
}

QByteArray fieldClocksJson(const wire::FieldStates &states)
{
    QByteArray out;
    out.reserve(states.size() * 56 + 2);
    out += '{';
    bool first = true;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, it.key());
        out += ':';
        appendJsonString(out, it.value().hlc);
    }
    out += '}';
    return out;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace verrijkt::server
