#pragma once

#include "cli.h"
#include "clicontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace verrijkt::cli {

// One subcommand: its name, its help in both languages, its own options and its handler. The
// handler gets the parsed command line (global options included) and its positional arguments
// (the command name removed).
struct Command
{
    QString name;
    QString arguments; // "Dutch|English" placeholder, e.g. "BESTAND|FILE"; empty if none
    const char *summaryNl;
    const char *summaryEn;
    QList<QCommandLineOption> options;
    int (*handler)(const CliContext &, const QCommandLineParser &, const QStringList &positional);
};

Command importSchoolsCommand();
Command importMunicipalitiesCommand();
Command importWaveZeroCommand();
Command summaryCommand();
Command generateDemoCommand();

QList<Command> allCommands();

} // namespace verrijkt::cli
