#include "bench_sync_crowd.h"

#include "blockinghttp.h"
#include "core/hlc.h"
#include "core/uuid7.h"
#include "sync/protocol.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace verrijkt::bench {

namespace {

// One device: its own connection (a QNetworkAccessManager of its own, as each real device has).
struct Device
{
    WireDevice account;
    QString school; // the first of the account's schools: where its sessions are recorded
    QString id;
    QString token;
    qint64 cursor = 0;
    qint64 n = 0;
    std::unique_ptr<QNetworkAccessManager> network;
    QElapsedTimer timer;
};

QNetworkRequest request(const QUrl &server, const QString &path, const QUrlQuery &query, const QString &token)
{
    QUrl url = server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader(wire::kProtocolHeader, QByteArray::number(wire::kProtocolVersion));
    r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return r;
}

QByteArray pushBody(Device &d)
{
    QJsonArray mutations;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int k = 0; k < 2; ++k) {
        const QString hlc = HlcTimestamp{now, static_cast<quint32>(k), d.id}.toString();
        const QJsonObject fields{{QStringLiteral("vestiging"), d.school},
                                 {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                                 {QStringLiteral("domain"), QStringLiteral("sport_en_bewegen")},
                                 {QStringLiteral("provider"), QStringLiteral("Sportbedrijf")},
                                 {QStringLiteral("hours"), 1},
                                 {QStringLiteral("pupils"), 10},
                                 {QStringLiteral("groups"), 15},
                                 {QStringLiteral("withdrawn"), false},
                                 {QStringLiteral("recorded_by"), d.account.user}};
        mutations.append(QJsonObject{{QStringLiteral("n"), ++d.n},
                                     {QStringLiteral("entity"), QStringLiteral("enrichment_session")},
                                     {QStringLiteral("id"), createUuidV7().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("op"), QStringLiteral("insert")},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("hlc"), hlc}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("device"), d.id}, {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

CrowdResult wireCrowd(const QUrl &server, const QList<WireDevice> &devices, int rounds,
                      const std::function<void()> &roundsStart)
{
    CrowdResult result;
    std::vector<std::unique_ptr<Device>> all;
    synctesting::BlockingHttp http(server);
    for (const WireDevice &account : devices) {
        auto d = std::make_unique<Device>();
        d->account = account;
        d->id = QStringLiteral("wire-%1-%2").arg(account.user).arg(QDateTime::currentMSecsSinceEpoch());
        const auto login =
            http.post(QStringLiteral("/api/login"), {{QStringLiteral("user"), account.user},
                                                     {QStringLiteral("password"), account.password},
                                                     {QStringLiteral("device"), d->id}});
        d->token = login.json.value(QLatin1String("token")).toString();
        d->school = login.json.value(QLatin1String("schools")).toArray().at(0).toString();
        if (d->token.isEmpty() || d->school.isEmpty()) {
            result.failures++;
            result.firstFailure =
                QStringLiteral("login of %1: %2").arg(account.user, QString::fromUtf8(login.body));
            return result;
        }
        // Catch up first (not timed): every round then pulls just what is new.
        for (bool more = true; more;) {
            const auto r = http.get(
                QStringLiteral("/api/sync/pull?device=%1&cursor=%2&limit=5000").arg(d->id).arg(d->cursor),
                d->token);
            d->cursor = static_cast<qint64>(r.json.value(QLatin1String("cursor")).toDouble());
            more = r.json.value(QLatin1String("more")).toBool();
        }
        d->network = std::make_unique<QNetworkAccessManager>();
        all.push_back(std::move(d));
    }
    const auto fail = [&](const QString &why) {
        if (result.failures++ == 0)
            result.firstFailure = why;
    };
    if (roundsStart)
        roundsStart();
    for (int round = 0; round < rounds; ++round) {
        int open = static_cast<int>(all.size());
        QEventLoop loop;
        for (auto &owned : all) {
            Device *d = owned.get();
            d->timer.start();
            QNetworkReply *push = d->network->post(
                request(server, QStringLiteral("/api/sync/push"), {}, d->token), pushBody(*d));
            QObject::connect(push, &QNetworkReply::finished, push, [&, d, push] {
                push->deleteLater();
                if (push->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    fail(QStringLiteral("push: %1").arg(QString::fromUtf8(push->readAll().left(200))));
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("device"), d->id);
                query.addQueryItem(QStringLiteral("cursor"), QString::number(d->cursor));
                query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
                QNetworkReply *pull =
                    d->network->get(request(server, QStringLiteral("/api/sync/pull"), query, d->token));
                QObject::connect(pull, &QNetworkReply::finished, pull, [&, d, pull] {
                    pull->deleteLater();
                    const QJsonObject page = QJsonDocument::fromJson(pull->readAll()).object();
                    if (pull->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                        fail(QStringLiteral("pull failed"));
                    d->cursor = static_cast<qint64>(page.value(QLatin1String("cursor")).toDouble());
                    result.roundMs << d->timer.nsecsElapsed() / 1e6;
                    if (--open == 0)
                        loop.quit();
                });
            });
        }
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

} // namespace verrijkt::bench
