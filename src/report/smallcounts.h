#pragma once

#include "reportmodel.h"

#include <QList>

namespace verrijkt {

// Family-contact statistics never show a count below 5: such a cell reads "< 5". Because totals
// are published too, a single hidden cell in a group could be recovered by subtraction (total
// minus the visible cells), so a group also hides its next-smallest cells until at least two are
// hidden and together they hold 5 or more (or everything is hidden).
inline constexpr qint64 kMinimumPublishedCount = 5;

// Which counts of one group (cells that add up to a published total) must be hidden.
QList<bool> suppressionMask(const QList<qint64> &counts);

// A count on its own (e.g. a total): hidden below 5.
ReportCell countCell(qint64 count);
// A group of counts with complementary suppression applied.
QList<ReportCell> countCells(const QList<qint64> &counts);

} // namespace verrijkt
