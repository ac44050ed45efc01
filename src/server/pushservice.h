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
