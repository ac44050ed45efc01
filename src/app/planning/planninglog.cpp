#include "planninglog.h"

Q_LOGGING_CATEGORY(lcPlanning, "verrijkt.app.planning")
