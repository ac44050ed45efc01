#pragma once

#include "localsyncstore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

// The client's view of the push/pull bodies of docs/sync-protocol.md. Decoders never trust the
// server: a malformed answer is an error naming what is wrong, never a half-read page.

// With `pullFrom`, the push also asks for the first pull page from that cursor (`pullLimit`
// changes at most), answered in the same response ("pull").
QByteArray encodePushRequest(const QString &device, const QList<OutboxMutation> &mutations,
                             std::optional<qint64> pullFrom = std::nullopt, int pullLimit = 0);

struct PushAnswer
{
    QList<MutationAck> acks;
    QString serverHlc;
    QByteArray pullPage; // the page asked for with the push, as JSON text; empty if none came
};

struct PullAnswer
{
    QList<PulledChange> changes;
    qint64 cursor = 0;
    bool more = false;
    bool reset = false;
    SyncScope scope;
    QString serverHlc;
    std::optional<qint64> remaining; // optional: changes still to come after this page
    std::optional<qint64> head;      // optional: the highest seq the server has committed
};

struct LoginAnswer
{
    QString token;
    QString expires;
    QString role;
    QStringList schools;
};

template <typename T> struct Decoded
{
    std::optional<T> value;
    QString error;
};

Decoded<PushAnswer> decodePushAnswer(const QByteArray &body);
Decoded<PullAnswer> decodePullAnswer(const QByteArray &body);
Decoded<LoginAnswer> decodeLoginAnswer(const QByteArray &body);

// The {"error","message","field"} body of a refused request; empty strings when absent/unparsable.
struct ServerError
{
    QString code;
    QString message;
    QString field;
};
ServerError decodeServerError(const QByteArray &body);

} // namespace verrijkt
