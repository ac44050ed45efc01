#pragma once

#include "commands.h"
#include "core/planner/needindicator.h"
#include "core/region.h"

#include <QSet>

namespace verrijkt {
class Database;
}

namespace verrijkt::cli {

// plan list|create|copy|show|compare|propose|synthetic-need|buildup|coverage|completeness:
// rollout scenarios and the planning views (docs/planning.md).
Command planCommand();

namespace plan {

// The register as the planner needs it.
struct Region
{
    QList<Municipality> municipalities;
    QList<SchoolLocation> schools; // active only
    QSet<QString> waveZero;
    QSet<QString> codes() const;
};
Region loadRegion(Database &db);

// Reads a need file (vestiging,need) against the register. On failure prints every rejected row
// and returns false (exit code 2: nothing was changed).
bool readNeedFile(const CliContext &ctx, const QString &path, const Region &region, NeedIndicator *need);

// Subcommand handlers; `args` are the positional arguments after the subcommand name.
int propose(const CliContext &ctx, Database &db, const QCommandLineParser &parser);
int syntheticNeed(const CliContext &ctx, Database &db, const QCommandLineParser &parser);
int buildUp(const CliContext &ctx, Database &db, const QCommandLineParser &parser);
int coverage(const CliContext &ctx, Database &db, const QCommandLineParser &parser);
int completeness(const CliContext &ctx, Database &db, const QCommandLineParser &parser);

// "1.234.567" / "1,234,567": figures in the user's language.
QString number(const CliContext &ctx, double value, int decimals = 0);
// --date D (yyyy-MM-dd), today when absent; invalid prints the error and returns a null date.
QDate dateOption(const CliContext &ctx, const QCommandLineParser &parser);

} // namespace plan

} // namespace verrijkt::cli
