// Reads the report's input from the local store (through report/storedreport).
#include "report/storedreport.h"
#include "reportcommand.h"

#include <QGuiApplication>

namespace verrijkt::cli {

ReportInput loadReportInput(Database &db, const SchoolYear &year)
{
    return verrijkt::loadReportInput(db, year); // year-bounded, shared with the app (report/storedreport)
}

QString closingNote(const YearClosing &closing, Language language)
{
    return verrijkt::closingNote(closing, language);
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || QByteArray(argv[i]) == "report";
    if (!report)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace verrijkt::cli
