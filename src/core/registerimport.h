#pragma once

#include "csv.h"
#include "region.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace verrijkt {

// The region (province of Groningen plus Tynaarlo, Noordenveld, Aa en Hunze) with a margin of a few
// kilometres: a coordinate outside it is a geocoding error or a school from elsewhere.
struct GeoBounds
{
    double minLat = 0;
    double maxLat = 0;
    double minLon = 0;
    double maxLon = 0;
    bool contains(double lat, double lon) const
    {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
};
constexpr GeoBounds kRegionBounds{52.75, 53.65, 6.05, 7.35};

// One row of an import file that was not accepted: where, which field, which rule.
struct ImportRejection
{
    int line = 0; // 1-based line in the file where the record starts
    QString key;  // the record's natural key as found in the file (vestiging or code), may be empty
    ValidationError error;

    // "regel 12, veld pupils: ..." in the requested language.
    QString reason(Language language = Language::Dutch) const;
};

// What the register file says, before anything is stored. `error` non-empty: the file as a whole is
// malformed (not CSV, empty, a required column missing) and nothing in it may be applied.
struct SchoolRegisterParse
{
    QString error;
    QList<SchoolLocation> locations;    // accepted rows, in file order, all active
    QList<Municipality> municipalities; // distinct (code, name) of the accepted rows, file order
    QList<ImportRejection> rejections;  // in line order
    int records = 0;                    // data rows in the file

    bool malformed() const { return !error.isEmpty(); }
};

struct MunicipalityParse
{
    QString error;
    QList<Municipality> municipalities;
    QList<ImportRejection> rejections;
    int records = 0;
    bool malformed() const { return !error.isEmpty(); }
};

// A school publicly named as taking part in Tijd voor Toekomst before the regional rollout (wave 0).
struct WaveZeroSchool
{
    QString vestiging;
    QString sourceUrl; // the public page that names it
    friend bool operator==(const WaveZeroSchool &, const WaveZeroSchool &) = default;
};

struct WaveZeroParse
{
    QString error;
    QList<WaveZeroSchool> schools;
    QList<int> lines; // the file line of each accepted school
    QList<ImportRejection> rejections;
    int records = 0;
    bool malformed() const { return !error.isEmpty(); }
};

// Columns every register file must have (in any order; extra columns are ignored).
QStringList schoolRegisterColumns();
QStringList municipalityColumns();
QStringList waveZeroColumns();

// schools_region.csv: brin, vestiging, name, school_type, denomination, municipality,
// municipality_code, postcode, city, pupils, lat, lon. Duplicate vestiging codes reject every
// occurrence (the file cannot say which one is right).
SchoolRegisterParse parseSchoolRegister(const CsvTable &table, const GeoBounds &bounds = kRegionBounds);
// municipalities.csv: municipality, municipality_code, province, population.
MunicipalityParse parseMunicipalities(const CsvTable &table);
// tvt_known_schools.csv: vestiging, evidence_url.
WaveZeroParse parseWaveZeroSchools(const CsvTable &table);

// The rules for one stored school location (also used when a location is saved outside an import).
ValidationErrors validate(const SchoolLocation &school, const GeoBounds &bounds = kRegionBounds);
ValidationErrors validate(const Municipality &municipality);

bool isVestigingCode(const QString &code);    // "11AK00": BRIN (2 digits, 2 letters/digits) + 2 digits
bool isMunicipalityCode(const QString &code); // "GM0014"

// Messages for the rule keys of the import ("school.*", "municipality.*", "wavezero.*") and of the
// store's own checks ("officer.unknown", "session.supersedes.*", "plan.*", ...), both languages;
// empty for a key it does not know.
QString registerImportMessage(const QString &key, const QVariantMap &params, Language language);
QStringList registerImportMessageKeys();

} // namespace verrijkt
