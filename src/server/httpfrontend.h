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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncServer &m_server;
};

} // namespace verrijkt::server
