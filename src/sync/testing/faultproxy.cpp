#include "faultproxy.h"

#include "seededrandom.h"

#include <QTcpSocket>
#include <QTimer>

namespace verrijkt::synctesting {

QString restartPointName(RestartPoint point)
{
    switch (point) {
    case RestartPoint::BeforeForward:
        return QStringLiteral("before-forward");
    case RestartPoint::InFlight:
        return QStringLiteral("in-flight");
    case RestartPoint::AfterAnswer:
        return QStringLiteral("after-answer");
    }
    return {};
}

struct FaultProxy::Client
{
    QPointer<QTcpSocket> socket;
    HttpMessageReader reader{HttpMessageReader::Kind::Request};
    QList<HttpMessage> queue;
    bool busy = false;
};

struct FaultProxy::Exchange
{
    std::shared_ptr<Client> client;
    HttpMessage request;
    FaultDecision decision;
    int copies = 1;
    int pending = 0;
    QList<std::optional<HttpMessage>> answers;
    bool upstreamRefused = false;
    std::function<void()> go;
};

FaultProxy::FaultProxy(quint64 seed, QObject *parent) : QObject(parent), m_seed(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    m_held.clear();
    m_server.close();
}

bool FaultProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setUpstream(quint16 port, const QHostAddress &host)
{
    m_upstreamPort = port;
    m_upstreamHost = host;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto client = std::make_shared<Client>();
        client->socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        // The lambda keeps the client alive until the connection is gone.
        connect(socket, &QTcpSocket::disconnected, this, [client]() mutable {
            if (client->socket)
                client->socket->deleteLater();
            client->queue.clear();
        });
    }
}

void FaultProxy::onClientData(const std::shared_ptr<Client> &client)
{
    client->reader.feed(client->socket->readAll());
    while (auto message = client->reader.next())
        client->queue.append(*message);
    if (client->reader.failed()) {
        client->socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->socket->disconnectFromHost();
        return;
    }
    startNext(client);
}

void FaultProxy::startNext(const std::shared_ptr<Client> &client)
{
    if (client->busy || client->queue.isEmpty() || !client->socket)
        return;
    auto ex = std::make_shared<Exchange>();
    ex->client = client;
    ex->request = client->queue.takeFirst();
    ex->decision = decide(ex->request);
    client->busy = true;
    ++m_stats.requests;
    ++m_inFlight;
    proceed(ex);
}

FaultDecision FaultProxy::decide(const HttpMessage &request)
{
    const QString stream = m_streamKey ? m_streamKey(request) : QString();
    return decisionFor(stream, m_ordinals[stream]++, request.target().startsWith("/api/sync/push"));
}

FaultDecision FaultProxy::decisionFor(const QString &stream, quint64 ordinal, bool isPush) const
{
    SeededRandom rng(mixSeed(m_seed, stableHash(stream.toUtf8()), ordinal));
    // Every draw happens whatever the plan, so changing one rate does not shift the others.
    const double uDropRequest = rng.uniform();
    const double uDropAnswer = rng.uniform();
    const double uDuplicate = rng.uniform();
    const double uDelay = rng.uniform();
    const double uReorder = rng.uniform();
    const double uRestart = rng.uniform();
    const quint64 restartPick = rng.next();
    const int delayMs =
        1 + static_cast<int>(rng.next() % static_cast<quint64>(std::max(1, m_plan.maxDelayMs)));
    FaultDecision d;
    d.answerPick = rng.next();
    d.dropRequest = uDropRequest < m_plan.dropRequest;
    if (d.dropRequest)
        return d;
    d.duplicate = uDuplicate < m_plan.duplicate;
    d.reorder = uReorder < m_plan.reorder;
    d.delayMs = (!d.reorder && uDelay < m_plan.delay) ? delayMs : 0;
    if (m_restartHook && isPush && uRestart < m_plan.restart)
        d.restart = static_cast<RestartPoint>(restartPick % 3);
    d.dropAnswer = !d.restart && uDropAnswer < m_plan.dropAnswer;
    return d;
}

void FaultProxy::proceed(const std::shared_ptr<Exchange> &ex)
{
    if (ex->decision.dropRequest) {
        ++m_stats.droppedRequests;
        finish(ex, true);
        return;
    }
    // Weak: the exchange owns `go`; whoever holds the exchange (timer, held list) keeps it alive.
    ex->go = [this, weak = std::weak_ptr<Exchange>(ex)] {
        const auto ex = weak.lock();
        if (!ex)
            return;
        if (ex->decision.restart == RestartPoint::BeforeForward) {
            ++m_stats.restarts;
            m_restartHook(RestartPoint::BeforeForward, [this, ex] { forwardAll(ex); });
            return;
        }
        forwardAll(ex);
    };
    if (ex->decision.reorder) {
        ++m_stats.reordered;
        m_held.append(ex);
        // Released when a later request has been answered, or after the longest delay.
        QTimer::singleShot(std::max(1, m_plan.maxDelayMs), this, [this, weak = std::weak_ptr<Exchange>(ex)] {
            const auto held = weak.lock();
            if (held && m_held.removeOne(held))
                held->go();
        });
        return;
    }
    if (ex->decision.delayMs > 0) {
        ++m_stats.delayed;
        QTimer::singleShot(ex->decision.delayMs, this, [ex] { ex->go(); });
        return;
    }
    ex->go();
}

