#pragma once

#include "core/region.h"
#include "core/registerimport.h"
#include "writeresult.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace verrijkt {

class Database;

// The register: municipalities, school locations (never removed: a location that leaves the
// register is marked inactive and keeps its history) and the wave-0 Tijd voor Toekomst schools.
class SchoolRegistry
{
public:
    explicit SchoolRegistry(Database &db) : m_db(db) {}

    std::optional<SchoolLocation> get(const QString &vestiging) const;
    QList<SchoolLocation> all(bool activeOnly = false) const; // ordered by vestiging
    QList<SchoolLocation> byMunicipality(const QString &municipalityCode, bool activeOnly = false) const;
    // Validates, then inserts or updates by vestiging code (the municipality must be known).
    WriteResult upsert(const SchoolLocation &school);

    std::optional<Municipality> municipality(const QString &code) const;
    QList<Municipality> municipalities() const; // ordered by code
    WriteResult upsertMunicipality(const Municipality &municipality);

    QList<WaveZeroSchool> waveZeroSchools() const; // not tombstoned, ordered by vestiging
    QSet<QString> waveZero() const;
    // The school must be in the register.
    WriteResult upsertWaveZero(const WaveZeroSchool &school);
    WriteResult removeWaveZero(const QString &vestiging); // tombstone

private:
    QList<SchoolLocation> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace verrijkt
