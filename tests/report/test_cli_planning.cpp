// verrijkt-cli report and plan, run in-process on a database with the real register and
// generated demo activity.
#include "clirunner.h"
#include "core/csv.h"
#include "core/planner/proposal.h"
#include "regiondata.h"
#include "regionreportdata.h"
#include "report/csvexport.h"
#include "report/yearreport.h"
#include "storage/database.h"
#include "storage/participationrepository.h"
#include "zipentries.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

// One database for the whole file: importing and generating two school years takes a while.
struct DemoDatabase
{
    QTemporaryDir dir;
    QString db;
    DemoDatabase()
    {
        db = dir.filePath(QStringLiteral("verrijkt.db"));
        const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
        for (const QStringList &args :
             {QStringList{"import-municipalities", data + "/municipalities.csv"},
              QStringList{"import-schools", data + "/schools_region.csv"},
              QStringList{"import-tvt-known", data + "/tvt_known_schools.csv"},
              QStringList{"generate-demo", "--seed", "11", "--until", "2027-2028"}}) {
            const CliResult r = runCli(QStringList{"--db", db} + args);
            if (r.code != 0)
                FAIL(args.first().toStdString() << ": " << r.err.toStdString());
        }
    }
    CliResult run(const QStringList &args) const { return runCli(QStringList{"--db", db} + args); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

const DemoDatabase &demo()
{
    static const DemoDatabase d;
    return d;
}

bool sameField(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    return okA && okB ? std::abs(x - y) <= 0.011 + 1e-9 * std::abs(x) : a == b;
}

} // namespace

TEST_CASE("report --format csv from the database equals the report computed in memory")
{
    const DemoDatabase &d = demo();
    const QString folder = d.path("csv");
    const CliResult r = d.run({"report", "--year", "2027-2028", "--format", "csv", "--out", folder});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Jaarverslag Verrijkt 2027-2028")));
    CHECK(r.out.contains(QStringLiteral("(11 tabellen)")));

    const YearReport expected = buildYearReport(regionReportInput(SchoolYear(2027), SchoolYear(2027)));
    for (const ReportTable &t : expected.tables()) {
        QFile f(folder + "/" + t.id + ".csv");
        REQUIRE(f.open(QIODevice::ReadOnly));
        const CsvTable got = parseCsv(f.readAll());
        const CsvTable want = parseCsv(tableToCsv(t));
        INFO(t.id.toStdString());
        REQUIRE(got.records.size() == want.records.size());
        CHECK(got.header == want.header);
        for (int i = 0; i < got.records.size(); ++i) {
            REQUIRE(got.records[i].fields.size() == want.records[i].fields.size());
            for (int c = 0; c < got.records[i].fields.size(); ++c) {
                INFO("row " << i << " column " << c << ": " << got.records[i].fields[c].toStdString()
                            << " vs " << want.records[i].fields[c].toStdString());
                CHECK(sameField(got.records[i].fields[c], want.records[i].fields[c]));
            }
        }
    }
}

TEST_CASE("report --format pdf and xlsx write files, bad arguments are refused")
{
    const DemoDatabase &d = demo();
    const QString pdf = d.path("verslag.pdf");
    CliResult r = d.run({"--lang", "en", "report", "--year", "2027-2028", "--format", "pdf", "--out", pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Verrijkt yearly report 2027-2028")));
    CHECK(r.out.contains(QStringLiteral("pages)")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    REQUIRE(!pdfinfo.isEmpty());
    QProcess info;
    info.start(pdfinfo, {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(info.exitCode() == 0);

    const QString xlsx = d.path("verslag.xlsx");
    r = d.run({"report", "--year", "2027-2028", "--format", "xlsx", "--out", xlsx});
    REQUIRE(r.code == 0);
    QFile x(xlsx);
    REQUIRE(x.open(QIODevice::ReadOnly));
    const auto zip = readZipEntries(x.readAll());
    CHECK(zip.contains(QStringLiteral("xl/worksheets/sheet12.xml"))); // cover + 11 tables

    CHECK(d.run({"report", "--format", "pdf", "--out", pdf}).code == 1);
    CHECK(d.run({"report", "--year", "2027", "--out", pdf}).code == 1);
    CHECK(d.run({"report", "--year", "2027-2028", "--format", "docx", "--out", pdf}).code == 1);
    CHECK(d.run({"report", "--year", "2027-2028"}).code == 1);
    r = d.run({"report", "--year", "2027-2028", "--out", d.path("no/such/dir/x.pdf")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("x.pdf")));
}

TEST_CASE("plan synthetic-need, propose --save, list, show, compare")
{
    const DemoDatabase &d = demo();
    const QString need = d.path("need.csv");
    CliResult r = d.run({"plan", "synthetic-need", "--seed", "42", "--out", need});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("GEEN echte gegevens")));

    r = d.run(
        {"plan", "propose", "--need", need, "--ceiling", "36", "--save", "--name", "voorstel", "--explain"});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2032-2033")));
    CHECK(r.out.contains(QStringLiteral("rang 1 van 329")));
    CHECK(r.out.contains(QStringLiteral("Opgeslagen als plan 'voorstel' (329 scholen)")));

    // The stored plan is the planner's proposal for the same register and need.
    const auto &region = testdata::realRegion();
    ProposalInput in;
    in.schools = region.schools;
    in.municipalities = region.municipalities;
    in.waveZero = region.waveZero;
    in.need = syntheticNeed(region.schools, 42);
    const Proposal expected = proposeScenario(in);
    r = d.run({"plan", "compare", "default", "voorstel"});
    REQUIRE(r.code == 0);
    r = d.run({"plan", "list"});
    CHECK(r.out.contains(QStringLiteral("voorstel")));
    const int sixHours = int(std::count_if(expected.scenario.entries.begin(), expected.scenario.entries.end(),
                                           [](const PlanEntry &e) { return e.tier == Tier::SixHours; }));
    CHECK(r.out.contains(QStringLiteral("6 uur: %1,").arg(sixHours)));

    r = d.run({"plan", "show", "voorstel", "--year", "2027-2028"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Westerkwartier")));

    CHECK(d.run({"plan", "create", "variant", "--from", "voorstel"}).code == 0);
    CHECK(d.run({"plan", "create", "variant"}).code == 2); // exists
    CHECK(d.run({"plan", "copy", "nope", "other"}).code == 2);
    CHECK(d.run({"plan", "create", "default"}).code == 1);
    CHECK(d.run({"plan", "frobnicate"}).code == 1);
}

TEST_CASE("plan propose refuses a bad need file or ceiling and stores nothing")
{
    const DemoDatabase &d = demo();
    const QString bad = d.path("bad-need.csv");
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("vestiging,need\n11AK00,3.5\n11YV00,lots\n");
    f.close();
    CliResult r = d.run({"plan", "propose", "--need", bad, "--save", "--name", "kapot"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("regel 3, veld need: 'lots' is geen getal.")));
    CHECK(!d.run({"plan", "list"}).out.contains(QStringLiteral("kapot")));

    // A file that covers only part of the register.
    QFile partial(d.path("partial.csv"));
    REQUIRE(partial.open(QIODevice::WriteOnly));
    partial.write("vestiging,need\n11AK00,3.5\n");
    partial.close();
    r = d.run({"plan", "propose", "--need", partial.fileName(), "--save", "--name", "kapot"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("328")));

    CHECK(d.run({"plan", "propose", "--need", bad, "--ceiling", "1,2,3"}).code == 1);
    CHECK(d.run({"plan", "propose", "--ceiling", "36"}).code == 1);
    CHECK(!d.run({"plan", "list"}).out.contains(QStringLiteral("kapot")));
}

TEST_CASE("plan buildup, coverage and completeness read the store")
{
    const DemoDatabase &d = demo();
    CliResult r = d.run({"plan", "buildup", "--date", "2027-10-01"});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2027-10")));
    CHECK(r.out.contains(QStringLiteral("Scholen zonder brugfunctionaris op 2027-10-01")));

    r = d.run({"plan", "coverage", "--year", "2027-2028"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Regio")));
    CHECK(r.out.contains(QStringLiteral("de deelnames")));

    r = d.run({"plan", "completeness", "--date", "2027-11-18", "--weeks", "3"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("deelnemende scholen legden sinds 2027-11-01")));
    CHECK(d.run({"plan", "completeness", "--weeks", "0"}).code == 1);
    CHECK(d.run({"plan", "completeness", "--holidays", "2027-52"}).code == 1);
}

// Last in this file: it changes the shared database.
TEST_CASE("year close locks the report, later changes do not move it until the year is reopened")
{
    const DemoDatabase &d = demo();
    CliResult r = d.run({"year", "close", "--year", "2027-2028", "--by", "Regioteam"});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(d.run({"year", "close", "--year", "2027-2028", "--by", "Regioteam"}).code == 2);

    auto pupils2 = [&](const QString &folder) {
        QFile f(folder + "/kerncijfers.csv");
        REQUIRE(f.open(QIODevice::ReadOnly));
        const CsvTable t = parseCsv(f.readAll());
        for (const CsvRecord &rec : t.records) {
            if (rec.fields.value(0) == QStringLiteral("Leerlingen met 2 extra uren per week"))
                return rec.fields.value(1).toLongLong();
        }
        FAIL("row missing");
        return qint64(-1);
    };
    r = d.run({"report", "--year", "2027-2028", "--format", "csv", "--out", d.path("locked1")});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("is afgesloten")));
    CHECK(!r.err.contains(QStringLiteral("wijken sindsdien af")));
    const qint64 locked = pupils2(d.path("locked1"));

    // A late correction: one pupil fewer reached at a 2-hour school.
    {
        QString error;
        auto db = Database::open(d.db, &error);
        REQUIRE(db);
        ParticipationRepository participations(*db);
        for (Participation p : participations.forYear(SchoolYear(2027))) {
            if (p.tier == Tier::TwoHours && p.pupilsReached > 1) {
                --p.pupilsReached;
                const WriteResult saved = participations.save(p);
                INFO((saved.errors.isEmpty() ? saved.storageError : saved.errors.first().message())
                         .toStdString());
                REQUIRE(saved.ok());
                break;
            }
        }
    }
    r = d.run({"report", "--year", "2027-2028", "--format", "csv", "--out", d.path("locked2")});
    REQUIRE(r.code == 0);
    CHECK(pupils2(d.path("locked2")) == locked);
    CHECK(r.err.contains(QStringLiteral("wijken sindsdien af in: kerncijfers, tvt_per_gemeente")));

    r = d.run({"year", "reopen", "--year", "2027-2028", "--by", "Anna", "--reason", "kort"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("minstens 10 tekens")));
    r = d.run({"year", "reopen", "--year", "2027-2028", "--by", "Anna", "--reason",
               "Late correctie van een deelname"});
    REQUIRE(r.code == 0);
    r = d.run({"report", "--year", "2027-2028", "--format", "csv", "--out", d.path("live")});
    REQUIRE(r.code == 0);
    CHECK(pupils2(d.path("live")) == locked - 1);

    r = d.run({"year", "log"});
    CHECK(r.out.contains(QStringLiteral("2027-2028 afgesloten Regioteam")));
    CHECK(r.out.contains(QStringLiteral("2027-2028 heropend Anna: Late correctie van een deelname")));
}
