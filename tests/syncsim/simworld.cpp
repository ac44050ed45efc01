#include "simworld.h"

#include "blockinghttp.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace verrijkt::synctesting {

FaultPlan SimOptions::defaultFaults()
{
    FaultPlan p;
    p.dropRequest = 0.05;
    p.dropAnswer = 0.06;
    p.duplicate = 0.05;
    p.delay = 0.2;
    p.reorder = 0.05;
    p.restart = 0.03;
    p.maxDelayMs = 15;
    return p;
}

SimWorld::SimWorld(SimOptions options) : m_options(std::move(options)) {}

SimWorld::~SimWorld()
{
    m_devices.clear();
    m_proxy.reset();
    m_server.reset();
    m_database.reset();
}

QList<SimDevice *> SimWorld::devices() const
{
    QList<SimDevice *> out;
    for (const auto &d : m_devices)
        out.append(d.get());
    return out;
}

SimDevice *SimWorld::device(const QString &label) const
{
    for (const auto &d : m_devices)
        if (d->label() == label)
            return d.get();
    return nullptr;
}

QString SimWorld::replayHint() const
{
    return QStringLiteral(
               "seed %1 on %2 (replay: VERRIJKT_SIM_SEED=%1 VERRIJKT_SIM_OPS=%3 test_sync_simulation)")
        .arg(m_options.seed)
        .arg(m_options.backend)
        .arg(m_options.operations);
}

QString SimWorld::streamOf(const HttpMessage &request) const
{
    // The device id is in the pull query or the push body; streams are named by device label so a
    // seed gives each device the same fault sequence in every run.
    QString id =
        QUrlQuery(QUrl(QString::fromUtf8(request.target())).query()).queryItemValue(QStringLiteral("device"));
    if (id.isEmpty())
        id = QJsonDocument::fromJson(request.body).object().value(QLatin1String("device")).toString();
    return m_labelByDeviceId.value(id, QStringLiteral("other"));
}

void SimWorld::onRestart(RestartPoint point, std::function<void()> resume)
{
    // Restart from the event loop, never from inside the proxy's or the server's own callbacks.
    QTimer::singleShot(0, m_proxy.get(), [this, resume] {
        QString error;
        if (!m_server->restart(&error)) {
            ++m_restartFailures;
            m_restartError = error;
        }
        m_proxy->setUpstream(m_server->port());
        resume();
    });
    Q_UNUSED(point)
}

bool SimWorld::setUp(QString *error)
{
    m_database = std::make_unique<ScratchDatabase>(m_options.backend);
    if (!m_database->ok()) {
        *error = m_database->error();
        return false;
    }
    SimServer::Config config;
    config.store = m_database->config();
    config.clock = [this] { return m_now; };
    m_server = SimServer::start(config, error);
    if (!m_server)
        return false;
    m_proxy = std::make_unique<FaultProxy>(m_options.seed);
    if (!m_proxy->listen(error))
        return false;
    m_proxy->setUpstream(m_server->port());
    m_proxy->setStreamKey([this](const HttpMessage &m) { return streamOf(m); });
    m_proxy->setRestartHook(
        [this](RestartPoint p, std::function<void()> resume) { onRestart(p, std::move(resume)); });

    QHash<QString, SimAccount> accounts;
    for (const SimAccount &a : simAccounts()) {
        if (m_server->addUser(a.user, a.role, a.schools, error).isEmpty())
            return false;
        accounts.insert(a.user, a);
    }
    BlockingHttp direct(m_server->url());
    m_adminToken = direct.login(QStringLiteral("admin"), simPassword(QStringLiteral("admin")),
                                QStringLiteral("sim-admin"), error);
    if (m_adminToken.isEmpty())
        return false;

    SeededRandom skews(mixSeed(m_options.seed, stableHash("skew")));
    for (const SimDeviceSpec &spec : simDevices()) {
        SimDeviceConfig c;
        c.label = spec.label;
        c.user = spec.user;
        c.role = accounts.value(spec.user).role;
        c.dbPath = m_deviceDir.filePath(spec.label + QStringLiteral(".db"));
        c.skewMs = spec.randomSkew ? skews.between(-kDayMs, kDayMs) : spec.skewMs;
        c.clock = [this] { return m_now; };
        c.server = m_proxy->url();
        c.engine.pushBatch = 40; // small batches: more requests, more chances for faults
        c.engine.pullLimit = 60;
        c.engine.timeoutMs = 10'000;
        c.engine.maxRetries = 3;
        c.engine.backoff = {2, 20, 2.0};
        c.engine.seed = static_cast<quint32>(mixSeed(m_options.seed, stableHash(spec.label.toUtf8())));
        auto device = SimDevice::open(c, error);
        if (!device)
            return false;
        const QString token = direct.login(spec.user, simPassword(spec.user), device->db().deviceId(), error);
        if (token.isEmpty())
            return false;
        device->setToken(token);
        m_tokens.insert(spec.label, token);
        m_labelByDeviceId.insert(device->db().deviceId(), spec.label);
        m_memory.insert(spec.label,
                        DeviceMemory{spec.user, c.role, accounts.value(spec.user).schools, {}, {}});
        m_devices.push_back(std::move(device));
    }
    // The regional team sets up the world and everyone pulls it, before any fault.
    if (!SimWorkload::seedWorld(*m_devices.front(), error))
        return false;
    for (const auto &d : m_devices)
        if (!syncOnce(*d)) {
            *error = QStringLiteral("initial sync of %1 failed: %2")
                         .arg(d->label(), d->engine().lastError().detail);
            return false;
        }
    if (!syncOnce(*m_devices.front())) {
        *error = QStringLiteral("second sync of the seeding device failed");
        return false;
    }
    return true;
}

