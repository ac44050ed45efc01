// SqliteSyncStore, the pulled side: storing pages of the server's feed (prepared rows, unsent local
// edits kept, natural keys, the session batch), the scope purge, the cursor and the stored scope.
// The outbox side (pending mutations, acknowledgements, record states) is sqlitesyncstore.cpp.
#include "pulledrow.h"
#include "sessioninsertbatch.h"
#include "sqlitesyncstore.h"
#include "synclog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QVarLengthArray>
#include <algorithm>
#include <list>
#include <optional>

namespace verrijkt {

namespace {

const QString kCursorKey = QStringLiteral("sync_cursor");
const QString kScopeKey = QStringLiteral("sync_scope");

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool runSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(80));
    return false;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

// Pulled data is the server's authoritative, scope-filtered state: a row may legitimately refer to
// one the device may not see (an officer's own placement at a school no longer in scope). Foreign
// keys are therefore not enforced while a page is applied; the pragma only works outside a
// transaction, so it is switched around the page's transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db) : m_db(db)
    {
        QString ignored;
        runSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), &ignored);
    }
    ~ForeignKeysOff()
    {
        QString ignored;
        runSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    }

private:
    QSqlDatabase m_db;
};

} // namespace

// Rows of an append-only table go in with one multi-row INSERT per this many: a statement run
// costs about as much as the row it stores (SQLite opens and closes a cursor on the table and on
// each index per run), and nearly all of a large page is append-only rows.
constexpr int kRowsPerInsert = 50;

struct SqliteSyncStore::TableStatements
{
    SqliteStatement write;     // editable: insert or update by id; append-only: insert unless present
    SqliteStatement writeMany; // append-only: `write` for kRowsPerInsert rows at once
    SqliteStatement rename;    // give a local row with the same natural key the server's id
    SqliteStatement read;      // current local values, for records with unsent edits
};

SqliteSyncStore::TableStatements *SqliteSyncStore::statementsFor(const SyncedTable &table, QString *error)
{
    auto &slot = m_statements[table.table];
    if (slot)
        return slot.get();
    auto st = std::make_shared<TableStatements>();
    sqlite3 *handle = SqliteStatement::handleOf(m_db.connection());
    QStringList columns, placeholders, updates;
    for (const SyncedColumn &c : table.columns) {
        columns << c.column;
        placeholders << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(c.column);
    }
    bool ok = true;
    if (table.isAppendOnly()) {
        const QString row = QStringLiteral("(?, ?, ?, %1)").arg(placeholders.join(QStringLiteral(", ")));
        const auto insert = [&](int rows) {
            return QStringLiteral(
                       "INSERT INTO %1 (id, hlc, deleted, %2) VALUES %3 ON CONFLICT (id) DO NOTHING")
                .arg(table.table, columns.join(QStringLiteral(", ")),
                     QStringList(rows, row).join(QStringLiteral(", ")));
        };
        ok = st->write.prepare(handle, insert(1), error) &&
             st->writeMany.prepare(handle, insert(kRowsPerInsert), error);
    } else {
        ok = st->write.prepare(
                 handle,
                 QStringLiteral(
                     "INSERT INTO %1 (id, hlc, deleted, field_hlc, %2) VALUES (?, ?, ?, ?, %3) "
                     "ON CONFLICT (id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted, "
                     "field_hlc = excluded.field_hlc, %4")
                     .arg(table.table, columns.join(QStringLiteral(", ")),
                          placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))),
                 error) &&
             st->read.prepare(handle,
                              QStringLiteral("SELECT deleted, field_hlc, %1 FROM %2 WHERE id = ?")
                                  .arg(columns.join(QStringLiteral(", ")), table.table),
                              error);
    }
    if (ok && !table.naturalKey.isEmpty()) {
        QStringList conditions;
        for (const QString &key : table.naturalKey)
            conditions << key + QStringLiteral(" = ?");
        ok = st->rename.prepare(handle,
                                QStringLiteral("UPDATE %1 SET id = ? WHERE %2 AND id <> ?")
                                    .arg(table.table, conditions.join(QStringLiteral(" AND "))),
                                error);
    }
    if (!ok)
        return nullptr;
    slot = std::move(st);
    return slot.get();
}

