#include "pullservice.h"

#include "jsontext.h"
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

} // namespace

PullService::PullService(ServerStore &store, HybridLogicalClock &hlc, Clock clock)
    : m_store(store), m_hlc(hlc), m_clock(std::move(clock))
{
}

std::variant<QByteArray, ApiError> PullService::pull(const Caller &caller, const QUrlQuery &query)
{
    auto parsed = parse(query);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return *e;
    return page(caller, std::get<Request>(parsed));
}

std::variant<PullService::Request, ApiError> PullService::parse(const QUrlQuery &query)
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
    return Request{device, *cursor, *limit};
}

QByteArray PullService::page(const Caller &caller, const Request &request)
{
    const QString &device = request.device;
    const qint64 cursor = request.cursor;
    const qint64 limit = request.limit;
    const wire::Scope scope = caller.scope();
    const QString &user = caller.user.name;
    // Every seq <= highest is committed (seq is allocated under the write lock and committed in
    // order), so paging up to `highest` can never skip a change that commits later.
    const qint64 highest =
        m_store.scalar(QStringLiteral("SELECT last_seq FROM change_seq WHERE id = 1")).toLongLong();
    // The device's cursor came from one of our answers: the latest answer that carried it tells the
    // scope the device holds. A cursor beyond the feed (a restored backup, another server) or one
    // no longer remembered resets, which is safe; so does a scope that has gained something.
    const std::optional<Served> served =
        cursor > 0 && cursor <= highest ? lastAnswerWith(device, user, cursor) : std::nullopt;
    const bool reset = cursor > 0 && (!served || served->scope.gainedIn(scope));
    const qint64 from = reset ? 0 : cursor;

    const ScopeFilter filter = scopeFilter(caller);
    QVariantList values{from, highest};
    values += filter.values;
    values << limit + 1;
    // SQLite hands TEXT over as UTF-16 QStrings; read as BLOB, the stored UTF-8 goes out as it is.
    const bool sqlite = m_store.backend() == Backend::Sqlite;
    const QString jsonColumns = sqlite ? QStringLiteral("CAST(fields AS BLOB), CAST(field_hlc AS BLOB)")
                                       : QStringLiteral("fields, field_hlc");
    QSqlQuery q = m_store.exec(QStringLiteral("SELECT seq, entity, id, %1, deleted FROM records%2 "
                                              "WHERE seq > ? AND seq <= ? AND %3 ORDER BY seq LIMIT ?")
                                   .arg(jsonColumns, feedIndex(), filter.sql),
                               values);
    // The page is written as JSON text straight away: the stored `fields` and `field_hlc` are
    // already compact JSON objects in their wire form, so nothing is parsed per row.
    QByteArray body;
    body.reserve(static_cast<qsizetype>(std::min<qint64>(limit, 1000)) * 600 + 512);
    body += "{\"changes\":[";
    int count = 0;
    qint64 last = from;
    qint64 beforeLast = from;
    qsizetype lastStart = body.size();
    bool more = false;
    const auto utf8 = [](const QVariant &v) {
        return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    };
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        beforeLast = last;
        last = q.value(0).toLongLong();
        lastStart = body.size();
        if (count > 0)
            body += ',';
        body += "{\"seq\":";
        body += QByteArray::number(last);
        body += ",\"entity\":";
        appendJsonString(body, q.value(1).toString());
        body += ",\"id\":";
        appendJsonString(body, q.value(2).toString());
        body += ",\"fields\":";
        body += utf8(q.value(3));
        body += ",\"hlc\":";
        body += utf8(q.value(4));
        body += q.value(5).toInt() != 0 ? ",\"deleted\":true}" : ",\"deleted\":false}";
        ++count;
    }
    q.finish();
    qint64 next = more ? last : std::max(from, highest);
    if (reset && next == cursor) {
        // The answer to a reset must carry a cursor the device did not have before, or a lost
        // answer could not be told from a received one (see lastAnswerWith).
        if (!more) {
            next = bumpSequence();
        } else {
            body.truncate(lastStart); // drop the last change: the page ends one change earlier
            --count;
            next = count == 0 ? cursor - 1 : beforeLast;
        }
    }
    // What is still to come after this page, so a device shows true progress. Counted once per
    // pull; the pages after it subtract what they sent and add what was committed meanwhile (a
    // record changed again meanwhile may be counted twice: an estimate, exact when nothing moves).
    qint64 remaining = 0;
    if (more) {
        if (!reset && served && served->remaining)
            remaining = std::max<qint64>(0, *served->remaining - count +
                                                countInScope(filter, std::max(served->head, next), highest));
        else
            remaining = countInScope(filter, next, highest);
    }
    const qint64 head = std::max(highest, next);
    remember(device, user, next, QString::fromUtf8(compactJson(scope.toJson())), remaining, head);
    qCDebug(lcServer) << "pull by" << user << "from" << from << "gave" << count << "change(s)"
                      << (reset ? "(reset)" : "");
    const QJsonObject tail{{QStringLiteral("cursor"), next},
                           {QStringLiteral("more"), more},
                           {QStringLiteral("reset"), reset},
                           {QStringLiteral("scope"), scope.toJson()},
                           {QStringLiteral("server_hlc"), m_hlc.now().toString()},
                           {QStringLiteral("head"), head},
                           {QStringLiteral("remaining"), remaining}};
    body += "],";
    body += compactJson(tail).mid(1); // the tail object's members after the opening brace
    return body;
}

