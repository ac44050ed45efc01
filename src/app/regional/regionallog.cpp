#include "regionallog.h"

Q_LOGGING_CATEGORY(lcRegional, "verrijkt.app.regional")
