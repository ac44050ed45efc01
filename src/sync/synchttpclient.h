#pragma once

#include "protocol.h"
#include "syncerror.h"
#include "syncwire.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace verrijkt {

// One HTTP exchange with the server: the answer, or the reason there is none.
struct HttpOutcome
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    SyncError error;       // Kind::None for a 2xx answer
    int retryAfterMs = -1; // from a Retry-After header in seconds, -1 when absent
};

// Thin transport over QNetworkAccessManager: base URL, the protocol headers, bearer token, a
// per-request timeout, and classification of every failure into a SyncError.
class SyncHttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpOutcome &)>;

    explicit SyncHttpClient(QUrl server, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setSchemaVersion(int schema) { m_schema = schema; }
    int schemaVersion() const { return m_schema; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QUrl server() const { return m_server; }

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QByteArray &json, Callback done);

    // POST /api/login; the token is not stored here (the caller decides where it lives).
    using LoginCallback = std::function<void(const Decoded<LoginAnswer> &, const SyncError &)>;
    void login(const QString &user, const QString &password, const QString &device, LoginCallback done);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    void watch(QNetworkReply *reply, Callback done);

    QUrl m_server;
    QString m_token;
    int m_schema = wire::kWireSchemaVersion;
    int m_timeoutMs = 30'000;
    QNetworkAccessManager m_network;
};

// Turns a finished reply into an outcome (exposed for tests).
HttpOutcome classifyReply(int status, QNetworkReply::NetworkError networkError, const QString &errorText,
                          bool timedOut, const QByteArray &body);

} // namespace verrijkt
