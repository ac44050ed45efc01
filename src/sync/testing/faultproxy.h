#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace verrijkt::synctesting {

// How often each fault strikes (probabilities per request, 0..1). Faults are drawn independently.
struct FaultPlan
{
    double dropRequest = 0; // close the client's connection; the server never sees the request
    double dropAnswer = 0;  // forward, let the server answer (and commit), then close without answering
    double duplicate = 0;   // forward the request twice at once; the client gets one of the two answers
    double delay = 0;       // hold the request for 1..maxDelayMs before forwarding
    double reorder = 0;     // hold the request until a later request has been answered (or maxDelayMs)
    double restart = 0;     // pushes only: ask the harness to restart the server (see RestartHook)
    int maxDelayMs = 40;

    static FaultPlan none() { return {}; }
};

// Where in an exchange a restart is asked for.
enum class RestartPoint {
    BeforeForward, // the server restarts before it sees the request; the proxy then forwards it
    InFlight,      // the request has just been written to the server (a real process may be mid-commit)
    AfterAnswer,   // the server answered (committed); the answer is lost with the restart
};
QString restartPointName(RestartPoint point);

// The fate of one request.
struct FaultDecision
{
    bool dropRequest = false;
    bool dropAnswer = false;
    bool duplicate = false;
    bool reorder = false;
    int delayMs = 0;
    std::optional<RestartPoint> restart;
    quint64 answerPick = 0; // which copy's answer a duplicated request returns
};

struct ProxyStats
{
    int requests = 0;
    int forwarded = 0; // upstream exchanges started (a duplicate counts twice)
    int answered = 0;  // answers passed to the client
    int droppedRequests = 0;
    int droppedAnswers = 0;
    int duplicated = 0;
    int delayed = 0;
    int reordered = 0;
    int restarts = 0;
    int upstreamFailures = 0; // no (complete) answer from the server: the client got 502 or a reset
};

// A fault-injecting HTTP/1.1 proxy on 127.0.0.1 (port chosen by the system) in front of a sync
// server. Every fault decision comes from a generator seeded with (seed, stream, ordinal): the
// stream is a name the harness derives from the request (e.g. which simulated device sent it), so
// one device's n-th request meets the same fate in every run with the same seed, whatever the
// interleaving with other devices. Each request gets a fresh upstream connection (Connection:
// close), so a server restart never leaves a stale connection behind.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // Names the fault stream of a request; the default puts every request in one stream.
    using StreamKey = std::function<QString(const HttpMessage &request)>;
    // Called when a restart is due. `resume` must be called once the harness is ready for the
    // proxy to continue (at once, or later from the event loop). For InFlight the proxy does not
    // wait: it only learns from the upstream connection what became of the request.
    using RestartHook = std::function<void(RestartPoint point, std::function<void()> resume)>;

    explicit FaultProxy(quint64 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(QString *error = nullptr);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void setUpstream(quint16 port, const QHostAddress &host = QHostAddress::LocalHost);
    quint16 upstreamPort() const { return m_upstreamPort; }
    void setFaults(const FaultPlan &plan) { m_plan = plan; }
    const FaultPlan &faults() const { return m_plan; }
    void setStreamKey(StreamKey key) { m_streamKey = std::move(key); }
    void setRestartHook(RestartHook hook) { m_restartHook = std::move(hook); }
    void setUpstreamTimeoutMs(int ms) { m_upstreamTimeoutMs = ms; }

    // What the plan decides for the `ordinal`-th request (from 0) of `stream`, a push or not.
    FaultDecision decisionFor(const QString &stream, quint64 ordinal, bool isPush) const;

    const ProxyStats &stats() const { return m_stats; }
    int inFlight() const { return m_inFlight; } // exchanges not yet finished

signals:
    // After the request was written to the server (once per copy).
    void forwarded(const QByteArray &method, const QByteArray &target);

private:
    struct Client;
    struct Exchange;

    void onNewConnection();
    void onClientData(const std::shared_ptr<Client> &client);
    void startNext(const std::shared_ptr<Client> &client);
    FaultDecision decide(const HttpMessage &request);
    void proceed(const std::shared_ptr<Exchange> &ex);
    void forwardAll(const std::shared_ptr<Exchange> &ex);
    void forwardOnce(const std::shared_ptr<Exchange> &ex, int copy);
    void onUpstreamDone(const std::shared_ptr<Exchange> &ex, int copy, std::optional<HttpMessage> answer);
    void deliver(const std::shared_ptr<Exchange> &ex);
    void finish(const std::shared_ptr<Exchange> &ex, bool closeClient);
    void releaseHeld();

    quint64 m_seed;
    QTcpServer m_server;
    QHostAddress m_upstreamHost = QHostAddress::LocalHost;
    quint16 m_upstreamPort = 0;
    int m_upstreamTimeoutMs = 60'000;
    FaultPlan m_plan;
    StreamKey m_streamKey;
    RestartHook m_restartHook;
    QHash<QString, quint64> m_ordinals;      // per stream
    QList<std::shared_ptr<Exchange>> m_held; // reordered requests waiting for a later one
    ProxyStats m_stats;
    int m_inFlight = 0;
};

} // namespace verrijkt::synctesting
