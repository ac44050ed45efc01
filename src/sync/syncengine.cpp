#include "syncengine.h"

#include "pullpagedecoder.h"
#include "synclog.h"

#include <QPointer>
#include <QSet>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace verrijkt {

QString syncStateKey(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QStringLiteral("idle");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Error:
        return QStringLiteral("error");
    case SyncState::UpgradeRequired:
        return QStringLiteral("upgrade_required");
    case SyncState::SignedOut:
        return QStringLiteral("signed_out");
    }
    return {};
}

SyncEngine::SyncEngine(LocalSyncStore &store, QUrl server, SyncEngineConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(config), m_http(std::move(server)),
      m_backoff(config.backoff, config.seed != 0 ? config.seed : QRandomGenerator::global()->generate()),
      m_pushBatch(std::max(1, config.pushBatch))
{
    m_config.pullLimit = std::max(1, m_config.pullLimit);
    m_http.setTimeoutMs(config.timeoutMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            startRound();
    });
    connect(&m_backgroundTimer, &QTimer::timeout, this, [this] {
        // Background rounds never fight a pending retry, nor nag a signed-out or outdated client.
        if (m_running || m_retryTimer.isActive() || m_state == SyncState::SignedOut ||
            m_state == SyncState::UpgradeRequired)
            return;
        startRound();
    });
}

void SyncEngine::setToken(const QString &token)
{
    m_http.setToken(token);
    if (m_state == SyncState::SignedOut && !token.isEmpty())
        setState(SyncState::Idle);
}

void SyncEngine::setBackgroundInterval(int intervalMs)
{
    if (intervalMs <= 0)
        m_backgroundTimer.stop();
    else
        m_backgroundTimer.start(intervalMs);
}

void SyncEngine::sync()
{
    if (m_running) {
        m_queued = true;
        return;
    }
    // An explicit request does not wait out the backoff; the failure count stays, so if the
    // server is still down the next delay keeps growing.
    m_retryTimer.stop();
    startRound();
}

void SyncEngine::cancelRetry()
{
    m_retryTimer.stop();
}

void SyncEngine::startRound()
{
    m_running = true;
    m_queued = false;
    m_report = {};
    m_received = 0;
    m_pullStartCursor.reset();
    m_pageDroppedThisRound = false;
    setState(SyncState::Syncing);
    emitPending();
    pushNext();
}

void SyncEngine::pushNext()
{
    const QList<OutboxMutation> batch = m_store.pendingMutations(m_pushBatch);
    if (batch.isEmpty()) {
        pullNext();
        return;
    }
    ++m_report.pushRequests;
    qCInfo(lcSync) << "push" << batch.size() << "mutations from n" << batch.first().n;
    // What is probably the round's last batch asks for the first pull page in the same request, so
    // a routine sync is one round trip, not two. That page is decoded on this thread (not the
    // fetch thread), so it is kept small; a large backlog continues with full fetched pages.
    std::optional<qint64> pullFrom;
    if (batch.size() < m_pushBatch && m_serverTakesPull && !m_pageDroppedThisRound) {
        pullFrom = m_store.cursor();
        if (!m_pullStartCursor)
            m_pullStartCursor = pullFrom;
    }
    m_http.post(
        QStringLiteral("/api/sync/push"),
        encodePushRequest(m_store.deviceId(), batch, pullFrom, std::min(m_config.pullLimit, kPushPageLimit)),
        [this, batch, pullFrom](const HttpOutcome &outcome) { onPushAnswer(batch, pullFrom, outcome); });
}

