#pragma once

#include "report/reportmodel.h"

#include <catch2/catch.hpp>

namespace verrijkt::testing {

// The cell of `table` in the row whose first cell reads `rowLabel` and in column `column`.
inline const ReportCell &cellAt(const ReportTable &table, const QString &rowLabel, const QString &column)
{
    const int c = table.columnIndex(column);
    INFO("table " << table.id.toStdString() << ", row " << rowLabel.toStdString() << ", column "
                  << column.toStdString());
    REQUIRE(c >= 0);
    for (const auto &row : table.rows) {
        if (!row.isEmpty() && row.first().text == rowLabel) {
            REQUIRE(c < row.size());
            return row.at(c);
        }
    }
    FAIL("row not found");
    static ReportCell none;
    return none;
}

inline const ReportTable &tableOf(const YearReport &report, const char *id)
{
    const ReportTable *t = report.table(QString::fromLatin1(id));
    INFO("table " << id);
    REQUIRE(t);
    return *t;
}

inline bool isShownAs(const ReportCell &cell, double value)
{
    return cell.isNumeric() && std::abs(cell.value - value) < 1e-6;
}

} // namespace verrijkt::testing
