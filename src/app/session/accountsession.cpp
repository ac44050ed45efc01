#include "accountsession.h"

#include "personaldata.h"
#include "shell/applog.h"
#include "shell/devicestore.h"
#include "shell/fieldlabels.h"
#include "storage/database.h"
#include "synchttpclient.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QUrl>

namespace verrijkt {

namespace {

const QString kServerKey = QStringLiteral("account.server");
const QString kUserKey = QStringLiteral("account.user");
const QString kRoleKey = QStringLiteral("account.role");
const QString kSchoolsKey = QStringLiteral("account.schools");

// The schools as stored: "" (never NULL, which the settings column refuses) for an account without
// schools, such as the regional team's.
QString schoolsSetting(const QStringList &schools)
{
    return schools.isEmpty() ? QStringLiteral("") : schools.join(QLatin1Char(','));
}

QString loginErrorText(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::Unauthorized:
        return QCoreApplication::translate("AccountSession", "The user name or password is not right.");
    case SyncError::Kind::ServerBusy:
        if (error.httpStatus == 429)
            return QCoreApplication::translate("AccountSession",
                                               "Too many attempts. Wait a few minutes and try again.");
        break;
    case SyncError::Kind::Refused:
        if (error.httpStatus == 403)
            return QCoreApplication::translate("AccountSession",
                                               "This account has been switched off. Ask the regional team.");
        break;
    case SyncError::Kind::BadAnswer:
        return QCoreApplication::translate(
            "AccountSession", "The address does not lead to a Verrijkt server. Check the server address.");
    default:
        break;
    }
    return error.message(fieldlabels::uiLanguage());
}

} // namespace

