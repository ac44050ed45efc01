#pragma once

// Reads the real school register for core tests with the core CSV parser (the full importer with
// its validation lives elsewhere; this only needs the columns the plan and budget use).
#include "core/csv.h"
#include "core/region.h"

#include <QFile>
#include <QSet>
#include <stdexcept>

inline verrijkt::CsvTable readSharedCsv(const char *name)
{
    QFile f(QStringLiteral(VERRIJKT_SHARED_DATA "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + f.fileName().toStdString());
    verrijkt::CsvTable t = verrijkt::parseCsv(f.readAll());
    if (!t.ok())
        throw std::runtime_error(t.error.toStdString());
    return t;
}

inline QList<verrijkt::SchoolLocation> loadRegister()
{
    const verrijkt::CsvTable t = readSharedCsv("schools_region.csv");
    QList<verrijkt::SchoolLocation> schools;
    for (const verrijkt::CsvRecord &r : t.records) {
        verrijkt::SchoolLocation s;
        s.vestiging = t.value(r, QStringLiteral("vestiging"));
        s.brin = t.value(r, QStringLiteral("brin"));
        s.name = t.value(r, QStringLiteral("name"));
        s.type = verrijkt::schoolTypeFromKey(t.value(r, QStringLiteral("school_type"))).value();
        s.municipalityCode = t.value(r, QStringLiteral("municipality_code"));
        bool ok = false;
        const int pupils = t.value(r, QStringLiteral("pupils")).toInt(&ok);
        if (ok)
            s.pupils = pupils;
        schools.append(s);
    }
    return schools;
}

inline QSet<QString> loadWaveZero()
{
    const verrijkt::CsvTable t = readSharedCsv("tvt_known_schools.csv");
    QSet<QString> codes;
    for (const verrijkt::CsvRecord &r : t.records)
        codes.insert(t.value(r, QStringLiteral("vestiging")));
    return codes;
}
