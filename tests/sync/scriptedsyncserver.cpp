#include "scriptedsyncserver.h"

namespace verrijkt::testing {

ScriptedSyncServer::ScriptedSyncServer() : http([this](const CannedRequest &req) { return handle(req); }) {}

void ScriptedSyncServer::addChange(const QString &entity, const QUuid &id, const QJsonObject &fields,
                                   const QString &hlc)
{
    QJsonObject hlcs;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        hlcs.insert(it.key(), hlc);
    feed.append(QJsonObject{{QStringLiteral("seq"), feed.size() + 1},
                            {QStringLiteral("entity"), entity},
                            {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("fields"), fields},
                            {QStringLiteral("hlc"), hlcs},
                            {QStringLiteral("deleted"), false}});
}

QList<CannedRequest> ScriptedSyncServer::requestsTo(const QString &path) const
{
    QList<CannedRequest> out;
    for (const CannedRequest &r : http.requests)
        if (r.path == path)
            out.append(r);
    return out;
}

CannedReply ScriptedSyncServer::handle(const CannedRequest &req)
{
    if (!faults.empty() && (faults.front().path.isEmpty() || faults.front().path == req.path)) {
        const Fault fault = faults.front();
        faults.pop_front();
        if (fault.applyFirst && req.path == QLatin1String("/api/sync/push"))
            push(req);
        return fault.reply;
    }
    if (req.path == QLatin1String("/api/sync/push"))
        return push(req);
    if (req.path == QLatin1String("/api/sync/pull"))
        return pull(req);
    return CannedReply::json(404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
}

CannedReply ScriptedSyncServer::push(const CannedRequest &req)
{
    if (refusePull && req.json().contains(QStringLiteral("pull")))
        return CannedReply::json(
            400, {{QStringLiteral("error"), QStringLiteral("bad_request")},
                  {QStringLiteral("message"), QStringLiteral("unknown field 'pull' in push request")},
                  {QStringLiteral("field"), QStringLiteral("pull")}});
    QJsonArray acks;
    for (const QJsonValue &v : req.json().value(QStringLiteral("mutations")).toArray()) {
        const qint64 n = v.toObject().value(QStringLiteral("n")).toInteger();
        QJsonObject ack{{QStringLiteral("n"), n}};
        if (rejectN.contains(n)) {
            ack.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            ack.insert(
                QStringLiteral("reason"),
                QJsonObject{{QStringLiteral("key"), QStringLiteral("contact.date.future")},
                            {QStringLiteral("field"), QStringLiteral("date")},
                            {QStringLiteral("message"), QStringLiteral("De datum ligt in de toekomst.")}});
        } else if (applyCount.contains(n)) {
            ack.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        } else {
            applyCount[n] += 1;
            ack.insert(QStringLiteral("status"), QStringLiteral("applied"));
        }
        acks.append(ack);
    }
    if (onPush)
        onPush();
    QJsonObject answer{{QStringLiteral("acks"), acks}, {QStringLiteral("server_hlc"), serverHlc}};
    const QJsonObject ask = req.json().value(QStringLiteral("pull")).toObject();
    if (pageWithPush && !ask.isEmpty())
        answer.insert(QStringLiteral("pull"), page(ask.value(QStringLiteral("cursor")).toInteger(),
                                                   ask.value(QStringLiteral("limit")).toInteger()));
    return CannedReply::json(200, answer);
}

CannedReply ScriptedSyncServer::pull(const CannedRequest &req)
{
    return CannedReply::json(200, page(req.query.queryItemValue(QStringLiteral("cursor")).toLongLong(),
                                       req.query.queryItemValue(QStringLiteral("limit")).toLongLong()));
}

QJsonObject ScriptedSyncServer::page(qint64 cursor, qint64 limit)
{
    const bool reset = resetNextPull;
    if (reset) {
        resetNextPull = false;
        cursor = 0;
    }
    QJsonArray changes;
    qint64 i = cursor;
    for (; i < feed.size() && changes.size() < limit; ++i)
        changes.append(feed.at(i));
    QJsonObject answer{{QStringLiteral("changes"), changes},      {QStringLiteral("cursor"), i},
                       {QStringLiteral("more"), i < feed.size()}, {QStringLiteral("reset"), reset},
                       {QStringLiteral("scope"), scope},          {QStringLiteral("server_hlc"), serverHlc}};
    if (sendHead)
        answer.insert(QStringLiteral("head"), feed.size());
    if (sendRemaining)
        answer.insert(QStringLiteral("remaining"), feed.size() - i);
    return answer;
}

} // namespace verrijkt::testing
