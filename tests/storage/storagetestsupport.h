#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace verrijkt::test {

// A database in its own temporary folder; fails the test if it cannot be opened.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit TempDatabase(const DatabaseOptions &options = {});
    QString path() const { return dir.filePath(QStringLiteral("verrijkt.db")); }
    bool reopen(const DatabaseOptions &options = {});
};

// Every row of every table (and the schema version), in a stable order: two equal dumps mean the
// database content is identical.
QString contentDump(Database &db);

qint64 rowCount(Database &db, const QString &table);
QByteArray readFile(const QString &path);
QString sharedData(const QString &file);
QString fixture(const QString &file);

} // namespace verrijkt::test
