#include "appcontext.h"

#include "applog.h"
#include "devicestore.h"
#include "languagesettings.h"
#include "session/accountsession.h"
#include "session/tokenstore.h"
#include "sqlitesyncstore.h"
#include "storage/database.h"

#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>

namespace verrijkt {

AppOptions AppContext::defaultOptions()
{
    AppOptions options;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.databasePath =
        qEnvironmentVariable("VERRIJKT_DB", QDir(folder).filePath(QStringLiteral("verrijkt.db")));
    options.tokenFolder = folder;
    return options;
}

std::unique_ptr<AppContext> AppContext::create(const AppOptions &options, QQmlEngine *engine, QString *error)
{
    QDir().mkpath(QFileInfo(options.databasePath).absolutePath());
    auto db = Database::open(options.databasePath, error);
    if (!db)
        return nullptr;
    // From here on every repository write also queues its outbox entry, in the same transaction.
    auto syncStore = SqliteSyncStore::attach(*db, error);
    if (!syncStore)
        return nullptr;
    return std::unique_ptr<AppContext>(new AppContext(std::move(db), std::move(syncStore), options, engine));
}

AppContext::AppContext(std::unique_ptr<Database> db, std::unique_ptr<SqliteSyncStore> syncStore,
                       const AppOptions &options, QQmlEngine *engine)
    : m_db(std::move(db)), m_syncStore(std::move(syncStore))
{
    m_store = new DeviceStore(m_db.get(), this);
    if (options.today.isValid())
        m_store->setToday(options.today);
    m_language = new LanguageSettings(engine, this);
    const QString language = m_store->preference(QStringLiteral("language"));
    if (!language.isEmpty())
        m_language->setLanguage(language);
    connect(m_language, &LanguageSettings::languageChanged, this,
            [this] { m_store->setPreference(QStringLiteral("language"), m_language->language()); });

    m_sync = new SyncStatus(m_syncStore.get(), this);
    m_account = new AccountSession(*m_db, m_store,
                                   createTokenStore(options.tokenFolder, options.preferKeychain), this);
    connectSync();
    m_account->restore();
}

void AppContext::connectSync()
{
    // The engine runs while there is a token: after signing in, or once a restored token is read.
    connect(m_account, &AccountSession::tokenChanged, this, [this] {
        if (m_account->signedIn() && m_account->hasToken())
            m_sync->start(QUrl(m_account->serverUrl()), m_account->token());
        else
            m_sync->stop();
    });
    connect(m_account, &AccountSession::signedInFresh, m_sync, &SyncStatus::syncNow);
    connect(m_account, &AccountSession::signedOutDone, this, [this] {
        m_sync->stop();
        m_store->notifyChanged();
    });
    connect(m_sync, &SyncStatus::tokenRefused, m_account, &AccountSession::tokenRejected);
    connect(m_store, &DeviceStore::localWrite, m_sync, &SyncStatus::localWrite);
    connect(m_sync, &SyncStatus::roundFinished, this, [this] {
        if (m_sync->lastPulled() > 0) {
            if (const auto scope = m_syncStore->lastScope(); scope && !scope->allSchools)
                m_account->updateSchools(scope->schools);
            m_store->notifyChanged(); // new data: every screen re-reads
        } else {
            m_store->syncStatesChanged(); // only sent/refused states moved
        }
    });
}

AppContext::~AppContext()
{
    // Children first: they hold pointers into the database.
    delete m_account;
    delete m_sync;
    delete m_store;
}

} // namespace verrijkt
