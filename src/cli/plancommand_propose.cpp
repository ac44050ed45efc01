// plan propose --need FILE --ceiling M [...]: the automatic rollout proposal; plan synthetic-need.
#include "core/planner/plannermessages.h"
#include "core/planner/proposal.h"
#include "plancommand.h"
#include "storage/database.h"
#include "storage/planrepository.h"

#include <QSaveFile>

namespace verrijkt::cli::plan {

namespace {

QString holdText(const CliContext &ctx, Hold hold)
{
    return hold == Hold::MaxNewSchools ? ctx.text("maximum nieuwe scholen", "maximum of new schools")
                                       : ctx.text("plafond", "ceiling");
}

} // namespace

int propose(const CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    const Region region = loadRegion(db);
    ProposalInput in;
    in.schools = region.schools;
    in.municipalities = region.municipalities;
    in.waveZero = region.waveZero;
    in.planName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                       : QStringLiteral("voorstel");
    if (in.planName == QLatin1String("default")) {
        ctx.error(ctx.text("--name: 'default' volgt het register; kies een andere naam",
                           "--name: 'default' follows the register; choose another name"));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("need"))) {
        ctx.error(ctx.text(
            "--need ontbreekt: een CSV met vestiging,need (zie plan synthetic-need voor een demo-bestand)",
            "--need is missing: a CSV with vestiging,need (see plan synthetic-need for a demo file)"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("ceiling"))) {
        const auto ceiling = ProposalRules::ceilingFromMillions(parser.value(QStringLiteral("ceiling")));
        if (!ceiling) {
            ctx.error(ctx.text("--ceiling: '%1' is geen bedrag in miljoen euro (bv. 36) of 7 bedragen (bv. "
                               "6,11,16,21,26,31,36)",
                               "--ceiling: '%1' is not an amount in million euros (e.g. 36) or 7 amounts "
                               "(e.g. 6,11,16,21,26,31,36)")
                          .arg(parser.value(QStringLiteral("ceiling"))));
            return ExitUsage;
        }
        in.rules.ceilingByYear = *ceiling;
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        in.rules.sixHourThreshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok) {
            ctx.error(ctx.text("--threshold: '%1' is geen getal", "--threshold: '%1' is not a number")
                          .arg(parser.value(QStringLiteral("threshold"))));
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("max-new"))) {
        bool ok = false;
        in.rules.maxNewSchoolsPerYear = parser.value(QStringLiteral("max-new")).toInt(&ok);
        if (!ok || in.rules.maxNewSchoolsPerYear < 1) {
            ctx.error(ctx.text("--max-new: '%1' moet een geheel getal van 1 of meer zijn",
                               "--max-new: '%1' must be a whole number of 1 or more")
                          .arg(parser.value(QStringLiteral("max-new"))));
            return ExitUsage;
        }
    }
    in.rules.everyMunicipalityEachYear = !parser.isSet(QStringLiteral("no-municipality-rule"));
    if (!readNeedFile(ctx, parser.value(QStringLiteral("need")), region, &in.need))
        return ExitInput;

    const Proposal p = proposeScenario(in);
    if (!p.ok()) {
        for (const ValidationError &e : p.errors)
            ctx.error(e.field + QStringLiteral(": ") + plannerMessage(e, ctx.language));
        return ExitInput;
    }
    ctx.out << ctx.text("Voorstel '%1': %2 van %3 locaties gestart; drempel 6 uur %4, hoogstens %5 nieuwe "
                        "scholen per jaar\n",
                        "Proposal '%1': %2 of %3 locations started; 6-hour threshold %4, at most %5 new "
                        "schools a year\n")
                   .arg(in.planName)
                   .arg(p.scenario.entries.size())
                   .arg(p.decisions.size())
                   .arg(number(ctx, in.rules.sixHourThreshold, 1))
                   .arg(in.rules.maxNewSchoolsPerYear);
    ctx.out << ctx.text("schooljaar   nieuw  deelnemers  kosten (M EUR)  plafond (M EUR)\n",
                        "school year    new  taking part  cost (M EUR)  ceiling (M EUR)\n");
    for (const ProposalYear &y : p.years)
        ctx.out << y.year.label().leftJustified(11) << QString::number(y.newSchools).rightJustified(7)
                << QString::number(y.schoolsTakingPart).rightJustified(12)
                << number(ctx, y.cost / 1e6, 2).rightJustified(16)
                << number(ctx, y.ceiling / 1e6, 2).rightJustified(17) << '\n';
    for (const ProgressionGap &g : p.gaps)
        ctx.out << ctx.text("  %1: gemeente %2 schuift niet op (%3)\n",
                            "  %1: municipality %2 does not progress (%3)\n")
                       .arg(g.year.label(), g.municipalityCode, holdText(ctx, g.cause));
    const QStringList notStarted = p.notStarted();
    if (!notStarted.isEmpty())
        ctx.out << ctx.text("Niet gestart tot en met 2032-2033 (%1): %2\n",
                            "Not started by 2032-2033 (%1): %2\n")
                       .arg(notStarted.size())
                       .arg(notStarted.join(QStringLiteral(", ")));
    if (parser.isSet(QStringLiteral("explain"))) {
        for (const ProposalDecision &d : p.decisions)
            ctx.out << d.vestiging << ' ' << d.name << ": " << d.text(ctx.language) << '\n';
    }
    ctx.out.flush();
    if (!parser.isSet(QStringLiteral("save")))
        return ExitOk;
    const WriteResult r = PlanRepository(db).replacePlan(in.planName, p.scenario.entries);
    if (!r.storageError.isEmpty()) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + r.storageError);
        return ExitDatabase;
    }
    if (!r.errors.isEmpty()) {
        for (const ValidationError &e : r.errors)
            ctx.error(e.field + QStringLiteral(": ") + e.message(ctx.language));
        return ExitInput;
    }
    ctx.out << ctx.text("Opgeslagen als plan '%1' (%2 scholen)\n", "Stored as plan '%1' (%2 schools)\n")
                   .arg(in.planName)
                   .arg(p.scenario.entries.size());
    return ExitOk;
}

int syntheticNeed(const CliContext &ctx, Database &db, const QCommandLineParser &parser)
{
    bool ok = true;
    const quint64 seed =
        parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    const QString out = parser.value(QStringLiteral("out"));
    if (!ok || out.isEmpty()) {
        ctx.error(ctx.text("plan synthetic-need --seed N --out BESTAND",
                           "plan synthetic-need --seed N --out FILE"));
        return ExitUsage;
    }
    const Region region = loadRegion(db);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(needIndicatorToCsv(verrijkt::syntheticNeed(region.schools, seed))) < 0 || !file.commit()) {
        ctx.error(ctx.text("kan %1 niet schrijven: %2", "cannot write %1: %2").arg(out, file.errorString()));
        return ExitInput;
    }
    ctx.out << ctx.text(
                      "Synthetische behoefte-indicator (seed %1, GEEN echte gegevens) voor %2 locaties: %3\n",
                      "Synthetic need indicator (seed %1, NOT real data) for %2 locations: %3\n")
                   .arg(seed)
                   .arg(region.schools.size())
                   .arg(out);
    return ExitOk;
}

} // namespace verrijkt::cli::plan
