#pragma once

#include <QLoggingCategory>

namespace verrijkt {
// verrijkt.sync: requests, answers and state changes; never record contents (personal data).
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace verrijkt
