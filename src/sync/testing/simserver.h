#pragma once

#include "server/httpfrontend.h"
#include "server/syncserver.h"

#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace verrijkt::synctesting {

// "sqlite", plus "postgresql" when VERRIJKT_TEST_PG holds a conninfo (tools/pg-test-server.sh).
QStringList availableBackends();

// A database nobody else uses: a SQLite file in a temporary folder, or a new database on the
// PostgreSQL cluster of VERRIJKT_TEST_PG, dropped again when this object goes.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &backend);
    ~ScratchDatabase();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    server::StoreConfig config() const { return m_config; }
    QString backend() const { return m_backend; }
    QString dir() const { return m_dir.path(); } // scratch space for the test, also on PostgreSQL

private:
    QString m_backend;
    QTemporaryDir m_dir;
    server::StoreConfig m_config;
    QString m_pgDatabase;
    QString m_error;
};

// Runs one statement on the VERRIJKT_TEST_PG cluster (its maintenance database).
bool pgAdminExec(const QString &sql, QString *error);

// The sync server in this process on 127.0.0.1 (port chosen by the system), on the simulated clock.
// restart() drops the server object with its listener and connections and opens a new one on the
// same database, as a process restart would (a new port; point the proxy at it).
class SimServer
{
public:
    struct Config
    {
        server::StoreConfig store;
        std::function<qint64()> clock; // empty: the system clock
        qint64 maxClockSkewMs = 60'000;
    };
    static std::unique_ptr<SimServer> start(Config config, QString *error);
    ~SimServer();

    quint16 port() const { return m_port; }
    QUrl url() const;
    server::SyncServer &server() { return *m_server; }
    bool restart(QString *error);
    int restarts() const { return m_restarts; }

    // Adds an account straight through the account service; returns its password.
    QString addUser(const QString &name, const QString &role, const QStringList &schools, QString *error);

private:
    explicit SimServer(Config config) : m_config(std::move(config)) {}
    bool open(QString *error);

    Config m_config;
    std::unique_ptr<server::SyncServer> m_server;
    std::unique_ptr<server::HttpFrontend> m_http;
    quint16 m_port = 0;
    int m_restarts = 0;
};

// The password simulations give an account (long enough for the server's rules).
QString simPassword(const QString &user);

} // namespace verrijkt::synctesting
