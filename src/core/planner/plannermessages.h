#pragma once

#include "core/validation.h"

#include <QStringList>
#include <QVariantMap>

namespace verrijkt {

// Messages for the planner's own rule keys ("plan.*", "need.*", "proposal.*"), both languages.
// The core catalogue does not know these keys, so planner errors are worded through this function.
QString plannerMessage(const QString &key, const QVariantMap &params, Language language);
QString plannerMessage(const ValidationError &error, Language language);
QStringList plannerMessageKeys();

} // namespace verrijkt
