#pragma once

#include <QLoggingCategory>

// verrijkt.report: building and writing reports (never any family-contact detail).
Q_DECLARE_LOGGING_CATEGORY(lcReport)
