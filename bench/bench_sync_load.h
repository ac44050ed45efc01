#pragma once

// Loads the region's register and generate-demo activity into a sync server through its push API
// (as an admin), for bench_sync.

#include <QString>
#include <QUrl>

namespace verrijkt::bench {

struct LoadResult
{
    qint64 mutations = 0;
    qint64 rejected = 0;
    QString firstRejection; // reason key and field of the first refused mutation
    double seconds = 0;
    QString error;
};

// Imports the register (municipalities, schools, wave 0, default plan) into a scratch device
// database with verrijkt-cli, runs the demo generator from 2026-2027 to `until` at `scale` and
// pushes everything to `server` with `token`, `batch` mutations per request. The server's clock
// must be past `until` (the records carry dates up to then).
LoadResult loadDemoIntoServer(const QUrl &server, const QString &token, const QString &sharedData,
                              const QString &until, double scale, int batch = 2000);

} // namespace verrijkt::bench
