#include "accounts.h"

#include "core/registerimport.h"
#include "serverlog.h"
#include "serverstore.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace verrijkt::server {

namespace {

constexpr int kMinPasswordLength = 10;
constexpr int kMaxPasswordLength = 1024;

ApiError badField(const QString &field, const QString &message)
{
    return {400, wire::error::BadRequest, message, field};
}

ApiError unauthorized(const QString &message)
{
    return {401, wire::error::Unauthorized, message, {}};
}

bool validUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._@-]{1,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Regional:
        return QStringLiteral("regional");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Officer:
        return QStringLiteral("officer");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Admin, Role::Regional, Role::Coordinator, Role::Officer})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), roleKey(role)},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("schools"), QJsonArray::fromStringList(schools)}};
}

AccountService::AccountService(ServerStore &store, Clock clock, AccountOptions options)
    : m_store(store), m_clock(std::move(clock)), m_options(options)
{
    m_dummyHash = hashPassword(newPassword(), m_options.hashLimits);
}

std::optional<ApiError> AccountService::checkPassword(const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        return badField(QStringLiteral("password"),
                        QStringLiteral("the password needs at least %1 characters").arg(kMinPasswordLength));
    if (password.size() > kMaxPasswordLength)
        return badField(
            QStringLiteral("password"),
            QStringLiteral("the password may have at most %1 characters").arg(kMaxPasswordLength));
    return std::nullopt;
}

std::optional<ApiError> AccountService::checkSchools(Role role, const QStringList &schools) const
{
    if (!schools.isEmpty() && role != Role::Coordinator)
        return badField(
            QStringLiteral("schools"),
            QStringLiteral("only coordinators have assigned schools (officers get theirs from placements)"));
    for (const QString &s : schools)
        if (!isVestigingCode(s))
            return badField(QStringLiteral("schools"),
                            QStringLiteral("'%1' is not a vestiging code (like 11AK00)").arg(s.left(20)));
    return std::nullopt;
}

std::optional<ApiError> AccountService::addUser(const QString &rawName, const QString &role,
                                                const QStringList &schools, const QString &password)
{
    const QString name = normaliseName(rawName);
    if (!validUserName(name))
        return badField(QStringLiteral("name"),
                        QStringLiteral("a user name has 2-64 characters: a-z, 0-9, '.', '_', '@', '-'"));
    const auto r = roleFromKey(role);
    if (!r)
        return badField(QStringLiteral("role"),
                        QStringLiteral("role must be admin, regional, coordinator or officer"));
    if (auto e = checkSchools(*r, schools))
        return e;
    if (auto e = checkPassword(password))
        return e;
    const QString hash = hashPassword(password, m_options.hashLimits);
    if (hash.isEmpty())
        return ApiError{
            503, wire::error::Unavailable, QStringLiteral("not enough memory to hash the password"), {}};

    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    if (m_store.scalar(QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name}).isValid())
        return ApiError{409, wire::error::Conflict, QStringLiteral("user '%1' already exists").arg(name),
                        QStringLiteral("name")};
    m_store.exec(
        QStringLiteral(
            "INSERT INTO users (name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, 0, ?)"),
        {name, role, hash, m_clock()});
    for (const QString &s : schools)
        m_store.exec(QStringLiteral("INSERT INTO user_schools (user_name, vestiging) VALUES (?, ?)"),
                     {name, s});
    tx.commit();
    qCInfo(lcServer) << "user added:" << name << "role" << role;
    return std::nullopt;
}

std::optional<ApiError> AccountService::setDisabled(const QString &rawName, bool disabled)
{
    const QString name = normaliseName(rawName);
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name}).isValid())
        return ApiError{404, wire::error::NotFound, QStringLiteral("no user '%1'").arg(name),
                        QStringLiteral("name")};
    m_store.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"), {disabled ? 1 : 0, name});
    if (disabled)
        m_store.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_name = ?"), {name});
    tx.commit();
    qCInfo(lcServer) << "user" << name << (disabled ? "disabled" : "enabled");
    return std::nullopt;
}

std::optional<ApiError> AccountService::setPassword(const QString &rawName, const QString &password)
{
    const QString name = normaliseName(rawName);
    if (auto e = checkPassword(password))
        return e;
    const QString hash = hashPassword(password, m_options.hashLimits);
    if (hash.isEmpty())
        return ApiError{
            503, wire::error::Unavailable, QStringLiteral("not enough memory to hash the password"), {}};
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name}).isValid())
        return ApiError{404, wire::error::NotFound, QStringLiteral("no user '%1'").arg(name),
                        QStringLiteral("name")};
    m_store.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"), {hash, name});
    m_store.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_name = ?"), {name});
    m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE user_name = ?"), {name});
    tx.commit();
    qCInfo(lcServer) << "password reset for" << name;
    return std::nullopt;
}

std::optional<ApiError> AccountService::assignSchools(const QString &rawName, const QStringList &schools)
{
    const QString name = normaliseName(rawName);
    const auto current = user(name);
    if (!current)
        return ApiError{404, wire::error::NotFound, QStringLiteral("no user '%1'").arg(name),
                        QStringLiteral("name")};
    if (auto e = checkSchools(current->role, schools))
        return e;
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    m_store.exec(QStringLiteral("DELETE FROM user_schools WHERE user_name = ?"), {name});
    QStringList unique = schools;
    unique.removeDuplicates();
    for (const QString &s : unique)
        m_store.exec(QStringLiteral("INSERT INTO user_schools (user_name, vestiging) VALUES (?, ?)"),
                     {name, s});
    tx.commit();
    qCInfo(lcServer) << "schools of" << name << "set to" << unique.size() << "school(s)";
    return std::nullopt;
}

