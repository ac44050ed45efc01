#include "blockinghttp.h"

#include "protocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace verrijkt::synctesting {

HttpResult BlockingHttp::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                              const QString &token, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
    request.setRawHeader(wire::kProtocolHeader, QByteArray::number(wire::kProtocolVersion));
    request.setRawHeader(wire::kSchemaHeader, QByteArray::number(wire::kWireSchemaVersion));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult out;
    if (!reply->isFinished()) {
        reply->abort();
        out.networkError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    if (out.status == 0 && out.networkError.isEmpty())
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpResult BlockingHttp::get(const QString &pathAndQuery, const QString &token, int timeoutMs)
{
    return send("GET", pathAndQuery, {}, token, timeoutMs);
}

HttpResult BlockingHttp::post(const QString &path, const QJsonObject &body, const QString &token,
                              int timeoutMs)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, timeoutMs);
}

QString BlockingHttp::login(const QString &user, const QString &password, const QString &device,
                            QString *error)
{
    const HttpResult r = post(QStringLiteral("/api/login"), {{QStringLiteral("user"), user},
                                                             {QStringLiteral("password"), password},
                                                             {QStringLiteral("device"), device}});
    const QString token = r.json.value(QLatin1String("token")).toString();
    if (r.status != 200 || token.isEmpty()) {
        *error = QStringLiteral("login of %1: HTTP %2 %3 %4")
                     .arg(user)
                     .arg(r.status)
                     .arg(QString::fromUtf8(r.body.left(200)), r.networkError);
        return {};
    }
    return token;
}

bool BlockingHttp::pullAll(const QString &token, const QString &device, RecordSet *records,
                           QJsonObject *scope, QString *error, int limit)
{
    qint64 cursor = 0;
    for (int page = 0; page < 100'000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("device"), device);
        const HttpResult r =
            get(QStringLiteral("/api/sync/pull?") + query.toString(QUrl::FullyEncoded), token);
        if (r.status != 200) {
            *error = QStringLiteral("pull from %1: HTTP %2 %3 %4")
                         .arg(cursor)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(200)), r.networkError);
            return false;
        }
        applyPulledChanges(*records, r.json.value(QLatin1String("changes")).toArray());
        if (scope)
            *scope = r.json.value(QLatin1String("scope")).toObject();
        cursor = r.json.value(QLatin1String("cursor")).toInteger();
        if (!r.json.value(QLatin1String("more")).toBool())
            return true;
    }
    *error = QStringLiteral("pull did not end");
    return false;
}

} // namespace verrijkt::synctesting
