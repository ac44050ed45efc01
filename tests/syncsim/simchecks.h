#pragma once

#include "simdevice.h"
#include "simworkload.h"

#include <QHash>

namespace verrijkt::synctesting {

class BlockingHttp;

// What the end-of-run checks need: the devices with who uses them, a client straight to the server
// (not through the proxy), an admin token and each device's token, and the server's clock.
struct ConvergenceInput
{
    QList<SimDevice *> devices;
    QHash<QString, DeviceMemory> memory; // by device label
    QHash<QString, QString> tokens;      // by device label
    QString adminToken;
    qint64 serverNowMs = 0;
};

// Outboxes drained and every mutation acknowledged; each device mirrors the server's export of
// its scope (computed independently from the admin export) and the server's own pull for that user
// agrees; acknowledged writes present or fairly superseded; no duplicate natural keys; no clock
// beyond the server's clock plus the allowed skew. One line per violation.
QStringList checkConvergence(const ConvergenceInput &input, BlockingHttp &direct);

} // namespace verrijkt::synctesting
