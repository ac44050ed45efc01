// plan buildup | coverage | completeness: where the rollout stands.
#include "core/planner/buildup.h"
#include "core/planner/completeness.h"
#include "core/planner/coverage.h"
#include "core/regionsummary.h"
#include "plancommand.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"

#include <QRegularExpression>

namespace verrijkt::cli::plan {

namespace {

QString percent(const CliContext &ctx, int count, const CoverageCounts &c)
{
    return QStringLiteral("%1 (%2%)").arg(count).arg(number(ctx, c.percent(count), 1));
}

std::optional<QList<IsoWeek>> parseWeeks(const QString &text)
{
    QList<IsoWeek> weeks;
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = shape.match(part.trimmed());
        if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 53)
            return std::nullopt;
        weeks.append(IsoWeek{m.captured(1).toInt(), m.captured(2).toInt()});
    }
    return weeks;
}

} // namespace

int buildUp(const CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    const QDate date = dateOption(ctx, parser);
    if (!date.isValid())
        return ExitUsage;
    const Region region = loadRegion(db);
    NeedIndicator need;
    if (parser.isSet(QStringLiteral("need")) &&
        !readNeedFile(ctx, parser.value(QStringLiteral("need")), region, &need))
        return ExitInput;
    const QList<Placement> placements = BridgeOfficerRepository(db).allPlacements();
    const BridgeOfficerTarget target;
    const SchoolYear last =
        std::max(SchoolYear(target.firstYear.startYear() + int(target.fteByYear.size()) - 1),
                 SchoolYear::containing(date));
    const BuildUp b = computeBuildUp(placements, target, target.firstYear, last);

    ctx.out << ctx.text("maand     geplaatst  doel   open  kosten/maand (EUR)\n",
                        "month       placed  target  open  cost/month (EUR)\n");
    for (const BuildUpMonth &m : b.months)
        ctx.out << m.month.toString(QStringLiteral("yyyy-MM")).leftJustified(9)
                << number(ctx, m.placedFte, 1).rightJustified(10)
                << number(ctx, m.targetFte, 0).rightJustified(6)
                << number(ctx, m.openVacancies(), 1).rightJustified(7)
                << number(ctx, target.cost(m.placedFte) / 12).rightJustified(20) << '\n';
    for (const BuildUpYear &y : b.years)
        ctx.out << y.year.label()
                << ctx.text(": gemiddeld %1 fte (doel %2), kosten EUR %3 van EUR %4\n",
                            ": on average %1 FTE (target %2), cost EUR %3 of EUR %4\n")
                       .arg(number(ctx, y.averagePlacedFte, 1), number(ctx, y.targetFte, 0),
                            number(ctx, y.cost), number(ctx, y.policyBudget));

    const QList<SchoolWithoutOfficer> without = schoolsWithoutOfficer(region.schools, placements, date, need);
    ctx.out << ctx.text("\nScholen zonder brugfunctionaris op %1: %2%3\n",
                        "\nSchools without a bridge officer on %1: %2%3\n")
                   .arg(date.toString(Qt::ISODate))
                   .arg(without.size())
                   .arg(need.isEmpty() ? ctx.text(" (geen behoefte-indicator: op leerlingen)",
                                                  " (no need indicator: by pupils)")
                                       : QString());
    const int shown =
        parser.isSet(QStringLiteral("explain")) ? int(without.size()) : std::min<int>(20, without.size());
    for (int i = 0; i < shown; ++i) {
        const SchoolWithoutOfficer &s = without.at(i);
        ctx.out << QString::number(s.rank).rightJustified(4) << ' ' << s.vestiging << ' '
                << s.name.left(40).leftJustified(40) << ' ' << s.municipalityCode << ' '
                << (s.need ? number(ctx, *s.need, 1) : QStringLiteral("-")).rightJustified(6)
                << QString::number(s.pupils).rightJustified(6) << '\n';
    }
    return ExitOk;
}

