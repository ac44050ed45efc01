#include "serverstore.h"

#include "serverlog.h"
#include "servermigrations.h"

#include <QSqlError>
#include <QUuid>

namespace verrijkt::server {

namespace {

// Every writing transaction that allocates seq takes this transaction-level advisory lock first:
// commit order = seq order, so a pull cursor never skips a change that commits late.
constexpr qint64 kSeqLockKey = 0x5665727269A1; // "Verri" + tag

QString describe(const QSqlError &e)
{
    return e.text().isEmpty() ? QStringLiteral("unknown database error") : e.text();
}

} // namespace

std::optional<QMap<QString, QString>> parseConnInfo(const QString &conninfo)
{
    QMap<QString, QString> out;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    const auto skipSpace = [&] {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
    };
    skipSpace();
    while (i < n) {
        const qsizetype keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('=') && !conninfo.at(i).isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        skipSpace();
        if (key.isEmpty() || i >= n || conninfo.at(i) != QLatin1Char('='))
            return std::nullopt;
        ++i;
        skipSpace();
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = conninfo.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += conninfo.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value += conninfo.at(i++);
        }
        out.insert(key, value);
        skipSpace();
    }
    return out;
}

ServerStore::ServerStore(Backend backend, QString connectionName)
    : m_backend(backend), m_connectionName(std::move(connectionName))
{
}

