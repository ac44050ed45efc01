#pragma once

#include "report/reportinput.h"

namespace verrijkt::testing {

// The real register with the default plan and generated demo activity (DemoGenerator, seed 11)
// from 2026-2027 up to `until`, as report input for `year`. Built once per (until, year).
const ReportInput &regionReportInput(const SchoolYear &year, const SchoolYear &until);

} // namespace verrijkt::testing
