#pragma once

// The server's side of "N devices syncing at once" for bench_sync: each device is only a
// connection of its own that pushes two new sessions and then pulls, so the figure shows what the
// server does with N simultaneous rounds, not how fast N device databases in one process are.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace verrijkt::bench {

struct WireDevice
{
    QString user;     // a coordinator account
    QString password; // its password
};

struct CrowdResult
{
    QList<double> roundMs; // per device and round: push sent until the pull answer arrived
    int failures = 0;
    QString firstFailure;
};

// `roundsStart` runs once every device has signed in and caught up, right before the timed rounds.
CrowdResult wireCrowd(const QUrl &server, const QList<WireDevice> &devices, int rounds,
                      const std::function<void()> &roundsStart = {});

} // namespace verrijkt::bench
