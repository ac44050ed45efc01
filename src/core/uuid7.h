#pragma once

#include <QUuid>

#include <cstdint>

namespace verrijkt {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits; sortable by creation time.
QUuid createUuidV7();
QUuid createUuidV7(std::int64_t unixMillis); // for tests and deterministic generation
std::int64_t uuidV7Millis(const QUuid &id);   // the timestamp part
bool isUuidV7(const QUuid &id);

} // namespace verrijkt
