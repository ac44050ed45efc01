#pragma once

#include "httpmessage.h"

#include <QByteArrayList>
#include <QTcpServer>

namespace verrijkt::synctesting {

// A minimal HTTP server for proxy tests: records every request it receives (in arrival order) and
// answers 200 with {"n": <how many requests so far>, "target": "..."}.
class RecordingUpstream : public QObject
{
    Q_OBJECT
public:
    RecordingUpstream();
    quint16 port() const { return m_server.serverPort(); }
    const QList<HttpMessage> &received() const { return m_received; }
    QByteArrayList targets() const;

private:
    QTcpServer m_server;
    QList<HttpMessage> m_received;
};

// One blocking exchange through QNetworkAccessManager (a fresh one per call unless given).
struct ClientReply
{
    int status = 0;
    QByteArray body;
    bool networkError = false;
};
ClientReply httpGet(const QUrl &url);
ClientReply httpPost(const QUrl &url, const QByteArray &body);

} // namespace verrijkt::synctesting
