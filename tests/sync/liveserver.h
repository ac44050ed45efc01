#pragma once

// A real verrijkt-server (SyncServer + HttpFrontend on SQLite) in this process on 127.0.0.1:<free
// port>, and devices that sync with it through the real engine and SQLite store.

#include "server/httpfrontend.h"
#include "server/syncserver.h"
#include "sqlitesyncstore.h"
#include "syncengine.h"

#include <QTemporaryDir>
#include <QUrl>
#include <atomic>
#include <memory>

namespace verrijkt::testing {

constexpr qint64 kLiveStart = 1790842800000; // 2026-10-01 08:20 UTC, in schooljaar 2026-2027

class LiveServer
{
public:
    LiveServer();
    ~LiveServer();
    QUrl url() const;
    // Creates an account and returns its password.
    QString addUser(const QString &name, const QString &role, const QStringList &schools = {});
    std::atomic<qint64> now{kLiveStart}; // server and devices share this clock

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    std::unique_ptr<server::HttpFrontend> m_http;
    quint16 m_port = 0;
};

// One device: its own database, the sync store and an engine signed in as one user.
class LiveDevice
{
public:
    LiveDevice(LiveServer &server, const QString &user, const QString &password);
    ~LiveDevice();
    Database &db() { return *m_db; }
    SqliteSyncStore &store() { return *m_store; }
    SyncEngine &engine() { return *m_engine; }
    QString path() const { return m_dir.filePath(QStringLiteral("device.db")); }
    QDate today() const;
    bool sync(); // one round; false if it failed

private:
    LiveServer &m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqliteSyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

// POST /api/login, blocking; empty on failure.
QString loginBlocking(const QUrl &server, const QString &user, const QString &password,
                      const QString &device);

} // namespace verrijkt::testing
