#include "database.h"

#include "core/uuid7.h"
#include "migrations.h"
#include "storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace verrijkt {

namespace {

const QString kDeviceIdKey = QStringLiteral("device_id");
const QString kLastHlcKey = QStringLiteral("last_hlc");

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
    return false;
}

// Runs a statement from Database::cached() and leaves it reset.
bool run(QSqlQuery &q, QString *error)
{
    const bool ok = q.exec();
    if (!ok && error)
        *error = QStringLiteral("%1: %2").arg(q.lastQuery(), q.lastError().text());
    q.finish();
    return ok;
}

QString pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, QString *error, const DatabaseOptions &options)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_connectionName = QStringLiteral("verrijkt-%1").arg(createUuidV7().toString(QUuid::WithoutBraces));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
            return nullptr; // the destructor removes the connection
        }
        QString pragmaError;
        const bool configured =
            exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &pragmaError) &&
            exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs), &pragmaError) &&
            exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &pragmaError) &&
            exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &pragmaError) &&
            // 16 MiB of page cache: the indexes of a region's seven years of sessions stay in memory.
            exec(db, QStringLiteral("PRAGMA cache_size = -16384"), &pragmaError) &&
            // Statement journals (kept by every insert that may abort half-way, e.g. a pulled page's)
            // in memory: on disk they cost a write call per spilled page.
            exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), &pragmaError) &&
            // Checkpoints when the WAL holds 10,000 pages (40 MiB) instead of 1,000: a first pull
            // of a region (190,000 rows) runs about a tenth faster with a tenth of the checkpoints
            // (docs/sync-testing.md); the WAL file is cut back to 8 MiB after each one.
            exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 10000"), &pragmaError) &&
            exec(db, QStringLiteral("PRAGMA journal_size_limit = 8388608"), &pragmaError);
        if (!configured) {
            if (error)
                *error = QStringLiteral("cannot configure database %1: %2").arg(path, pragmaError);
            return nullptr;
        }
        const int target = options.targetVersion > 0 ? options.targetVersion : latestSchemaVersion();
        if (!migrate(db, path, target, error))
            return nullptr;
    }

    // The device's identity and clock survive restarts in the settings table.
    QString deviceId = self->setting(kDeviceIdKey).value_or(QString());
    if (deviceId.isEmpty()) {
        deviceId = createUuidV7().toString(QUuid::WithoutBraces);
        QString settingError;
        if (!self->setSetting(kDeviceIdKey, deviceId, &settingError)) {
            if (error)
                *error = QStringLiteral("cannot store the device id: %1").arg(settingError);
            return nullptr;
        }
        qCInfo(lcStorage) << "new device id" << deviceId << "for" << path;
    }
    self->m_deviceId = deviceId;
    self->m_clock = std::make_unique<HybridLogicalClock>(deviceId, options.wallClock);
    if (const auto saved = self->setting(kLastHlcKey)) {
        if (const auto last = HlcTimestamp::fromString(*saved)) {
            self->m_clock->restore(*last);
            self->m_savedHlc = *last;
        }
    }
    return self;
}

QSqlQuery &Database::cached(const QString &sql) const
{
    auto it = m_cached.find(sql);
    if (it == m_cached.end())
        it = m_cached.try_emplace(sql, connection()).first;
    CachedQuery &entry = it->second;
    if (!entry.prepared)
        entry.prepared = entry.query.prepare(sql); // tried again on the next use if it failed
    return entry.query;
}

Database::~Database()
{
    m_cached.clear(); // before the connection closes
    m_clock.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return pragmaValue(connection(), QStringLiteral("user_version")).toInt();
}

HlcTimestamp Database::stamp()
{
    return m_clock->now();
}

HlcTimestamp Database::receive(const HlcTimestamp &remote)
{
    return m_clock->receive(remote);
}

std::optional<QString> Database::setting(const QString &key) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    std::optional<QString> value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

bool Database::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return run(q, error);
}

bool Database::notifyWrite(const RowWrite &write, QString *error)
{
    return !m_writeListener || m_writeListener(write, error);
}

int Database::beginTransaction(QString *error)
{
    if (m_depth == 0 ? !run(cached(QStringLiteral("BEGIN IMMEDIATE")), error)
                     : !exec(connection(), QStringLiteral("SAVEPOINT sp%1").arg(m_depth + 1), error))
        return 0;
    if (m_depth == 0 && m_clock) {
        // Another connection (a second instance, the CLI beside the app) may have stamped rows since
        // this one last wrote; holding the write lock now, continue after the latest stored stamp.
        if (const auto stored = setting(kLastHlcKey)) {
            if (const auto last = HlcTimestamp::fromString(*stored)) {
                m_savedHlc = *last;
                if (m_clock->last() < *last)
                    m_clock->restore(*last);
            }
        }
    }
    return ++m_depth;
}

bool Database::commitTransaction(int level, QString *error)
{
    Q_ASSERT(level == m_depth);
    if (level > 1) {
        if (!exec(connection(), QStringLiteral("RELEASE sp%1").arg(level), error))
            return false;
        --m_depth;
        return true;
    }
    // The clock's last value is written with the data it stamped, so a restart never reissues it.
    const HlcTimestamp last = m_clock ? m_clock->last() : HlcTimestamp{};
    if (!last.isNull() && last != m_savedHlc && !setSetting(kLastHlcKey, last.toString(), error))
        return false;
    if (!run(cached(QStringLiteral("COMMIT")), error))
        return false;
    m_savedHlc = last;
    m_depth = 0;
    return true;
}

void Database::rollbackTransaction(int level)
{
    Q_ASSERT(level == m_depth);
    if (level > 1) {
        exec(connection(), QStringLiteral("ROLLBACK TO sp%1").arg(level), nullptr);
        exec(connection(), QStringLiteral("RELEASE sp%1").arg(level), nullptr);
    } else {
        exec(connection(), QStringLiteral("ROLLBACK"), nullptr);
    }
    --m_depth;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = m_db.beginTransaction(&m_error);
    if (m_level == 0 && m_error.isEmpty())
        m_error = QStringLiteral("cannot begin a transaction");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (m_level == 0)
        return false;
    if (!m_db.commitTransaction(m_level, &m_error)) {
        qCWarning(lcStorage) << "commit failed:" << m_error;
        rollback();
        return false;
    }
    m_level = 0;
    return true;
}

void Transaction::rollback()
{
    if (m_level == 0)
        return;
    m_db.rollbackTransaction(m_level);
    m_level = 0;
}

} // namespace verrijkt
