#pragma once

#include <QLoggingCategory>

// The regional team's planning screens (scenarios, proposal, build-up, coverage, completeness,
// yearly report export).
Q_DECLARE_LOGGING_CATEGORY(lcPlanning)
