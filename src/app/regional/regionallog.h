#pragma once

#include <QLoggingCategory>

// The regional team's screens (dashboard, map, register, editors).
Q_DECLARE_LOGGING_CATEGORY(lcRegional)
