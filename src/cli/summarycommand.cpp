// summary [--year 2026-2027]: the rollout summary of one school year.

#include "commands.h"
#include "core/regionsummary.h"
#include "storage/database.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"
#include "storage/summaryqueries.h"
#include "summaryreport.h"

namespace verrijkt::cli {

namespace {

int runSummary(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        ctx.error(ctx.text("summary verwacht geen argumenten, wel --year (zie summary --help)",
                           "summary takes no arguments, only --year (see summary --help)"));
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    SchoolYear year = SchoolYear::containing(today);
    if (parser.isSet(QStringLiteral("year"))) {
        const QString label = parser.value(QStringLiteral("year"));
        const std::optional<SchoolYear> parsed = SchoolYear::fromLabel(label);
        if (!parsed) {
            ctx.error(ctx.text("--year: '%1' is geen schooljaar; schrijf het als 2026-2027",
                               "--year: '%1' is not a school year; write it as 2026-2027")
                          .arg(label));
            return ExitUsage;
        }
        year = *parsed;
    }

    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    SchoolRegistry registry(*db);
    RegionSummaryInput input;
    input.schools = registry.all();
    if (input.schools.isEmpty()) {
        ctx.error(ctx.text("de database %1 bevat nog geen scholen; lees eerst het register in "
                           "(import-municipalities, import-schools)",
                           "the database %1 holds no schools yet; import the register first "
                           "(import-municipalities, import-schools)")
                      .arg(ctx.databasePath));
        return ExitInput;
    }
    input.municipalities = registry.municipalities();
    input.plan = PlanRepository(*db).entries();

    SummaryQueries queries(*db);
    QString error;
    YearActivity recorded;
    if (!queries.placementsInYear(year, input.placements, &error) ||
        !queries.libraryForYear(year, input.library, &error) || !queries.activity(year, recorded, &error)) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + error);
        return ExitDatabase;
    }

    ActivityFigures activity;
    activity.sessions = recorded.sessions;
    activity.deliveredPupilHours = recorded.deliveredPupilHours;
    activity.contacts = recorded.contacts;
    activity.families = recorded.families;
    const SchoolCalendar calendar;
    for (const Participation &p : ParticipationRepository(*db).forYear(year))
        activity.entitledPupilHours += entitledPupilHours(p, calendar);

    const RegionSummary summary = computeRegionSummary(input, year, today);
    ctx.out << formatSummary(summary, activity, ctx.language);
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Command summaryCommand()
{
    return {QStringLiteral("summary"),
            QString(),
            "uitrolsamenvatting van een schooljaar: per gemeente, per niveau, fte, dekking, begroting",
            "rollout summary of a school year: per municipality, per tier, FTE, coverage, budget",
            {QCommandLineOption(QStringLiteral("year"),
                                QStringLiteral("schooljaar, bv. 2026-2027 (standaard: het huidige)"
                                               "|school year, e.g. 2026-2027 (default: the current one)"),
                                QStringLiteral("YYYY-YYYY"))},
            runSummary};
}

} // namespace verrijkt::cli
