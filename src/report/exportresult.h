#pragma once

#include <QString>
#include <QStringList>

namespace verrijkt {

// What writing a report file did: on failure nothing is left at the target path.
struct ExportResult
{
    bool ok = false;
    QString error;     // names the file and what went wrong
    QStringList files; // written files
    int pages = 0;     // PDF only
};

} // namespace verrijkt
