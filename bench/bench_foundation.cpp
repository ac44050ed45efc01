// Figures for the foundation: register import, demo generation, summary, database size.
// Prints numbers; never fails on a threshold.

#include "cli/cli.h"
#include "core/demogenerator.h"
#include "core/regionsummary.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"
#include "storage/summaryqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace verrijkt;

namespace {

QTextStream out(stdout);

// Runs one verrijkt-cli command in-process; its own output is discarded, its time returned (ms).
double timeCli(const QStringList &args, int *code)
{
    QString sink;
    QTextStream o(&sink), e(&sink);
    QElapsedTimer timer;
    timer.start();
    *code = cli::run(QStringList{QStringLiteral("verrijkt-cli")} + args, o, e);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (*code != 0) {
        e.flush();
        out << "  (command failed with exit code " << *code << ": " << sink.right(300) << ")\n";
    }
    return ms;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.*.info=false"));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("scale"), QStringLiteral("demo scale"), QStringLiteral("X"), QStringLiteral("1")},
         {QStringLiteral("seed"), QStringLiteral("demo seed"), QStringLiteral("N"), QStringLiteral("1")},
         {QStringLiteral("keep"), QStringLiteral("database path to keep"), QStringLiteral("PATH")}});
    parser.process(app);
    const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
    const QString scale = parser.value(QStringLiteral("scale"));

    QTemporaryDir dir;
    const QString db = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                            : dir.filePath(QStringLiteral("bench.db"));
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    out << "bench_foundation (figures, not a test)\n"
        << "  data: " << data << "\n  database: " << db << "\n\n";

    int code = 0;
    out << "Register import\n";
    double total = 0;
    for (const auto &[command, file] : {std::pair{"import-municipalities", "municipalities.csv"},
                                        std::pair{"import-schools", "schools_region.csv"},
                                        std::pair{"import-tvt-known", "tvt_known_schools.csv"}}) {
        const double ms = timeCli({QStringLiteral("--db"), db, QString::fromLatin1(command),
                                   QDir(data).filePath(QString::fromLatin1(file))},
                                  &code);
        total += ms;
        out << "  " << QString::fromLatin1(command).leftJustified(24)
            << QString::number(ms, 'f', 1).rightJustified(9) << " ms\n";
        if (code != 0)
            return 1;
    }
    out << "  " << QStringLiteral("total").leftJustified(24)
        << QString::number(total, 'f', 1).rightJustified(9) << " ms\n";
    const double reimport = timeCli({QStringLiteral("--db"), db, QStringLiteral("import-schools"),
                                     QDir(data).filePath(QStringLiteral("schools_region.csv"))},
                                    &code);
    out << "  " << QStringLiteral("re-import (unchanged)").leftJustified(24)
        << QString::number(reimport, 'f', 1).rightJustified(9) << " ms\n\n";

    // The generator alone, without a database.
    {
        std::unique_ptr<Database> handle = Database::open(db, nullptr);
        DemoOptions options;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
        options.scale = scale.toDouble();
        QElapsedTimer timer;
        timer.start();
        const DemoTotals totals =
            DemoGenerator(SchoolRegistry(*handle).all(true), PlanRepository(*handle).entries(), options)
                .run([](const DemoBatch &) { return true; });
        const double s = timer.nsecsElapsed() / 1e9;
        out << "Demo generator alone (scale " << scale << ", 2026-2027..2032-2033)\n"
            << "  rows " << totals.rows() << " (sessions " << totals.sessions << ", contacts "
            << totals.contacts << ", officers " << totals.officers << ", placements " << totals.placements
            << ", participations " << totals.participations << ", library " << totals.library << ")\n"
            << "  " << QString::number(s, 'f', 2) << " s, " << QString::number(totals.rows() / s, 'f', 0)
            << " rows/s\n\n";
    }

    const double generateMs =
        timeCli({QStringLiteral("--db"), db, QStringLiteral("generate-demo"), QStringLiteral("--seed"),
                 parser.value(QStringLiteral("seed")), QStringLiteral("--until"), QStringLiteral("2032-2033"),
                 QStringLiteral("--scale"), scale},
                &code);
    if (code != 0)
        return 1;
    std::unique_ptr<Database> handle = Database::open(db, nullptr);
    QMap<QString, qint64> counts;
    QString error;
    SummaryQueries(*handle).rowCounts(counts, &error);
    qint64 rows = 0;
    for (const QString &table : {QStringLiteral("participations"), QStringLiteral("enrichment_sessions"),
                                 QStringLiteral("bridge_officers"), QStringLiteral("placements"),
                                 QStringLiteral("family_contacts"), QStringLiteral("library_participations")})
        rows += counts.value(table);
    out << "generate-demo through the CLI (validation, repositories, one transaction)\n"
        << "  " << QString::number(generateMs / 1000.0, 'f', 2) << " s, " << rows << " rows, "
        << QString::number(rows / (generateMs / 1000.0), 'f', 0) << " rows/s\n\n";

    // The summary: the pure computation on lists in memory, and the whole command.
    {
        const SchoolYear year = kStructuralYear;
        RegionSummaryInput input;
        SchoolRegistry registry(*handle);
        input.schools = registry.all();
        input.municipalities = registry.municipalities();
        input.plan = PlanRepository(*handle).entries();
        SummaryQueries(*handle).placementsInYear(year, input.placements, &error);
        SummaryQueries(*handle).libraryForYear(year, input.library, &error);
        constexpr int kRounds = 200;
        QElapsedTimer timer;
        timer.start();
        double sink = 0;
        for (int i = 0; i < kRounds; ++i)
            sink += computeRegionSummary(input, year, QDate::currentDate()).budget.total();
        out << "Summary 2032-2033\n"
            << "  computeRegionSummary   " << QString::number(timer.nsecsElapsed() / 1e6 / kRounds, 'f', 3)
            << " ms (mean of " << kRounds << ", budget " << QString::number(sink / kRounds / 1e6, 'f', 1)
            << " M EUR)\n";
    }
    const double summaryMs = timeCli({QStringLiteral("--db"), db, QStringLiteral("summary"),
                                      QStringLiteral("--year"), QStringLiteral("2032-2033")},
                                     &code);
    out << "  summary command        " << QString::number(summaryMs, 'f', 1)
        << " ms (database reads included)\n\n";

    handle.reset();
    out << "Database\n  size " << QString::number(fileSize(db) / 1048576.0, 'f', 1)
        << " MiB (main file + WAL)\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "  " << it.key().leftJustified(24) << QString::number(it.value()).rightJustified(9) << '\n';
    out.flush();
    return 0;
}
