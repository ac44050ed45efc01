#pragma once

#include "core/bridgeofficer.h"
#include "core/libraryprogramme.h"
#include "core/schoolyear.h"

#include <QList>
#include <QMap>
#include <QString>

namespace verrijkt {

class Database;

// Recorded activity of one school year, counted in SQL (no personal data leaves the query: family
// codes are only counted).
struct YearActivity
{
    qint64 sessions = 0;            // current sessions (not superseded, not withdrawn)
    double deliveredPupilHours = 0; // sum of hours x pupils over those
    qint64 contacts = 0;            // current family contacts
    qint64 families = 0;            // distinct family codes among them
};

// Read-only queries behind the rollout summary and the bench figures (verrijkt-cli). Unlike the
// repositories, every query reports a failed read, so the CLI can tell "none" from "could not read".
class SummaryQueries
{
public:
    explicit SummaryQueries(Database &db) : m_db(db) {}

    // Placements (not tombstoned) that overlap the school year.
    bool placementsInYear(const SchoolYear &year, QList<Placement> &out, QString *error) const;
    // Bibliotheek op school statuses (not tombstoned) of the school year.
    bool libraryForYear(const SchoolYear &year, QList<LibraryParticipation> &out, QString *error) const;
    bool activity(const SchoolYear &year, YearActivity &out, QString *error) const;
    // Rows per table, tombstones included (for bench figures and demo-generation reports).
    bool rowCounts(QMap<QString, qint64> &out, QString *error) const;

private:
    Database &m_db;
};

} // namespace verrijkt
