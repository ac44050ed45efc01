#include "fakeloginserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace verrijkt::testing {

FakeLoginServer::FakeLoginServer(QString user, QString password, QString role, QStringList schools)
    : m_user(std::move(user)), m_password(std::move(password)), m_role(std::move(role)),
      m_schools(std::move(schools))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const int headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = buffer->left(headerEnd);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                socket->setProperty("head", head);
                socket->setProperty("body", buffer->mid(headerEnd + 4, length));
                answer(socket);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString FakeLoginServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void FakeLoginServer::answer(QTcpSocket *socket)
{
    const QByteArray head = socket->property("head").toByteArray();
    const QByteArray body = socket->property("body").toByteArray();
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    int status = 404;
    QJsonObject reply{{QStringLiteral("error"), QStringLiteral("not_found")}};
    if (requestLine.startsWith("POST /api/login ")) {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        logins.append(request);
        if (request.value(QStringLiteral("user")).toString() == m_user &&
            request.value(QStringLiteral("password")).toString() == m_password) {
            status = 200;
            reply = {{QStringLiteral("token"), issuedToken},
                     {QStringLiteral("expires"), QStringLiteral("2027-11-27T00:00:00Z")},
                     {QStringLiteral("role"), m_role},
                     {QStringLiteral("schools"), QJsonArray::fromStringList(m_schools)}};
        } else {
            status = 401;
            reply = {{QStringLiteral("error"), QStringLiteral("invalid_credentials")},
                     {QStringLiteral("message"), QStringLiteral("wrong user name or password")}};
        }
    } else if (requestLine.startsWith("POST /api/logout ")) {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("authorization: bearer "))
                logoutTokens << QString::fromLatin1(line.mid(22).trimmed());
        }
        status = 200;
        reply = {};
    }
    const QByteArray json = QJsonDocument(reply).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                          "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(json.size()) + "\r\n\r\n" + json;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace verrijkt::testing