QStringList AccountService::schoolsOf(const QString &name)
{
    QStringList out;
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT vestiging FROM user_schools WHERE user_name = ? ORDER BY vestiging"), {name});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<UserInfo> AccountService::user(const QString &rawName)
{
    const QString name = normaliseName(rawName);
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT role, disabled FROM users WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    UserInfo u;
    u.name = name;
    u.role = roleFromKey(q.value(0).toString()).value_or(Role::Officer);
    u.disabled = q.value(1).toInt() != 0;
    u.schools = schoolsOf(name);
    return u;
}

QList<UserInfo> AccountService::users()
{
    QStringList names;
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT name FROM users ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    QList<UserInfo> out;
    for (const QString &n : names)
        if (auto u = user(n))
            out.append(*u);
    return out;
}

std::optional<ApiError> AccountService::throttled(const QString &name, const QString &address)
{
    const qint64 now = m_clock();
    const qint64 since = now - m_options.failureWindowMs;
    const auto check = [&](const char *column, const QString &value, int max) -> std::optional<ApiError> {
        QSqlQuery q = m_store.exec(
            QStringLiteral(
                "SELECT COUNT(*), MIN(failed_at) FROM login_failures WHERE %1 = ? AND failed_at > ?")
                .arg(QLatin1String(column)),
            {value, since});
        if (!q.next() || q.value(0).toInt() < max)
            return std::nullopt;
        const qint64 waitMs = q.value(1).toLongLong() + m_options.failureWindowMs - now;
        ApiError e{
            429, wire::error::TooManyAttempts, QStringLiteral("too many failed logins; try again later"), {}};
        e.retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
        return e;
    };
    if (auto e = check("user_name", name, m_options.maxFailuresPerUser))
        return e;
    return check("address", address, m_options.maxFailuresPerAddress);
}

void AccountService::recordFailure(const QString &name, const QString &address)
{
    const qint64 now = m_clock();
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    m_store.exec(
        QStringLiteral("INSERT INTO login_failures (user_name, address, failed_at) VALUES (?, ?, ?)"),
        {name, address, now});
    m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE failed_at < ?"),
                 {now - m_options.failureWindowMs});
    tx.commit();
}

std::variant<AccountService::Login, ApiError> AccountService::login(const QString &rawName,
                                                                    const QString &password,
                                                                    const QString &device,
                                                                    const QString &address)
{
    const QString name = normaliseName(rawName);
    if (name.isEmpty() || name.size() > 64)
        return badField(QStringLiteral("user"), QStringLiteral("user must be a user name"));
    if (password.isEmpty() || password.size() > kMaxPasswordLength)
        return badField(QStringLiteral("password"), QStringLiteral("password is missing or too long"));
    if (device.isEmpty() || device.size() > 64)
        return badField(QStringLiteral("device"), QStringLiteral("device must be a text of 1-64 characters"));
    if (auto e = throttled(name, address)) {
        qCWarning(lcServer) << "login throttled for" << name;
        return *e;
    }
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT password_hash, disabled FROM users WHERE name = ?"), {name});
    const bool known = q.next();
    const QString hash = known ? q.value(0).toString() : m_dummyHash;
    const bool disabled = known && q.value(1).toInt() != 0;
    q.finish();
    const bool passwordOk = verifyPassword(hash, password) && known;
    if (!passwordOk) {
        recordFailure(name, address);
        // An unknown "name" may be a password typed into the wrong field: never log it.
        if (known)
            qCInfo(lcServer) << "failed login for" << name;
        else
            qCInfo(lcServer) << "failed login for an unknown user name";
        return ApiError{
            401, wire::error::InvalidCredentials, QStringLiteral("unknown user or wrong password"), {}};
    }
    if (disabled)
        return ApiError{403, wire::error::AccountDisabled, QStringLiteral("this account is disabled"), {}};

    Login result;
    result.token = newToken();
    const qint64 now = m_clock();
    result.expiresAt = now + m_options.tokenLifetimeMs;
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE user_name = ?"), {name});
    m_store.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {now});
    m_store.exec(
        QStringLiteral("INSERT INTO tokens (token_hash, user_name, device, created_at, expires_at, revoked) "
                       "VALUES (?, ?, ?, ?, ?, 0)"),
        {tokenDigest(result.token), name, device, now, result.expiresAt});
    tx.commit();
    result.user = *user(name);
    qCInfo(lcServer) << "login:" << name;
    return result;
}

std::variant<UserInfo, ApiError> AccountService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return unauthorized(QStringLiteral("missing bearer token (Authorization: Bearer <token>)"));
    if (token.size() > 200)
        return unauthorized(QStringLiteral("unknown token"));
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT t.user_name, t.expires_at, t.revoked, u.disabled FROM tokens t "
                                    "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?"),
                     {tokenDigest(token)});
    if (!q.next())
        return unauthorized(QStringLiteral("unknown token; log in again"));
    const QString name = q.value(0).toString();
    if (q.value(2).toInt() != 0)
        return unauthorized(QStringLiteral("token revoked; log in again"));
    if (q.value(1).toLongLong() <= m_clock())
        return unauthorized(QStringLiteral("token expired; log in again"));
    if (q.value(3).toInt() != 0)
        return ApiError{403, wire::error::AccountDisabled, QStringLiteral("this account is disabled"), {}};
    q.finish();
    return *user(name);
}

std::optional<ApiError> AccountService::logout(const QString &token)
{
    auto who = authenticate(token);
    if (auto *e = std::get_if<ApiError>(&who))
        return *e;
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    m_store.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"), {tokenDigest(token)});
    tx.commit();
    qCInfo(lcServer) << "logout:" << std::get<UserInfo>(who).name;
    return std::nullopt;
}

} // namespace verrijkt::server
