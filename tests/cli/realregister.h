#pragma once

// The region's real register (../shared/data), parsed with the core importers, for tests that need
// realistic volumes. Read at test time; never copied into the repository.

#include "core/csv.h"
#include "core/registerimport.h"
#include "core/rolloutplan.h"

#include <QFile>
#include <QSet>
#include <QString>

namespace verrijkt::testing {

inline QString sharedDataFile(const QString &name)
{
    return QStringLiteral(VERRIJKT_SHARED_DATA) + QLatin1Char('/') + name;
}

inline CsvTable readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CsvTable{{}, {}, QStringLiteral("cannot open ") + path, 0};
    return parseCsv(file.readAll());
}

struct RealRegion
{
    QList<SchoolLocation> schools;
    QList<Municipality> municipalities;
    QSet<QString> waveZero;
    QList<PlanEntry> plan;
};

inline RealRegion loadRealRegion()
{
    RealRegion region;
    region.schools =
        parseSchoolRegister(readCsvFile(sharedDataFile(QStringLiteral("schools_region.csv")))).locations;
    region.municipalities =
        parseMunicipalities(readCsvFile(sharedDataFile(QStringLiteral("municipalities.csv")))).municipalities;
    for (const WaveZeroSchool &s :
         parseWaveZeroSchools(readCsvFile(sharedDataFile(QStringLiteral("tvt_known_schools.csv")))).schools)
        region.waveZero.insert(s.vestiging);
    region.plan = defaultPlan(region.schools, region.waveZero);
    return region;
}

} // namespace verrijkt::testing
