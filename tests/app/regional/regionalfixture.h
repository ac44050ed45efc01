#pragma once

#include "regional/regionalsnapshot.h"
#include "shell/devicestore.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace verrijkt::testing {

// A device database holding the region's real register (329 locations, 13 municipalities, the
// wave-0 schools and the default plan), read from VERRIJKT_SHARED_DATA, with "today" pinned to
// Friday 27 November 2026.
struct RegionalFixture
{
    RegionalFixture();
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<DeviceStore> store;

    static QString sharedFile(const char *name);
    // Rows of a table, tombstones included: "nothing written" checks compare these.
    qint64 rows(const QString &table) const;
    // The whole content of a table as text (every column of every row, ordered by the first column).
    QString dump(const QString &table) const;
};

// A small hand-made snapshot: two municipalities, four schools, a plan, participations with
// deliveries, two placements and library statuses (see regionalfixture.cpp for the numbers).
RegionalSnapshot smallSnapshot();

} // namespace verrijkt::testing
