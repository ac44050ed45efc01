#pragma once

#include <QLoggingCategory>

// Storage logs counts, versions and errors; never family codes or contact contents.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