void SyncEngine::onPushAnswer(const QList<OutboxMutation> &batch, std::optional<qint64> pullFrom,
                              const HttpOutcome &outcome)
{
    if (outcome.status == 413) {
        if (batch.size() > 1) {
            m_pushBatch = std::max(1, static_cast<int>(batch.size()) / 2);
            qCInfo(lcSync) << "push too large; batch size now" << m_pushBatch;
            pushNext();
            return;
        }
        // One mutation the server will never take would block the outbox for ever: it is final.
        MutationAck tooLarge{batch.first().n, wire::AckStatus::Rejected, QStringLiteral("sync.too_large"),
                             QString(), QStringLiteral("De wijziging is te groot om te versturen.")};
        if (const StoreStatus st = m_store.markAcked({tooLarge}); !st.ok()) {
            fail({SyncError::Kind::LocalStore, st.error, 0});
            return;
        }
        ++m_report.rejected;
        emitPending();
        pushNext();
        return;
    }
    if (pullFrom && outcome.status == 400 && decodeServerError(outcome.body).field == QLatin1String("pull")) {
        // A server from before push-and-pull refuses the member (and applied nothing): the batch
        // goes again without it, and this engine does not ask that server again.
        qCInfo(lcSync) << "the server does not take a pull with a push; pushing without";
        m_serverTakesPull = false;
        pushNext();
        return;
    }
    if (outcome.error.isError()) {
        fail(outcome.error, outcome.retryAfterMs);
        return;
    }
    const auto decoded = decodePushAnswer(outcome.body);
    if (!decoded.value) {
        fail({SyncError::Kind::BadAnswer, decoded.error, outcome.status});
        return;
    }
    QSet<qint64> sent;
    for (const OutboxMutation &m : batch)
        sent.insert(m.n);
    for (const MutationAck &ack : decoded.value->acks) {
        if (!sent.contains(ack.n)) {
            fail({SyncError::Kind::BadAnswer, QStringLiteral("ack for n %1 that was not sent").arg(ack.n),
                  outcome.status});
            return;
        }
    }
    // Without this, a server that acknowledges nothing would make the loop resend for ever.
    if (decoded.value->acks.isEmpty()) {
        fail(
            {SyncError::Kind::BadAnswer, QStringLiteral("push answer acknowledged nothing"), outcome.status});
        return;
    }
    // The clock first: the store keeps it with its next commit (the acks).
    if (!decoded.value->serverHlc.isEmpty())
        m_store.receiveClock(decoded.value->serverHlc);
    if (const StoreStatus st = m_store.markAcked(decoded.value->acks); !st.ok()) {
        fail({SyncError::Kind::LocalStore, st.error, 0});
        return;
    }
    for (const MutationAck &ack : decoded.value->acks) {
        if (ack.status == wire::AckStatus::Rejected)
            ++m_report.rejected;
        else
            ++m_report.pushed;
    }
    const int pending = emitPending();
    // The page that came with the push is stored as a pulled one. If local edits were made while
    // the push was under way, they go first and the page is dropped; the rest of the round pulls
    // with GET (each page answered adds to the server's remembered cursors, so asking again and
    // again on a busy device could push its stored cursor out of them).
    if (pullFrom && !decoded.value->pullPage.isEmpty()) {
        if (pending == 0) {
            onPullAnswer(m_generation, *pullFrom, outcome,
                         decodePullPage(decoded.value->pullPage, m_store.rowPreparer()));
            return;
        }
        m_pageDroppedThisRound = true;
    }
    pushNext();
}

void SyncEngine::pullNext()
{
    const qint64 cursor = m_store.cursor();
    if (!m_pullStartCursor)
        m_pullStartCursor = cursor;
    requestPage(cursor);
}

void SyncEngine::requestPage(qint64 cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.pullLimit));
    query.addQueryItem(QStringLiteral("device"), m_store.deviceId());
    ++m_report.pullRequests;
    const quint64 generation = m_generation;
    m_pullFetcher.fetch(
        {m_http.server(), m_http.token(), m_http.schemaVersion(), m_config.timeoutMs, query,
         m_store.rowPreparer()},
        [this, generation, cursor](const HttpOutcome &outcome, const Decoded<PullAnswer> &page) {
            onPullAnswer(generation, cursor, outcome, page);
        });
}

