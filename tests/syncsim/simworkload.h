#pragma once

#include "seededrandom.h"
#include "simdevice.h"

#include <QMap>
#include <QUuid>

namespace verrijkt::synctesting {

// What a device's user did so far that later operations build on (their own sessions and contacts,
// in the order made, so a seed picks the same one in every run).
struct DeviceMemory
{
    QString user;
    QString role;
    QStringList schools; // coordinators
    QList<QUuid> sessions;
    QList<QUuid> contacts;
};

struct WorkloadStats
{
    int attempted = 0;
    int written = 0;        // the repository accepted the write (an outbox entry was queued)
    int refusedLocally = 0; // local validation said no: nothing written, nothing to sync
    QMap<QString, int> byKind;
};

// Random offline operations through the device's real repositories, as its user's role would make
// them. Some are meant to be refused by the server (a coordinator editing a participation, an
// officer logging a contact at a school they just left) and must not block the outbox.
class SimWorkload
{
public:
    void operate(SimDevice &device, DeviceMemory &memory, SeededRandom &rng);
    const WorkloadStats &stats() const { return m_stats; }

    // The world the regional team sets up on the first device: municipalities, schools, both
    // bridge officers and their placements (bf-1's placement at 11SC00 ends on 2026-10-08).
    static bool seedWorld(SimDevice &device, QString *error);

private:
    void regional(SimDevice &device, SeededRandom &rng);
    void coordinator(SimDevice &device, DeviceMemory &memory, SeededRandom &rng);
    void officer(SimDevice &device, DeviceMemory &memory, SeededRandom &rng);
    void participation(SimDevice &device, SeededRandom &rng, const QStringList &schools);
    void library(SimDevice &device, SeededRandom &rng);
    void plan(SimDevice &device, SeededRandom &rng);
    void schoolEdit(SimDevice &device, SeededRandom &rng);
    void officerEdit(SimDevice &device, SeededRandom &rng);
    void placementEdit(SimDevice &device, SeededRandom &rng);
    void count(const QString &kind, bool ok);

    WorkloadStats m_stats;
};

} // namespace verrijkt::synctesting
