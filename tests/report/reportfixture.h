#pragma once

#include "report/reportinput.h"

namespace verrijkt::testing {

// A small hand-made school year 2026-2027 (two municipalities, five active locations) whose
// figures are worked out by hand in test_yearreport.cpp. It has superseded, withdrawn and
// tombstoned records, records of other years and family-contact counts below 5.
ReportInput reportFixture();

} // namespace verrijkt::testing
