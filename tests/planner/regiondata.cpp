#include "regiondata.h"

#include "core/csv.h"
#include "core/registerimport.h"

#include <QFile>
#include <stdexcept>

namespace verrijkt::testdata {

namespace {

CsvTable readCsv(const QString &name)
{
    QFile f(QStringLiteral(VERRIJKT_SHARED_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + f.fileName().toStdString());
    return parseCsv(f.readAll());
}

RegionData load()
{
    RegionData d;
    const SchoolRegisterParse schools = parseSchoolRegister(readCsv(QStringLiteral("schools_region.csv")));
    if (schools.malformed() || !schools.rejections.isEmpty())
        throw std::runtime_error("schools_region.csv did not import cleanly");
    d.schools = schools.locations;
    d.municipalities = parseMunicipalities(readCsv(QStringLiteral("municipalities.csv"))).municipalities;
    for (const WaveZeroSchool &w :
         parseWaveZeroSchools(readCsv(QStringLiteral("tvt_known_schools.csv"))).schools)
        d.waveZero.insert(w.vestiging);
    return d;
}

} // namespace

const RegionData &realRegion()
{
    static const RegionData data = load();
    return data;
}

SchoolLocation school(const QString &vestiging, const QString &municipality, int pupils, SchoolType type)
{
    SchoolLocation s;
    s.vestiging = vestiging;
    s.brin = vestiging.left(4);
    s.name = QStringLiteral("School ") + vestiging;
    s.type = type;
    s.municipalityCode = municipality;
    s.pupils = pupils;
    s.lat = 53.2;
    s.lon = 6.6;
    return s;
}

} // namespace verrijkt::testdata
