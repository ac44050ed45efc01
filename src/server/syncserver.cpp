#include "syncserver.h"

#include "pullservice.h"
#include "recordstore.h"
#include "serverlog.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringDecoder>

namespace verrijkt::server {

namespace {

ApiError notFound(const QString &path)
{
    return {404, wire::error::NotFound, QStringLiteral("no such endpoint: %1").arg(path.left(100)), {}};
}

} // namespace

ApiResponse errorResponse(const ApiError &error)
{
    ApiResponse r{error.status, error.toJson(), {}};
    if (error.retryAfterSeconds > 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds)});
    return r;
}

SyncServer::SyncServer(const ServerOptions &options) : m_options(options)
{
    m_clock = options.clock ? options.clock : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

SyncServer::~SyncServer() = default;

std::unique_ptr<SyncServer> SyncServer::create(const ServerOptions &options, QString *error)
{
    if (!initialiseCrypto()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return nullptr;
    }
    std::unique_ptr<SyncServer> server(new SyncServer(options));
    server->m_store = ServerStore::open(options.store, error);
    if (!server->m_store)
        return nullptr;
    // Each process gets its own HLC node id, so two processes never produce the same timestamp.
    const QString node =
        QStringLiteral("server-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const Clock clock = server->m_clock;
    server->m_hlc = std::make_unique<HybridLogicalClock>(node, [clock] { return clock(); });
    server->m_accounts = std::make_unique<AccountService>(*server->m_store, clock, options.accounts);
    server->m_records = std::make_unique<RecordStore>(*server->m_store, clock);
    server->m_push = std::make_unique<PushService>(*server->m_store, *server->m_records, *server->m_hlc,
                                                   clock, options.push);
    server->m_pull = std::make_unique<PullService>(*server->m_store, *server->m_hlc, clock);
    return server;
}

ApiResponse SyncServer::handle(const ApiRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ApiResponse response;
    try {
        response = dispatch(request);
        m_store->releaseStatements();
    } catch (const StoreError &e) {
        m_store->releaseStatements();
        // Details go to the log (they never contain request bodies); the client just retries.
        qCWarning(lcServer) << "database failure:" << e.what();
        response = errorResponse(
            {503,
             wire::error::Unavailable,
             QStringLiteral("the database is unavailable; nothing was changed, try again later"),
             {}});
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "internal error:" << e.what();
        response = errorResponse(
            {500, QStringLiteral("internal_error"), QStringLiteral("internal server error"), {}});
    }
    response.headers.append({wire::kProtocolHeader, QByteArray::number(wire::kProtocolVersion)});
    qCInfo(lcServer).noquote() << request.method << request.path << response.status << timer.elapsed()
                               << "ms";
    return response;
}

ApiResponse SyncServer::dispatch(const ApiRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    const auto only = [&](const char *allowed) -> std::optional<ApiResponse> {
        if (method == allowed)
            return std::nullopt;
        ApiResponse r =
            errorResponse({405,
                           wire::error::MethodNotAllowed,
                           QStringLiteral("%1 %2 is not allowed; use %3")
                               .arg(QString::fromLatin1(method.left(10)), path, QLatin1String(allowed)),
                           {}});
        r.headers.append({QByteArrayLiteral("Allow"), QByteArray(allowed)});
        return r;
    };

    if (path == QLatin1String("/api/health")) {
        if (auto r = only("GET"))
            return *r;
        if (auto e = checkProtocol(request, true))
            return errorResponse(*e);
        return health();
    }
    if (!path.startsWith(QLatin1String("/api/")))
        return errorResponse(notFound(path));
    if (auto e = checkProtocol(request, false))
        return errorResponse(*e);
    if (request.body.size() > wire::kMaxBodyBytes)
        return errorResponse({413,
                              wire::error::BodyTooLarge,
                              QStringLiteral("the body has %1 bytes; at most %2 are accepted")
                                  .arg(request.body.size())
                                  .arg(wire::kMaxBodyBytes),
                              {}});

    // Handlers run only after the method check, never for a refused method.
    if (path == QLatin1String("/api/login") || path == QLatin1String("/api/logout") ||
        path == QLatin1String("/api/sync/push")) {
        if (auto r = only("POST"))
            return *r;
        if (path == QLatin1String("/api/login"))
            return login(request);
        return path == QLatin1String("/api/logout") ? logout(request) : push(request);
    }
    if (path == QLatin1String("/api/sync/pull")) {
        if (auto r = only("GET"))
            return *r;
        return pull(request);
    }
    if (path == QLatin1String("/api/users")) {
        if (method == "GET")
            return listUsers(request);
        if (method == "POST")
            return createUser(request);
        return *only("GET, POST");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    // "", "api", "users", NAME, ACTION
    if (parts.size() == 5 && parts.at(2) == QLatin1String("users") && !parts.at(3).isEmpty()) {
        if (auto r = only("POST"))
            return *r;
        return changeUser(request, parts.at(3), parts.at(4));
    }
    return errorResponse(notFound(path));
}

std::optional<ApiError> SyncServer::checkProtocol(const ApiRequest &request, bool optional) const
{
    const QByteArray value = request.header(wire::kProtocolHeader);
    if (value.isEmpty() && optional)
        return std::nullopt;
    bool ok = false;
    const int version = value.trimmed().toInt(&ok);
    if (!ok || version < wire::kMinProtocolVersion) {
        ApiError e{426, wire::error::UpgradeRequired,
                   value.isEmpty()
                       ? QStringLiteral("the X-Verrijkt-Protocol header is missing; update the app")
                       : QStringLiteral("protocol version %1 is no longer supported; update the app")
                             .arg(QString::fromLatin1(value.left(20))),
                   QString::fromLatin1(wire::kProtocolHeader)};
        e.extra.insert(QStringLiteral("min_protocol"), wire::kMinProtocolVersion);
        return e;
    }
    if (version > wire::kProtocolVersion) {
        ApiError e{400, wire::error::UnsupportedProtocol,
                   QStringLiteral("this server speaks protocol %1 at most").arg(wire::kProtocolVersion),
                   QString::fromLatin1(wire::kProtocolHeader)};
        e.extra.insert(QStringLiteral("max_protocol"), wire::kProtocolVersion);
        return e;
    }
    return std::nullopt;
}

std::variant<QJsonObject, ApiError> SyncServer::jsonBody(const ApiRequest &request, bool emptyAllowed) const
{
    if (request.body.trimmed().isEmpty()) {
        if (emptyAllowed)
            return QJsonObject();
        return ApiError{
            400, wire::error::BadRequest, QStringLiteral("the request needs a JSON object body"), {}};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString decoded = utf8.decode(request.body);
    if (utf8.hasError())
        return ApiError{400, wire::error::InvalidUtf8, QStringLiteral("the body is not valid UTF-8"), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError{400,
                        wire::error::MalformedJson,
                        QStringLiteral("malformed JSON at byte %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()),
                        {}};
    if (!doc.isObject())
        return ApiError{400, wire::error::BadRequest, QStringLiteral("the body must be a JSON object"), {}};
    return doc.object();
}

std::variant<UserInfo, ApiError> SyncServer::authenticate(const ApiRequest &request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return ApiError{401,
                        wire::error::Unauthorized,
                        QStringLiteral("missing bearer token (Authorization: Bearer <token>)"),
                        {}};
    if (!header.startsWith("Bearer "))
        return ApiError{401,
                        wire::error::Unauthorized,
                        QStringLiteral("the Authorization header must be 'Bearer <token>'"),
                        {}};
    return m_accounts->authenticate(QString::fromLatin1(header.mid(7).trimmed()));
}

ApiResponse SyncServer::health()
{
    const int schema = m_store->schemaVersion();
    return {200,
            {{QStringLiteral("status"), QStringLiteral("ok")},
             {QStringLiteral("protocol"), wire::kProtocolVersion},
             {QStringLiteral("min_protocol"), wire::kMinProtocolVersion},
             {QStringLiteral("schema"), wire::kWireSchemaVersion},
             {QStringLiteral("server_schema"), schema},
             {QStringLiteral("backend"), m_store->backendName()}},
            {}};
}

} // namespace verrijkt::server
