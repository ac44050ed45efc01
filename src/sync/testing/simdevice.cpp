#include "simdevice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

namespace verrijkt::synctesting {

std::unique_ptr<SimDevice> SimDevice::open(SimDeviceConfig config, QString *error)
{
    std::unique_ptr<SimDevice> device(new SimDevice(std::move(config)));
    DatabaseOptions options;
    const auto clock = device->m_config.clock;
    const qint64 skew = device->m_config.skewMs;
    options.wallClock = [clock, skew] { return clock() + skew; };
    device->m_db = Database::open(device->m_config.dbPath, error, options);
    if (!device->m_db)
        return nullptr;
    device->m_store = SqliteSyncStore::attach(*device->m_db, error);
    if (!device->m_store)
        return nullptr;
    device->m_recording = std::make_unique<RecordingSyncStore>(*device->m_store, device->m_ledger, clock);
    device->buildEngine();
    return device;
}

SimDevice::~SimDevice()
{
    m_engine.reset(); // before the stores it points into
}

void SimDevice::buildEngine()
{
    m_engine = std::make_unique<SyncEngine>(*m_recording, m_config.server, m_config.engine);
    if (!m_token.isEmpty())
        m_engine->setToken(m_token);
    QObject::connect(m_engine.get(), &SyncEngine::finished, m_engine.get(), [this](bool ok) {
        m_syncing = false;
        m_lastOk = ok;
        ++m_rounds;
        m_failedRounds += ok ? 0 : 1;
    });
}

void SimDevice::setServer(const QUrl &url)
{
    m_config.server = url;
    m_engine.reset();
    m_syncing = false;
    buildEngine();
}

QDate SimDevice::today() const
{
    return QDateTime::fromMSecsSinceEpoch(wallMs(), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).date();
}

void SimDevice::startSync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_engine->sync();
}

bool waitForRounds(const QList<SimDevice *> &devices, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto busy = [&] {
        for (SimDevice *d : devices)
            if (d->isSyncing())
                return true;
        return false;
    };
    // processEvents(flags, ms) drops WaitForMoreEvents and spins, which took a fifth of a core
    // from the devices it waits for; block instead, with a tick that wakes the loop to check the
    // deadline.
    QTimer tick;
    tick.start(25);
    while (busy()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool syncOnce(SimDevice &device, int timeoutMs)
{
    device.startSync();
    return waitForRounds({&device}, timeoutMs) && device.lastRoundOk();
}

} // namespace verrijkt::synctesting
