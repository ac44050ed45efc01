#include "syncwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace verrijkt {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("answer is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("answer is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

// JSON numbers are doubles; feed numbers are integers well inside 2^53.
std::optional<qint64> integerField(const QJsonObject &object, const QString &name)
{
    const QJsonValue v = object.value(name);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<PulledChange> decodeChange(const QJsonValue &value, int index, QString *error)
{
    const auto fail = [&](const QString &what) {
        *error = QStringLiteral("changes[%1]: %2").arg(index).arg(what);
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QStringLiteral("not an object"));
    const QJsonObject o = value.toObject();
    PulledChange c;
    const auto seq = integerField(o, QStringLiteral("seq"));
    if (!seq || *seq <= 0)
        return fail(QStringLiteral("seq must be a positive integer"));
    c.seq = *seq;
    c.entity = o.value(QStringLiteral("entity")).toString();
    if (c.entity.isEmpty())
        return fail(QStringLiteral("entity is missing"));
    c.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    if (c.id.isNull())
        return fail(QStringLiteral("id is not a UUID"));
    if (!o.value(QStringLiteral("fields")).isObject() || !o.value(QStringLiteral("hlc")).isObject())
        return fail(QStringLiteral("fields and hlc must be objects"));
    c.fields = o.value(QStringLiteral("fields")).toObject();
    c.hlc = o.value(QStringLiteral("hlc")).toObject();
    c.deleted = o.value(QStringLiteral("deleted")).toBool(false);
    c.newest = newestClock(c.hlc);
    return c;
}

} // namespace

QString newestClock(const QJsonObject &hlc)
{
    QString best;
    for (auto it = hlc.begin(); it != hlc.end(); ++it)
        best = std::max(best, it.value().toString());
    return best;
}

QByteArray encodePushRequest(const QString &device, const QList<OutboxMutation> &mutations,
                             std::optional<qint64> pullFrom, int pullLimit)
{
    QJsonArray list;
    for (const OutboxMutation &m : mutations) {
        list.append(wire::toJson(m));
    }
    QJsonObject body{{QStringLiteral("device"), device}, {QStringLiteral("mutations"), list}};
    if (pullFrom)
        body.insert(QStringLiteral("pull"),
                    QJsonObject{{QStringLiteral("cursor"), *pullFrom}, {QStringLiteral("limit"), pullLimit}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Decoded<PushAnswer> decodePushAnswer(const QByteArray &body)
{
    Decoded<PushAnswer> out;
    const auto object = parseObject(body, &out.error);
    if (!object)
        return out;
    if (!object->value(QStringLiteral("acks")).isArray()) {
        out.error = QStringLiteral("push answer has no acks list");
        return out;
    }
    PushAnswer answer;
    const QJsonArray acks = object->value(QStringLiteral("acks")).toArray();
    for (int i = 0; i < acks.size(); ++i) {
        const QJsonObject a = acks.at(i).toObject();
        MutationAck ack;
        const auto n = integerField(a, QStringLiteral("n"));
        const auto status = wire::ackStatusFromKey(a.value(QStringLiteral("status")).toString());
        if (!n || !status) {
            out.error =
                QStringLiteral("acks[%1]: needs an integer n and a status applied|duplicate|rejected").arg(i);
            return out;
        }
        ack.n = *n;
        ack.status = *status;
        const QJsonObject reason = a.value(QStringLiteral("reason")).toObject();
        ack.reasonKey = reason.value(QStringLiteral("key")).toString();
        ack.reasonField = reason.value(QStringLiteral("field")).toString();
        ack.reasonMessage = reason.value(QStringLiteral("message")).toString();
        answer.acks.append(ack);
    }
    answer.serverHlc = object->value(QStringLiteral("server_hlc")).toString();
    if (const QJsonValue page = object->value(QStringLiteral("pull")); !page.isUndefined()) {
        if (!page.isObject()) {
            out.error = QStringLiteral("push answer: pull must be an object");
            return out;
        }
        answer.pullPage = QJsonDocument(page.toObject()).toJson(QJsonDocument::Compact);
    }
    out.value = answer;
    return out;
}

Decoded<PullAnswer> decodePullAnswer(const QByteArray &body)
{
    Decoded<PullAnswer> out;
    const auto object = parseObject(body, &out.error);
    if (!object)
        return out;
    PullAnswer answer;
    const auto cursor = integerField(*object, QStringLiteral("cursor"));
    if (!cursor || *cursor < 0 || !object->value(QStringLiteral("changes")).isArray()) {
        out.error = QStringLiteral("pull answer needs a changes list and a non-negative integer cursor");
        return out;
    }
    answer.cursor = *cursor;
    const QJsonArray changes = object->value(QStringLiteral("changes")).toArray();
    answer.changes.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        auto change = decodeChange(changes.at(i), i, &out.error);
        if (!change)
            return out;
        answer.changes.append(std::move(*change));
    }
    answer.more = object->value(QStringLiteral("more")).toBool(false);
    answer.reset = object->value(QStringLiteral("reset")).toBool(false);
    answer.scope = wire::Scope::fromJson(object->value(QStringLiteral("scope")).toObject());
    if (answer.scope.role.isEmpty()) {
        out.error = QStringLiteral("pull answer has no scope.role");
        return out;
    }
    answer.serverHlc = object->value(QStringLiteral("server_hlc")).toString();
    if (const auto remaining = integerField(*object, QStringLiteral("remaining")))
        answer.remaining = *remaining;
    if (const auto head = integerField(*object, QStringLiteral("head")))
        answer.head = *head;
    out.value = answer;
    return out;
}

Decoded<LoginAnswer> decodeLoginAnswer(const QByteArray &body)
{
    Decoded<LoginAnswer> out;
    const auto object = parseObject(body, &out.error);
    if (!object)
        return out;
    LoginAnswer answer;
    answer.token = object->value(QStringLiteral("token")).toString();
    if (answer.token.isEmpty()) {
        out.error = QStringLiteral("login answer has no token");
        return out;
    }
    answer.expires = object->value(QStringLiteral("expires")).toString();
    answer.role = object->value(QStringLiteral("role")).toString();
    for (const QJsonValue &s : object->value(QStringLiteral("schools")).toArray())
        answer.schools.append(s.toString());
    out.value = answer;
    return out;
}

ServerError decodeServerError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return {o.value(QStringLiteral("error")).toString(), o.value(QStringLiteral("message")).toString(),
            o.value(QStringLiteral("field")).toString()};
}

} // namespace verrijkt
