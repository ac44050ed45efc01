#pragma once

#include <QStringList>
#include <QTextStream>

namespace verrijkt::server {

struct CliStreams
{
    QTextStream &in; // passwords for --password-stdin
    QTextStream &out;
    QTextStream &err;
};

// Everything verrijkt-server does; `arguments` includes the program name. `serve` runs the
// event loop of the existing QCoreApplication until it quits. Returns the process exit code.
int runServerCommand(const QStringList &arguments, CliStreams io);

} // namespace verrijkt::server
