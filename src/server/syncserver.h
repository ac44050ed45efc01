#pragma once

#include "accounts.h"
#include "apierror.h"
#include "apitypes.h"
#include "core/hlc.h"
#include "pushservice.h"
#include "serverstore.h"

#include <QJsonObject>
#include <memory>
#include <optional>
#include <variant>

namespace verrijkt::server {

class PullService;
class RecordStore;

struct ServerOptions
{
    StoreConfig store;
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString tlsCert; // PEM files; both or neither
    QString tlsKey;
    PushOptions push;
    AccountOptions accounts;
    Clock clock; // empty: the system clock (tests inject their own)
};

// The whole server minus the network: owns the store and the services and answers ApiRequests.
// HttpFrontend puts it on a socket; tests can also call handle() directly.
class SyncServer
{
public:
    static std::unique_ptr<SyncServer> create(const ServerOptions &options, QString *error);
    ~SyncServer();

    ApiResponse handle(const ApiRequest &request);

    ServerStore &store() { return *m_store; }
    AccountService &accounts() { return *m_accounts; }
    const ServerOptions &options() const { return m_options; }

private:
    explicit SyncServer(const ServerOptions &options);

    struct Route;
    ApiResponse dispatch(const ApiRequest &request);
    std::optional<ApiError> checkProtocol(const ApiRequest &request, bool optional) const;
    std::variant<QJsonObject, ApiError> jsonBody(const ApiRequest &request, bool emptyAllowed) const;
    std::variant<UserInfo, ApiError> authenticate(const ApiRequest &request);

    ApiResponse health();
    ApiResponse login(const ApiRequest &request);
    ApiResponse logout(const ApiRequest &request);
    ApiResponse push(const ApiRequest &request);
    ApiResponse pull(const ApiRequest &request);
    ApiResponse listUsers(const ApiRequest &request);
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse changeUser(const ApiRequest &request, const QString &name, const QString &action);

    ServerOptions m_options;
    Clock m_clock;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<PushService> m_push;
    std::unique_ptr<PullService> m_pull;
};

ApiResponse errorResponse(const ApiError &error);

} // namespace verrijkt::server
