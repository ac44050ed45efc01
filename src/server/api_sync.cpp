// Login, logout, push and pull endpoints of SyncServer.
#include "pullservice.h"
#include "recordstore.h"
#include "sync/protocol.h"
#include "syncserver.h"

#include <QDateTime>
#include <QJsonArray>

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
    const Caller caller = Caller::of(std::get<UserInfo>(who), *m_records);
    auto result = m_push->push(caller, std::get<QJsonObject>(parsed));
    if (auto *e = std::get_if<ApiError>(&result))
        return errorResponse(*e);
    return {200, std::get<QJsonObject>(result), {}};
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
