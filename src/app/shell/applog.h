#pragma once

#include <QLoggingCategory>

// The app shell, account, sync-status, coordinator and officer parts log here (never personal data).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
