#include "pullservice.h"

#include "serverlog.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace verrijkt::server {

namespace {

ApiError badParameter(const QString &name, const QString &message)
{
    return {400, wire::error::BadRequest, message, name};
}

std::optional<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

PullService::PullService(ServerStore &store, HybridLogicalClock &hlc, Clock clock)
    : m_store(store), m_hlc(hlc), m_clock(std::move(clock))
{
}

std::variant<QJsonObject, ApiError> PullService::pull(const Caller &caller, const QUrlQuery &query)
{
    for (const auto &item : query.queryItems())
        if (item.first != QLatin1String("cursor") && item.first != QLatin1String("limit") &&
            item.first != QLatin1String("device"))
            return badParameter(item.first,
                                QStringLiteral("unknown parameter '%1'").arg(item.first.left(40)));
    const auto cursor = integerParameter(query, QStringLiteral("cursor"), 0);
    if (!cursor || *cursor < 0)
        return badParameter(QStringLiteral("cursor"), QStringLiteral("cursor must be an integer >= 0"));
    const auto limit = integerParameter(query, QStringLiteral("limit"), wire::kDefaultPullLimit);
    if (!limit || *limit < 1 || *limit > wire::kMaxPullLimit)
        return badParameter(QStringLiteral("limit"),
                            QStringLiteral("limit must be an integer from 1 to %1").arg(wire::kMaxPullLimit));
    const QString device = query.queryItemValue(QStringLiteral("device"));
    if (device.isEmpty() || device.size() > 64)
        return badParameter(QStringLiteral("device"),
                            QStringLiteral("device must be a text of 1-64 characters"));

    const wire::Scope scope = caller.scope();
    const QString &user = caller.user.name;
    // Every seq <= highest is committed (seq is allocated under the write lock and committed in
    // order), so paging up to `highest` can never skip a change that commits later.
    const qint64 highest =
        m_store.scalar(QStringLiteral("SELECT last_seq FROM change_seq WHERE id = 1")).toLongLong();
    const bool reset = needsReset(device, user, *cursor, highest, scope);
    const qint64 from = reset ? 0 : *cursor;

    const ScopeFilter filter = scopeFilter(caller);
    QVariantList values{from, highest};
    values += filter.values;
    values << *limit + 1;
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT seq, entity, id, fields, field_hlc, deleted FROM records "
                                    "WHERE seq > ? AND seq <= ? AND %1 ORDER BY seq LIMIT ?")
                         .arg(filter.sql),
                     values);
    QJsonArray changes;
    qint64 last = from;
    qint64 beforeLast = from;
    bool more = false;
    while (q.next()) {
        if (changes.size() == *limit) {
            more = true;
            break;
        }
        QJsonObject fields = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        fields.remove(wire::kDeletedField);
        beforeLast = last;
        last = q.value(0).toLongLong();
        changes.append(QJsonObject{
            {QStringLiteral("seq"), last},
            {QStringLiteral("entity"), q.value(1).toString()},
            {QStringLiteral("id"), q.value(2).toString()},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()},
            {QStringLiteral("deleted"), q.value(5).toInt() != 0}});
    }
    q.finish();
    qint64 next = more ? last : std::max(from, highest);
    if (reset && next == *cursor) {
        // The answer to a reset must carry a cursor the device did not have before, or a lost
        // answer could not be told from a received one (see needsReset).
        if (!more) {
            next = bumpSequence();
        } else {
            changes.removeLast();
            next = changes.isEmpty() ? *cursor - 1 : beforeLast;
        }
    }
    remember(device, user, next, scope);
    qCDebug(lcServer) << "pull by" << user << "from" << from << "gave" << changes.size() << "change(s)"
                      << (reset ? "(reset)" : "");
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("cursor"), next},
                       {QStringLiteral("more"), more},
                       {QStringLiteral("reset"), reset},
                       {QStringLiteral("scope"), scope.toJson()},
                       {QStringLiteral("server_hlc"), m_hlc.now().toString()}};
}

bool PullService::needsReset(const QString &device, const QString &user, qint64 cursor, qint64 highest,
                             const wire::Scope &scope)
{
    if (cursor == 0)
        return false; // already from the start
    if (cursor > highest)
        return true; // a cursor from a database this is not (restored backup, other server)
    // The device's cursor came from one of our answers: the latest answer that carried this
    // cursor value tells the scope the device holds. Unknown (pruned) cursors reset, which is safe.
    const QVariant served = m_store.scalar(
        QStringLiteral("SELECT scope FROM pull_cursors WHERE device = ? AND user_name = ? AND cursor_seq = ? "
                       "ORDER BY entry DESC LIMIT 1"),
        {device, user, cursor});
    if (!served.isValid())
        return true;
    return wire::Scope::fromJson(QJsonDocument::fromJson(served.toString().toUtf8()).object())
        .gainedIn(scope);
}

qint64 PullService::bumpSequence()
{
    Transaction tx(m_store, Transaction::Kind::Write);
    const qint64 seq = m_store.nextSeq();
    tx.commit();
    return seq;
}

void PullService::remember(const QString &device, const QString &user, qint64 cursor,
                           const wire::Scope &scope)
{
    const qint64 now = m_clock();
    const QString scopeText = QString::fromUtf8(compact(scope.toJson()));
    Transaction tx(m_store, Transaction::Kind::Bookkeeping);
    const qint64 entry = m_store
                             .scalar(QStringLiteral("SELECT COALESCE(MAX(entry), 0) + 1 FROM pull_cursors "
                                                    "WHERE device = ? AND user_name = ?"),
                                     {device, user})
                             .toLongLong();
    m_store.exec(
        QStringLiteral("INSERT INTO pull_cursors (device, user_name, entry, cursor_seq, scope, served_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {device, user, entry, cursor, scopeText, now});
    // Keep the most recent answers only; an older cursor simply resets (safe, merging is idempotent).
    m_store.exec(QStringLiteral("DELETE FROM pull_cursors WHERE device = ? AND user_name = ? AND entry <= ?"),
                 {device, user, entry - kRememberedCursors});
    if (!m_store
             .scalar(QStringLiteral("SELECT 1 FROM devices WHERE device = ? AND user_name = ?"),
                     {device, user})
             .isValid())
        m_store.exec(
            QStringLiteral(
                "INSERT INTO devices (device, user_name, last_n, last_seen, scope) VALUES (?, ?, 0, ?, ?)"),
            {device, user, now, scopeText});
    else
        m_store.exec(
            QStringLiteral("UPDATE devices SET last_seen = ?, scope = ? WHERE device = ? AND user_name = ?"),
            {now, scopeText, device, user});
    tx.commit();
}

} // namespace verrijkt::server
