// import-schools, import-municipalities, import-tvt-known: the register files into the store.

#include "clilog.h"
#include "commands.h"
#include "core/csv.h"
#include "core/registerimport.h"
#include "storage/database.h"
#include "storage/registerimporter.h"

#include <QFile>
#include <QFileInfo>

namespace verrijkt::cli {

namespace {

QCommandLineOption partialOption()
{
    return QCommandLineOption(
        QStringLiteral("partial"),
        QStringLiteral("pas de goede regels toe ook als er regels zijn afgewezen (afsluitcode blijft dan 2)"
                       "|apply the good rows even if rows are rejected (the exit code is still 2)"));
}

// Whether the file as a whole is malformed (not CSV, a required column missing): an input error,
// told apart from a database failure, which the importer reports in the same `error` field.
QString malformedReason(RegisterImporter::File kind, const QByteArray &data)
{
    const CsvTable table = parseCsv(data);
    switch (kind) {
    case RegisterImporter::File::Schools:
        return parseSchoolRegister(table).error;
    case RegisterImporter::File::Municipalities:
        return parseMunicipalities(table).error;
    case RegisterImporter::File::WaveZero:
        return parseWaveZeroSchools(table).error;
    }
    return {};
}

void printReport(const CliContext &ctx, const QString &file, const ImportReport &report)
{
    QTextStream &o = ctx.out;
    o << QFileInfo(file).fileName() << ": " << report.records << ctx.text(" regels\n", " rows\n");
    const auto line = [&](const QString &label, int value) {
        o << "  " << label.leftJustified(16) << QString::number(value).rightJustified(6) << '\n';
    };
    line(ctx.text("toegevoegd", "added"), report.added);
    line(ctx.text("bijgewerkt", "updated"), report.updated);
    line(ctx.text("ongewijzigd", "unchanged"), report.unchanged);
    line(ctx.text("gedeactiveerd", "deactivated"), report.deactivated);
    line(ctx.text("afgewezen", "rejected"), report.rejectedRows());
    o.flush();
    for (const ImportRejection &r : report.rejections) {
        const QString key = r.key.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.key);
        ctx.err << ctx.text("afgewezen: ", "rejected: ") << r.reason(ctx.language) << key << '\n';
    }
    ctx.err.flush();
}

int runImport(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional,
              RegisterImporter::File kind, const QString &command)
{
    if (positional.size() != 1) {
        ctx.error(ctx.text("%1 verwacht precies één BESTAND (zie %1 --help)",
                           "%1 expects exactly one FILE (see %1 --help)")
                      .arg(command));
        return ExitUsage;
    }
    const QString path = positional.first();
    QFile file(path);
    if (!file.exists()) {
        ctx.error(ctx.text("bestand bestaat niet: %1", "file does not exist: %1").arg(path));
        return ExitInput;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(ctx.text("kan bestand niet lezen: %1 (%2)", "cannot read file: %1 (%2)")
                      .arg(path, file.errorString()));
        return ExitInput;
    }
    const QByteArray data = file.readAll();
    const QString malformed = malformedReason(kind, data);
    if (!malformed.isEmpty()) {
        ctx.error(ctx.text("%1 is geen geldig bestand voor %2: %3; er is niets gewijzigd",
                           "%1 is not a valid file for %2: %3; nothing was changed")
                      .arg(path, command, malformed));
        return ExitInput;
    }

    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    ImportOptions options;
    options.partial = parser.isSet(QStringLiteral("partial"));
    RegisterImporter importer(*db);
    ImportReport report;
    switch (kind) {
    case RegisterImporter::File::Schools:
        report = importer.importSchools(data, options);
        break;
    case RegisterImporter::File::Municipalities:
        report = importer.importMunicipalities(data, options);
        break;
    case RegisterImporter::File::WaveZero:
        report = importer.importWaveZero(data, options);
        break;
    }
    qCInfo(lcCli) << command << "records" << report.records << "added" << report.added << "updated"
                  << report.updated << "rejected" << report.rejectedRows();

    printReport(ctx, path, report);
    if (!report.rejections.isEmpty()) {
        if (!report.applied)
            ctx.error(
                ctx.text("%1 regel(s) afgewezen; er is niets gewijzigd (--partial past de goede regels toe)",
                         "%1 row(s) rejected; nothing was changed (--partial applies the good rows)")
                    .arg(report.rejectedRows()));
        return ExitInput;
    }
    if (!report.error.isEmpty() || !report.applied) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + report.error);
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace

Command importSchoolsCommand()
{
    return {QStringLiteral("import-schools"),
            QStringLiteral("BESTAND|FILE"),
            "schoollocaties inlezen (schools_region.csv); ontbrekende locaties worden inactief",
            "import school locations (schools_region.csv); missing locations become inactive",
            {partialOption()},
            [](const CliContext &ctx, const QCommandLineParser &p, const QStringList &args) {
                return runImport(ctx, p, args, RegisterImporter::File::Schools,
                                 QStringLiteral("import-schools"));
            }};
}

Command importMunicipalitiesCommand()
{
    return {QStringLiteral("import-municipalities"),
            QStringLiteral("BESTAND|FILE"),
            "gemeenten inlezen (municipalities.csv)",
            "import municipalities (municipalities.csv)",
            {partialOption()},
            [](const CliContext &ctx, const QCommandLineParser &p, const QStringList &args) {
                return runImport(ctx, p, args, RegisterImporter::File::Municipalities,
                                 QStringLiteral("import-municipalities"));
            }};
}

Command importWaveZeroCommand()
{
    return {QStringLiteral("import-tvt-known"),
            QStringLiteral("BESTAND|FILE"),
            "bekende Tijd voor Toekomst-scholen (golf 0) inlezen (tvt_known_schools.csv)",
            "import the known Tijd voor Toekomst schools (wave 0) (tvt_known_schools.csv)",
            {partialOption()},
            [](const CliContext &ctx, const QCommandLineParser &p, const QStringList &args) {
                return runImport(ctx, p, args, RegisterImporter::File::WaveZero,
                                 QStringLiteral("import-tvt-known"));
            }};
}

} // namespace verrijkt::cli
