#pragma once

#include "faultproxy.h"
#include "seededrandom.h"
#include "simcast.h"
#include "simdevice.h"
#include "simserver.h"
#include "simworkload.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace verrijkt::synctesting {

struct SimOptions
{
    quint64 seed = 1;
    QString backend = QStringLiteral("sqlite");
    int operations = 1500;   // random offline operations over all devices
    double syncChance = 0.1; // per operation: some devices sync (through the faulty proxy) now
    int maxConcurrent = 3;   // devices syncing at the same moment
    FaultPlan faults = defaultFaults();
    static FaultPlan defaultFaults();
};

// The seeded multi-device simulation (docs/sync-testing.md): an in-process server on the simulated
// clock, a fault proxy in front of it, seven devices with skewed clocks doing random offline work
// and syncing at random moments; then a quiet phase without faults, after which everything must
// agree. Every check failure names the seed that replays it.
class SimWorld
{
public:
    explicit SimWorld(SimOptions options);
    ~SimWorld();

    bool setUp(QString *error);
    void runChaos();
    bool quietSync(QString *error);
    QStringList check(); // empty when every invariant holds

    QString replayHint() const;
    QString summary() const;
    qint64 now() const { return m_now; }
    SimServer &server() { return *m_server; }
    FaultProxy &proxy() { return *m_proxy; }
    QList<SimDevice *> devices() const;
    SimDevice *device(const QString &label) const;
    DeviceMemory &memory(SimDevice *device) { return m_memory[device->label()]; }
    const SimOptions &options() const { return m_options; }

private:
    void advanceClock(SeededRandom &rng);
    void syncSome(SeededRandom &rng);
    void onRestart(RestartPoint point, std::function<void()> resume);
    QString streamOf(const HttpMessage &request) const;

    SimOptions m_options;
    qint64 m_now = kSimStartMs;
    std::unique_ptr<ScratchDatabase> m_database;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_deviceDir;
    std::vector<std::unique_ptr<SimDevice>> m_devices;
    QHash<QString, DeviceMemory> m_memory;     // by device label
    QHash<QString, QString> m_labelByDeviceId; // device id -> label (fault streams)
    QHash<QString, QString> m_tokens;          // device label -> token
    QString m_adminToken;
    SimWorkload m_workload;
    int m_syncEvents = 0;
    int m_restartFailures = 0;
    QString m_restartError;
};

} // namespace verrijkt::synctesting
