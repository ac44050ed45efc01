// Account management endpoints of SyncServer (administrators only).
#include "sync/protocol.h"
#include "syncserver.h"

#include <QJsonArray>

namespace verrijkt::server {

namespace {

std::optional<ApiError> onlyFields(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (!known.contains(it.key()))
            return ApiError{400, wire::error::BadRequest,
                            QStringLiteral("unknown field '%1'").arg(it.key().left(40)), it.key()};
    return std::nullopt;
}

std::variant<QStringList, ApiError> schoolList(const QJsonObject &body)
{
    const QJsonValue v = body.value(QLatin1String("schools"));
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        return ApiError{400, wire::error::BadRequest,
                        QStringLiteral("'schools' must be a list of vestiging codes"),
                        QStringLiteral("schools")};
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString())
            return ApiError{400, wire::error::BadRequest,
                            QStringLiteral("'schools' must be a list of vestiging codes"),
                            QStringLiteral("schools")};
        out.append(s.toString());
    }
    return out;
}

ApiError forbidden()
{
    return {403, wire::error::Forbidden, QStringLiteral("only administrators manage accounts"), {}};
}

} // namespace

ApiResponse SyncServer::listUsers(const ApiRequest &request)
{
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    if (std::get<UserInfo>(who).role != Role::Admin)
        return errorResponse(forbidden());
    QJsonArray users;
    for (const UserInfo &u : m_accounts->users())
        users.append(u.toJson());
    return {200, {{QStringLiteral("users"), users}}, {}};
}

ApiResponse SyncServer::createUser(const ApiRequest &request)
{
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    if (std::get<UserInfo>(who).role != Role::Admin)
        return errorResponse(forbidden());
    auto parsed = jsonBody(request, false);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return errorResponse(*e);
    const QJsonObject body = std::get<QJsonObject>(parsed);
    if (auto e = onlyFields(body, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("password"),
                                   QStringLiteral("schools")}))
        return errorResponse(*e);
    for (const char *name : {"name", "role", "password"})
        if (!body.value(QLatin1String(name)).isString())
            return errorResponse({400, wire::error::BadRequest,
                                  QStringLiteral("'%1' must be a text").arg(QLatin1String(name)),
                                  QString::fromLatin1(name)});
    auto schools = schoolList(body);
    if (auto *e = std::get_if<ApiError>(&schools))
        return errorResponse(*e);
    const QString name = body.value(QLatin1String("name")).toString();
    if (auto e = m_accounts->addUser(name, body.value(QLatin1String("role")).toString(),
                                     std::get<QStringList>(schools),
                                     body.value(QLatin1String("password")).toString()))
        return errorResponse(*e);
    return {201, {{QStringLiteral("user"), m_accounts->user(name)->toJson()}}, {}};
}

ApiResponse SyncServer::changeUser(const ApiRequest &request, const QString &name, const QString &action)
{
    auto who = authenticate(request);
    if (auto *e = std::get_if<ApiError>(&who))
        return errorResponse(*e);
    if (std::get<UserInfo>(who).role != Role::Admin)
        return errorResponse(forbidden());
    const QStringList actions{QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("password"),
                              QStringLiteral("schools")};
    if (!actions.contains(action))
        return errorResponse(
            {404,
             wire::error::NotFound,
             QStringLiteral("unknown action '%1' (disable, enable, password, schools)").arg(action.left(40)),
             {}});
    auto parsed = jsonBody(request, action == QLatin1String("disable") || action == QLatin1String("enable"));
    if (auto *e = std::get_if<ApiError>(&parsed))
        return errorResponse(*e);
    const QJsonObject body = std::get<QJsonObject>(parsed);
    std::optional<ApiError> error;
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        error = onlyFields(body, {});
        if (!error)
            error = m_accounts->setDisabled(name, action == QLatin1String("disable"));
    } else if (action == QLatin1String("password")) {
        error = onlyFields(body, {QStringLiteral("password")});
        if (!error && !body.value(QLatin1String("password")).isString())
            error = ApiError{400, wire::error::BadRequest, QStringLiteral("'password' must be a text"),
                             QStringLiteral("password")};
        if (!error)
            error = m_accounts->setPassword(name, body.value(QLatin1String("password")).toString());
    } else {
        error = onlyFields(body, {QStringLiteral("schools")});
        auto schools = schoolList(body);
        if (!error && std::holds_alternative<ApiError>(schools))
            error = std::get<ApiError>(schools);
        if (!error && !body.contains(QLatin1String("schools")))
            error = ApiError{400, wire::error::BadRequest, QStringLiteral("'schools' is required"),
                             QStringLiteral("schools")};
        if (!error)
            error = m_accounts->assignSchools(name, std::get<QStringList>(schools));
    }
    if (error)
        return errorResponse(*error);
    return {200, {{QStringLiteral("user"), m_accounts->user(name)->toJson()}}, {}};
}

} // namespace verrijkt::server
