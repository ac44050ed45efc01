#pragma once

#include "cannedhttpserver.h"

#include <QJsonArray>
#include <QSet>
#include <deque>
#include <functional>
#include <optional>

namespace verrijkt::testing {

// A protocol-following fake of verrijkt-server built on CannedHttpServer: idempotent push (a
// replayed n answers "duplicate"), a paged feed, a scope, and a script of faults that replace
// the next answers.
class ScriptedSyncServer
{
public:
    ScriptedSyncServer();

    QUrl url() const { return http.url(); }

    // Adds a change to the feed with the next seq.
    void addChange(const QString &entity, const QUuid &id, const QJsonObject &fields, const QString &hlc);

    struct Fault
    {
        QString path;            // "/api/sync/push" or "/api/sync/pull"; empty matches any
        CannedReply reply;       // the answer given instead
        bool applyFirst = false; // push: apply the batch, then give `reply` (e.g. drop it)
    };
    std::deque<Fault> faults;

    QSet<qint64> rejectN;          // pushes answered rejected
    QHash<qint64, int> applyCount; // n -> times applied (must stay 1)
    QJsonArray feed;
    QJsonObject scope{{QStringLiteral("role"), QStringLiteral("officer")},
                      {QStringLiteral("schools"), QJsonArray{QStringLiteral("11AK00")}},
                      {QStringLiteral("officer"), QStringLiteral("0192f5e0-0000-7000-8000-0000000000a1")}};
    bool sendRemaining = true;
    bool sendHead = false;
    bool resetNextPull = false;
    // A push that asks for a pull page ("pull") gets it in its answer, as verrijkt-server gives
    // it; off, the push is answered as by a server that ignores the member.
    bool pageWithPush = false;
    bool refusePull = false; // a push with "pull" is refused whole (400, field "pull"), as older servers do
    std::function<void()> onPush; // runs while a push is being answered
    QString serverHlc = QStringLiteral("000001767225600000-00000000-server");
    CannedHttpServer http;

    QList<CannedRequest> requestsTo(const QString &path) const;

private:
    CannedReply handle(const CannedRequest &req);
    CannedReply push(const CannedRequest &req);
    CannedReply pull(const CannedRequest &req);
    QJsonObject page(qint64 cursor, qint64 limit);
};

} // namespace verrijkt::testing
