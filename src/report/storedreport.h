#pragma once

#include "reportinput.h"
#include "reportmodel.h"

#include <QDateTime>
#include <QStringList>

namespace verrijkt {

class Database;
struct YearClosing;

// Everything the yearly report of `year` needs, read from the store: the register, the default
// plan, the year's participations and library statuses, all officers and placements, and the
// current versions of the year's enrichment sessions and family contacts (of the register's
// schools and the known officers). Sessions and contacts are read year-bounded: the year's rows
// plus the rows of correction chains, not seven years of history (docs/planning.md).
ReportInput loadReportInput(Database &db, const SchoolYear &year);

// "cijfers vastgesteld op 2027-09-01 door Regioteam": the note a locked report carries.
QString closingNote(const YearClosing &closing, Language language);

// The yearly report as the store holds it: for a closed school year its locked figures (with the
// tables whose live figures have changed since), otherwise computed from the live data.
struct StoredYearReport
{
    bool ok = false;
    QString error;                // set when !ok: no register yet, or locked figures that cannot be read
    bool missingRegister = false; // !ok because the store holds no register yet
    YearReport report;
    bool locked = false;
    QString closingNote;       // set when locked
    QStringList changedTables; // locked: table ids whose live figures now differ
};

StoredYearReport yearReportFromStore(Database &db, const SchoolYear &year, Language language,
                                     const QDateTime &generatedAt = QDateTime::currentDateTime());

// Ids of the tables of `locked` whose cells differ from `live` (what is exported, cell by cell).
QStringList changedTables(const YearReport &locked, const YearReport &live);

} // namespace verrijkt
