#pragma once

#include <QLoggingCategory>

// The command-line front end logs counts and timings; never family codes or contact contents.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
