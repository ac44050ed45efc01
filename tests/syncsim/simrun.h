#pragma once

// How many seeds and operations a simulation test runs: a fixed set in CI, one seed to replay a
// failure (VERRIJKT_SIM_SEED=N), many in soak mode (VERRIJKT_SIM_SOAK=<count>, starting at
// VERRIJKT_SIM_SEED or 1000). VERRIJKT_SIM_OPS overrides the number of operations per seed.

#include <QList>
#include <QtGlobal>

namespace verrijkt::synctesting {

QList<quint64> simSeeds(const QList<quint64> &ciSeeds);
int simOperations(int ciDefault);
// Quiets the sync, server and storage logs unless VERRIJKT_SIM_VERBOSE is set.
void quietSimLogs();

} // namespace verrijkt::synctesting
