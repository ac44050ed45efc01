#pragma once

// Internal to the PDF report: a report table drawn across as many pages as it needs, with the
// header repeated on every page, numbers right-aligned and total rows in bold.
#include "pdfflow.h"
#include "reportmodel.h"

namespace verrijkt::pdf {

void drawTable(Flow &flow, const ReportTable &table, Language language);

} // namespace verrijkt::pdf
