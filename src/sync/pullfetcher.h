#pragma once

#include "localsyncstore.h"
#include "synchttpclient.h"

#include <QObject>
#include <QThread>
#include <QUrlQuery>
#include <functional>

namespace verrijkt {

// Fetches and decodes pull pages on a thread of its own. The engine asks for page N+1 before it
// stores page N; with the answer decoded here, a large pull keeps both cores busy (decoding a page
// costs about a third of storing it) instead of decoding and storing one after the other.
class PullFetcher : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl server;
        QString token;
        int schema = 0;
        int timeoutMs = 30'000;
        QUrlQuery query;
        LocalSyncStore::RowPreparer prepare; // run here on each change while decoding, if set
    };
    // Runs on the thread of the PullFetcher; never after it is destroyed.
    using Done = std::function<void(const HttpOutcome &outcome, const Decoded<PullAnswer> &page)>;

    explicit PullFetcher(QObject *parent = nullptr);
    ~PullFetcher() override;

    void fetch(const Request &request, Done done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread; deleted there when it finishes
};

} // namespace verrijkt
