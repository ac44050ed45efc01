#include "synclog.h"

namespace verrijkt {
Q_LOGGING_CATEGORY(lcSync, "verrijkt.sync", QtInfoMsg)
} // namespace verrijkt
