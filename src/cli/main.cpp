#include "cli.h"
#include "reportcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    const auto app = verrijkt::cli::createApplication(argc, argv); // GUI application for report (fonts)
    // The same names as the app, so both find the same database by default.
    QCoreApplication::setOrganizationName(QStringLiteral("Verrijkt"));
    QCoreApplication::setApplicationName(QStringLiteral("verrijkt"));
    // Results and errors are the output; progress logging stays quiet unless QT_LOGGING_RULES
    // (which takes precedence) asks for it, e.g. QT_LOGGING_RULES="verrijkt.*.info=true".
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.*.info=false\nverrijkt.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = verrijkt::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
