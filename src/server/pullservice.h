#pragma once

#include "access.h"
#include "apierror.h"
#include "core/hlc.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <variant>

namespace verrijkt::server {

class ServerStore;

// Pages through the change feed (records with seq > cursor) filtered to the caller's scope.
// Memory is bounded by the page: one forward-only query with LIMIT, nothing of the scope loaded.
class PullService
{
public:
    PullService(ServerStore &store, HybridLogicalClock &hlc, Clock clock);

    // The page {"changes","cursor","more","reset","scope","server_hlc"} or a 400 naming the
    // parameter. Throws StoreError if the database fails.
    std::variant<QJsonObject, ApiError> pull(const Caller &caller, const QUrlQuery &query);

    static constexpr int kRememberedCursors = 20; // per (device, user)

private:
    bool needsReset(const QString &device, const QString &user, qint64 cursor, qint64 highest,
                    const wire::Scope &scope);
    qint64 bumpSequence(); // allocates an unused seq: a cursor value never served before
    void remember(const QString &device, const QString &user, qint64 cursor, const wire::Scope &scope);

    ServerStore &m_store;
    HybridLogicalClock &m_hlc;
    Clock m_clock;
};

} // namespace verrijkt::server
