// report --year 2026-2027 --format pdf|csv|xlsx --out FILE
#include "reportcommand.h"

#include "clilog.h"
#include "report/csvexport.h"
#include "report/pdfreport.h"
#include "report/storedreport.h"
#include "report/xlsxexport.h"
#include "report/yearreport.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace verrijkt::cli {

namespace {

int runReport(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        ctx.error(ctx.text("report verwacht alleen opties (zie report --help)",
                           "report takes options only (see report --help)"));
        return ExitUsage;
    }
    const QString label = parser.value(QStringLiteral("year"));
    const std::optional<SchoolYear> year = SchoolYear::fromLabel(label);
    if (!year) {
        ctx.error(label.isEmpty() ? ctx.text("--year ontbreekt, bijvoorbeeld --year 2026-2027",
                                             "--year is missing, e.g. --year 2026-2027")
                                  : ctx.text("--year: '%1' is geen schooljaar; schrijf het als 2026-2027",
                                             "--year: '%1' is not a school year; write it as 2026-2027")
                                        .arg(label));
        return ExitUsage;
    }
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        ctx.error(ctx.text("--format kent pdf, csv en xlsx, niet '%1'",
                           "--format accepts pdf, csv or xlsx, not '%1'")
                      .arg(format));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.error(ctx.text("--out ontbreekt: het bestand (bij csv: de map) om te schrijven",
                           "--out is missing: the file (for csv: the folder) to write"));
        return ExitUsage;
    }

    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    QElapsedTimer timer;
    timer.start();
    const StoredYearReport stored = yearReportFromStore(*db, *year, ctx.language);
    if (!stored.ok) {
        ctx.error(stored.error);
        return stored.missingRegister ? ExitInput : ExitDatabase;
    }
    if (stored.locked) {
        ctx.err << ctx.text("verrijkt-cli: schooljaar %1 is afgesloten: het verslag toont de %2\n",
                            "verrijkt-cli: school year %1 is closed: the report shows the %2\n")
                       .arg(year->label(), stored.closingNote);
        if (!stored.changedTables.isEmpty())
            ctx.err << ctx.text("verrijkt-cli: let op: de actuele gegevens wijken sindsdien af in: %1\n",
                                "verrijkt-cli: note: the current data differ since then in: %1\n")
                           .arg(stored.changedTables.join(QStringLiteral(", ")));
        ctx.err.flush();
    }
    const YearReport &report = stored.report;
    const ExportResult result = format == QLatin1String("pdf")    ? writePdf(report, out)
                                : format == QLatin1String("xlsx") ? writeXlsx(report, out)
                                                                  : writeCsvFolder(report, out);
    if (!result.ok) {
        ctx.error(ctx.text("verslag niet geschreven: ", "report not written: ") + result.error);
        return ExitInput;
    }
    qCInfo(lcCli) << "report" << year->label() << format << "in" << timer.elapsed() << "ms";
    ctx.out << report.title << ": " << out;
    if (format == QLatin1String("pdf"))
        ctx.out << ctx.text(" (%1 pagina's)", " (%1 pages)").arg(result.pages);
    else if (format == QLatin1String("csv"))
        ctx.out << ctx.text(" (%1 tabellen)", " (%1 tables)").arg(result.files.size());
    ctx.out << '\n';
    for (const QString &h : report.headlines)
        ctx.out << "  " << h << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            QString(),
            "jaarverslag van een schooljaar als PDF, CSV (map met een bestand per tabel) of XLSX",
            "yearly report of a school year as PDF, CSV (folder with one file per table) or XLSX",
            {QCommandLineOption(QStringLiteral("year"),
                                QStringLiteral("schooljaar, bv. 2026-2027|school year, e.g. 2026-2027"),
                                QStringLiteral("YYYY-YYYY")),
             QCommandLineOption(QStringLiteral("format"),
                                QStringLiteral("pdf (standaard), csv of xlsx|pdf (default), csv or xlsx"),
                                QStringLiteral("pdf|csv|xlsx")),
             QCommandLineOption(QStringLiteral("out"),
                                QStringLiteral("bestand; bij csv een map|file; for csv a folder"),
                                QStringLiteral("FILE"))},
            runReport};
}

} // namespace verrijkt::cli