std::optional<PullService::Served> PullService::lastAnswerWith(const QString &device, const QString &user,
                                                               qint64 cursor)
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT scope, remaining, head FROM pull_cursors WHERE device = ? AND user_name = ? "
                       "AND cursor_seq = ? ORDER BY entry DESC LIMIT 1"),
        {device, user, cursor});
    if (!q.next())
        return std::nullopt;
    Served served;
    served.scope = wire::Scope::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!q.value(1).isNull())
        served.remaining = q.value(1).toLongLong();
    served.head = q.value(2).toLongLong();
    q.finish();
    return served;
}

qint64 PullService::countInScope(const ScopeFilter &filter, qint64 after, qint64 upTo)
{
    if (after >= upTo)
        return 0;
    QVariantList values{after, upTo};
    values += filter.values;
    return m_store
        .scalar(QStringLiteral("SELECT COUNT(*) FROM records%1 WHERE seq > ? AND seq <= ? AND %2")
                    .arg(feedIndex(), filter.sql),
                values)
        .toLongLong();
}

QString PullService::feedIndex() const
{
    // SQLite's planner, without statistics, takes the school index for a coordinator's filter;
    // the feed index is right for every caller (PostgreSQL's planner has statistics).
    return m_store.backend() == Backend::Sqlite ? QStringLiteral(" INDEXED BY records_feed") : QString();
}

qint64 PullService::bumpSequence()
{
    // Relaxed: if a power failure loses it, the device's cursor is beyond the counter and resets.
    Transaction tx(m_store, Transaction::Kind::Write, ServerStore::Durability::Relaxed);
    const qint64 seq = m_store.nextSeq();
    tx.commit();
    return seq;
}

void PullService::remember(const QString &device, const QString &user, qint64 cursor,
                           const QString &scopeText, qint64 remaining, qint64 head)
{
    const qint64 now = m_clock();
    // An idle device pulls the same cursor with the same scope again and again: when the latest
    // answer already says so, and the device row is fresh, there is nothing to write (no lock,
    // no disk flush for a no-op sync).
    QSqlQuery latest = m_store.exec(
        QStringLiteral("SELECT cursor_seq, scope FROM pull_cursors WHERE device = ? AND user_name = ? "
                       "ORDER BY entry DESC LIMIT 1"),
        {device, user});
    const bool sameAnswer =
        latest.next() && latest.value(0).toLongLong() == cursor && latest.value(1).toString() == scopeText;
    latest.finish();
    QSqlQuery known = m_store.exec(
        QStringLiteral("SELECT last_seen, scope FROM devices WHERE device = ? AND user_name = ?"),
        {device, user});
    const bool deviceKnown = known.next();
    const bool deviceFresh = deviceKnown && known.value(1).toString() == scopeText &&
                             now - known.value(0).toLongLong() < kLastSeenResolutionMs;
    known.finish();
    if (sameAnswer && deviceFresh)
        return;

    // Losing these rows in a power failure only makes the device re-pull from 0 (unknown cursor).
    Transaction tx(m_store, Transaction::Kind::Bookkeeping, ServerStore::Durability::Relaxed);
    if (!sameAnswer) {
        const qint64 entry =
            m_store
                .scalar(QStringLiteral("SELECT COALESCE(MAX(entry), 0) + 1 FROM pull_cursors "
                                       "WHERE device = ? AND user_name = ?"),
                        {device, user})
                .toLongLong();
        m_store.exec(QStringLiteral("INSERT INTO pull_cursors (device, user_name, entry, cursor_seq, scope, "
                                    "served_at, remaining, head) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {device, user, entry, cursor, scopeText, now, remaining, head});
        // Keep the most recent answers only; an older cursor simply resets (safe, merging is
        // idempotent). Pruned every few entries, so a device keeps kRememberedCursors to
        // kRememberedCursors + kPruneEvery - 1 of them.
        if (entry % kPruneEvery == 0)
            m_store.exec(
                QStringLiteral("DELETE FROM pull_cursors WHERE device = ? AND user_name = ? AND entry <= ?"),
                {device, user, entry - kRememberedCursors});
    }
    if (!deviceKnown)
        m_store.exec(
            QStringLiteral(
                "INSERT INTO devices (device, user_name, last_n, last_seen, scope) VALUES (?, ?, 0, ?, ?)"),
            {device, user, now, scopeText});
    else if (!deviceFresh)
        m_store.exec(
            QStringLiteral("UPDATE devices SET last_seen = ?, scope = ? WHERE device = ? AND user_name = ?"),
            {now, scopeText, device, user});
    tx.commit();
}

} // namespace verrijkt::server
