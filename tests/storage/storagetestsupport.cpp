#include "storagetestsupport.h"

#include "storage/registerimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <catch2/catch.hpp>

namespace verrijkt::test {

TempDatabase::TempDatabase(const DatabaseOptions &options)
{
    REQUIRE(dir.isValid());
    REQUIRE(reopen(options));
}

bool TempDatabase::reopen(const DatabaseOptions &options)
{
    db.reset();
    QString error;
    db = Database::open(path(), &error, options);
    if (!db)
        UNSCOPED_INFO("open failed: " << error.toStdString());
    return db != nullptr;
}

QString contentDump(Database &db)
{
    QStringList out;
    QSqlQuery version(db.connection());
    version.exec(QStringLiteral("PRAGMA user_version"));
    version.next();
    out << QStringLiteral("user_version=%1").arg(version.value(0).toInt());
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList tableNames;
    while (tables.next()) {
        out << QStringLiteral("%1 %2: %3")
                   .arg(tables.value(0).toString(), tables.value(1).toString(), tables.value(2).toString());
        if (tables.value(0).toString() == QLatin1String("table"))
            tableNames << tables.value(1).toString();
    }
    for (const QString &table : tableNames) {
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out << table + QStringLiteral("|") + fields.join(QStringLiteral("|"));
        }
    }
    return out.join(QLatin1Char('\n'));
}

void importSmallRegister(Database &db)
{
    RegisterImporter importer(db);
    REQUIRE(importer.importFile(RegisterImporter::File::Municipalities, fixture("municipalities_small.csv"))
                .ok());
    REQUIRE(importer.importFile(RegisterImporter::File::Schools, fixture("schools_small.csv")).ok());
}

qint64 rowCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path.toStdString());
    return file.readAll();
}

QString sharedData(const QString &file)
{
    return QStringLiteral(VERRIJKT_SHARED_DATA "/") + file;
}

QString fixture(const QString &file)
{
    return QStringLiteral(VERRIJKT_FIXTURES "/storage/") + file;
}

} // namespace verrijkt::test
