#include "bench_sync_load.h"

#include "blockinghttp.h"
#include "cli/cli.h"
#include "core/demogenerator.h"
#include "core/hlc.h"
#include "core/uuid7.h"
#include "database.h"
#include "entities.h"
#include "planrepository.h"
#include "schoolregistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

namespace verrijkt::bench {

namespace {

class Pusher
{
public:
    Pusher(const QUrl &server, QString token, int batch)
        : m_http(server), m_token(std::move(token)), m_batch(batch)
    {
    }

    void add(const QString &entity, const QUuid &id, const QJsonObject &fields, bool appendOnly)
    {
        const QString hlc = HlcTimestamp{m_stamp, m_counter++, QStringLiteral("bench-loader")}.toString();
        m_pending.append(QJsonObject{
            {QStringLiteral("n"), ++m_n},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), wire::uuidText(id)},
            {QStringLiteral("op"), appendOnly ? QStringLiteral("insert") : QStringLiteral("upsert")},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc}});
        if (m_pending.size() >= m_batch)
            flush();
    }

    bool flush()
    {
        if (m_pending.isEmpty() || !result.error.isEmpty())
            return result.error.isEmpty();
        const synctesting::HttpResult r =
            m_http.post(QStringLiteral("/api/sync/push"),
                        {{QStringLiteral("device"), QStringLiteral("bench-loader")},
                         {QStringLiteral("mutations"), m_pending}},
                        m_token, 600'000);
        if (r.status != 200) {
            result.error = QStringLiteral("push failed: HTTP %1 %2")
                               .arg(r.status)
                               .arg(QString::fromUtf8(r.body.left(300)));
            return false;
        }
        for (const QJsonValue &a : r.json.value(QLatin1String("acks")).toArray()) {
            const QJsonObject ack = a.toObject();
            if (ack.value(QLatin1String("status")).toString() != QLatin1String("rejected"))
                continue;
            ++result.rejected;
            if (result.firstRejection.isEmpty())
                result.firstRejection =
                    ack.value(QLatin1String("reason")).toObject().value(QLatin1String("key")).toString() +
                    QLatin1Char(' ') +
                    ack.value(QLatin1String("reason")).toObject().value(QLatin1String("field")).toString();
        }
        result.mutations += m_pending.size();
        m_pending = {};
        return true;
    }

    LoadResult result;

private:
    synctesting::BlockingHttp m_http;
    QString m_token;
    int m_batch;
    QJsonArray m_pending;
    qint64 m_n = 0;
    qint64 m_stamp = 1790000000000;
    quint32 m_counter = 0;
};

} // namespace

LoadResult loadDemoIntoServer(const QUrl &server, const QString &token, const QString &sharedData,
                              const QString &until, double scale, int batch)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.db"));
    QString sink;
    QTextStream o(&sink), e(&sink);
    for (const auto &[command, file] : {std::pair{"import-municipalities", "municipalities.csv"},
                                        std::pair{"import-schools", "schools_region.csv"},
                                        std::pair{"import-tvt-known", "tvt_known_schools.csv"}}) {
        const int code =
            cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), db,
                      QString::fromLatin1(command), sharedData + QLatin1Char('/') + QLatin1String(file)},
                     o, e);
        if (code != 0) {
            e.flush();
            return {
                0, 0, {}, 0, QStringLiteral("%1 failed: %2").arg(QLatin1String(command), sink.right(300))};
        }
    }
    QString error;
    auto handle = Database::open(db, &error);
    if (!handle)
        return {0, 0, {}, 0, error};
    QElapsedTimer timer;
    timer.start();
    Pusher push(server, token, batch);
    SchoolRegistry registry(*handle);
    for (const Municipality &m : registry.municipalities())
        push.add(QStringLiteral("municipality"), createUuidV7(), wire::toJson(m), false);
    const QList<SchoolLocation> schools = registry.all();
    for (const SchoolLocation &s : schools)
        push.add(QStringLiteral("school"), createUuidV7(), wire::toJson(s), false);
    const QList<PlanEntry> plan = PlanRepository(*handle).entries();
    for (const PlanEntry &p : plan)
        push.add(QStringLiteral("plan_entry"), p.meta.id, wire::toJson(p), false);
    // The server checks references inside a batch in order: officers before their placements,
    // placements before contacts.
    if (!push.flush())
        return push.result;
    DemoOptions options;
    options.scale = scale;
    options.until = *SchoolYear::fromLabel(until);
    DemoGenerator(registry.all(true), plan, options).run([&](const DemoBatch &b) {
        for (const BridgeOfficer &x : b.officers)
            push.add(QStringLiteral("bridge_officer"), x.meta.id, wire::toJson(x), false);
        for (const Placement &x : b.placements)
            push.add(QStringLiteral("placement"), x.meta.id, wire::toJson(x), false);
        for (const Participation &x : b.participations)
            push.add(QStringLiteral("participation"), x.meta.id, wire::toJson(x), false);
        for (const LibraryParticipation &x : b.library)
            push.add(QStringLiteral("library_participation"), x.meta.id, wire::toJson(x), false);
        for (const EnrichmentSession &x : b.sessions)
            push.add(QStringLiteral("enrichment_session"), x.meta.id, wire::toJson(x), true);
        for (const FamilyContact &x : b.contacts)
            push.add(QStringLiteral("family_contact"), x.meta.id, wire::toJson(x), true);
        return push.flush();
    });
    push.flush();
    push.result.seconds = timer.nsecsElapsed() / 1e9;
    return push.result;
}

} // namespace verrijkt::bench
