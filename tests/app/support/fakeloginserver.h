#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpServer>

namespace verrijkt::testing {

// A tiny HTTP/1.1 responder on 127.0.0.1 for the account tests: POST /api/login answers with a
// token for one known user and password (401 otherwise), POST /api/logout is recorded. Each request
// is answered and the connection closed.
class FakeLoginServer : public QTcpServer
{
public:
    FakeLoginServer(QString user, QString password, QString role, QStringList schools);
    QString url() const;

    QList<QJsonObject> logins; // request bodies of /api/login
    QStringList logoutTokens;  // bearer tokens of /api/logout
    QString issuedToken = QStringLiteral("token-abc-123");

private:
    void answer(QTcpSocket *socket);

    QString m_user;
    QString m_password;
    QString m_role;
    QStringList m_schools;
};

} // namespace verrijkt::testing
