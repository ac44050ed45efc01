// Sync client figures: how fast pulled pages are stored on a device (target >= 50,000 rows/s end
// to end) and how fast local writes queue their outbox entries. Prints figures; never pass/fail.
//
//   bench_sync_client [--rows N] [--page P]

#include "core/familycontact.h"
#include "core/hlc.h"
#include "core/uuid7.h"
#include "database.h"
#include "scriptedsyncserver.h"
#include "sqlitesyncstore.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace verrijkt;

namespace {

QTextStream out(stdout);

// The machine is shared: CPU seconds tell the cost apart from waiting for a core.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

QString hlcAt(qint64 millis, const QString &node)
{
    return HlcTimestamp{millis, 0, node}.toString();
}

// A region-shaped feed: municipalities, ~330 schools, participations per school and year, and the
// bulk as append-only enrichment sessions and family contacts (what a large initial sync carries).
QList<PulledChange> makeFeed(int rows)
{
    QList<PulledChange> feed;
    qint64 seq = 0;
    const qint64 t0 = 1790842800000;
    const auto add = [&](const QString &entity, const QJsonObject &fields) {
        PulledChange c;
        c.seq = ++seq;
        c.entity = entity;
        c.id = createUuidV7(t0 + seq);
        c.fields = fields;
        const QString h = hlcAt(t0 + seq, QStringLiteral("server"));
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.hlc.insert(it.key(), h);
        c.hlc.insert(QStringLiteral("deleted"), h);
        feed.append(c);
    };
    for (int m = 0; m < 16; ++m)
        add(QStringLiteral("municipality"), {{"code", QStringLiteral("GM%1").arg(m, 4, 10, QLatin1Char('0'))},
                                             {"name", QStringLiteral("Gemeente %1").arg(m)},
                                             {"province", "Groningen"},
                                             {"population", 20000 + m}});
    QStringList schools;
    for (int s = 0; s < 330; ++s) {
        const QString v = QString::number(10 + s / 26) + QChar('A' + s % 26) + QStringLiteral("A00");
        schools << v;
        add(QStringLiteral("school"),
            {{"vestiging", v},
             {"brin", v.left(4)},
             {"name", QStringLiteral("School %1").arg(s)},
             {"type", "bao"},
             {"denomination", QJsonValue::Null},
             {"municipality_code", QStringLiteral("GM%1").arg(s % 16, 4, 10, QLatin1Char('0'))},
             {"postcode", "9901AA"},
             {"city", "Appingedam"},
             {"pupils", 150 + s % 200},
             {"lat", 53.2},
             {"lon", 6.7},
             {"active", true}});
        for (int y = 2026; y < 2033; ++y)
            add(QStringLiteral("participation"), {{"vestiging", v},
                                                  {"school_year", QStringLiteral("%1-%2").arg(y).arg(y + 1)},
                                                  {"tier", "2h"},
                                                  {"start_date", QStringLiteral("%1-09-01").arg(y)},
                                                  {"pupils_reached", 100}});
    }
    const QString officer = createUuidV7(t0).toString(QUuid::WithoutBraces);
    for (int i = 0; feed.size() < rows; ++i) {
        const QString v = schools.at(i % schools.size());
        if (i % 3 == 0) {
            add(QStringLiteral("family_contact"),
                {{"officer_id", officer},
                 {"vestiging", v},
                 {"date", "2026-09-30"},
                 {"family_code", FamilyCode::fromRandomBits(quint64(i) * 7919)},
                 {"initiated_by", "parent"},
                 {"form", "home_visit"},
                 {"topics", QJsonArray{"housing", "parenting"}},
                 {"support", QJsonArray{"listening"}},
                 {"referral", "none"},
                 {"duration_minutes", 45},
                 {"follow_up", QJsonValue::Null},
                 {"supersedes", QJsonValue::Null},
                 {"withdrawn", false}});
        } else {
            add(QStringLiteral("enrichment_session"), {{"vestiging", v},
                                                       {"date", "2026-09-30"},
                                                       {"domain", "sport_en_bewegen"},
                                                       {"provider", "Sportbedrijf"},
                                                       {"hours", 1.5},
                                                       {"pupils", 24},
                                                       {"groups", 48},
                                                       {"supersedes", QJsonValue::Null},
                                                       {"withdrawn", false},
                                                       {"recorded_by", "coord"}});
        }
    }
    return feed;
}

std::unique_ptr<Database> openDevice(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto db = Database::open(dir.filePath(name), &error);
    if (!db) {
        out << "cannot open database: " << error << Qt::endl;
        std::exit(1);
    }
    return db;
}

void benchStoreApply(const QList<PulledChange> &feed, int page)
{
    QTemporaryDir dir;
    auto db = openDevice(dir, QStringLiteral("apply.db"));
    QString error;
    auto store = SqliteSyncStore::attach(*db, &error);
    SyncScope scope;
    scope.role = QStringLiteral("admin");
    scope.allSchools = true;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    for (qsizetype i = 0; i < feed.size(); i += page) {
        const QList<PulledChange> chunk = feed.mid(i, page);
        const StoreStatus st = store->applyPulledPage(chunk, chunk.last().seq, scope, false);
        if (!st.ok()) {
            out << "apply failed: " << st.error << Qt::endl;
            std::exit(1);
        }
    }
    const double s = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    out << QStringLiteral(
               "store.applyPulledPage, pages of %1: %2 rows in %3 s = %4 rows/s (CPU %5 s = %6 rows/s)\n")
               .arg(page)
               .arg(feed.size())
               .arg(s, 0, 'f', 3)
               .arg(feed.size() / s, 0, 'f', 0)
               .arg(cpu, 0, 'f', 3)
               .arg(feed.size() / cpu, 0, 'f', 0);
}

void benchEndToEnd(const QList<PulledChange> &feed, int page)
{
    // The feed served over HTTP on 127.0.0.1 by a canned server; the engine pulls, decodes and stores.
    testing::ScriptedSyncServer server;
    for (const PulledChange &c : feed)
        server.feed.append(QJsonObject{{"seq", c.seq},
                                       {"entity", c.entity},
                                       {"id", c.id.toString(QUuid::WithoutBraces)},
                                       {"fields", c.fields},
                                       {"hlc", c.hlc},
                                       {"deleted", false}});
    server.scope = QJsonObject{{"role", "admin"}, {"all_schools", true}, {"schools", QJsonArray{}}};
    QTemporaryDir dir;
    auto db = openDevice(dir, QStringLiteral("e2e.db"));
    QString error;
    auto store = SqliteSyncStore::attach(*db, &error);
    SyncEngineConfig config;
    config.pullLimit = page;
    SyncEngine engine(*store, server.url(), config);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::finished, [&](bool success) {
        ok = success;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    engine.sync();
    loop.exec();
    const double s = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0; // includes the canned server's side of the HTTP exchange
    out << QStringLiteral("engine pull end to end (HTTP + JSON + store), pages of %1: %2 rows in %3 s = %4 "
                          "rows/s (CPU incl. the feed server %5 s)%6\n")
               .arg(page)
               .arg(engine.lastReport().pulled)
               .arg(s, 0, 'f', 3)
               .arg(engine.lastReport().pulled / s, 0, 'f', 0)
               .arg(cpu, 0, 'f', 3)
               .arg(ok ? QString() : QStringLiteral(" (FAILED: %1)").arg(engine.lastError().detail));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 50000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();
    QList<int> pages = {1000, 2000, 5000};
    if (const qsizetype i = args.indexOf(QStringLiteral("--page")); i > 0 && i + 1 < args.size())
        pages = {args.at(i + 1).toInt()};
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.*.info=false"));

    const QList<PulledChange> feed = makeFeed(rows);
    out << "sync client figures (" << feed.size() << " rows: 16 municipalities, 330 schools, 2310 "
        << "participations, the rest enrichment sessions and family contacts)\n";
    for (int page : pages)
        benchStoreApply(feed, page);
    for (int page : pages)
        benchEndToEnd(feed, page);
    out.flush();
    return 0;
}
