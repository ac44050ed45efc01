// Sync figures on loopback (docs/sync-testing.md): initial pull of the regional team's scope into an
// empty device (target >= 50,000 rows/s stored), a push of 1,000 mutations (target < 200 ms), a
// no-op sync (median, target < 5 ms), 50 devices syncing at once (p99 per round, target < 200 ms)
// and the server's memory during a large pull (bounded by the page size). Against a real
// verrijkt-server process on SQLite, and on PostgreSQL too when VERRIJKT_TEST_PG is set.
// Prints figures; never pass/fail.
//
//   bench_sync [--scale X] [--until 2032-2033] [--devices 50] [--rounds 5] [--only PARTS]
//              [--keep-db FILE] [--backend sqlite|postgresql] [--pages 5000,5000,1000]

#include "bench_sync_crowd.h"
#include "bench_sync_load.h"
#include "blockinghttp.h"
#include "core/hlc.h"
#include "enrichmentsessionrepository.h"
#include "schoolregistry.h"
#include "serverprocess.h"
#include "simdevice.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <unistd.h>

using namespace verrijkt;
using namespace verrijkt::synctesting;

namespace {

QTextStream out(stdout);

qint64 realNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Resident memory of a process in KiB (VmRSS), 0 if unknown.
qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// CPU seconds used so far by this process, and by another one (from /proc/<pid>/stat).
double ownCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double cpuSecondsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    return fields.size() > 12 ? static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                                    static_cast<double>(sysconf(_SC_CLK_TCK))
                              : 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i =
        std::min(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size())));
    return values.at(i);
}

QString ms(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" ms");
}

struct Bench
{
    QString backend;
    QTemporaryDir dir;
    std::unique_ptr<ServerProcess> process;
    BlockingHttp http;
    int devicesMade = 0;

    std::unique_ptr<SimDevice> device(const QString &user, int pullLimit, int pushBatch)
    {
        SimDeviceConfig c;
        c.label = QStringLiteral("%1@bench%2").arg(user).arg(++devicesMade);
        c.user = user;
        c.dbPath = dir.filePath(c.label + QStringLiteral(".db"));
        c.clock = realNow;
        c.server = process->url();
        c.engine.pullLimit = pullLimit;
        c.engine.pushBatch = pushBatch;
        c.engine.maxRetries = 0;
        QString error;
        auto d = SimDevice::open(c, &error);
        if (d) {
            const QString token = http.login(user, simPassword(user), d->db().deviceId(), &error);
            d->setToken(token);
        }
        if (!error.isEmpty())
            out << "  device " << c.label << ": " << error << "\n";
        return d;
    }

