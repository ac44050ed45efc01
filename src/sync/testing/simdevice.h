#pragma once

#include "database.h"
#include "deviceexport.h"
#include "recordingsyncstore.h"
#include "sqlitesyncstore.h"
#include "syncengine.h"

#include <QDate>
#include <QUrl>
#include <functional>
#include <memory>

namespace verrijkt::synctesting {

struct SimDeviceConfig
{
    QString label;                 // "coord-1@tablet": names the device in reports
    QString user;                  // account it signs in with
    QString role;                  // that account's role
    QString dbPath;                // its own SQLite file
    qint64 skewMs = 0;             // how far its wall clock is off the simulated time
    std::function<qint64()> clock; // simulated time (Unix ms); the server runs on it too
    QUrl server;                   // usually the fault proxy
    SyncEngineConfig engine;
};

// One simulated device: its own database (with a skewed wall clock driving its HLC), the real
// SqliteSyncStore behind a RecordingSyncStore, and the real SyncEngine.
class SimDevice
{
public:
    static std::unique_ptr<SimDevice> open(SimDeviceConfig config, QString *error);
    ~SimDevice();

    const SimDeviceConfig &config() const { return m_config; }
    QString label() const { return m_config.label; }
    Database &db() { return *m_db; }
    SqliteSyncStore &store() { return *m_store; }
    SyncEngine &engine() { return *m_engine; }
    AckLedger &ledger() { return m_ledger; }
    RecordingSyncStore &recording() { return *m_recording; }

    qint64 wallMs() const { return m_config.clock() + m_config.skewMs; }
    QDate today() const; // the device's own date (Europe/Amsterdam), skew included

    void setToken(const QString &token)
    {
        m_token = token;
        m_engine->setToken(token);
    }
    void setServer(const QUrl &url); // rebuilds the engine (the engine's URL is fixed)

    // Starts a sync round unless one runs; the result arrives in roundFinished()/lastRoundOk().
    void startSync();
    bool isSyncing() const { return m_syncing; }
    bool lastRoundOk() const { return m_lastOk; }
    int rounds() const { return m_rounds; }
    int failedRounds() const { return m_failedRounds; }

    DeviceExport exportAll() { return exportDevice(m_db->connection(), m_store->tables()); }

private:
    explicit SimDevice(SimDeviceConfig config) : m_config(std::move(config)) {}
    void buildEngine();

    SimDeviceConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqliteSyncStore> m_store;
    AckLedger m_ledger;
    std::unique_ptr<RecordingSyncStore> m_recording;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_token;
    bool m_syncing = false;
    bool m_lastOk = false;
    int m_rounds = 0;
    int m_failedRounds = 0;
};

// Runs the event loop until none of `devices` is syncing; false if `timeoutMs` passed first.
bool waitForRounds(const QList<SimDevice *> &devices, int timeoutMs);
// One complete round on one device; true if it ended well.
bool syncOnce(SimDevice &device, int timeoutMs = 60'000);

} // namespace verrijkt::synctesting