AccountSession::AccountSession(Database &db, DeviceStore *store, std::unique_ptr<TokenStore> tokens,
                               QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_tokens(std::move(tokens))
{
}

AccountSession::~AccountSession() = default;

QString AccountSession::normaliseServer(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://"))) {
        // A bare local address is plain HTTP (the demo server); everything else must be HTTPS.
        const bool local =
            text.startsWith(QLatin1String("127.")) || text.startsWith(QLatin1String("localhost"));
        text.prepend(local ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString out =
        url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return out;
}

QString AccountSession::roleLabel() const
{
    if (m_role == QLatin1String("coordinator"))
        return QCoreApplication::translate("AccountSession", "School coordinator");
    if (m_role == QLatin1String("officer"))
        return QCoreApplication::translate("AccountSession", "Bridge officer");
    if (m_role == QLatin1String("regional"))
        return QCoreApplication::translate("AccountSession", "Regional team");
    if (m_role == QLatin1String("admin"))
        return QCoreApplication::translate("AccountSession", "Administrator");
    return {};
}

QString AccountSession::tokenStorage() const
{
    return m_tokens ? m_tokens->kind() : QString();
}

QString AccountSession::accountKey() const
{
    return m_server + QLatin1Char('|') + m_userName;
}

void AccountSession::restore()
{
    m_server = m_db.setting(kServerKey).value_or(QString());
    m_userName = m_db.setting(kUserKey).value_or(QString());
    m_role = m_db.setting(kRoleKey).value_or(QString());
    const QString schools = m_db.setting(kSchoolsKey).value_or(QString());
    m_schools = schools.isEmpty() ? QStringList() : schools.split(QLatin1Char(','));
    if (m_store) {
        m_store->setUserName(m_userName);
        m_currentSchool = m_store->preference(QStringLiteral("current_school"));
    }
    emit accountChanged();
    emit currentSchoolChanged();
    if (!signedIn() || !m_tokens)
        return;
    m_restoring = true;
    m_tokens->read(accountKey(), [this](bool ok, const QString &token, const QString &error) {
        if (!ok)
            qCWarning(lcApp) << "could not read the stored token:" << error;
        m_restoring = false;
        setToken(token); // empty: signed in offline, the next sync asks for the password
        emit restoreFinished();
    });
}

void AccountSession::signIn(const QString &server, const QString &user, const QString &password)
{
    const QString url = normaliseServer(server);
    if (url.isEmpty()) {
        setError(QCoreApplication::translate("AccountSession",
                                             "Enter the server address, for example verrijkt.nijbegun.nl."));
        return;
    }
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        setError(QCoreApplication::translate("AccountSession", "Enter your user name and password."));
        return;
    }
    setError({});
    setBusy(true);
    m_http = std::make_unique<SyncHttpClient>(QUrl(url));
    m_http->setTimeoutMs(20'000);
    const QString userName = user.trimmed();
    m_http->login(
        userName, password, m_db.deviceId(),
        [this, url, userName](const Decoded<LoginAnswer> &answer, const SyncError &error) {
            if (error.isError() || !answer.value) {
                setBusy(false);
                setError(loginErrorText(error));
                return;
            }
            const LoginAnswer &login = *answer.value;
            QString dbError;
            if (!m_db.setSetting(kServerKey, url, &dbError) ||
                !m_db.setSetting(kUserKey, userName, &dbError) ||
                !m_db.setSetting(kRoleKey, login.role, &dbError) ||
                !m_db.setSetting(kSchoolsKey, schoolsSetting(login.schools), &dbError)) {
                setBusy(false);
                setError(QCoreApplication::translate(
                             "AccountSession", "Signing in worked, but this device could not save it: %1")
                             .arg(dbError));
                return;
            }
            m_server = url;
            m_userName = userName;
            m_role = login.role;
            m_schools = login.schools;
            emit currentSchoolChanged();
            if (m_store)
                m_store->setUserName(m_userName);
            const QString token = login.token;
            m_tokens->write(accountKey(), token, [this, token](bool ok, const QString &, const QString &e) {
                if (!ok)
                    qCWarning(lcApp) << "could not keep the token on the device:" << e;
                setToken(token);
                setBusy(false);
                emit accountChanged();
                emit signedInFresh();
            });
        });
}

QString AccountSession::currentSchool() const
{
    if (m_schools.contains(m_currentSchool))
        return m_currentSchool;
    return m_schools.isEmpty() ? QString() : m_schools.first();
}

void AccountSession::setCurrentSchool(const QString &vestiging)
{
    if (vestiging == m_currentSchool)
        return;
    m_currentSchool = vestiging;
    if (m_store)
        m_store->setPreference(QStringLiteral("current_school"), vestiging);
    emit currentSchoolChanged();
}

void AccountSession::updateSchools(const QStringList &schools)
{
    if (schools == m_schools || !signedIn())
        return;
    m_schools = schools;
    m_db.setSetting(kSchoolsKey, schoolsSetting(schools));
    emit accountChanged();
    emit currentSchoolChanged();
}

void AccountSession::tokenRejected()
{
    if (m_tokens && signedIn())
        m_tokens->remove(accountKey(), [](bool, const QString &, const QString &) {});
    setToken({});
    setError(QCoreApplication::translate(
        "AccountSession", "Your session on the server has ended. Sign in again to keep synchronising."));
}

void AccountSession::signOut()
{
    if (!signedIn())
        return;
    // Personal data first: if it cannot be removed, the user stays signed in and is told so.
    QString error;
    if (!purgePersonalData(m_db, &error)) {
        qCWarning(lcApp) << "removing personal data failed:" << error;
        setError(QCoreApplication::translate(
            "AccountSession",
            "The family contacts could not be removed from this device, so you are still signed in. "
            "Please try again."));
        return;
    }
    // Revoke the token on the server when it is reachable; signing out never waits for it.
    if (!m_token.isEmpty()) {
        auto *http = new SyncHttpClient(QUrl(m_server), this);
        http->setToken(m_token);
        http->setTimeoutMs(5'000);
        http->post(QStringLiteral("/api/logout"), QByteArrayLiteral("{}"),
                   [http](const HttpOutcome &) { http->deleteLater(); });
    }
    if (m_tokens)
        m_tokens->remove(accountKey(), [](bool ok, const QString &, const QString &error) {
            if (!ok)
                qCWarning(lcApp) << "could not remove the token:" << error;
        });
    for (const QString &key : {kServerKey, kUserKey, kRoleKey, kSchoolsKey})
        m_db.setSetting(key, QStringLiteral("")); // empty, not NULL: the settings column refuses NULL
    m_server.clear();
    m_userName.clear();
    m_role.clear();
    m_schools.clear();
    m_currentSchool.clear();
    if (m_store) {
        m_store->setPreference(QStringLiteral("current_school"), QStringLiteral(""));
        m_store->setUserName({});
        m_store->notifyChanged();
    }
    setToken({});
    setError({});
    emit accountChanged();
    emit signedOutDone();
}

void AccountSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AccountSession::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void AccountSession::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    emit tokenChanged();
}

} // namespace verrijkt
