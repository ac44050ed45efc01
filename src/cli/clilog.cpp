#include "clilog.h"

Q_LOGGING_CATEGORY(lcCli, "verrijkt.cli")
