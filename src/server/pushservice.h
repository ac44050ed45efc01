#pragma once

#include "access.h"
#include "apierror.h"
#include "core/hlc.h"

#include <QJsonObject>
#include <variant>

namespace verrijkt::server {

class RecordStore;
class ServerStore;

struct PushOptions
{
    qint64 maxClockSkewMs = wire::kDefaultMaxClockSkewMs;
};

// Applies a push batch in one transaction: replayed (device, n) get their recorded outcome;
// new mutations are checked, merged, stamped with the next seq and their outcome recorded.
// A rejected mutation is recorded too and never stops the ones after it.
class PushService
{
public:
    PushService(ServerStore &store, RecordStore &records, HybridLogicalClock &hlc, Clock clock,
                PushOptions options);

    // The answer body {"acks":[...],"server_hlc"} or the refusal of the whole request.
    // Throws StoreError if the database fails (nothing is applied then).
    std::variant<QJsonObject, ApiError> push(const Caller &caller, const QJsonObject &body);

    // The outcome of each (device, n) is recorded for idempotent replay. Records below the lowest n
    // of a device's latest push (it has the answers to all of them) are deleted once they are this
    // old; a replay of such an n is answered `duplicate` and changes nothing.
    static constexpr qint64 kKeepResultsMs = 60 * 60 * 1000;

private:
    wire::Ack applyOne(const Caller &caller, qint64 n, const QJsonObject &raw);
    QJsonObject clamp(const QJsonObject &hlc);

    ServerStore &m_store;
    RecordStore &m_records;
    HybridLogicalClock &m_hlc;
    Clock m_clock;
    PushOptions m_options;
};

} // namespace verrijkt::server
