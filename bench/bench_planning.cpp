// Figures for the planner and the yearly report: the automatic proposal for the whole region
// (target < 1 s) and the yearly report PDF with seven years of demo data (target < 5 s).
// Prints numbers; never fails on a threshold.
//
//   bench_planning [--scale X] [--db PATH]
// --db: also time the CLI's path on an existing generate-demo database (load + build + PDF).

#include "cli/reportcommand.h"
#include "core/csv.h"
#include "core/demogenerator.h"
#include "core/planner/proposal.h"
#include "core/registerimport.h"
#include "report/csvexport.h"
#include "report/pdfreport.h"
#include "report/xlsxexport.h"
#include "report/yearreport.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storage/schoolregistry.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace verrijkt;

namespace {

QTextStream out(stdout);

CsvTable readCsv(const QString &name)
{
    QFile f(QStringLiteral(VERRIJKT_SHARED_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        out << "cannot read " << f.fileName() << '\n';
        return {};
    }
    return parseCsv(f.readAll());
}

template <typename F> double milliseconds(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

void line(const char *what, double ms, const char *target = nullptr)
{
    out << "  " << QString::fromLatin1(what).leftJustified(44)
        << QString::number(ms, 'f', 1).rightJustified(9) << " ms";
    if (target)
        out << "   (target " << target << ')';
    out << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.*.info=false\nverrijkt.*.debug=false"));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("scale"), QStringLiteral("demo scale"), QStringLiteral("X"), QStringLiteral("1")},
         {QStringLiteral("db"), QStringLiteral("existing demo database"), QStringLiteral("PATH")}});
    parser.process(app);

    const SchoolRegisterParse reg = parseSchoolRegister(readCsv(QStringLiteral("schools_region.csv")));
    const QList<Municipality> municipalities =
        parseMunicipalities(readCsv(QStringLiteral("municipalities.csv"))).municipalities;
    QSet<QString> waveZero;
    for (const WaveZeroSchool &w :
         parseWaveZeroSchools(readCsv(QStringLiteral("tvt_known_schools.csv"))).schools)
        waveZero.insert(w.vestiging);
    out << "bench_planning: " << reg.locations.size() << " school locations, " << municipalities.size()
        << " municipalities\n";

    // 1. The automatic proposal for the whole region, default rules, synthetic need.
    ProposalInput in;
    in.schools = reg.locations;
    in.municipalities = municipalities;
    in.waveZero = waveZero;
    in.need = syntheticNeed(reg.locations, 42);
    QList<double> runs;
    Proposal proposal;
    for (int i = 0; i < 20; ++i)
        runs << milliseconds([&] { proposal = proposeScenario(in); });
    std::sort(runs.begin(), runs.end());
    out << "Proposal (" << proposal.scenario.entries.size() << " of " << proposal.decisions.size()
        << " started, 20 runs)\n";
    line("proposeScenario, median", runs[runs.size() / 2], "< 1000 ms");
    line("proposeScenario, slowest", runs.last());
    line("reason texts for every school (nl + en)", milliseconds([&] {
             int n = 0;
             for (const ProposalDecision &d : proposal.decisions)
                 n += d.text(Language::Dutch).size() + d.text(Language::English).size();
             Q_UNUSED(n);
         }));

    // 2. Seven school years of demo data in memory, then the 2032-2033 report.
    ReportInput input;
    input.year = kStructuralYear;
    input.municipalities = municipalities;
    input.schools = reg.locations;
    input.plan = defaultPlan(reg.locations, waveZero);
    DemoOptions options;
    options.scale = parser.value(QStringLiteral("scale")).toDouble();
    qsizetype rows = 0;
    const double generation = milliseconds([&] {
        DemoGenerator(reg.locations, input.plan, options).run([&](const DemoBatch &b) {
            input.participations += b.participations;
            input.sessions += b.sessions;
            input.officers += b.officers;
            input.placements += b.placements;
            input.contacts += b.contacts;
            input.library += b.library;
            rows += b.rowCount();
            return true;
        });
    });
    out << "Yearly report 2032-2033 on seven years of demo data (scale " << options.scale << ", " << rows
        << " rows: " << input.sessions.size() << " sessions, " << input.contacts.size()
        << " family contacts)\n";
    line("generating the demo data (not part of the target)", generation);
    YearReport report;
    const double build = milliseconds([&] { report = buildYearReport(input); });
    QTemporaryDir dir;
    ExportResult pdf;
    const double render =
        milliseconds([&] { pdf = writePdf(report, dir.filePath(QStringLiteral("report.pdf"))); });
    line("build the report model", build);
    line("render the PDF", render);
    line("report PDF total (model + PDF)", build + render, "< 5000 ms");
    out << "  PDF: " << pdf.pages << " pages, "
        << QFile(dir.filePath(QStringLiteral("report.pdf"))).size() / 1024 << " KiB"
        << (pdf.ok ? "" : "  FAILED: ") << pdf.error << '\n';
    line("CSV export (every table)",
         milliseconds([&] { writeCsvFolder(report, dir.filePath(QStringLiteral("csv"))); }));
    line("XLSX export (every table)",
         milliseconds([&] { writeXlsx(report, dir.filePath(QStringLiteral("report.xlsx"))); }));

    // 3. Optionally the CLI's path: read a generate-demo database, build, render.
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        std::unique_ptr<Database> db = Database::open(parser.value(QStringLiteral("db")), &error);
        if (!db) {
            out << "cannot open " << parser.value(QStringLiteral("db")) << ": " << error << '\n';
            return 0;
        }
        ReportInput stored;
        const double load = milliseconds([&] { stored = cli::loadReportInput(*db, kStructuralYear); });
        // What the report read before the year-bounded reads: every school's and officer's history.
        qsizetype fullRows = 0;
        const double fullLoad = milliseconds([&] {
            const EnrichmentSessionRepository sessions(*db);
            for (const SchoolLocation &s : SchoolRegistry(*db).all())
                fullRows += sessions.currentSessions(s.vestiging, kStructuralYear).size();
            const FamilyContactRepository contacts(*db);
            for (const BridgeOfficer &o : BridgeOfficerRepository(*db).officers())
                fullRows += contacts.contactsOfOfficer(o.meta.id).size();
        });
        YearReport fromDb;
        const double b2 = milliseconds([&] { fromDb = buildYearReport(stored); });
        const double r2 = milliseconds([&] { writePdf(fromDb, dir.filePath(QStringLiteral("db.pdf"))); });
        out << "From the database " << parser.value(QStringLiteral("db")) << " (" << stored.sessions.size()
            << " sessions of 2032-2033)\n";
        line("load from SQLite (year-bounded)", load);
        line("  for comparison: sessions + contacts, whole history", fullLoad);
        out << "  (" << stored.sessions.size() + stored.contacts.size()
            << " sessions and contacts of the year; the "
            << "whole-history read resolved " << fullRows << " sessions and all contacts)\n";
        line("build + PDF", b2 + r2);
        line("total (load + build + PDF)", load + b2 + r2, "< 5000 ms");
    }
    return 0;
}
