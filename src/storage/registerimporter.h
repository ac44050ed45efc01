#pragma once

#include "core/registerimport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace verrijkt {

class Database;

struct ImportOptions
{
    // Apply the good rows of a file that has rejected rows. Without it such a file changes nothing.
    bool partial = false;
};

// What an import did. `error` non-empty (malformed file, unreadable file, database failure) or
// rejections without `partial`: nothing was changed (`applied` false).
struct ImportReport
{
    QString error;
    bool applied = false;
    int records = 0; // data rows in the file
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deactivated = 0; // locations that left the register (schools), entries removed (wave 0)
    QList<ImportRejection> rejections;

    int rejectedRows() const; // distinct lines with a rejection
    bool ok() const { return error.isEmpty() && applied; }
};

// Applies the register files to the store, each in one transaction that also regenerates the
// "default" rollout plan from the active register and the wave-0 set.
class RegisterImporter
{
public:
    explicit RegisterImporter(Database &db) : m_db(db) {}

    // schools_region.csv: re-import updates by vestiging code, marks locations missing from the
    // file inactive (their history stays) and brings back locations that return.
    ImportReport importSchools(const QByteArray &csv, const ImportOptions &options = {});
    // municipalities.csv: inserts or updates by CBS code (municipalities are never removed).
    ImportReport importMunicipalities(const QByteArray &csv, const ImportOptions &options = {});
    // tvt_known_schools.csv: the wave-0 set (entries missing from the file are removed) and, for a
    // school without one, a 2025-2026 participation at 6 hours.
    ImportReport importWaveZero(const QByteArray &csv, const ImportOptions &options = {});

    enum class File { Schools, Municipalities, WaveZero };
    ImportReport importFile(File kind, const QString &path, const ImportOptions &options = {});

private:
    bool regenerateDefaultPlan(QString *error);
    Database &m_db;
};

} // namespace verrijkt
