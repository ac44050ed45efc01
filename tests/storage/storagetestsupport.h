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

// Imports tests/fixtures/storage municipalities_small.csv and schools_small.csv (5 locations:
// 90AA00 210 pupils, 90AA01, 90BB00, 90CC00 sbo, 90DD00 so_vso without a pupil count).
void importSmallRegister(Database &db);

qint64 rowCount(Database &db, const QString &table);
QByteArray readFile(const QString &path);
QString sharedData(const QString &file);
QString fixture(const QString &file);

} // namespace verrijkt::test
