// Login, logout, push and pull endpoints of SyncServer.
#include "jsontext.h"
#include "pullservice.h"
#include "recordstore.h"
#include "serverlog.h"
#include "serverstore.h"
#include "sync/protocol.h"
#include "syncserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace verrijkt::server {

namespace {

std::optional<ApiError> unknownFields(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (!known.contains(it.key()))
            return ApiError{400, wire::error::BadRequest,
                            QStringLiteral("unknown field '%1'").arg(it.key().left(40)), it.key()};
    return std::nullopt;
}

std::optional<ApiError> requireStrings(const QJsonObject &body, const QStringList &names)
{
    for (const QString &name : names)
        if (!body.value(name).isString())
            return ApiError{400, wire::error::BadRequest, QStringLiteral("'%1' must be a text").arg(name),
                            name};
    return std::nullopt;
}

// The `pull` member of a push, {"cursor": n, "limit": n} (both optional), as the query of a pull
// by the push's device; errors name the member.
std::variant<PullService::Request, ApiError> pullOfPush(const QJsonValue &pull, const QJsonValue &device)
{
    const auto bad = [](const QString &field, const QString &message) {
        return ApiError{400, wire::error::BadRequest, message, field};
    };
    if (!pull.isObject())
        return bad(QStringLiteral("pull"), QStringLiteral("'pull' must be an object {cursor, limit}"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device"), device.toString());
    const QJsonObject o = pull.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString field = QStringLiteral("pull.") + it.key().left(40);
        if (it.key() != QLatin1String("cursor") && it.key() != QLatin1String("limit"))
            return bad(field, QStringLiteral("unknown field '%1'").arg(field));
        const double v = it.value().toDouble(-1);
        // The range first: casting a double beyond qint64 is undefined.
        if (!it.value().isDouble() || std::abs(v) > 9007199254740991.0 ||
            v != static_cast<double>(static_cast<qint64>(v)))
            return bad(field, QStringLiteral("'%1' must be an integer").arg(field));
        query.addQueryItem(it.key(), QString::number(static_cast<qint64>(v)));
    }
    auto parsed = PullService::parse(query);
    if (auto *e = std::get_if<ApiError>(&parsed))
        e->field = e->field == QLatin1String("device") ? e->field : QStringLiteral("pull.") + e->field;
    return parsed;
}

} // namespace

ApiResponse SyncServer::login(const ApiRequest &request)
{
    auto parsed = jsonBody(request, false);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return errorResponse(*e);
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QStringList fields{QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("device")};
    if (auto e = unknownFields(body, fields))
        return errorResponse(*e);
    if (auto e = requireStrings(body, fields))
        return errorResponse(*e);
    auto result = m_accounts->login(body.value(QLatin1String("user")).toString(),
                                    body.value(QLatin1String("password")).toString(),
                                    body.value(QLatin1String("device")).toString(), request.remoteAddress);
    if (auto *e = std::get_if<ApiError>(&result))
        return errorResponse(*e);
    const auto &login = std::get<AccountService::Login>(result);
    const wire::Scope scope = Caller::of(login.user, *m_records).scope();
    return {200,
            {{QStringLiteral("token"), login.token},
             {QStringLiteral("expires"),
              QDateTime::fromMSecsSinceEpoch(login.expiresAt, Qt::UTC).toString(Qt::ISODateWithMs)},
             {QStringLiteral("user"), login.user.name},
             {QStringLiteral("role"), roleKey(login.user.role)},
             {QStringLiteral("schools"), QJsonArray::fromStringList(scope.schools)}},
            {}};
}

ApiResponse SyncServer::logout(const ApiRequest &request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    if (auto e = m_accounts->logout(QString::fromLatin1(header.mid(7).trimmed())))
        return errorResponse(*e);
    return {200, {{QStringLiteral("status"), QStringLiteral("logged_out")}}, {}};
}

ApiResponse SyncServer::push(const ApiRequest &request)
{
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    auto parsed = jsonBody(request, false);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return errorResponse(*e);
    QJsonObject body = std::get<QJsonObject>(parsed);
    // A device with pending mutations asks for its first pull page in the same request: one round
    // trip instead of two. Checked before the push is applied, so a bad `pull` changes nothing.
    std::optional<PullService::Request> pull;
    if (body.contains(QLatin1String("pull"))) {
        auto parsedPull = pullOfPush(body.take(QLatin1String("pull")), body.value(QLatin1String("device")));
        if (auto *e = std::get_if<ApiError>(&parsedPull))
            return errorResponse(*e);
        pull = std::get<PullService::Request>(parsedPull);
    }
    const UserInfo &user = std::get<UserInfo>(who);
    auto result = m_push->push(Caller::of(user, *m_records), body);
    if (auto *e = std::get_if<ApiError>(&result))
        return errorResponse(*e);
    if (!pull)
        return {200, std::get<QJsonObject>(result), {}};
    // The push is committed: its answer goes out even if the page cannot be read (the device then
    // pulls as usual). The page sees the push, and the scope as it stands after it.
    QByteArray json = compactJson(std::get<QJsonObject>(result));
    try {
        const QByteArray page = m_pull->page(Caller::of(user, *m_records), *pull);
        json.chop(1); // the closing brace
        json += ",\"pull\":" + page + '}';
    } catch (const StoreError &e) {
        qCWarning(lcServer) << "push answered without its pull page:" << e.what();
    }
    ApiResponse response;
    response.rawJson = std::move(json);
    return response;
}

ApiResponse SyncServer::pull(const ApiRequest &request)
{
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    const Caller caller = Caller::of(std::get<UserInfo>(who), *m_records);
    auto result = m_pull->pull(caller, request.query);
    if (auto *e = std::get_if<ApiError>(&result))
        return errorResponse(*e);
    ApiResponse response;
    response.rawJson = std::move(std::get<QByteArray>(result));
    return response;
}

} // namespace verrijkt::server