void FaultProxy::forwardAll(const std::shared_ptr<Exchange> &ex)
{
    ex->copies = ex->decision.duplicate ? 2 : 1;
    if (ex->decision.duplicate)
        ++m_stats.duplicated;
    ex->pending = ex->copies;
    ex->answers = QList<std::optional<HttpMessage>>(ex->copies);
    for (int copy = 0; copy < ex->copies; ++copy)
        forwardOnce(ex, copy);
}

void FaultProxy::forwardOnce(const std::shared_ptr<Exchange> &ex, int copy)
{
    auto *socket = new QTcpSocket(this);
    auto reader = std::make_shared<HttpMessageReader>(HttpMessageReader::Kind::Response);
    auto state = std::make_shared<int>(0); // 0 connecting, 1 connected, 2 done
    auto complete = [this, ex, copy, socket, state](std::optional<HttpMessage> answer) {
        if (*state == 2)
            return;
        if (*state == 0 && !answer)
            ex->upstreamRefused = true;
        *state = 2;
        socket->abort();
        socket->deleteLater();
        onUpstreamDone(ex, copy, std::move(answer));
    };
    connect(socket, &QTcpSocket::connected, this, [this, ex, copy, socket, state] {
        *state = 1;
        HttpMessage request = ex->request;
        request.setHeader("Connection", "close");
        socket->write(request.serialize());
        ++m_stats.forwarded;
        emit forwarded(request.method(), request.target());
        if (copy == 0 && ex->decision.restart == RestartPoint::InFlight) {
            ++m_stats.restarts;
            m_restartHook(RestartPoint::InFlight, [] {});
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, [socket, reader, state, complete] {
        if (*state == 2)
            return;
        reader->feed(socket->readAll());
        if (auto answer = reader->next())
            complete(std::move(answer));
        else if (reader->failed())
            complete(std::nullopt);
    });
    connect(socket, &QTcpSocket::disconnected, this, [socket, reader, state, complete] {
        if (*state == 2)
            return; // our own abort()
        reader->feed(socket->readAll());
        complete(reader->finish());
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [complete](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) // the close may delimit the answer
            complete(std::nullopt);
    });
    QTimer::singleShot(m_upstreamTimeoutMs, socket, [complete] { complete(std::nullopt); });
    socket->connectToHost(m_upstreamHost, m_upstreamPort);
}

void FaultProxy::onUpstreamDone(const std::shared_ptr<Exchange> &ex, int copy,
                                std::optional<HttpMessage> answer)
{
    ex->answers[copy] = std::move(answer);
    if (--ex->pending > 0)
        return;
    releaseHeld(); // a later request has now been answered: reordered ones may go
    if (ex->decision.restart == RestartPoint::AfterAnswer) {
        ++m_stats.restarts;
        m_restartHook(RestartPoint::AfterAnswer, [this, ex] {
            ++m_stats.droppedAnswers;
            finish(ex, true);
        });
        return;
    }
    deliver(ex);
}

void FaultProxy::deliver(const std::shared_ptr<Exchange> &ex)
{
    // With two copies the client gets one of the two answers (a valid one if there is one).
    int pick = static_cast<int>(ex->decision.answerPick % static_cast<quint64>(ex->copies));
    for (int i = 0; i < ex->copies && !ex->answers.at(pick); ++i)
        pick = i;
    const std::optional<HttpMessage> &answer = ex->answers.value(pick);
    QTcpSocket *socket = ex->client->socket;
    if (!answer) {
        ++m_stats.upstreamFailures;
        if (ex->upstreamRefused && socket && socket->state() == QAbstractSocket::ConnectedState) {
            // What a reverse proxy answers when the server is down: the client retries later.
            HttpMessage bad;
            bad.startLine = "HTTP/1.1 502 Bad Gateway";
            bad.addHeader("Content-Type", "application/json");
            bad.body = R"json({"error":"unavailable","message":"sync server unreachable (fault proxy)"})json";
            socket->write(bad.serialize());
            finish(ex, false);
            return;
        }
        finish(ex, true); // the server went away mid-answer: so does the connection
        return;
    }
    if (ex->decision.dropAnswer) {
        ++m_stats.droppedAnswers;
        finish(ex, true);
        return;
    }
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        HttpMessage out = *answer;
        const bool close = ex->request.header("Connection").toLower() == "close";
        out.setHeader("Connection", close ? "close" : "keep-alive");
        socket->write(out.serialize());
        ++m_stats.answered;
        finish(ex, close);
        return;
    }
    finish(ex, true);
}

void FaultProxy::finish(const std::shared_ptr<Exchange> &ex, bool closeClient)
{
    --m_inFlight;
    const std::shared_ptr<Client> &client = ex->client;
    client->busy = false;
    if (closeClient) {
        client->queue.clear();
        if (client->socket) {
            client->socket->flush();
            client->socket->abort();
        }
        return;
    }
    startNext(client);
}

void FaultProxy::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &ex : held)
        ex->go();
}

} // namespace verrijkt::synctesting
