#include "pullfetcher.h"

#include "pullpagedecoder.h"

#include <QPointer>
#include <memory>

namespace verrijkt {

// Owns the HTTP client of the fetch thread (a QNetworkAccessManager belongs to the thread that
// created it, so it is made here, on first use).
class PullFetcher::Worker : public QObject
{
public:
    SyncHttpClient &client(const PullFetcher::Request &request)
    {
        if (!m_client || m_client->server() != request.server)
            m_client = std::make_unique<SyncHttpClient>(request.server);
        m_client->setToken(request.token);
        m_client->setSchemaVersion(request.schema);
        m_client->setTimeoutMs(request.timeoutMs);
        return *m_client;
    }

private:
    std::unique_ptr<SyncHttpClient> m_client;
};

PullFetcher::PullFetcher(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("verrijkt-pull"));
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

PullFetcher::~PullFetcher()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker; // the thread never ran: the worker has no event loop to be deleted by
    }
}

void PullFetcher::fetch(const Request &request, Done done)
{
    if (!m_thread.isRunning())
        m_thread.start();
    Worker *worker = m_worker;
    const auto answered = [this, worker, request, done](const HttpOutcome &outcome) {
        // On the fetch thread.
        Decoded<PullAnswer> page;
        if (!outcome.error.isError())
            page = decodePullPage(outcome.body, request.prepare);
        // Posted to this object: dropped with it if it is gone by then (its destructor waits for
        // this thread, so `this` is still valid while we post). Once stored, the page is posted
        // back to this fetch thread to be freed, so its thousands of blocks cost the storing thread
        // nothing. `done` may destroy the fetcher (a 401 signs out and the app drops its engine);
        // then the page is freed on the storing thread instead of posted to a worker that is gone.
        QMetaObject::invokeMethod(
            this,
            [self = QPointer<PullFetcher>(this), worker, done, outcome, page]() mutable {
                done(outcome, page);
                if (self)
                    QMetaObject::invokeMethod(
                        worker, [outcome = std::move(outcome), page = std::move(page)] {},
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        worker,
        [worker, request, answered] {
            worker->client(request).get(QStringLiteral("/api/sync/pull"), request.query, answered);
        },
        Qt::QueuedConnection);
}

} // namespace verrijkt
