#pragma once

#include "reportmodel.h"

#include <QPainter>
#include <QRectF>

namespace verrijkt {

// Draws a report chart with QPainter into `area`: title, legend, a value axis with round tick
// values and grid lines, category labels (slanted when they do not fit) and the bars or lines.
// Works on any paint device (the PDF writer, a QImage in tests).
void paintChart(QPainter &painter, const QRectF &area, const ReportChart &chart, Language language);

// The value-axis scale for a maximum: a round step (1, 2, 2.5 or 5 x 10^k) and the top tick.
struct AxisScale
{
    double step = 1;
    double top = 1;
    int ticks() const { return int(std::lround(top / step)); }
};
AxisScale niceScale(double maximum, int targetTicks = 5);

} // namespace verrijkt
