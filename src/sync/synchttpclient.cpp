#include "synchttpclient.h"

#include "synclog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace verrijkt {

HttpOutcome classifyReply(int status, QNetworkReply::NetworkError networkError, const QString &errorText,
                          bool timedOut, const QByteArray &body)
{
    HttpOutcome out;
    out.status = status;
    out.body = body;
    if (timedOut) {
        out.error = {SyncError::Kind::Timeout, QStringLiteral("no answer within the timeout"), 0};
        return out;
    }
    if (status == 0) {
        out.error = {SyncError::Kind::Network,
                     errorText.isEmpty() ? QStringLiteral("network error") : errorText, 0};
        return out;
    }
    if (status >= 200 && status < 300)
        return out;
    const ServerError server = decodeServerError(body);
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!server.code.isEmpty())
        detail += QStringLiteral(" %1").arg(server.code);
    if (!server.message.isEmpty())
        detail += QStringLiteral(": %1").arg(server.message);
    if (!server.field.isEmpty())
        detail += QStringLiteral(" (field %1)").arg(server.field);
    SyncError::Kind kind = SyncError::Kind::Refused;
    if (status == 401)
        kind = SyncError::Kind::Unauthorized;
    else if (status == 426)
        kind = SyncError::Kind::UpgradeRequired;
    else if (status == 429 || status == 408 || status >= 500)
        kind = SyncError::Kind::ServerBusy;
    out.error = {kind, detail, status};
    Q_UNUSED(networkError)
    return out;
}

SyncHttpClient::SyncHttpClient(QUrl server, QObject *parent) : QObject(parent), m_server(std::move(server))
{
    // Redirects could carry the bearer token to another host; the protocol never redirects.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest SyncHttpClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader(wire::kProtocolHeader, QByteArray::number(wire::kProtocolVersion));
    req.setRawHeader(wire::kSchemaHeader, QByteArray::number(m_schema));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return req;
}

void SyncHttpClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    watch(m_network.get(request(path, query)), std::move(done));
}

void SyncHttpClient::post(const QString &path, const QByteArray &json, Callback done)
{
    watch(m_network.post(request(path, {}), json), std::move(done));
}

void SyncHttpClient::watch(QNetworkReply *reply, Callback done)
{
    // Our own timer rather than the transfer timeout: it bounds the whole exchange, and we know
    // for certain that an abort was ours.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [reply, timedOut, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        HttpOutcome outcome =
            classifyReply(status, reply->error(), reply->errorString(), *timedOut, reply->readAll());
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").toInt(&ok);
        if (ok && seconds >= 0)
            outcome.retryAfterMs = seconds * 1000;
        qCDebug(lcSync) << reply->operation() << reply->url().path() << "->" << status
                        << syncErrorKindKey(outcome.error.kind);
        done(outcome);
    });
}

void SyncHttpClient::login(const QString &user, const QString &password, const QString &device,
                           LoginCallback done)
{
    const QJsonObject body{{QStringLiteral("user"), user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), device}};
    post(QStringLiteral("/api/login"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const HttpOutcome &outcome) {
             if (outcome.error.isError()) {
                 done({}, outcome.error);
                 return;
             }
             const auto decoded = decodeLoginAnswer(outcome.body);
             if (!decoded.value) {
                 done(decoded, {SyncError::Kind::BadAnswer, decoded.error, outcome.status});
                 return;
             }
             done(decoded, {});
         });
}

} // namespace verrijkt
