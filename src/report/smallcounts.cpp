#include "smallcounts.h"

namespace verrijkt {

QList<bool> suppressionMask(const QList<qint64> &counts)
{
    QList<bool> hidden(counts.size(), false);
    int hiddenCells = 0;
    qint64 hiddenSum = 0;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) < kMinimumPublishedCount) {
            hidden[i] = true;
            ++hiddenCells;
            hiddenSum += counts.at(i);
        }
    }
    // Hidden cells are safe from subtraction once there are two or more holding at least 5 together
    // (otherwise "total minus visible" would reveal a small number, zeros included).
    while (hiddenCells > 0 && (hiddenCells == 1 || hiddenSum < kMinimumPublishedCount)) {
        int smallest = -1;
        for (int i = 0; i < counts.size(); ++i) {
            if (!hidden.at(i) && (smallest < 0 || counts.at(i) < counts.at(smallest)))
                smallest = i;
        }
        if (smallest < 0)
            break; // everything is hidden
        hidden[smallest] = true;
        ++hiddenCells;
        hiddenSum += counts.at(smallest);
    }
    return hidden;
}

ReportCell countCell(qint64 count)
{
    return count < kMinimumPublishedCount ? ReportCell::suppressed() : ReportCell::integer(count);
}

QList<ReportCell> countCells(const QList<qint64> &counts)
{
    const QList<bool> hidden = suppressionMask(counts);
    QList<ReportCell> cells;
    cells.reserve(counts.size());
    for (int i = 0; i < counts.size(); ++i)
        cells.append(hidden.at(i) ? ReportCell::suppressed() : ReportCell::integer(counts.at(i)));
    return cells;
}

} // namespace verrijkt
