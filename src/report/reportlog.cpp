#include "reportlog.h"

Q_LOGGING_CATEGORY(lcReport, "verrijkt.report")