LocalSyncStore::RowPreparer SqliteSyncStore::rowPreparer() const
{
    return [tables = m_tables](const PulledChange &change, const PulledFields &fields) {
        return std::any(preparePulledRow(*tables, change, fields));
    };
}

qint64 SqliteSyncStore::cursor()
{
    return m_db.setting(kCursorKey).value_or(QStringLiteral("0")).toLongLong();
}

QHash<QString, QSet<QString>> SqliteSyncStore::pendingFieldsByRecord(QString *error)
{
    QHash<QString, QSet<QString>> out;
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT entity, record_id, hlc FROM sync_outbox WHERE state = 'pending'"));
    const auto done = qScopeGuard([&q] { q.finish(); });
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        QSet<QString> &fields = out[recordKey(q.value(0).toString(), q.value(1).toString())];
        const QJsonObject hlc = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = hlc.begin(); it != hlc.end(); ++it)
            fields.insert(it.key());
    }
    return out;
}

StoreStatus SqliteSyncStore::applyPulledPage(const QList<PulledChange> &changes, qint64 newCursor,
                                             const SyncScope &scope, bool reset)
{
    const std::optional<SyncScope> previous = lastScope();
    const bool purge = reset || !previous || !(*previous == scope);
    // Pulled data may refer to rows outside the scope, which foreign keys would refuse, but
    // switching them off expires every prepared statement of the connection (the next use of each
    // compiles it again, triggers included: more than storing a few rows costs). A small page is
    // therefore tried with foreign keys on first and only repeated without them if that fails; a
    // large one goes without them at once, as it would likely fail and the switch is cheap there.
    constexpr int kSmallPage = 64;
    if (changes.size() <= kSmallPage && (!changes.isEmpty() || purge)) {
        if (const StoreStatus st = applyPage(changes, newCursor, scope, purge); st.ok())
            return st;
    }
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (!changes.isEmpty() || purge)
        foreignKeysOff.emplace(m_db.connection());
    return applyPage(changes, newCursor, scope, purge);
}

StoreStatus SqliteSyncStore::applyPage(const QList<PulledChange> &changes, qint64 newCursor,
                                       const SyncScope &scope, bool purge)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return StoreStatus::failure(tx.error());
    QString error;
    const auto pending = pendingFieldsByRecord(&error);
    if (!error.isEmpty())
        return StoreStatus::failure(error);
    // Sessions are most of any large page: their sums and chain rows are brought up to date once
    // for the page (before the purge below, whose delete triggers expect them current). A small
    // page is left to the triggers.
    std::optional<SessionInsertBatch> sessions;
    const auto sessionCount = std::count_if(changes.cbegin(), changes.cend(), [](const PulledChange &c) {
        return c.entity == QLatin1String("enrichment_session");
    });
    if (sessionCount >= SessionInsertBatch::kWorthFrom) {
        sessions = SessionInsertBatch::begin(m_db.connection(), &error);
        if (!sessions)
            return StoreStatus::failure(error);
    }
    QString newest;
    // Rows prepared here (a page from elsewhere than the engine's fetch thread) live as long as the
    // run of append-only rows that may point at them.
    std::list<PreparedPulledRow> preparedHere;
    // Consecutive rows of one append-only table wait here to be inserted together; an append-only
    // row has no local edits to keep and no natural key to reconcile.
    QList<AppendOnlyRow> run;
    const SyncedTable *runTable = nullptr;
    const auto flush = [&] {
        StoreStatus st = run.isEmpty() ? StoreStatus::success() : insertAppendOnly(*runTable, run);
        run.clear();
        return st;
    };
    for (const PulledChange &change : changes) {
        // Prepared on the engine's fetch thread (rowPreparer) or, for a page from elsewhere, here.
        const auto *ready = std::any_cast<PreparedPulledRow>(&change.prepared);
        const PreparedPulledRow &row =
            ready ? *ready : preparedHere.emplace_back(preparePulledRow(*m_tables, change));
        if (row.table < 0) {
            // A newer server may know entities this build does not; they cannot be shown anyway.
            qCWarning(lcSync) << "skipping pulled change of unknown entity" << change.entity;
            continue;
        }
        newest = std::max(newest, row.rowHlc.text);
        const SyncedTable &table = m_tables->all().at(row.table);
        if (&table != runTable)
            if (const StoreStatus st = flush(); !st.ok())
                return st;
        if (table.isAppendOnly() && table.naturalKey.isEmpty()) {
            runTable = &table;
            run.append({&row, change.deleted});
            continue;
        }
        runTable = nullptr;
        if (const StoreStatus st = applyChange(table, change, row, pending); !st.ok())
            return st;
    }
    if (const StoreStatus st = flush(); !st.ok())
        return st;
    // Seeing the server's clocks keeps this device's next stamps later than anything it has seen.
    if (const auto remote = HlcTimestamp::fromString(newest))
        m_db.receive(*remote);
    if (sessions && !sessions->finish(&error))
        return StoreStatus::failure(error);

    if (purge) {
        if (const StoreStatus st = purgeOutOfScope(scope); !st.ok())
            return st;
        if (!m_db.setSetting(kScopeKey, compact(scope.toJson()), &error))
            return StoreStatus::failure(error);
    }
    if (!m_db.setSetting(kCursorKey, QString::number(newCursor), &error))
        return StoreStatus::failure(error);
    if (!tx.commit())
        return StoreStatus::failure(tx.error());
    return StoreStatus::success();
}

