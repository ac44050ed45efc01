#pragma once

#include "localsyncstore.h"
#include "pullfetcher.h"
#include "syncbackoff.h"
#include "syncerror.h"
#include "synchttpclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace verrijkt {

struct SyncEngineConfig
{
    int pushBatch = 500;                 // mutations per push request
    int pullLimit = wire::kMaxPullLimit; // changes per pull page
    int timeoutMs = 30'000;              // per request
    int maxRetries = -1;                 // consecutive retryable failures before a round gives up; -1: never
    BackoffPolicy backoff;
    quint32 seed = 0; // jitter seed; 0 picks a random one
};

enum class SyncState { Idle, Syncing, Error, UpgradeRequired, SignedOut };
QString syncStateKey(SyncState state); // "idle", "syncing", ...

// Counts of the last round, for the CLI and the UI.
struct SyncRoundReport
{
    int pushed = 0;   // mutations acknowledged applied or duplicate
    int rejected = 0; // mutations acknowledged rejected
    int pulled = 0;   // changes received
    int pushRequests = 0;
    int pullRequests = 0; // GET pulls; a page that came back with a push is not counted here
};

// Client side of docs/sync-protocol.md. sync() pushes the outbox in batches until it is empty,
// then pulls pages until the server says there is no more. Retryable failures (network, timeout,
// 5xx) are retried with exponential backoff and jitter; 401 signs out, 426 asks for an upgrade.
// All durable state lives in the LocalSyncStore, so a killed process simply starts a new round:
// re-pushing a half-acknowledged batch is safe because the server answers a replay as duplicate.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(LocalSyncStore &store, QUrl server, SyncEngineConfig config = {}, QObject *parent = nullptr);

    void setToken(const QString &token);
    void setSchemaVersion(int schema) { m_http.setSchemaVersion(schema); }

    SyncState state() const { return m_state; }
    SyncError lastError() const { return m_error; }
    SyncRoundReport lastReport() const { return m_report; }
    QDateTime lastSuccess() const { return m_store.lastSuccess(); }
    int pendingCount() const { return m_store.pendingCount(); }
    bool isRetryScheduled() const { return m_retryTimer.isActive(); }
    int currentPushBatch() const { return m_pushBatch; }
    // The most changes a push asks to get back with it (docs/sync-client.md).
    static constexpr int kPushPageLimit = 500;

    // Runs background rounds every `intervalMs` (0 stops them). Local edits can call sync()
    // directly: a call during a running round queues exactly one more round after it.
    void setBackgroundInterval(int intervalMs);

public slots:
    void sync();
    void cancelRetry();

signals:
    void stateChanged(verrijkt::SyncState state);
    void progress(qint64 received, qint64 estimated);
    void pendingCountChanged(int pending);
    void lastSuccessChanged(const QDateTime &when);
    // A retryable failure; the round continues after `delayMs` (unless retries are exhausted).
    void retryScheduled(const verrijkt::SyncError &error, int delayMs);
    void signedOut();
    void upgradeRequired();
    // The round ended: ok, or failed for good (not retried any more).
    void finished(bool ok);

private:
    void startRound();
    void pushNext();
    void onPushAnswer(const QList<OutboxMutation> &batch, std::optional<qint64> pullFrom,
                      const HttpOutcome &outcome);
    void pullNext();
    void requestPage(qint64 cursor);
    void onPullAnswer(quint64 generation, qint64 requestedCursor, const HttpOutcome &outcome,
                      const Decoded<PullAnswer> &decoded);
    qint64 estimateTotal(const PullAnswer &page) const;
    void succeed();
    void fail(const SyncError &error, int retryAfterMs = -1);
    void setState(SyncState state);
    int emitPending(); // returns the count it announced

    LocalSyncStore &m_store;
    SyncEngineConfig m_config;
    SyncHttpClient m_http;
    PullFetcher m_pullFetcher; // pages fetched and decoded off this thread
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_backgroundTimer;
    SyncState m_state = SyncState::Idle;
    SyncError m_error;
    SyncRoundReport m_report;
    int m_pushBatch;
    // Whether a push asks for the first pull page too: off for the engine's life once a server
    // refuses the member (one from before it), off for the round once a page had to be dropped.
    bool m_serverTakesPull = true;
    bool m_pageDroppedThisRound = false;
    bool m_running = false;
    bool m_queued = false;
    qint64 m_received = 0;
    std::optional<qint64> m_pullStartCursor; // cursor the round's pull started from
    // Answers of requests sent before the round failed or ended are ignored: the next page is
    // requested while the current one is being stored, and that storing may fail.
    quint64 m_generation = 0;
};

} // namespace verrijkt
