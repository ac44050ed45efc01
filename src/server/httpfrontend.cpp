#include "httpfrontend.h"

#include "syncserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace verrijkt::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Hands QAbstractHttpServer sockets that were tuned before their first read.
class TunedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
#ifdef Q_OS_UNIX
            ::close(static_cast<int>(descriptor)); // not adopted by the socket, so still ours
#endif
            return;
        }
        HttpFrontend::tuneSocket(socket);
        addPendingConnection(socket);
    }
};

} // namespace

void HttpFrontend::tuneSocket(QTcpSocket *socket)
{
    static const char *const kTuned = "verrijktTuned";
    if (socket->property(kTuned).toBool())
        return;
    socket->setProperty(kTuned, true);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
    // TCP_QUICKACK does not stay set: the kernel returns to delayed acknowledgements on its own,
    // so it is set again whenever data arrives (connected before the server's own reader).
    const auto quickAck = [socket] {
        const int on = 1;
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    quickAck();
    QObject::connect(socket, &QIODevice::readyRead, socket, quickAck);
#endif
}

quint16 HttpFrontend::serve(const QHostAddress &address, quint16 port)
{
    // A TLS connection is set up by Qt's own listener; it is tuned at its first request instead.
    if (m_tls)
        return listen(address, port);
    auto *tcp = new TunedTcpServer(this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

HttpFrontend::HttpFrontend(SyncServer &server, QObject *parent)
    : QAbstractHttpServer(parent), m_server(server)
{
}

bool HttpFrontend::enableTls(const QString &certFile, const QString &keyFile, QString *error)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1").arg(certFile);
        return false;
    }
    if (!key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1").arg(keyFile);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    QSslKey privateKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull()) {
        key.seek(0);
        privateKey = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || privateKey.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not a PEM file Qt can read");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(privateKey);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    sslSetup(config);
    m_tls = true;
    return true;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    tuneSocket(socket);
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &header : request.headers())
        api.headers.insert(header.first.toLower(), header.second);
    api.body = request.body();
    api.remoteAddress = request.remoteAddress().toString();

    const ApiResponse response = m_server.handle(api);
    const auto status = static_cast<QHttpServerResponse::StatusCode>(response.status);
    QHttpServerResponse out =
        response.rawJson.isEmpty()
            ? QHttpServerResponse(response.body, status)
            : QHttpServerResponse(QByteArrayLiteral("application/json"), response.rawJson, status);
    for (const auto &header : response.headers)
        out.addHeader(header.first, header.second);
    out.write(makeResponder(request, socket));
    // Out now, not when the event loop next polls: when many requests arrive together the loop
    // handles all of them before it writes, and every device waited for the last one's answer.
    socket->flush();
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this is only reached if that ever changes.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace verrijkt::server
