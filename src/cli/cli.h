#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace verrijkt::cli {

// verrijkt-cli's exit codes (also listed by --help and in docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,    // unknown command or option, missing or malformed argument (e.g. --year 2026)
    ExitInput = 2,    // a file is missing, unreadable or malformed, or rows in it were rejected
    ExitDatabase = 3, // the database cannot be opened, migrated, read or written
};

// Runs one verrijkt-cli invocation. `arguments` includes the program name (as QCoreApplication::
// arguments()). Results go to `out`, progress and errors to `err`. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// $VERRIJKT_DB if set, else verrijkt.db in the application data folder (shared with the app).
QString defaultDatabasePath();

} // namespace verrijkt::cli
