#pragma once

#include "access.h"
#include "apierror.h"
#include "core/hlc.h"

#include <QByteArray>
#include <QUrlQuery>
#include <optional>
#include <variant>

namespace verrijkt::server {

class ServerStore;

// Pages through the change feed (records with seq > cursor) filtered to the caller's scope.
// Memory is bounded by the page: one forward-only query with LIMIT, nothing of the scope loaded.
class PullService
{
public:
    PullService(ServerStore &store, HybridLogicalClock &hlc, Clock clock);

    // The page {"changes","cursor","more","reset","scope","server_hlc","head","remaining"} as JSON
    // text, written straight from the stored JSON of each record (no parse, no re-serialisation),
    // or a 400 naming the parameter. Throws StoreError if the database fails.
    std::variant<QByteArray, ApiError> pull(const Caller &caller, const QUrlQuery &query);

    // A pull's parameters, checked: `device`, `cursor` (default 0) and `limit` (default
    // wire::kDefaultPullLimit), nothing else.
    struct Request
    {
        QString device;
        qint64 cursor = 0;
        qint64 limit = 0;
    };
    static std::variant<Request, ApiError> parse(const QUrlQuery &query);
    // The page for a checked request (as pull()).
    QByteArray page(const Caller &caller, const Request &request);

    static constexpr int kRememberedCursors = 20; // per (device, user)
    static constexpr int kPruneEvery = 8;
    // How often an idle device's `last_seen` is refreshed (a pull that changes nothing else then
    // writes nothing).
    static constexpr qint64 kLastSeenResolutionMs = 60'000;

private:
    // What the latest answer that carried a cursor value told the device.
    struct Served
    {
        wire::Scope scope;
        std::optional<qint64> remaining; // rows still to come after it, if counted
        qint64 head = 0;                 // the highest seq committed then
    };
    std::optional<Served> lastAnswerWith(const QString &device, const QString &user, qint64 cursor);
    qint64 countInScope(const ScopeFilter &filter, qint64 after, qint64 upTo);
    QString feedIndex() const; // the FROM clause's index hint
    qint64 bumpSequence();     // allocates an unused seq: a cursor value never served before
    void remember(const QString &device, const QString &user, qint64 cursor, const QString &scopeText,
                  qint64 remaining, qint64 head);

    ServerStore &m_store;
    HybridLogicalClock &m_hlc;
    Clock m_clock;
};

} // namespace verrijkt::server
