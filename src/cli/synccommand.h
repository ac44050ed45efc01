#pragma once

#include "commands.h"

namespace verrijkt::cli {

// The server could not be reached, refused the sign-in or the sync round failed (after retries).
constexpr int ExitSync = 4;

// sync --server URL --user NAME: exchanges changes with verrijkt-server (docs/sync-client.md).
Command syncCommand();

} // namespace verrijkt::cli
