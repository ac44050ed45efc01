#pragma once

#include "reportmodel.h"

#include <QByteArray>
#include <optional>

namespace verrijkt {

// The whole report (text, charts, tables, cell kinds and values) as JSON: the locked figures of a
// closed school year are stored this way and rendered again without recomputing anything.
QByteArray reportToJson(const YearReport &report);
std::optional<YearReport> reportFromJson(const QByteArray &json); // nullopt if not a report

} // namespace verrijkt
