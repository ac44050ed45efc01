#pragma once

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace verrijkt::server {

// A database failure inside the server. Thrown by the store helpers, caught at the service
// boundary, which rolls back and answers 503: nothing of the request is applied.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

enum class Backend { Sqlite, Postgres };

struct StoreConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // SQLite: one file, created if missing
    QString pgConnInfo; // PostgreSQL: "host=.. port=.. dbname=.. user=.. password=.. sslmode=.."
};

// Parses a libpq-style conninfo ("key=value key='quoted value'"); nullopt on a syntax error.
std::optional<QMap<QString, QString>> parseConnInfo(const QString &conninfo);

// All server state lives here (accounts, tokens, throttling, device state, records, the change
// sequence), so several server processes can share one PostgreSQL database. One instance = one
// connection; use it from the thread that opened it.
//
// The few backend differences are kept in this class: how a writing transaction serialises
// (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-level advisory lock taken first, so seq
// values are allocated and committed in the same order) and how the connection is opened.
class ServerStore
{
public:
    static std::unique_ptr<ServerStore> open(const StoreConfig &config, QString *error);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    Backend backend() const { return m_backend; }
    QString backendName() const; // "sqlite" | "postgresql"
    QSqlDatabase db() const;
    int schemaVersion();

    // How a commit must survive a power failure. Durable: on disk before commit() returns (every
    // acknowledged push). Relaxed: may be lost with the last moments before a power failure or
    // OS crash, never half-applied and never reordered (SQLite WAL with synchronous=NORMAL,
    // PostgreSQL synchronous_commit=off); only for records whose loss is harmless, such as the
    // pull cursors (a lost one makes a device re-pull from 0). Saves a disk flush per pull.
    enum class Durability { Durable, Relaxed };

    // Writing transaction that may allocate change sequence numbers (serialised across processes).
    void beginWrite(Durability durability = Durability::Durable);
    // Writing transaction that allocates no seq (bookkeeping: logins, device state); not serialised
    // against pushes on PostgreSQL.
    void beginBookkeeping(Durability durability = Durability::Durable);
    void commit();
    void rollback(); // never throws

    // Next value of the global change sequence. Only inside beginWrite(). Counted in memory under
    // the write lock and stored once, at commit (one statement per batch instead of one per change).
    qint64 nextSeq();

    // Prepared query with positional (?) placeholders; throws StoreError on failure. Statements are
    // cached per SQL text: read the result before the same SQL runs again (no nested iteration
    // of one statement).
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // Ends the results of all cached statements. An unfinished SELECT keeps an SQLite read
    // snapshot open, which would make the next write on this connection fail ("database is
    // locked") and stop WAL checkpoints; done before every transaction and after every request.
    void releaseStatements();
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs `head VALUES (?, ...), (?, ...) tail` for many rows at once (each row a list of
    // `columns` values), in chunks of a few fixed sizes so only a handful of statements are ever
    // prepared. One statement instead of one per row: on PostgreSQL every statement is a round trip.
    void execRows(const QString &head, int columns, const QList<QVariantList> &rows,
                  const QString &tail = {});
    // Chunk sizes execRows (and callers that build their own IN lists) use for rows of `columns`
    // values, largest first. On SQLite a chunk stays within kSqliteChunkParameters: Qt hands
    // SQLite every `?` renamed to a named parameter, and SQLite looks each name up in a list while
    // it prepares, so preparing costs the square of the parameters (20 ms for 256 rows of 9). With
    // no round trips to save, smaller statements cost SQLite nothing extra to run.
    QList<int> rowChunks(int columns) const;
    static constexpr int kSqliteChunkParameters = 600;

    // Test hook: runs right after nextSeq() allocated a value, inside the still open transaction
    // (lets tests hold a writer at the worst moment and interleave others).
    std::function<void(qint64)> afterSeqAllocated;

private:
    ServerStore(Backend backend, QString connectionName);
    void migrate();
    void begin(Durability durability);
    void restoreDurability();
    // The cached statement for `sql`, prepared on first use; nullptr with `error` if that fails.
    QSqlQuery *prepared(const QString &sql, QString *error);
    // Runs a cached statement without parameters and ends its result; false with `error` instead
    // of throwing (for rollback and restoring durability, which must not throw).
    bool tryExec(const QString &sql, QString *error);

    Backend m_backend;
    QString m_connectionName;
    bool m_inTransaction = false;
    bool m_relaxed = false;      // SQLite: synchronous=NORMAL is set until the transaction ends
    std::optional<qint64> m_seq; // the transaction's last allocated seq, stored at commit
    QHash<QString, QSqlQuery> m_statements;
};

// Rolls back on scope exit unless committed.
class Transaction
{
public:
    enum class Kind { Write, Bookkeeping };
    Transaction(ServerStore &store, Kind kind,
                ServerStore::Durability durability = ServerStore::Durability::Durable);
    ~Transaction();
    void commit();

private:
    ServerStore &m_store;
    bool m_done = false;
};

} // namespace verrijkt::server
