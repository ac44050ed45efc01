#include "smallworld.h"

#include "blockinghttp.h"

#include <catch2/catch.hpp>

namespace verrijkt::synctesting {

SmallWorld::SmallWorld(const QString &backend, const QList<SimAccount> &accounts,
                       const QList<Device> &devices, qint64 maxSkewMs)
    : database(backend)
{
    build(accounts, devices, maxSkewMs);
}

SmallWorld::SmallWorld(const QString &backend, int count, const QList<qint64> &skews, qint64 maxSkewMs)
    : database(backend)
{
    QList<Device> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("regio@%1").arg(i), QStringLiteral("regio"), skews.value(i)});
    build({{QStringLiteral("admin"), QStringLiteral("admin"), {}},
           {QStringLiteral("regio"), QStringLiteral("regional"), {}}},
          list, maxSkewMs);
}

void SmallWorld::build(const QList<SimAccount> &accounts, const QList<Device> &specs, qint64 maxSkewMs)
{
    INFO(database.error().toStdString());
    REQUIRE(database.ok());
    QString error;
    SimServer::Config config;
    config.store = database.config();
    config.clock = [this] { return now; };
    config.maxClockSkewMs = maxSkewMs;
    server = SimServer::start(config, &error);
    INFO(error.toStdString());
    REQUIRE(server);
    QHash<QString, QString> roles;
    for (const SimAccount &a : accounts) {
        REQUIRE(!server->addUser(a.user, a.role, a.schools, &error).isEmpty());
        roles.insert(a.user, a.role);
    }
    BlockingHttp http(server->url());
    if (roles.contains(QStringLiteral("admin")))
        adminToken = http.login(QStringLiteral("admin"), simPassword(QStringLiteral("admin")),
                                QStringLiteral("admin-export"), &error);
    for (const Device &spec : specs) {
        SimDeviceConfig c;
        c.label = spec.label;
        c.user = spec.user;
        c.role = roles.value(spec.user);
        c.dbPath = dir.filePath(c.label + QStringLiteral(".db"));
        c.clock = [this] { return now; };
        c.skewMs = spec.skewMs;
        c.server = server->url();
        auto d = SimDevice::open(c, &error);
        INFO(error.toStdString());
        REQUIRE(d);
        const QString token = http.login(spec.user, simPassword(spec.user), d->db().deviceId(), &error);
        INFO(error.toStdString());
        REQUIRE(!token.isEmpty());
        d->setToken(token);
        tokens.insert(spec.label, token);
        devices.push_back(std::move(d));
    }
    REQUIRE(SimWorkload::seedWorld(*devices.front(), &error));
    syncAll();
}

void SmallWorld::syncAll()
{
    for (auto &d : devices) {
        const bool ok = syncOnce(*d);
        INFO(d->label().toStdString() << ": " << d->engine().lastError().detail.toStdString());
        REQUIRE(ok);
    }
}

SimDevice &SmallWorld::device(const QString &label)
{
    for (auto &d : devices)
        if (d->label() == label)
            return *d;
    FAIL("no device " << label.toStdString());
    return *devices.front();
}

RecordSet SmallWorld::adminExport()
{
    BlockingHttp http(server->url());
    RecordSet all;
    QString error;
    INFO(error.toStdString());
    REQUIRE(http.pullAll(adminToken, QStringLiteral("admin-export"), &all, nullptr, &error));
    return all;
}

} // namespace verrijkt::synctesting
