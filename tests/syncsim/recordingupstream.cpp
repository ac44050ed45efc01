#include "recordingupstream.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace verrijkt::synctesting {

RecordingUpstream::RecordingUpstream()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto reader = std::make_shared<HttpMessageReader>(HttpMessageReader::Kind::Request);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
                reader->feed(socket->readAll());
                while (auto request = reader->next()) {
                    m_received.append(*request);
                    HttpMessage answer;
                    answer.startLine = "HTTP/1.1 200 OK";
                    answer.addHeader("Content-Type", "application/json");
                    answer.body = R"({"n":)" + QByteArray::number(m_received.size()) + R"(,"target":")" +
                                  request->target() + "\"}";
                    const bool close = request->header("Connection").toLower() == "close";
                    answer.addHeader("Connection", close ? "close" : "keep-alive");
                    socket->write(answer.serialize());
                    if (close)
                        socket->disconnectFromHost();
                }
            });
        }
    });
}

QByteArrayList RecordingUpstream::targets() const
{
    QByteArrayList out;
    for (const HttpMessage &m : m_received)
        out.append(m.target());
    return out;
}

namespace {

ClientReply wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ClientReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.networkError = reply->error() != QNetworkReply::NoError && out.status == 0;
    reply->deleteLater();
    return out;
}

QNetworkAccessManager &network()
{
    static QNetworkAccessManager manager;
    return manager;
}

} // namespace

ClientReply httpGet(const QUrl &url)
{
    return wait(network().get(QNetworkRequest(url)));
}

ClientReply httpPost(const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    return wait(network().post(request, body));
}

} // namespace verrijkt::synctesting
