#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <memory>

namespace verrijkt {

class Database;
class DeviceStore;
class SyncHttpClient;
class TokenStore;

// The signed-in account. First run: the server address, user name and password go to
// POST /api/login; the token goes to the keychain (or an owner-only file), the account details to
// the device database, so the app stays signed in and works offline afterwards. Signing out revokes
// the token on the server when it can be reached, forgets it on the device and removes the personal
// data (family contacts) from the device.
class AccountSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY accountChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    Q_PROPERTY(QString role READ role NOTIFY accountChanged) // "coordinator", "officer", "regional", "admin"
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY accountChanged)
    Q_PROPERTY(QStringList schools READ schools NOTIFY accountChanged)
    // The school the user works on now (coordinators with several schools pick one); remembered.
    Q_PROPERTY(QString currentSchool READ currentSchool WRITE setCurrentSchool NOTIFY currentSchoolChanged)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY tokenChanged)
    Q_PROPERTY(QString tokenStorage READ tokenStorage NOTIFY tokenChanged) // "keychain" or "file"

public:
    AccountSession(Database &db, DeviceStore *store, std::unique_ptr<TokenStore> tokens,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    bool signedIn() const { return !m_userName.isEmpty(); }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString serverUrl() const { return m_server; }
    QString userName() const { return m_userName; }
    QString role() const { return m_role; }
    QString roleLabel() const;
    QStringList schools() const { return m_schools; }
    QString currentSchool() const;
    void setCurrentSchool(const QString &vestiging);
    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString tokenStorage() const;

    // Reads the account this device was signed in with (if any) and its token. The token arrives
    // asynchronously (keychains are): restoring() until restoreFinished().
    void restore();
    bool restoring() const { return m_restoring; }
    // The server's schools for this account changed (a sync pull carried a new scope).
    void updateSchools(const QStringList &schools);

    // Server address as typed: "verrijkt.example.nl", "https://...", "127.0.0.1:8080".
    Q_INVOKABLE void signIn(const QString &server, const QString &user, const QString &password);
    // Removes the account, its token and the personal data from the device.
    Q_INVOKABLE void signOut();
    // The token was refused (401): keep the account and its data, ask for the password again.
    void tokenRejected();

    static QString normaliseServer(const QString &typed);

signals:
    void accountChanged();
    void busyChanged();
    void errorChanged();
    void tokenChanged();
    void signedInFresh(); // a successful sign-in (not a restore): time for the first sync
    void signedOutDone();
    void restoreFinished();
    void currentSchoolChanged();

private:
    void setBusy(bool busy);
    void setError(const QString &error);
    void setToken(const QString &token);
    QString accountKey() const;

    Database &m_db;
    QPointer<DeviceStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncHttpClient> m_http;
    QString m_server;
    QString m_userName;
    QString m_role;
    QStringList m_schools;
    QString m_currentSchool;
    QString m_token;
    QString m_error;
    bool m_busy = false;
    bool m_restoring = false;
};

} // namespace verrijkt
