#pragma once

#include "canonicalrecords.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace verrijkt::synctesting {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonObject json;
    QString networkError;
};

// Blocking JSON requests for harnesses (spins a local event loop, so an in-process server in the
// same thread keeps answering). Sends the protocol headers the server requires.
class BlockingHttp
{
public:
    explicit BlockingHttp(QUrl base = {}) : m_base(std::move(base)) {}
    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }

    HttpResult get(const QString &pathAndQuery, const QString &token = {}, int timeoutMs = 60'000);
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {},
                    int timeoutMs = 60'000);

    // POST /api/login; the token, or empty with `error` set.
    QString login(const QString &user, const QString &password, const QString &device, QString *error);
    // Every page of the feed from cursor 0 as this user/device: the resulting records and the scope of
    // the last page. False with `error` set if a request failed.
    bool pullAll(const QString &token, const QString &device, RecordSet *records, QJsonObject *scope,
                 QString *error, int limit = 5000);

private:
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QString &token, int timeoutMs);

    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace verrijkt::synctesting
