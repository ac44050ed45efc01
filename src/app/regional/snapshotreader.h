#pragma once

#include "regionalsnapshot.h"

#include <optional>

namespace verrijkt {

class Database;

// Reads the whole regional snapshot through the storage repositories (plus the delivery sums).
// Nullopt with `error` when the database cannot be read.
std::optional<RegionalSnapshot> readRegionalSnapshot(Database &db, QString *error);

} // namespace verrijkt