std::unique_ptr<ServerStore> ServerStore::open(const StoreConfig &config, QString *error)
{
    const QString name = QStringLiteral("verrijkt-server-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<ServerStore> store(new ServerStore(config.backend, name));
    QSqlDatabase db;
    if (config.backend == Backend::Sqlite) {
        if (config.sqlitePath.isEmpty()) {
            *error = QStringLiteral("no SQLite database file given (--db)");
            return nullptr;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(config.sqlitePath);
        // Several processes may share the file: wait for the writer instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        const auto params = parseConnInfo(config.pgConnInfo);
        if (!params) {
            *error =
                QStringLiteral("the PostgreSQL connection string is malformed (expected key=value pairs)");
            return nullptr;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QStringList options;
        for (auto it = params->constBegin(); it != params->constEnd(); ++it) {
            if (it.key() == QLatin1String("host"))
                db.setHostName(it.value());
            else if (it.key() == QLatin1String("port"))
                db.setPort(it.value().toInt());
            else if (it.key() == QLatin1String("dbname"))
                db.setDatabaseName(it.value());
            else if (it.key() == QLatin1String("user"))
                db.setUserName(it.value());
            else if (it.key() == QLatin1String("password"))
                db.setPassword(it.value());
            else
                options << it.key() + QLatin1Char('=') + it.value();
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(store->backendName());
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open the %1 database: %2")
                     .arg(store->backendName(), describe(db.lastError()));
        return nullptr;
    }
    try {
        if (config.backend == Backend::Sqlite) {
            store->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            // An acknowledged push must survive a power failure: flush the WAL at every commit
            // (whatever the library's default); see Durability for the exceptions.
            store->exec(QStringLiteral("PRAGMA synchronous=FULL"));
            store->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
        store->migrate();
    } catch (const StoreError &e) {
        *error = QStringLiteral("cannot prepare the database: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return store;
}

ServerStore::~ServerStore()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ServerStore::backendName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery *ServerStore::prepared(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            *error = describe(query.lastError());
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    return &it.value();
}

QSqlQuery ServerStore::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty() && m_backend == Backend::Postgres) {
        // PostgreSQL cannot PREPARE DDL; statements without parameters run as they are.
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            throw StoreError(
                QStringLiteral("query failed: %1").arg(describe(query.lastError())).toStdString());
        return query;
    }
    // Prepared once per connection and reused: on PostgreSQL a fresh prepare costs two extra
    // round trips (PREPARE, DEALLOCATE) per statement; on SQLite BEGIN, COMMIT and the durability
    // pragmas run a few times per request.
    QString error;
    QSqlQuery *query = prepared(sql, &error);
    if (!query)
        throw StoreError(QStringLiteral("prepare failed: %1").arg(error).toStdString());
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        throw StoreError(QStringLiteral("query failed: %1").arg(describe(query->lastError())).toStdString());
    return *query;
}

bool ServerStore::tryExec(const QString &sql, QString *error)
{
    QSqlQuery *query = prepared(sql, error);
    if (!query)
        return false;
    query->finish();
    const bool ok = query->exec();
    if (!ok)
        *error = describe(query->lastError());
    query->finish();
    return ok;
}

QVariant ServerStore::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish(); // e.g. UPDATE ... RETURNING must not stay open until COMMIT
    return value;
}

QList<int> ServerStore::rowChunks(int columns) const
{
    static const QList<int> sizes{256, 64, 16, 4, 1};
    if (m_backend != Backend::Sqlite)
        return sizes;
    QList<int> out;
    for (const int size : sizes)
        if (size == 1 || size * columns <= kSqliteChunkParameters)
            out << size;
    return out;
}

void ServerStore::execRows(const QString &head, int columns, const QList<QVariantList> &rows,
                           const QString &tail)
{
    const QString one = QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
    const QList<int> chunks = rowChunks(columns);
    qsizetype done = 0;
    while (done < rows.size()) {
        int size = 1;
        for (const int chunk : chunks)
            if (rows.size() - done >= chunk) {
                size = chunk;
                break;
            }
        QStringList tuples;
        QVariantList values;
        values.reserve(size * columns);
        for (int i = 0; i < size; ++i) {
            tuples << one;
            values += rows.at(done + i);
        }
        exec(head + QStringLiteral(" VALUES ") + tuples.join(QStringLiteral(", ")) +
                 (tail.isEmpty() ? QString() : QLatin1Char(' ') + tail),
             values);
        done += size;
    }
}

void ServerStore::releaseStatements()
{
    for (QSqlQuery &q : m_statements)
        q.finish();
}

void ServerStore::begin(Durability durability)
{
    releaseStatements();
    m_seq.reset();
    if (m_backend == Backend::Sqlite) {
        // The pragma only takes effect outside a transaction; it is set back after the commit.
        if (durability == Durability::Relaxed) {
            exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            m_relaxed = true;
        }
        try {
            exec(QStringLiteral("BEGIN IMMEDIATE"));
        } catch (...) {
            restoreDurability();
            throw;
        }
        m_inTransaction = true;
        return;
    }
    if (!db().transaction())
        throw StoreError(QStringLiteral("cannot begin: %1").arg(describe(db().lastError())).toStdString());
    m_inTransaction = true;
    if (durability == Durability::Relaxed) {
        try {
            exec(QStringLiteral("SET LOCAL synchronous_commit = off"));
        } catch (...) {
            rollback();
            throw;
        }
    }
}

void ServerStore::restoreDurability()
{
    if (!m_relaxed)
        return;
    m_relaxed = false;
    QString error;
    if (!tryExec(QStringLiteral("PRAGMA synchronous = FULL"), &error))
        qCWarning(lcServer) << "cannot restore synchronous=FULL:" << error;
}

void ServerStore::beginWrite(Durability durability)
{
    begin(durability);
    try {
        if (m_backend == Backend::Postgres)
            exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSeqLockKey});
    } catch (...) {
        rollback();
        throw;
    }
}

void ServerStore::beginBookkeeping(Durability durability)
{
    begin(durability);
}

void ServerStore::commit()
{
    if (m_seq) {
        exec(QStringLiteral("UPDATE change_seq SET last_seq = ? WHERE id = ?"), {*m_seq, 1});
        m_seq.reset();
    }
    if (m_backend == Backend::Sqlite) {
        exec(QStringLiteral("COMMIT"));
        restoreDurability();
    } else if (!db().commit()) {
        throw StoreError(QStringLiteral("commit failed: %1").arg(describe(db().lastError())).toStdString());
    }
    m_inTransaction = false;
}

void ServerStore::rollback()
{
    m_seq.reset();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (m_backend == Backend::Sqlite) {
        QString error;
        if (!tryExec(QStringLiteral("ROLLBACK"), &error))
            qCWarning(lcServer) << "rollback failed:" << error;
        restoreDurability();
    } else if (!db().rollback()) {
        qCWarning(lcServer) << "rollback failed:" << describe(db().lastError());
    }
}

qint64 ServerStore::nextSeq()
{
    if (!m_seq) {
        // Read under the write lock (BEGIN IMMEDIATE / the advisory lock): nobody else allocates
        // until this transaction ends.
        m_seq = scalar(QStringLiteral("SELECT last_seq FROM change_seq WHERE id = ?"), {1}).toLongLong();
    }
    const qint64 seq = ++*m_seq;
    if (afterSeqAllocated)
        afterSeqAllocated(seq);
    return seq;
}

int ServerStore::schemaVersion()
{
    return scalar(QStringLiteral("SELECT MAX(version) FROM server_schema")).toInt();
}

void ServerStore::migrate()
{
    const QList<QStringList> steps = serverMigrations(m_backend);
    {
        // Usual case: already current, so starting another process takes no lock at all.
        QSqlQuery probe(db());
        if (probe.exec(QStringLiteral("SELECT MAX(version) FROM server_schema")) && probe.next() &&
            probe.value(0).toInt() >= steps.size())
            return;
    }
    // The lock makes concurrent first starts of several processes safe on PostgreSQL.
    Transaction tx(*this, Transaction::Kind::Write);
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_schema (version INTEGER NOT NULL)"));
    const int current = scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM server_schema")).toInt();
    for (int version = current + 1; version <= steps.size(); ++version) {
        for (const QString &sql : steps.at(version - 1))
            exec(sql);
        exec(QStringLiteral("INSERT INTO server_schema (version) VALUES (?)"), {version});
        qCInfo(lcServer) << "server schema migrated to version" << version;
    }
    tx.commit();
}

Transaction::Transaction(ServerStore &store, Kind kind, ServerStore::Durability durability) : m_store(store)
{
    if (kind == Kind::Write)
        store.beginWrite(durability);
    else
        store.beginBookkeeping(durability);
}

Transaction::~Transaction()
{
    if (!m_done)
        m_store.rollback();
}

void Transaction::commit()
{
    m_store.commit();
    m_done = true;
}

} // namespace verrijkt::server