int coverage(const CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    const auto year = SchoolYear::fromLabel(parser.value(QStringLiteral("year")));
    if (!year) {
        ctx.error(ctx.text("--year: schrijf het schooljaar als 2026-2027",
                           "--year: write the school year as 2026-2027"));
        return ExitUsage;
    }
    const Region region = loadRegion(db);
    CoverageInput in;
    in.municipalities = region.municipalities;
    in.schools = region.schools;
    in.plan =
        PlanRepository(db).entries(parser.isSet(QStringLiteral("plan")) ? parser.value(QStringLiteral("plan"))
                                                                        : QStringLiteral("default"));
    in.participations = ParticipationRepository(db).forYear(*year);
    in.placements = BridgeOfficerRepository(db).allPlacements();
    in.library = LibraryRepository(db).forYear(*year);
    const CoverageMatrix m = computeCoverage(in, *year, fteReferenceDate(*year));
    ctx.out << ctx.text("Dekking %1 (brugfunctionaris op %2; Tijd voor Toekomst volgens %3)\n",
                        "Coverage %1 (bridge officer on %2; Tijd voor Toekomst according to %3)\n")
                   .arg(year->label(), m.referenceDate.toString(Qt::ISODate),
                        m.tierSource == TierSource::Plan ? ctx.text("het plan", "the plan")
                                                         : ctx.text("de deelnames", "the participations"));
    ctx.out << ctx.text("gemeente            locaties  Tijd voor Toekomst  brugfunctionaris  Bibliotheek op "
                        "school  alle drie\n",
                        "municipality       locations  Tijd voor Toekomst  bridge officer    Bibliotheek op "
                        "school  all three\n");
    QList<CoverageCounts> rows = m.municipalities;
    rows.append(m.region);
    rows.last().name = ctx.text("Regio", "Region");
    for (const CoverageCounts &c : rows)
        ctx.out << c.name.leftJustified(20) << QString::number(c.locations).rightJustified(8)
                << percent(ctx, c.tvt, c).rightJustified(20) << percent(ctx, c.officer, c).rightJustified(18)
                << percent(ctx, c.library, c).rightJustified(23)
                << percent(ctx, c.allThree, c).rightJustified(11) << '\n';
    return ExitOk;
}

int completeness(const CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    CompletenessInput in;
    in.today = dateOption(ctx, parser);
    if (!in.today.isValid())
        return ExitUsage;
    bool ok = true;
    in.teachingWeeks =
        parser.isSet(QStringLiteral("weeks")) ? parser.value(QStringLiteral("weeks")).toInt(&ok) : 3;
    if (!ok || in.teachingWeeks < 1 || in.teachingWeeks > 40) {
        ctx.error(ctx.text("--weeks: een geheel getal van 1 tot en met 40",
                           "--weeks: a whole number from 1 to 40"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("holidays"))) {
        const auto weeks = parseWeeks(parser.value(QStringLiteral("holidays")));
        if (!weeks) {
            ctx.error(ctx.text("--holidays: ISO-weken als 2026-W52,2026-W53",
                               "--holidays: ISO weeks like 2026-W52,2026-W53"));
            return ExitUsage;
        }
        in.holidayWeeks = *weeks;
    }
    const Region region = loadRegion(db);
    const SchoolYear year = SchoolYear::containing(in.today);
    in.schools = region.schools;
    in.participations = ParticipationRepository(db).forYear(year);
    const EnrichmentSessionRepository sessions(db);
    for (const Participation &p : std::as_const(in.participations))
        in.sessions += sessions.currentSessions(p.vestiging, year);
    const CompletenessResult r = computeCompleteness(in);
    ctx.out << ctx.text("%1 van %2 deelnemende scholen legden sinds %3 (%4 lesweken) geen activiteit vast\n",
                        "%1 of %2 participating schools recorded no session since %3 (%4 teaching weeks)\n")
                   .arg(r.missing.size())
                   .arg(r.schoolsChecked)
                   .arg(r.windowStart.toString(Qt::ISODate))
                   .arg(r.window.size());
    for (const CompletenessGap &g : r.missing)
        ctx.out << "  " << g.vestiging << ' ' << g.name.left(40).leftJustified(40) << ' '
                << g.municipalityCode << ' '
                << (g.lastSession.isNull() ? ctx.text("nog nooit", "never")
                                           : g.lastSession.toString(Qt::ISODate))
                << '\n';
    return ExitOk;
}

} // namespace verrijkt::cli::plan
