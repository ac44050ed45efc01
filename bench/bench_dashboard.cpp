// Figures for the regional dashboard: how long reading the store and recomputing every figure
// takes on a seven-year generate-demo database (target: recomputed after a sync in < 100 ms).
#include "cli/cli.h"
#include "regional/dashboardmodel.h"
#include "regional/deliveryquery.h"
#include "regional/regionalstore.h"
#include "regional/snapshotreader.h"
#include "shell/devicestore.h"
#include "storage/database.h"
#include "storage/summaryqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace verrijkt;

namespace {

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1.0e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

QString fmt(const Timing &t)
{
    return QStringLiteral("median %1 ms, worst %2 ms").arg(t.median, 0, 'f', 1).arg(t.worst, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Use this (already generated) database."),
          QStringLiteral("file")},
         {QStringLiteral("scale"), QStringLiteral("demo scale"), QStringLiteral("X"), QStringLiteral("1")},
         {QStringLiteral("runs"), QStringLiteral("timed runs"), QStringLiteral("N"), QStringLiteral("15")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    out << "bench_dashboard (figures, not a test)\n";
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("dashboard.db"));
        const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
        QElapsedTimer t;
        t.start();
        for (const auto &[command, file] : {std::pair{"import-municipalities", "municipalities.csv"},
                                            std::pair{"import-schools", "schools_region.csv"},
                                            std::pair{"import-tvt-known", "tvt_known_schools.csv"}}) {
            QString sink;
            QTextStream quiet(&sink);
            if (cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), path,
                          QString::fromLatin1(command), QDir(data).filePath(QString::fromLatin1(file))},
                         quiet, err) != 0)
                return 1;
        }
        QString sink;
        QTextStream quiet(&sink);
        if (cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), path,
                      QStringLiteral("generate-demo"), QStringLiteral("--until"), QStringLiteral("2032-2033"),
                      QStringLiteral("--scale"), parser.value(QStringLiteral("scale"))},
                     quiet, err) != 0)
            return 1;
        out << "  generated a seven-year demo database (scale " << parser.value(QStringLiteral("scale"))
            << ") in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    }

    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db) {
        err << "cannot open " << path << ": " << error << "\n";
        return 1;
    }
    QMap<QString, qint64> counts;
    SummaryQueries(*db).rowCounts(counts, &error);
    out << "  database: " << path << "\n  rows: sessions "
        << counts.value(QStringLiteral("enrichment_sessions")) << ", participations "
        << counts.value(QStringLiteral("participations")) << ", placements "
        << counts.value(QStringLiteral("placements")) << ", library "
        << counts.value(QStringLiteral("library_participations")) << "\n  " << runs << " runs each\n\n";

    const Timing deliveries = timeRuns(runs, [&] { readDeliveries(*db, &error); });
    const Timing snapshot = timeRuns(runs, [&] { readRegionalSnapshot(*db, &error); });
    const RegionalSnapshot s = *readRegionalSnapshot(*db, &error);
    const QDate today(2033, 3, 1);
    const Timing compute = timeRuns(runs, [&] { computeDashboard(s, SchoolYear(2032), today); });

    // What happens after a sync pull: the device store announces the change, the regional store
    // re-reads the snapshot and the dashboard recomputes and republishes every table.
    DeviceStore device(db.get());
    device.setToday(today);
    RegionalStore store;
    store.setDeviceStore(&device);
    DashboardModel dashboard;
    dashboard.setSchoolYear(2032);
    dashboard.setStore(&store);
    // A coordinator's sync brings sessions only (the delivery sums are re-read); a regional or
    // officer sync may change participations or placements too (the whole snapshot is re-read).
    const Timing afterSync =
        timeRuns(runs, [&] { device.notifyChanged({QStringLiteral("enrichment_session")}); });
    const Timing afterFullSync = timeRuns(runs, [&] {
        device.notifyChanged({QStringLiteral("enrichment_session"), QStringLiteral("participation")});
    });

    out << "Reading the store\n"
        << "  delivery sums (SQL + correction chains)  " << fmt(deliveries) << "\n"
        << "  whole regional snapshot                  " << fmt(snapshot) << "\n"
        << "Computing\n"
        << "  computeDashboard (8 school years)        " << fmt(compute) << "\n"
        << "After a sync (re-read + recompute + publish, target < 100 ms)\n"
        << "  sessions changed -> dashboard            " << fmt(afterSync) << "\n"
        << "  sessions + participations changed         " << fmt(afterFullSync) << "\n"
        << "  region realisation 2032-2033: " << dashboard.realisationText() << "\n";
    return 0;
}