void SyncEngine::onPullAnswer(quint64 generation, qint64 requestedCursor, const HttpOutcome &outcome,
                              const Decoded<PullAnswer> &decoded)
{
    if (generation != m_generation)
        return; // requested ahead by a round that has failed since
    if (outcome.error.isError()) {
        fail(outcome.error, outcome.retryAfterMs);
        return;
    }
    if (!decoded.value) {
        fail({SyncError::Kind::BadAnswer, decoded.error, outcome.status});
        return;
    }
    const PullAnswer &page = *decoded.value;
    const auto bad = [&](const QString &why) { fail({SyncError::Kind::BadAnswer, why, outcome.status}); };
    if (!page.reset && page.cursor < requestedCursor)
        return bad(QStringLiteral("cursor went back from %1 to %2").arg(requestedCursor).arg(page.cursor));
    for (const PulledChange &c : page.changes)
        if (c.seq > page.cursor)
            return bad(
                QStringLiteral("change seq %1 beyond the answer's cursor %2").arg(c.seq).arg(page.cursor));
    if (page.more && !page.reset && page.cursor == requestedCursor)
        return bad(QStringLiteral("more pages announced but the cursor did not move"));

    // The server prepares the next page while this one is stored (pipelining: the two take about
    // as long, so a long pull takes about half the time). If storing fails, that answer is
    // dropped (generation) and the next round starts again from the stored cursor.
    if (page.more)
        requestPage(page.cursor);
    if (!page.serverHlc.isEmpty())
        m_store.receiveClock(page.serverHlc); // kept with the page's commit
    if (const StoreStatus st = m_store.applyPulledPage(page.changes, page.cursor, page.scope, page.reset);
        !st.ok()) {
        fail({SyncError::Kind::LocalStore, st.error, 0});
        return;
    }
    m_received += page.changes.size();
    m_report.pulled += page.changes.size();
    if (page.reset)
        m_pullStartCursor = 0;
    emit progress(m_received, estimateTotal(page));
    qCInfo(lcSync) << "pulled" << page.changes.size() << "changes, cursor" << page.cursor
                   << (page.reset ? "(reset)" : "") << (page.more ? "more" : "done");
    if (!page.more)
        succeed();
}

qint64 SyncEngine::estimateTotal(const PullAnswer &page) const
{
    if (page.remaining)
        return m_received + *page.remaining;
    if (!page.more)
        return m_received;
    // Without a count, the feed positions still tell how far along the pull is: the rows per seq
    // seen so far (scope filtering skips some seqs), applied to the seqs still ahead.
    const qint64 seqDone = page.cursor - m_pullStartCursor.value_or(0);
    if (page.head && *page.head > page.cursor && seqDone > 0) {
        const double rowsPerSeq = std::min(1.0, static_cast<double>(m_received) / seqDone);
        return m_received + std::max<qint64>(1, std::llround((*page.head - page.cursor) * rowsPerSeq));
    }
    return m_received + m_config.pullLimit;
}

void SyncEngine::succeed()
{
    ++m_generation;
    m_running = false;
    m_backoff.reset();
    m_error = {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store.setLastSuccess(now);
    emit lastSuccessChanged(now);
    setState(SyncState::Idle);
    emit finished(true);
    if (m_queued && !m_running) {
        m_queued = false;
        QTimer::singleShot(0, this, &SyncEngine::sync);
    }
}

void SyncEngine::fail(const SyncError &error, int retryAfterMs)
{
    ++m_generation;
    m_running = false;
    m_queued = false;
    m_error = error;
    qCWarning(lcSync) << "sync failed:" << syncErrorKindKey(error.kind) << error.detail;
    // Signing out may destroy this engine from a slot (the app drops its engine with the token):
    // nothing of it is touched once it is gone.
    const QPointer<SyncEngine> alive(this);
    if (error.kind == SyncError::Kind::Unauthorized) {
        setState(SyncState::SignedOut);
        if (alive)
            emit signedOut();
        if (alive)
            emit finished(false);
        return;
    }
    if (error.kind == SyncError::Kind::UpgradeRequired) {
        setState(SyncState::UpgradeRequired);
        if (alive)
            emit upgradeRequired();
        if (alive)
            emit finished(false);
        return;
    }
    const bool retriesLeft = m_config.maxRetries < 0 || m_backoff.failedAttempts() < m_config.maxRetries;
    if (error.isRetryable() && retriesLeft) {
        int delay = m_backoff.nextDelayMs();
        if (retryAfterMs > delay)
            delay = std::min(retryAfterMs, m_config.backoff.maxMs);
        setState(SyncState::Error);
        emit retryScheduled(error, delay);
        m_retryTimer.start(delay);
        return;
    }
    m_backoff.reset();
    setState(SyncState::Error);
    emit finished(false);
}

void SyncEngine::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

int SyncEngine::emitPending()
{
    const int pending = m_store.pendingCount();
    emit pendingCountChanged(pending);
    return pending;
}

} // namespace verrijkt
