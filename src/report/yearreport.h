#pragma once

#include "reportinput.h"
#include "reportmodel.h"

#include <QDateTime>

namespace verrijkt {

// The yearly report of one school year: key figures and input/output indicators, Tijd voor
// Toekomst, bridge officers, family contacts (counts only, suppressed below 5), Bibliotheek op
// school and coverage, budget. Every table is also exported (CSV, XLSX).
YearReport buildYearReport(const ReportInput &input, Language language = Language::Dutch,
                           const QDateTime &generatedAt = QDateTime::currentDateTime());

} // namespace verrijkt
