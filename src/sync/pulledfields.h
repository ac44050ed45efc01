#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>

namespace verrijkt {

// One field value of a pulled change as the page decoder found it: numbers, booleans and text as
// they are (text as UTF-8), arrays and objects as their JSON text. A view into the page being
// decoded, valid only while the store's row preparer runs (LocalSyncStore::rowPreparer), so a
// store can convert a value without a QJsonObject and QString in between.
struct WireValue
{
    enum class Kind { Missing, Null, Bool, Integer, Double, Text, Json };
    Kind kind = Kind::Missing;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    QByteArrayView text; // Text: the UTF-8; Json: the value's JSON text

    // The same value as Qt's JSON classes give it (what a PulledChange's `fields` hold).
    QJsonValue toJson() const;
};

// The fields of one pulled change, by wire name.
class PulledFields
{
public:
    virtual ~PulledFields() = default;
    virtual WireValue value(QLatin1StringView field) const = 0;
};

} // namespace verrijkt
