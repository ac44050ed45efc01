#pragma once

#include "core/hlc.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace verrijkt {

struct DatabaseOptions
{
    // Migrate up to this schema version; 0 means the newest the code knows. Tests use lower values
    // to build databases as an older release left them.
    int targetVersion = 0;
    int busyTimeoutMs = 5000;
    // Wall clock for the device's hybrid logical clock (Unix ms); empty = the system clock.
    HybridLogicalClock::WallClock wallClock;
};

// A row written by a repository, reported to the write listener inside the writing transaction.
struct RowWrite
{
    QString entity; // wire name: "school", "enrichment_session", ...
    QUuid id;
    QStringList fields; // the fields that changed (all of them for a new row)
    HlcTimestamp hlc;
    bool inserted = false;
};

// One SQLite file. Each instance owns its own named Qt SQL connection, so several can be open at
// once (tests, threads); an instance must be used from the thread that opened it.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // This device's id (created on first open) and its clock. Every write stamps rows with stamp();
    // the clock's last value is saved in the settings table when the writing transaction commits.
    QString deviceId() const { return m_deviceId; }
    HlcTimestamp stamp();
    HlcTimestamp receive(const HlcTimestamp &remote);
    HlcTimestamp lastHlc() const { return m_clock->last(); }

    // A statement prepared once per connection and kept (Qt's driver prepares anew for every new
    // QSqlQuery, which costs more than running a small statement): for statements run on every
    // transaction or sync step. Bind, exec, read, then finish() it, so it holds no read snapshot
    // open; never run the same SQL again while reading its rows.
    QSqlQuery &cached(const QString &sql) const;

    std::optional<QString> setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr);

    // Called for every row a repository writes, inside its transaction (the sync outbox hooks in
    // here). Returning false with an error rolls the whole write back.
    using WriteListener = std::function<bool(const RowWrite &, QString *error)>;
    void setWriteListener(WriteListener listener) { m_writeListener = std::move(listener); }
    bool notifyWrite(const RowWrite &write, QString *error);

private:
    friend class Transaction;
    Database() = default;
    int beginTransaction(QString *error); // the new nesting level (1 = outer), 0 on failure
    bool commitTransaction(int level, QString *error);
    void rollbackTransaction(int level);

    struct CachedQuery
    {
        explicit CachedQuery(const QSqlDatabase &db) : query(db) { query.setForwardOnly(true); }
        QSqlQuery query;
        bool prepared = false;
    };
    mutable std::unordered_map<QString, CachedQuery> m_cached; // node-based: references stay valid

    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    std::unique_ptr<HybridLogicalClock> m_clock;
    HlcTimestamp m_savedHlc;
    int m_depth = 0; // nesting: the outer level is BEGIN IMMEDIATE, inner levels are savepoints
    WriteListener m_writeListener;
};

// A write transaction (BEGIN IMMEDIATE, so concurrent writers wait on busy_timeout instead of
// failing half-way); inside an open one it is a savepoint. Rolls back unless commit() is called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    int m_level = 0; // 0 once committed or rolled back
    QString m_error;
};

} // namespace verrijkt
