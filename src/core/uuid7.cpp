#include "uuid7.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <cstring>

namespace verrijkt {

QUuid createUuidV7()
{
    return createUuidV7(QDateTime::currentMSecsSinceEpoch());
}

QUuid createUuidV7(std::int64_t unixMillis)
{
    QByteArray bytes(16, Qt::Uninitialized);
    // Bytes 6..15 random first; the timestamp, version and variant are then laid over them.
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes.data() + 4, random, sizeof random);

    const auto ms = static_cast<std::uint64_t>(unixMillis) & 0xFFFF'FFFF'FFFFull; // 48 bits
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<char>(0x80 | (bytes[8] & 0x3F)); // variant 10
    return QUuid::fromRfc4122(bytes);
}

std::int64_t uuidV7Millis(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    std::uint64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<std::uint8_t>(bytes[i]);
    return static_cast<std::int64_t>(ms);
}

bool isUuidV7(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    return (static_cast<std::uint8_t>(bytes[6]) >> 4) == 7 &&
           (static_cast<std::uint8_t>(bytes[8]) >> 6) == 0b10;
}

} // namespace verrijkt
