#pragma once

#include "exportresult.h"
#include "reportmodel.h"

#include <QString>

namespace verrijkt {

// The report as an Excel workbook (libxlsxwriter): a first sheet "verslag" with the title, the
// key sentences and every table's title and note, then one sheet per table (sheet name = table id)
// with the column names in row 1 and the rows below. Numbers are stored as numbers; suppressed
// counts as the text "< 5".
ExportResult writeXlsx(const YearReport &report, const QString &path);

} // namespace verrijkt
