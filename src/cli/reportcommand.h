#pragma once

#include "commands.h"
#include "report/reportinput.h"

#include <QCoreApplication>
#include <memory>

namespace verrijkt {
class Database;
struct YearClosing;
} // namespace verrijkt

namespace verrijkt::cli {

// report --year 2026-2027 --format pdf|csv|xlsx --out FILE: the yearly report (docs/planning.md).
// A closed school year is rendered from its locked figures.
Command reportCommand();
// year close|reopen|log: closing a school year (locked figures, audit trail).
Command yearCommand();

// Everything the yearly report of `year` needs, read from the store: the register, the default
// plan, the year's participations, sessions and library statuses, all officers, placements and
// family contacts (current versions).
ReportInput loadReportInput(Database &db, const SchoolYear &year);

// "cijfers vastgesteld op 2027-09-01 door Regioteam": the note a locked report carries.
QString closingNote(const YearClosing &closing, Language language);

// The application object for verrijkt-cli: a QGuiApplication on the offscreen platform when the
// command line asks for `report` (the PDF writer needs fonts), a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace verrijkt::cli
