#pragma once

#include "apierror.h"
#include "credentials.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <variant>

namespace verrijkt::server {

class ServerStore;

using Clock = std::function<qint64()>; // Unix milliseconds

enum class Role { Admin, Regional, Coordinator, Officer };
QString roleKey(Role role); // "admin", "regional", "coordinator", "officer"
std::optional<Role> roleFromKey(const QString &key);

struct UserInfo
{
    QString name;
    Role role = Role::Officer;
    bool disabled = false;
    QStringList schools; // coordinator scope (vestiging codes), sorted
    QJsonObject toJson() const;
};

struct AccountOptions
{
    HashLimits hashLimits = HashLimits::interactive();
    qint64 tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
    int maxFailuresPerUser = 5;
    int maxFailuresPerAddress = 50;
    qint64 failureWindowMs = 15LL * 60 * 1000;
};

// Accounts, roles, passwords, bearer tokens and login throttling; all state in the store so any
// server process can check any token.
class AccountService
{
public:
    AccountService(ServerStore &store, Clock clock, AccountOptions options = {});

    std::optional<ApiError> addUser(const QString &name, const QString &role, const QStringList &schools,
                                    const QString &password);
    std::optional<ApiError> setDisabled(const QString &name, bool disabled); // disabling revokes tokens
    std::optional<ApiError> setPassword(const QString &name, const QString &password); // revokes tokens
    std::optional<ApiError> assignSchools(const QString &name, const QStringList &schools);
    std::optional<UserInfo> user(const QString &name);
    QList<UserInfo> users();

    struct Login
    {
        QString token;
        qint64 expiresAt = 0;
        UserInfo user;
    };
    std::variant<Login, ApiError> login(const QString &name, const QString &password, const QString &device,
                                        const QString &address);
    // The user behind an "Authorization: Bearer <token>" value (the token alone).
    std::variant<UserInfo, ApiError> authenticate(const QString &token);
    std::optional<ApiError> logout(const QString &token);

    static QString normaliseName(const QString &name) { return name.trimmed().toLower(); }

private:
    std::optional<ApiError> checkPassword(const QString &password) const;
    std::optional<ApiError> checkSchools(Role role, const QStringList &schools) const;
    std::optional<ApiError> throttled(const QString &name, const QString &address);
    void recordFailure(const QString &name, const QString &address);
    QStringList schoolsOf(const QString &name);

    ServerStore &m_store;
    Clock m_clock;
    AccountOptions m_options;
    QString m_dummyHash; // verified against for unknown users, so timing does not reveal names
};

} // namespace verrijkt::server
