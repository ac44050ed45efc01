// The seeded multi-device simulation under network faults and server restarts
// (docs/sync-testing.md). A failure prints the seed that replays it.
#include "simrun.h"
#include "simworld.h"

#include <QTextStream>
#include <catch2/catch.hpp>

using namespace verrijkt::synctesting;

TEST_CASE("Seven devices with skewed clocks converge after random offline work through a faulty network")
{
    quietSimLogs();
    const QList<quint64> seeds = simSeeds({11, 12, 13});
    const int operations = simOperations(1200);
    QTextStream out(stdout);
    for (const QString &backend : availableBackends()) {
        for (const quint64 seed : seeds) {
            SimOptions options;
            options.seed = seed;
            options.backend = backend;
            options.operations = operations;
            SimWorld world(options);
            const std::string hint = world.replayHint().toStdString();
            INFO(hint);
            QString error;
            REQUIRE(world.setUp(&error));
            world.runChaos();
            const bool quiet = world.quietSync(&error);
            INFO(error.toStdString());
            INFO(world.summary().toStdString());
            REQUIRE(quiet);
            const QStringList failures = world.check();
            out << world.summary() << Qt::endl;
            if (!failures.isEmpty())
                FAIL(QStringLiteral("%1 invariant violation(s), %2:\n%3")
                         .arg(failures.size())
                         .arg(world.replayHint(), failures.mid(0, 25).join(QLatin1Char('\n')))
                         .toStdString());
        }
    }
}
