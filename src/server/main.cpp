// verrijkt-server: the sync server (see docs/server.md).
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("verrijkt-server"));
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return verrijkt::server::runServerCommand(QCoreApplication::arguments(), {in, out, err});
}
