#include "liveserver.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace verrijkt::testing {

LiveServer::LiveServer()
{
    REQUIRE(m_dir.isValid());
    server::ServerOptions options;
    options.store.backend = server::Backend::Sqlite;
    options.store.sqlitePath = m_dir.filePath(QStringLiteral("server.db"));
    options.accounts.hashLimits = server::HashLimits::minimum();
    options.clock = [this] { return now.load(); };
    QString error;
    m_server = server::SyncServer::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(m_server);
    m_http = std::make_unique<server::HttpFrontend>(*m_server);
    m_port = m_http->serve(QHostAddress::LocalHost, 0);
    REQUIRE(m_port != 0);
}

LiveServer::~LiveServer()
{
    m_http.reset();
    m_server.reset();
}

QUrl LiveServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString LiveServer::addUser(const QString &name, const QString &role, const QStringList &schools)
{
    const QString password = QStringLiteral("wachtwoord-%1-2026").arg(name);
    const auto error = m_server->accounts().addUser(name, role, schools, password);
    INFO((error ? error->message : QString()).toStdString());
    REQUIRE_FALSE(error);
    return password;
}

QString loginBlocking(const QUrl &server, const QString &user, const QString &password, const QString &device)
{
    SyncHttpClient http(server);
    QString token;
    QEventLoop loop;
    http.login(user, password, device, [&](const Decoded<LoginAnswer> &answer, const SyncError &) {
        if (answer.value)
            token = answer.value->token;
        loop.quit();
    });
    loop.exec();
    return token;
}

LiveDevice::LiveDevice(LiveServer &server, const QString &user, const QString &password) : m_server(server)
{
    REQUIRE(m_dir.isValid());
    DatabaseOptions options;
    options.wallClock = [&server] { return server.now.load(); };
    QString error;
    m_db = Database::open(path(), &error, options);
    INFO(error.toStdString());
    REQUIRE(m_db);
    m_store = SqliteSyncStore::attach(*m_db, &error);
    INFO(error.toStdString());
    REQUIRE(m_store);
    SyncEngineConfig config;
    config.backoff = {20, 200, 2.0};
    config.maxRetries = 2;
    config.pullLimit = 50;
    config.pushBatch = 20;
    m_engine = std::make_unique<SyncEngine>(*m_store, server.url(), config);
    const QString token = loginBlocking(server.url(), user, password, m_store->deviceId());
    REQUIRE_FALSE(token.isEmpty());
    m_engine->setToken(token);
}

LiveDevice::~LiveDevice()
{
    m_engine.reset();
    m_store.reset();
    m_db.reset();
}

QDate LiveDevice::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_server.now.load(), QTimeZone("Europe/Amsterdam")).date();
}

bool LiveDevice::sync()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_engine->sync();
    if (!finished.wait(30000))
        return false;
    const bool ok = finished.first().first().toBool();
    if (!ok)
        WARN("sync failed: " << m_engine->lastError().detail.toStdString());
    return ok;
}

} // namespace verrijkt::testing