StoreStatus SqliteSyncStore::applyChange(const SyncedTable &table, const PulledChange &change,
                                         const PreparedPulledRow &row,
                                         const QHash<QString, QSet<QString>> &pendingFields)
{
    QString error;
    TableStatements *st = statementsFor(table, &error);
    if (!st)
        return StoreStatus::failure(error);
    const ColumnValue &id = row.id;
    bool deleted = change.deleted;
    ColumnValue rowHlc = row.rowHlc;
    ColumnValue fieldHlc = row.fieldHlc;
    // Values are copied only when local edits replace some of them (rare); otherwise the prepared
    // ones are bound as they are.
    QVarLengthArray<ColumnValue, 16> merged;

    const auto unsent = pendingFields.isEmpty() ? pendingFields.constEnd()
                                                : pendingFields.constFind(recordKey(table.entity, id.text));
    if (!table.isAppendOnly() && unsent != pendingFields.constEnd()) {
        // Local edits win locally until sent: keep their values and clocks.
        st->read.bind(0, id);
        bool found = false;
        if (!st->read.step(&error, &found)) {
            st->read.reset();
            return StoreStatus::failure(error);
        }
        if (found) {
            merged = row.values;
            QJsonObject clocks = fieldClocksByColumn(table, change.hlc);
            QString newestClock = rowHlc.text;
            const QJsonObject localHlc = QJsonDocument::fromJson(st->read.column(1).text.toUtf8()).object();
            for (const QString &field : *unsent) {
                QString column = field;
                if (field == wire::kDeletedField) {
                    deleted = st->read.column(0).integer != 0;
                } else if (const SyncedColumn *c = table.byField(field)) {
                    const int i = static_cast<int>(c - table.columns.constData());
                    merged[i] = st->read.column(2 + i);
                    column = c->column;
                }
                clocks.insert(column, localHlc.value(column));
                newestClock = std::max(newestClock, localHlc.value(column).toString());
            }
            rowHlc = ColumnValue::of(newestClock);
            fieldHlc = ColumnValue::of(compact(clocks));
        }
        st->read.reset();
    }
    const auto &values = merged.isEmpty() ? row.values : merged;

    const auto bindAll = [&] {
        int i = 0;
        st->write.bind(i++, id);
        st->write.bind(i++, rowHlc);
        st->write.bind(i++, ColumnValue::of(qint64(deleted ? 1 : 0)));
        if (!table.isAppendOnly())
            st->write.bind(i++, fieldHlc);
        for (const ColumnValue &v : values)
            st->write.bind(i++, v);
    };
    bindAll();
    if (st->write.exec(&error))
        return StoreStatus::success();
    if (table.naturalKey.isEmpty() || !st->write.lastErrorIsConstraint() ||
        !error.contains(QLatin1String("UNIQUE")))
        return StoreStatus::failure(QStringLiteral("%1 %2: %3").arg(table.entity, id.text, error));
    // The tombstone of another record with this natural key (deleted, after which a new record
    // took the key) must not displace the local row: the server keeps one live record per key, so
    // the local row is the live one or a record of our own. Dropping the tombstone loses nothing.
    if (deleted)
        return StoreStatus::success();
    // The same real-world thing (a school by its vestiging code) exists locally under another id,
    // e.g. from a local register import: the server's identity wins.
    int i = 0;
    st->rename.bind(i++, id);
    for (const QString &key : table.naturalKey)
        st->rename.bind(i++, values.at(static_cast<int>(table.byColumn(key) - table.columns.constData())));
    st->rename.bind(i++, id);
    if (!st->rename.exec(&error))
        return StoreStatus::failure(QStringLiteral("%1 %2: %3").arg(table.entity, id.text, error));
    bindAll();
    if (!st->write.exec(&error))
        return StoreStatus::failure(QStringLiteral("%1 %2: %3").arg(table.entity, id.text, error));
    return StoreStatus::success();
}

