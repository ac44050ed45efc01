// year close|reopen|log: closing a school year locks its report figures (audit trail in the store).
#include "report/reportjson.h"
#include "report/yearreport.h"
#include "reportcommand.h"
#include "storage/database.h"
#include "storage/yearclosing.h"

#include <QLocale>

namespace verrijkt::cli {

namespace {

int printErrors(const CliContext &ctx, const WriteResult &r)
{
    if (!r.storageError.isEmpty()) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + r.storageError);
        return ExitDatabase;
    }
    for (const ValidationError &e : r.errors)
        ctx.error(e.field + QStringLiteral(": ") + yearClosingMessage(e, ctx.language));
    return ExitInput;
}

int close(const CliContext &ctx, Database &db, const SchoolYear &year, const QString &by)
{
    YearClosingRepository closings(db);
    if (closings.isClosed(year)) {
        ctx.error(yearClosingMessage(
            {QStringLiteral("year"), QStringLiteral("year_closing.already_closed"), {{"year", year.label()}}},
            ctx.language));
        return ExitInput;
    }
    ReportInput input = loadReportInput(db, year);
    if (input.schools.isEmpty()) {
        ctx.error(ctx.text("de database bevat nog geen register", "the database holds no register yet"));
        return ExitInput;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const YearClosing pending{year, true, now, by.trimmed(), {}, {}, {}};
    input.closingNote = closingNote(pending, Language::Dutch);
    const QByteArray dutch = reportToJson(buildYearReport(input, Language::Dutch, now.toLocalTime()));
    input.closingNote = closingNote(pending, Language::English);
    const QByteArray english = reportToJson(buildYearReport(input, Language::English, now.toLocalTime()));
    const WriteResult r = closings.close(year, by, dutch, english, now);
    if (!r.ok())
        return printErrors(ctx, r);
    ctx.out << ctx.text("Schooljaar %1 afgesloten; de cijfers van het jaarverslag liggen vast (%2).\n",
                        "School year %1 closed; the yearly report's figures are locked (%2).\n")
                   .arg(year.label(), closingNote(pending, ctx.language));
    return ExitOk;
}

int reopen(const CliContext &ctx, Database &db, const SchoolYear &year, const QString &by,
           const QString &reason)
{
    const WriteResult r = YearClosingRepository(db).reopen(year, by, reason);
    if (!r.ok())
        return printErrors(ctx, r);
    ctx.out << ctx.text("Schooljaar %1 heropend; de reden staat in het logboek.\n",
                        "School year %1 reopened; the reason is in the log.\n")
                   .arg(year.label());
    return ExitOk;
}

int log(const CliContext &ctx, Database &db)
{
    for (const YearClosingEvent &e : YearClosingRepository(db).events()) {
        const bool closing = e.action == YearClosingEvent::Action::Close;
        ctx.out << e.at.toUTC().toString(Qt::ISODate) << ' ' << e.year.label() << ' '
                << (closing ? ctx.text("afgesloten", "closed") : ctx.text("heropend", "reopened")) << ' '
                << e.by << (e.reason.isEmpty() ? QString() : QStringLiteral(": ") + e.reason) << " ["
                << e.figuresSha256.left(12) << "]\n";
    }
    return ExitOk;
}

int runYear(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    const QString sub = positional.value(0);
    if (positional.size() != 1 ||
        (sub != QLatin1String("close") && sub != QLatin1String("reopen") && sub != QLatin1String("log"))) {
        ctx.error(
            ctx.text("year close|reopen|log (zie year --help)", "year close|reopen|log (see year --help)"));
        return ExitUsage;
    }
    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    if (sub == QLatin1String("log"))
        return log(ctx, *db);
    const auto year = SchoolYear::fromLabel(parser.value(QStringLiteral("year")));
    if (!year) {
        ctx.error(ctx.text("--year: schrijf het schooljaar als 2026-2027",
                           "--year: write the school year as 2026-2027"));
        return ExitUsage;
    }
    const QString by = parser.value(QStringLiteral("by"));
    return sub == QLatin1String("close")
               ? close(ctx, *db, *year, by)
               : reopen(ctx, *db, *year, by, parser.value(QStringLiteral("reason")));
}

} // namespace

Command yearCommand()
{
    return {QStringLiteral("year"),
            QStringLiteral("close|reopen|log"),
            "schooljaar afsluiten (cijfers vastleggen), heropenen met een reden, logboek tonen",
            "close a school year (lock its figures), reopen it with a reason, show the log",
            {QCommandLineOption(QStringLiteral("year"), QStringLiteral("schooljaar|school year"),
                                QStringLiteral("YYYY-YYYY")),
             QCommandLineOption(QStringLiteral("by"),
                                QStringLiteral("wie afsluit of heropent|who closes or reopens"),
                                QStringLiteral("NAAM|NAME")),
             QCommandLineOption(
                 QStringLiteral("reason"),
                 QStringLiteral(
                     "heropenen: de reden (minstens 10 tekens)|reopen: the reason (at least 10 characters)"),
                 QStringLiteral("TEKST|TEXT"))},
            runYear};
}

} // namespace verrijkt::cli
