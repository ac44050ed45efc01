#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace verrijkt::testing {

struct CannedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const;
};

struct CannedReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without answering (an answer lost on the way)
    int delayMs = 0;   // answer this much later

    static CannedReply json(int status, const QJsonObject &body);
    static CannedReply dropped();
};

// A tiny HTTP/1.1 server on 127.0.0.1:<free port> whose answers come from a handler, so tests
// can script exactly what the sync engine sees: errors, slow answers, dropped connections.
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<CannedReply(const CannedRequest &)>;

    explicit CannedHttpServer(Handler handler, QObject *parent = nullptr);
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const;
    void close() { m_server.close(); }

    QList<CannedRequest> requests;

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace verrijkt::testing