StoreStatus SqliteSyncStore::insertAppendOnly(const SyncedTable &table, const QList<AppendOnlyRow> &rows)
{
    QString error;
    TableStatements *st = statementsFor(table, &error);
    if (!st)
        return StoreStatus::failure(error);
    const auto bindRow = [](SqliteStatement &statement, int first, const AppendOnlyRow &r) {
        int i = first;
        statement.bind(i++, r.row->id);
        statement.bind(i++, r.row->rowHlc);
        statement.bind(i++, ColumnValue::of(qint64(r.deleted ? 1 : 0)));
        for (const ColumnValue &v : r.row->values)
            statement.bind(i++, v);
        return i;
    };
    qsizetype done = 0;
    for (; rows.size() - done >= kRowsPerInsert; done += kRowsPerInsert) {
        int next = 0;
        for (qsizetype r = done; r < done + kRowsPerInsert; ++r)
            next = bindRow(st->writeMany, next, rows.at(r));
        if (!st->writeMany.exec(&error))
            return StoreStatus::failure(QStringLiteral("%1: %2").arg(table.entity, error));
    }
    for (; done < rows.size(); ++done) {
        bindRow(st->write, 0, rows.at(done));
        if (!st->write.exec(&error))
            return StoreStatus::failure(
                QStringLiteral("%1 %2: %3").arg(table.entity, rows.at(done).row->id.text, error));
    }
    return StoreStatus::success();
}

StoreStatus SqliteSyncStore::purgeOutOfScope(const SyncScope &scope)
{
    const QSqlDatabase db = m_db.connection();
    QString error;
    const bool officer = scope.role == QLatin1String("officer");
    const QString schools = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(scope.schools)).toJson(QJsonDocument::Compact));
    // Append-only tables refuse deletes unless a scope purge is marked (see storage/schema.cpp).
    if (!runSql(db,
                QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('scope_purge', '1')"),
                &error))
        return StoreStatus::failure(error);
    for (const SyncedTable &table : m_tables->all()) {
        QSqlQuery q(db);
        if (!scope.entities.isEmpty() && !scope.entities.contains(table.entity)) {
            q.prepare(QStringLiteral("DELETE FROM %1").arg(table.table));
        } else if (officer && table.spec->ownerField == QLatin1String("officer_id")) {
            // An officer sees only their own placements and family contacts, wherever they are.
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE officer_id IS NOT ?").arg(table.table));
            q.addBindValue(scope.officer.toLower());
        } else if (officer && table.entity == QLatin1String("bridge_officer")) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id IS NOT ?").arg(table.table));
            q.addBindValue(scope.officer.toLower());
        } else if (!scope.allSchools && !table.spec->schoolField.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 NOT IN (SELECT value FROM json_each(?))")
                          .arg(table.table, table.spec->schoolField));
            q.addBindValue(schools);
        } else {
            continue;
        }
        if (!run(q, &error))
            return StoreStatus::failure(QStringLiteral("scope purge of %1: %2").arg(table.table, error));
        if (q.numRowsAffected() > 0)
            qCInfo(lcSync) << "removed" << q.numRowsAffected() << "rows of" << table.entity
                           << "outside the scope";
    }
    if (!runSql(db, QStringLiteral("DELETE FROM settings WHERE key = 'scope_purge'"), &error))
        return StoreStatus::failure(error);
    return StoreStatus::success();
}

std::optional<SyncScope> SqliteSyncStore::lastScope()
{
    const auto text = m_db.setting(kScopeKey);
    if (!text)
        return std::nullopt;
    return SyncScope::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

} // namespace verrijkt
