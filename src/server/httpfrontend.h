#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace verrijkt::server {

class SyncServer;

// The only code that knows the Qt HTTP server API: turns each request into an ApiRequest for
// SyncServer::handle() and writes the ApiResponse back as JSON. Routing, checks and errors all
// live in SyncServer, so a Qt upgrade touches this file only.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(SyncServer &server, QObject *parent = nullptr);

    // Loads PEM certificate and key; false with `error` set if either cannot be read.
    bool enableTls(const QString &certFile, const QString &keyFile, QString *error);
    // Listens on address:port (0: any free port); returns the port, 0 if it cannot listen. Use this,
    // not QAbstractHttpServer::listen(): plain HTTP connections are tuned from their first byte.
    quint16 serve(const QHostAddress &address, quint16 port);

    // Turns off Nagle's algorithm and, on Linux, acknowledges every read at once. Qt's network
    // access manager cannot turn off Nagle on its side, so a request body written in 16 KiB pieces
    // keeps its last piece back until the server acknowledges the ones before, and a server that
    // delays its acknowledgement (40 ms on Linux) adds that to the request: a push of 1,000
    // mutations took 130 or 180 ms depending on how its pieces fell. Idempotent.
    static void tuneSocket(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncServer &m_server;
    bool m_tls = false;
};

} // namespace verrijkt::server
