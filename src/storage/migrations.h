#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace verrijkt {

// One step from version-1 to `version`. Each step runs in its own transaction and sets
// PRAGMA user_version in it, so a database is always exactly at some version.
struct MigrationStep
{
    int version = 0;
    QString description;
    bool destructive = false;    // drops or rebuilds data: the file is backed up first
    bool foreignKeysOff = false; // table rebuilds: FK enforcement off during the step, checked after it
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

// The steps in order; adding a schema change means appending a step here.
const QList<MigrationStep> &migrationSteps();
int latestSchemaVersion();

// "<db>.bak-v<version>": the copy made before a destructive step leaves `version`.
QString migrationBackupPath(const QString &databasePath, int version);

// Brings the database at `path` from its user_version up to `target`. Refuses a database newer than
// the code (or than `target`) without touching it.
bool migrate(QSqlDatabase &db, const QString &path, int target, QString *error);

// Runs statements in order; stops at the first failure (message names the statement).
bool execStatements(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace verrijkt