void SimWorld::advanceClock(SeededRandom &rng)
{
    // Minutes between actions, with the odd night in between (school days, not a steady stream).
    m_now += rng.chance(0.01) ? rng.between(10, 16) * kHourMs : rng.between(1, 20) * 60'000;
}

void SimWorld::syncSome(SeededRandom &rng)
{
    ++m_syncEvents;
    const int count = static_cast<int>(rng.between(1, m_options.maxConcurrent));
    QList<SimDevice *> chosen;
    for (int i = 0; i < count; ++i) {
        SimDevice *d = m_devices.at(rng.between(0, static_cast<qint64>(m_devices.size()) - 1)).get();
        if (!chosen.contains(d))
            chosen.append(d);
    }
    for (SimDevice *d : chosen)
        d->startSync();
    waitForRounds(chosen, 120'000);
}

void SimWorld::runChaos()
{
    m_proxy->setFaults(m_options.faults);
    SeededRandom schedule(mixSeed(m_options.seed, stableHash("schedule")));
    QHash<QString, std::shared_ptr<SeededRandom>> work;
    for (const auto &d : m_devices)
        work.insert(d->label(),
                    std::make_shared<SeededRandom>(mixSeed(m_options.seed, stableHash(d->label().toUtf8()))));
    for (int i = 0; i < m_options.operations; ++i) {
        advanceClock(schedule);
        SimDevice *d = m_devices.at(schedule.between(0, static_cast<qint64>(m_devices.size()) - 1)).get();
        m_workload.operate(*d, m_memory[d->label()], *work.value(d->label()));
        if (schedule.chance(m_options.syncChance))
            syncSome(schedule);
    }
}

bool SimWorld::quietSync(QString *error)
{
    m_proxy->setFaults(FaultPlan::none());
    // Until one whole pass moves nothing: then every device has pulled everything there is.
    for (int pass = 0; pass < 12; ++pass) {
        bool moved = false;
        for (const auto &d : m_devices) {
            if (!syncOnce(*d, 120'000)) {
                *error = QStringLiteral("quiet sync of %1 failed: %2")
                             .arg(d->label(), d->engine().lastError().detail);
                return false;
            }
            const SyncRoundReport r = d->engine().lastReport();
            moved = moved || r.pushed > 0 || r.rejected > 0;
        }
        if (!moved)
            return true;
    }
    *error = QStringLiteral("devices still pushing after 12 quiet passes");
    return false;
}

QString SimWorld::summary() const
{
    const ProxyStats &p = m_proxy->stats();
    const WorkloadStats &w = m_workload.stats();
    int acks = 0, rejected = 0;
    for (const auto &d : m_devices) {
        acks += d->ledger().ackCount();
        for (const LedgerEntry &e : d->ledger().entries())
            rejected += e.acked && e.ack.status == wire::AckStatus::Rejected;
    }
    return QStringLiteral("%1: %2 operations (%3 written, %4 refused locally), %5 sync events, %6 acks "
                          "(%7 rejected); proxy: %8 requests, %9 dropped requests, %10 dropped answers, "
                          "%11 duplicated, %12 delayed, %13 reordered, %14 server restarts")
        .arg(replayHint())
        .arg(w.attempted)
        .arg(w.written)
        .arg(w.refusedLocally)
        .arg(m_syncEvents)
        .arg(acks)
        .arg(rejected)
        .arg(p.requests)
        .arg(p.droppedRequests)
        .arg(p.droppedAnswers)
        .arg(p.duplicated)
        .arg(p.delayed)
        .arg(p.reordered)
        .arg(m_server->restarts());
}

} // namespace verrijkt::synctesting
