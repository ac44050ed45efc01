#pragma once

#include "exportresult.h"
#include "reportmodel.h"

#include <QByteArray>
#include <QString>

namespace verrijkt {

// One table as RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheet programs pick UTF-8),
// CRLF line ends, fields quoted when they hold a comma, quote or line break; numbers with a
// decimal point; suppressed counts as "< 5".
QByteArray tableToCsv(const ReportTable &table);

// Every table of the report as <folder>/<table id>.csv (the folder is created if needed).
ExportResult writeCsvFolder(const YearReport &report, const QString &folder);

} // namespace verrijkt
