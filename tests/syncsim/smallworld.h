#pragma once

#include "canonicalrecords.h"
#include "simcast.h"
#include "simdevice.h"
#include "simserver.h"
#include "simworkload.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace verrijkt::synctesting {

// A server on a simulated clock with a few devices syncing straight to it, for scenario tests that
// run in a fixed order. The first device must belong to a regional account: it seeds the world
// (SimWorkload::seedWorld) and every device syncs once before the test starts.
struct SmallWorld
{
    struct Device
    {
        QString label;
        QString user;
        qint64 skewMs = 0;
    };
    SmallWorld(const QString &backend, const QList<SimAccount> &accounts, const QList<Device> &devices,
               qint64 maxSkewMs = 60'000);
    // Regional-team devices only: one account "regio" on `count` devices with the given skews.
    SmallWorld(const QString &backend, int count, const QList<qint64> &skews = {}, qint64 maxSkewMs = 60'000);

    void syncAll();
    SimDevice &at(int i) { return *devices.at(static_cast<size_t>(i)); }
    SimDevice &device(const QString &label);
    RecordSet adminExport();
    QString token(const QString &label) const { return tokens.value(label); }

    qint64 now = kSimStartMs;
    ScratchDatabase database;
    QTemporaryDir dir;
    std::unique_ptr<SimServer> server;
    std::vector<std::unique_ptr<SimDevice>> devices;
    QHash<QString, QString> tokens; // by device label
    QString adminToken;

private:
    void build(const QList<SimAccount> &accounts, const QList<Device> &devices, qint64 maxSkewMs);
};

} // namespace verrijkt::synctesting
