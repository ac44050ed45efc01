#pragma once

#include "syncserver.h"

#include <QStringList>

namespace verrijkt::server {

// The command line of verrijkt-server after parsing: the options (command line over config file
// over defaults) and the sub-command with its own arguments.
struct CommandLine
{
    ServerOptions options;
    QStringList command; // e.g. {"user", "add", "anna"}; empty = serve
    QString role;        // --role
    QStringList schools; // --school (repeatable, or comma-separated)
    bool passwordStdin = false;
    bool help = false;
    QString error; // non-empty: the command line is wrong (message names the option)
    QString helpText;
};

// `arguments` includes the program name (like QCoreApplication::arguments()).
CommandLine parseCommandLine(const QStringList &arguments);

// Where the SQLite file lives when neither --db nor --pg is given.
QString defaultDatabasePath();

} // namespace verrijkt::server
