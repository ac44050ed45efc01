#pragma once

#include "core/region.h"

#include <QList>
#include <QSet>
#include <QString>

namespace verrijkt::testdata {

// The real register from VERRIJKT_SHARED_DATA, parsed with the core importer (read once per run).
struct RegionData
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools;
    QSet<QString> waveZero;
};

const RegionData &realRegion();

// A school location for hand-made fixtures.
SchoolLocation school(const QString &vestiging, const QString &municipality, int pupils,
                      SchoolType type = SchoolType::Bao);

} // namespace verrijkt::testdata
