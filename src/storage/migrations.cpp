#include "migrations.h"

#include "deliverysums.h" // steps 5 and 6 (planning work)
#include "schema.h"
#include "storagelog.h"
#include "yearclosing.h" // step 4 (planning work)

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace verrijkt {

namespace {

MigrationStep sqlStep(int version, const char *description, bool destructive, bool foreignKeysOff,
                      QStringList (*statements)())
{
    return MigrationStep{
        version, QString::fromUtf8(description), destructive, foreignKeysOff,
        [statements](QSqlDatabase &db, QString *error) { return execStatements(db, statements(), error); }};
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(80));
    return false;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

// A consistent copy even with a WAL file beside the database (VACUUM INTO reads a snapshot).
bool backup(QSqlDatabase &db, const QString &target, QString *error)
{
    if (QFile::exists(target) && !QFile::remove(target)) {
        if (error)
            *error = QStringLiteral("cannot replace old backup %1").arg(target);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("backup to %1 failed: %2").arg(target, q.lastError().text());
        return false;
    }
    return true;
}

bool runStep(QSqlDatabase &db, const MigrationStep &step, QString *error)
{
    if (step.foreignKeysOff && !exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    bool ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
    if (ok) {
        ok = step.apply(db, error);
        if (ok && step.foreignKeysOff) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
                ok = false;
                if (error)
                    *error = QStringLiteral("foreign key violations after the step");
            }
        }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), error);
        ok = ok && exec(db, QStringLiteral("COMMIT"), error);
        if (!ok)
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
    }
    if (step.foreignKeysOff)
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    return ok;
}

} // namespace

bool execStatements(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        sqlStep(1, "tables for the register, the three measures and settings; append-only triggers", false,
                false, &schema::version1),
        sqlStep(2, "indexes for the hot queries", false, false, &schema::version2),
        sqlStep(3, "schools rebuilt with CHECK constraints", true, true, &schema::version3),
        sqlStep(4, "year closing: locked report figures and audit trail", false, false,
                &schema::yearClosingTables),
        sqlStep(5, "delivery sums per school and school year kept by triggers", false, false,
                &schema::deliverySumTables),
        sqlStep(6, "rows of session correction chains kept by triggers", false, false,
                &schema::sessionChainTables),
        sqlStep(7, "session sums and chain rows brought up to date per batch while one is stored", false,
                false, &schema::sessionBatchTriggers),
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().last().version;
}

QString migrationBackupPath(const QString &databasePath, int version)
{
    return QStringLiteral("%1.bak-v%2").arg(databasePath).arg(version);
}

bool migrate(QSqlDatabase &db, const QString &path, int target, QString *error)
{
    const int current = userVersion(db);
    if (current < 0) {
        if (error)
            *error =
                QStringLiteral("cannot read the schema version of %1: %2").arg(path, db.lastError().text());
        return false;
    }
    if (current > latestSchemaVersion()) {
        if (error)
            *error =
                QStringLiteral("database %1 has schema version %2, newer than this program supports (%3); "
                               "update Verrijkt to open it")
                    .arg(path)
                    .arg(current)
                    .arg(latestSchemaVersion());
        return false;
    }
    if (current > target) {
        if (error)
            *error = QStringLiteral("database %1 has schema version %2, newer than the requested version %3")
                         .arg(path)
                         .arg(current)
                         .arg(target);
        return false;
    }
    int version = current;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= version || step.version > target)
            continue;
        // A fresh database has nothing to lose; an existing one is copied before data is rebuilt.
        if (step.destructive && current > 0) {
            const QString copy = migrationBackupPath(path, version);
            if (!backup(db, copy, error))
                return false;
            qCInfo(lcStorage) << "backed up schema version" << version << "to" << copy;
        }
        QString stepError;
        if (!runStep(db, step, &stepError)) {
            if (error)
                *error = QStringLiteral("migration to schema version %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.description, stepError);
            return false;
        }
        qCInfo(lcStorage) << "migrated" << path << "to schema version" << step.version;
        version = step.version;
    }
    return true;
}

} // namespace verrijkt
