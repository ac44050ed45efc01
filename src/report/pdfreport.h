#pragma once

#include "exportresult.h"
#include "reportmodel.h"

#include <QString>

namespace verrijkt {

// The report as an A4 PDF (QPdfWriter + QPainter): title, key sentences, then per section its
// text, charts and tables; page numbers in the footer. Needs a QGuiApplication (fonts); without
// one it returns an error instead of aborting.
ExportResult writePdf(const YearReport &report, const QString &path);

} // namespace verrijkt
