#pragma once

#include "core/validation.h"

#include <QString>
#include <QTextStream>
#include <memory>

namespace verrijkt {
class Database;
}

namespace verrijkt::cli {

// What every command gets: the chosen language, the database path and the two output streams.
struct CliContext
{
    Language language = Language::Dutch;
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    QString text(const char *dutch, const char *english) const
    {
        return QString::fromUtf8(language == Language::Dutch ? dutch : english);
    }
    // "verrijkt-cli: <message>" on stderr.
    void error(const QString &message) const;
    // Opens (creating and migrating if needed) the database; prints the error and returns null.
    std::unique_ptr<Database> openDatabase() const;
};

} // namespace verrijkt::cli
