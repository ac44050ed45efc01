#pragma once

#include <QLoggingCategory>

// One category for the whole server. Never log request bodies: they may hold family-contact data.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
