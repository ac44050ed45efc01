#pragma once

#include "languagesettings.h"
#include "session/accountsession.h"
#include "shell/devicestore.h"
#include "syncstatus/syncstatus.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <memory>

namespace verrijkt {

class Database;
class SqliteSyncStore;

struct AppOptions
{
    QString databasePath;       // the device database (created on first run)
    QString tokenFolder;        // where the owner-only token file goes when there is no keychain
    bool preferKeychain = true; // false: always the file (tests)
    QDate today;                // pins "today" (screenshots, tests); invalid = the system date
};

// The composition root: opens the device database and builds the objects the screens bind to.
// Handed to Main.qml as its required `app` property; pages get it from there and hand `app.store`
// to the models they create. Nothing is a global singleton, so tests build their own.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(verrijkt::DeviceStore *store READ store CONSTANT)
    Q_PROPERTY(verrijkt::AccountSession *account READ account CONSTANT)
    Q_PROPERTY(verrijkt::LanguageSettings *language READ language CONSTANT)
    Q_PROPERTY(verrijkt::SyncStatus *sync READ sync CONSTANT)

public:
    static std::unique_ptr<AppContext> create(const AppOptions &options, QQmlEngine *engine, QString *error);
    ~AppContext() override;

    Database &database() const { return *m_db; }
    DeviceStore *store() const { return m_store; }
    AccountSession *account() const { return m_account; }
    LanguageSettings *language() const { return m_language; }
    SyncStatus *sync() const { return m_sync; }
    SqliteSyncStore *syncStore() const { return m_syncStore.get(); }

    // The default place of the device database and the token file.
    static AppOptions defaultOptions();

private:
    AppContext(std::unique_ptr<Database> db, std::unique_ptr<SqliteSyncStore> syncStore,
               const AppOptions &options, QQmlEngine *engine);
    void connectSync();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqliteSyncStore> m_syncStore;
    SyncStatus *m_sync = nullptr;
    DeviceStore *m_store = nullptr;
    AccountSession *m_account = nullptr;
    LanguageSettings *m_language = nullptr;
};

} // namespace verrijkt