    // One initial pull into an empty device; prints rows/s and the server's memory on the way.
    void initialPull(int pageSize)
    {
        // A fresh server process, so its memory shows what this pull needs.
        process->killHard();
        QString error;
        if (!process->start(&error)) {
            out << "  " << error << "\n";
            return;
        }
        http.setBase(process->url());
        auto d = device(QStringLiteral("regio"), pageSize, 500);
        const qint64 pid = process->pid();
        const double clientCpu = ownCpuSeconds(), serverCpu = cpuSecondsOf(pid);
        const qint64 before = rssKiB(pid);
        qint64 peak = before;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, rssKiB(pid)); });
        sampler.start(5);
        QElapsedTimer t;
        t.start();
        const bool ok = syncOnce(*d, 3'600'000);
        const double seconds = t.nsecsElapsed() / 1e9;
        sampler.stop();
        const int rows = d->engine().lastReport().pulled;
        out << "  initial pull, page " << pageSize << ": " << rows << " rows in "
            << QString::number(seconds, 'f', 2) << " s = " << QString::number(rows / seconds, 'f', 0)
            << " rows/s stored" << (ok ? "" : " (FAILED)") << "; CPU: device "
            << QString::number(ownCpuSeconds() - clientCpu, 'f', 2) << " s, server "
            << QString::number(cpuSecondsOf(pid) - serverCpu, 'f', 2) << " s; server RSS " << before / 1024
            << " MiB at start, peak " << peak / 1024 << " MiB\n";
    }

    void pushAndNoop()
    {
        auto d = device(QStringLiteral("regio"), 5000, 1000);
        if (!syncOnce(*d, 3'600'000)) {
            out << "  (first sync failed)\n";
            return;
        }
        // 1,000 local edits: school sizes, round after round over the register.
        SchoolRegistry registry(d->db());
        const QList<SchoolLocation> schools = registry.all();
        int written = 0;
        for (int i = 0; written < 1000 && !schools.isEmpty() && i < 5000; ++i) {
            SchoolLocation s = *registry.get(schools.at(i % schools.size()).vestiging);
            s.pupils = s.pupils.value_or(100) + 1;
            written += registry.upsert(s).ok();
        }
        QElapsedTimer t;
        double pushed = -1;
        QObject::connect(&d->engine(), &SyncEngine::pendingCountChanged, [&](int pending) {
            if (pending == 0 && pushed < 0 && t.isValid())
                pushed = t.nsecsElapsed() / 1e6;
        });
        const double serverCpu = cpuSecondsOf(process->pid());
        const double deviceCpu = ownCpuSeconds();
        t.start();
        const bool ok = syncOnce(*d, 600'000);
        const double round = t.nsecsElapsed() / 1e6;
        out << "  push of " << written << " mutations: " << ms(pushed) << " until all acknowledged, "
            << ms(round) << " for the whole round (pull of the changes included)" << (ok ? "" : " (FAILED)")
            << "; CPU: device " << QString::number((ownCpuSeconds() - deviceCpu) * 1000, 'f', 0)
            << " ms, server " << QString::number((cpuSecondsOf(process->pid()) - serverCpu) * 1000, 'f', 0)
            << " ms\n";
        QList<double> noop;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer n;
            n.start();
            syncOnce(*d);
            noop << n.nsecsElapsed() / 1e6;
        }
        out << "  no-op sync: median " << ms(percentile(noop, 0.5)) << ", p90 " << ms(percentile(noop, 0.9))
            << "\n";
        directPush(*d);
    }

    // The server's share of a push of 1,000: one request built here (no device outbox, no
    // acknowledgement bookkeeping on a device), timed from send to answer, with the server's CPU.
    void directPush(SimDevice &d)
    {
        QStringList ids;
        QSqlQuery q(d.db().connection());
        q.exec(QStringLiteral("SELECT id FROM schools ORDER BY vestiging"));
        while (q.next())
            ids << q.value(0).toString();
        if (ids.isEmpty())
            return;
        QString error;
        const QString device = QStringLiteral("bench-direct-%1").arg(realNow());
        const QString token =
            http.login(QStringLiteral("regio"), simPassword(QStringLiteral("regio")), device, &error);
        QList<double> walls;
        double cpu = 0;
        const int rounds = 10;
        for (int round = 0; round < rounds; ++round) {
            QJsonArray mutations;
            for (int i = 0; i < 1000; ++i) {
                const QString hlc = HlcTimestamp{realNow(), static_cast<quint32>(i), device}.toString();
                mutations.append(
                    QJsonObject{{QStringLiteral("n"), round * 1000 + i + 1},
                                {QStringLiteral("entity"), QStringLiteral("school")},
                                {QStringLiteral("id"), ids.at(i % ids.size())},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("pupils"), 100 + round * 1000 + i}}},
                                {QStringLiteral("hlc"), QJsonObject{{QStringLiteral("pupils"), hlc}}}});
            }
            const QJsonObject body{{QStringLiteral("device"), device},
                                   {QStringLiteral("mutations"), mutations}};
            const double cpu0 = cpuSecondsOf(process->pid());
            QElapsedTimer t;
            t.start();
            const HttpResult r = http.post(QStringLiteral("/api/sync/push"), body, token);
            walls << t.nsecsElapsed() / 1e6;
            cpu += cpuSecondsOf(process->pid()) - cpu0;
            if (r.status != 200)
                out << "  (push answered HTTP " << r.status << ")\n";
        }
        out << "  push of 1000 mutations straight to the server (" << rounds << " times): median "
            << ms(percentile(walls, 0.5)) << ", fastest " << ms(percentile(walls, 0)) << "; server CPU "
            << QString::number(cpu * 1000 / rounds, 'f', 0) << " ms per push\n";
    }

    // The same crowd with devices that are only connections: the server's share of the rounds.
    void wire(int count, int rounds)
    {
        QList<bench::WireDevice> accounts;
        for (int i = 0; i < count; ++i)
            accounts.append(
                {QStringLiteral("coord-%1").arg(i), simPassword(QStringLiteral("coord-%1").arg(i))});
        double serverCpu0 = 0;
        const bench::CrowdResult r = bench::wireCrowd(process->url(), accounts, rounds,
                                                      [&] { serverCpu0 = cpuSecondsOf(process->pid()); });
        out << "  " << count << " devices as bare connections (push 2 sessions, then pull) at once, "
            << rounds << " rounds: per device p50 " << ms(percentile(r.roundMs, 0.5)) << ", p99 "
            << ms(percentile(r.roundMs, 0.99)) << "; server CPU per round "
            << QString::number((cpuSecondsOf(process->pid()) - serverCpu0) * 1000 / rounds, 'f', 0) << " ms"
            << (r.failures ? QStringLiteral(" (%1 failures, first: %2)").arg(r.failures).arg(r.firstFailure)
                           : QString())
            << "\n";
    }

    void crowd(int count, int rounds, int schoolsPerCoordinator)
    {
        std::vector<std::unique_ptr<SimDevice>> devices;
        QList<SimDevice *> all;
        for (int i = 0; i < count; ++i) {
            devices.push_back(device(QStringLiteral("coord-%1").arg(i), 2000, 500));
            all << devices.back().get();
            syncOnce(*devices.back(), 600'000);
        }
        QList<double> durations;
        QList<double> roundMax;
        double deviceCpu = 0;
        const double serverCpu0 = cpuSecondsOf(process->pid());
        for (int r = 0; r < rounds; ++r) {
            for (SimDevice *d : all) {
                const auto schools = d->store().lastScope();
                const QDate today = d->today();
                for (int k = 0; k < 2 && schools && !schools->schools.isEmpty(); ++k) {
                    EnrichmentSession s;
                    s.vestiging = schools->schools.at(k % schools->schools.size());
                    s.date = today;
                    s.provider = QStringLiteral("Sportbedrijf");
                    s.hours = 1;
                    s.pupils = 10;
                    s.groups = 0x0f;
                    s.recordedBy = d->config().user;
                    EnrichmentSessionRepository(d->db()).record(s, today);
                }
            }
            QElapsedTimer t;
            QHash<SimDevice *, double> took;
            QList<QMetaObject::Connection> links;
            for (SimDevice *d : all)
                links << QObject::connect(&d->engine(), &SyncEngine::finished,
                                          [&took, &t, d](bool) { took.insert(d, t.nsecsElapsed() / 1e6); });
            t.start();
            const double cpu0 = ownCpuSeconds();
            for (SimDevice *d : all)
                d->startSync();
            waitForRounds(all, 600'000);
            deviceCpu += ownCpuSeconds() - cpu0;
            for (const auto &l : links)
                QObject::disconnect(l);
            double worst = 0;
            for (const double v : took) {
                durations << v;
                worst = std::max(worst, v);
            }
            roundMax << worst;
        }
        int failed = 0;
        for (SimDevice *d : all)
            failed += d->failedRounds();
        out << "  " << count << " coordinator devices (" << schoolsPerCoordinator
            << " schools each) syncing at once, " << rounds
            << " rounds of 2 new sessions each: per device p50 " << ms(percentile(durations, 0.5)) << ", p99 "
            << ms(percentile(durations, 0.99)) << ", slowest round " << ms(percentile(roundMax, 1.0))
            << (failed ? QStringLiteral(" (%1 failed rounds)").arg(failed) : QString())
            << "; CPU per round: devices " << QString::number(deviceCpu * 1000 / rounds, 'f', 0)
            << " ms (all in this process, syncing only), server "
            << QString::number((cpuSecondsOf(process->pid()) - serverCpu0) * 1000 / rounds, 'f', 0)
            << " ms\n";
    }
};

QStringList storeArgs(const server::StoreConfig &c)
{
    if (c.backend == server::Backend::Sqlite)
        return {QStringLiteral("--db"), c.sqlitePath};
    return {QStringLiteral("--pg"), c.pgConnInfo};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("verrijkt.*.debug=false\nverrijkt.*.info=false\nverrijkt.*.warning=false"));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("scale"), QStringLiteral("demo scale"), QStringLiteral("X"), QStringLiteral("1")},
         {QStringLiteral("until"), QStringLiteral("last demo school year"), QStringLiteral("YEAR"),
          QStringLiteral("2032-2033")},
         {QStringLiteral("devices"), QStringLiteral("devices syncing at once"), QStringLiteral("N"),
          QStringLiteral("50")},
         {QStringLiteral("rounds"), QStringLiteral("rounds of the crowd"), QStringLiteral("N"),
          QStringLiteral("5")},
         {QStringLiteral("only"), QStringLiteral("comma-separated parts: pull,push,crowd,wire (default all)"),
          QStringLiteral("PARTS"), QStringLiteral("pull,push,crowd,wire")},
         {QStringLiteral("pages"), QStringLiteral("page sizes of the initial pulls, one pull each"),
          QStringLiteral("LIST"), QStringLiteral("5000,5000,1000")},
         {QStringLiteral("backend"), QStringLiteral("only this backend: sqlite or postgresql"),
          QStringLiteral("NAME")},
         // Loading the demo takes minutes; profiling one part again and again should not.
         {QStringLiteral("keep-db"),
          QStringLiteral("SQLite server database to keep: loaded if missing, reused if present "
                         "(PostgreSQL is skipped)"),
          QStringLiteral("FILE")}});
    parser.process(app);
    const int crowd = parser.value(QStringLiteral("devices")).toInt();
    const QStringList parts = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    const QString keptDb = parser.value(QStringLiteral("keep-db"));
    out << "bench_sync (figures, not a test); demo scale " << parser.value(QStringLiteral("scale"))
        << ", 2026-2027.." << parser.value(QStringLiteral("until")) << "\n";

    QStringList backends = keptDb.isEmpty() ? availableBackends() : QStringList{QStringLiteral("sqlite")};
    if (parser.isSet(QStringLiteral("backend")))
        backends.removeIf([&](const QString &b) { return b != parser.value(QStringLiteral("backend")); });
    for (const QString &backend : backends) {
        out << "\n" << backend << "\n";
        ScratchDatabase database(backend);
        if (!database.ok()) {
            out << "  " << database.error() << "\n";
            continue;
        }
        server::StoreConfig storeConfig = database.config();
        if (!keptDb.isEmpty())
            storeConfig.sqlitePath = keptDb;
        const bool reuse = !keptDb.isEmpty() && QFileInfo(keptDb).size() > 0;
        Bench b;
        b.backend = backend;
        QString error;
        // Load through an in-process server whose clock stands after the last school year, so
        // every generated date lies in its past; then serve the same database from a process.
        const QStringList accounts = [&] {
            QStringList users{QStringLiteral("admin"), QStringLiteral("regio")};
            for (int i = 0; i < crowd; ++i)
                users << QStringLiteral("coord-%1").arg(i);
            return users;
        }();
        if (reuse) {
            out << "  reusing " << keptDb << "\n";
        } else {
            SimServer::Config config;
            config.store = storeConfig;
            const qint64 after = QDateTime(QDate(2033, 8, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
            config.clock = [after] { return after; };
            auto loader = SimServer::start(config, &error);
            if (!loader) {
                out << "  " << error << "\n";
                continue;
            }
            loader->addUser(QStringLiteral("admin"), QStringLiteral("admin"), {}, &error);
            loader->addUser(QStringLiteral("regio"), QStringLiteral("regional"), {}, &error);
            BlockingHttp http(loader->url());
            const QString token = http.login(QStringLiteral("admin"), simPassword(QStringLiteral("admin")),
                                             QStringLiteral("loader"), &error);
            const bench::LoadResult load = bench::loadDemoIntoServer(
                loader->url(), token, QStringLiteral(VERRIJKT_SHARED_DATA),
                parser.value(QStringLiteral("until")), parser.value(QStringLiteral("scale")).toDouble());
            if (!load.error.isEmpty()) {
                out << "  load: " << load.error << "\n";
                continue;
            }
            out << "  load: " << load.mutations << " mutations pushed in "
                << QString::number(load.seconds, 'f', 1) << " s ("
                << QString::number(load.mutations / load.seconds, 'f', 0) << " /s), " << load.rejected
                << " rejected"
                << (load.firstRejection.isEmpty() ? QString()
                                                  : QStringLiteral(" (first: %1)").arg(load.firstRejection))
                << "\n";
            // Coordinators of about six schools each, in register order.
            RecordSet none;
            QStringList schools;
            {
                RecordSet all;
                QJsonObject scope;
                http.pullAll(token, QStringLiteral("loader"), &all, &scope, &error);
                for (const CanonicalRecord &r : all)
                    if (r.entity == QLatin1String("school"))
                        schools << r.fields.value(QLatin1String("vestiging")).toString();
                schools.sort();
            }
            const int per = crowd > 0 ? std::max(1, static_cast<int>(schools.size()) / crowd) : 0;
            for (int i = 0; i < crowd; ++i)
                loader->addUser(QStringLiteral("coord-%1").arg(i), QStringLiteral("coordinator"),
                                schools.mid(i * per, per), &error);
        }
        b.process =
            std::make_unique<ServerProcess>(QStringLiteral(VERRIJKT_SERVER_BIN), storeArgs(storeConfig));
        if (!b.process->start(&error)) {
            out << "  " << error << "\n";
            continue;
        }
        b.http.setBase(b.process->url());
        if (parts.contains(QStringLiteral("pull"))) {
            for (const QString &size : parser.value(QStringLiteral("pages")).split(QLatin1Char(',')))
                b.initialPull(size.toInt());
        }
        if (parts.contains(QStringLiteral("push")))
            b.pushAndNoop();
        if (crowd > 0 && parts.contains(QStringLiteral("crowd")))
            b.crowd(crowd, parser.value(QStringLiteral("rounds")).toInt(), 330 / crowd);
        if (crowd > 0 && parts.contains(QStringLiteral("wire")))
            b.wire(crowd, parser.value(QStringLiteral("rounds")).toInt());
        b.process->killHard();
    }
    return 0;
}
