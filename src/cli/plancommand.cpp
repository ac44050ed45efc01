// plan: named rollout scenarios (list, create, copy, show, compare) and the dispatcher for the
// planning subcommands.
#include "plancommand.h"

#include "core/planner/plannermessages.h"
#include "core/planner/scenariofigures.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

#include <QFile>
#include <QLocale>

namespace verrijkt::cli {

namespace plan {

QSet<QString> Region::codes() const
{
    QSet<QString> out;
    for (const SchoolLocation &s : schools)
        out.insert(s.vestiging);
    return out;
}

Region loadRegion(Database &db)
{
    const SchoolRegistry registry(db);
    return Region{registry.municipalities(), registry.all(true), registry.waveZero()};
}

QString number(const CliContext &ctx, double value, int decimals)
{
    return QLocale(ctx.language == Language::Dutch ? QLocale::Dutch : QLocale::English)
        .toString(value, 'f', decimals);
}

QDate dateOption(const CliContext &ctx, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("date")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!d.isValid())
        ctx.error(ctx.text("--date: '%1' is geen datum; schrijf het als 2026-10-01",
                           "--date: '%1' is not a date; write it as 2026-10-01")
                      .arg(parser.value(QStringLiteral("date"))));
    return d;
}

bool readNeedFile(const CliContext &ctx, const QString &path, const Region &region, NeedIndicator *need)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(ctx.text("kan %1 niet lezen: %2", "cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const NeedParse parse = parseNeedIndicator(parseCsv(file.readAll()), region.codes());
    if (parse.malformed()) {
        ctx.error(path + QStringLiteral(": ") + parse.errorText(ctx.language));
        return false;
    }
    if (!parse.rejections.isEmpty()) {
        for (const NeedRejection &r : parse.rejections)
            ctx.error(path + QStringLiteral(": ") + r.reason(ctx.language));
        ctx.error(ctx.text("%1 regel(s) afgewezen; er is niets gewijzigd",
                           "%1 row(s) rejected; nothing was changed")
                      .arg(parse.rejections.size()));
        return false;
    }
    *need = parse.need;
    return true;
}

} // namespace plan

namespace {

using plan::number;

void printErrors(const CliContext &ctx, const ValidationErrors &errors)
{
    for (const ValidationError &e : errors)
        ctx.error(e.field + QStringLiteral(": ") + plannerMessage(e, ctx.language));
}

int list(const CliContext &ctx, Database &db)
{
    const PlanRepository plans(db);
    for (const QString &name : plans.planNames()) {
        const QList<PlanEntry> entries = plans.entries(name);
        QList<int> perWave(kRolloutWaves + 1, 0);
        int six = 0;
        for (const PlanEntry &e : entries) {
            perWave[qBound(0, e.wave, kRolloutWaves)] += 1;
            six += e.tier == Tier::SixHours ? 1 : 0;
        }
        QStringList waves;
        for (int w = 0; w <= kRolloutWaves; ++w)
            waves << QStringLiteral("%1:%2").arg(w).arg(perWave[w]);
        ctx.out << name.leftJustified(20) << ' ' << QString::number(entries.size()).rightJustified(4)
                << ctx.text(" scholen, 6 uur: ", " schools, 6 h: ") << six
                << ctx.text(", golven ", ", waves ") << waves.join(' ') << '\n';
    }
    return ExitOk;
}

int store(const CliContext &ctx, Database &db, const Scenario &scenario, const plan::Region &region)
{
    const ValidationErrors errors = validateScenario(scenario, region.schools);
    if (!errors.isEmpty()) {
        printErrors(ctx, errors);
        return ExitInput;
    }
    const WriteResult r = PlanRepository(db).replacePlan(scenario.name, scenario.entries);
    if (!r.storageError.isEmpty()) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + r.storageError);
        return ExitDatabase;
    }
    if (!r.errors.isEmpty()) {
        for (const ValidationError &e : r.errors)
            ctx.error(e.field + QStringLiteral(": ") + e.message(ctx.language));
        return ExitInput;
    }
    ctx.out << ctx.text("Plan '%1' opgeslagen: %2 scholen\n", "Plan '%1' stored: %2 schools\n")
                   .arg(scenario.name)
                   .arg(scenario.entries.size());
    return ExitOk;
}

int create(const CliContext &ctx, Database &db, const QString &name, const QString &from)
{
    const PlanRepository plans(db);
    const plan::Region region = plan::loadRegion(db);
    if (name.trimmed().isEmpty() || name == QLatin1String("default")) {
        ctx.error(ctx.text("geef een nieuwe plannaam (niet 'default': dat plan volgt het register)",
                           "give a new plan name (not 'default': that plan follows the register)"));
        return ExitUsage;
    }
    if (plans.planNames().contains(name)) {
        ctx.error(ctx.text("plan '%1' bestaat al", "plan '%1' already exists").arg(name));
        return ExitInput;
    }
    if (from.isEmpty())
        return store(ctx, db, createDefaultScenario(name, region.schools, region.waveZero), region);
    const Scenario source = scenarioFromPlan(from, plans.entries(from));
    if (source.entries.isEmpty()) {
        ctx.error(ctx.text("plan '%1' bestaat niet", "plan '%1' does not exist").arg(from));
        return ExitInput;
    }
    return store(ctx, db, copyScenario(source, name), region);
}

ScenarioContext scenarioContext(const plan::Region &region)
{
    ScenarioContext c;
    c.municipalities = region.municipalities;
    c.schools = region.schools;
    return c;
}

void printYears(const CliContext &ctx, const QString &name, const QList<ScenarioYearFigures> &years)
{
    ctx.out << ctx.text("Plan ", "Plan ") << name << '\n';
    ctx.out << ctx.text("schooljaar   nieuw  2 uur  6 uur  leerlingen  TvT (M EUR)  totaal (M EUR)\n",
                        "school year    new    2 h    6 h      pupils  TvT (M EUR)   total (M EUR)\n");
    for (const ScenarioYearFigures &y : years) {
        ctx.out << y.year.label().leftJustified(11) << QString::number(y.newSchools).rightJustified(7)
                << QString::number(y.twoHours.schools).rightJustified(7)
                << QString::number(y.sixHours.schools).rightJustified(7)
                << number(ctx, y.pupilsReached()).rightJustified(12)
                << number(ctx, y.budget.tijdVoorToekomst / 1e6, 2).rightJustified(13)
                << number(ctx, y.budget.total() / 1e6, 2).rightJustified(16) << '\n';
    }
}

int show(const CliContext &ctx, Database &db, const QString &name, const QCommandLineParser &parser)
{
    const plan::Region region = plan::loadRegion(db);
    const Scenario s = scenarioFromPlan(name, PlanRepository(db).entries(name));
    if (s.entries.isEmpty()) {
        ctx.error(ctx.text("plan '%1' bestaat niet", "plan '%1' does not exist").arg(name));
        return ExitInput;
    }
    const ScenarioContext context = scenarioContext(region);
    if (!parser.isSet(QStringLiteral("year"))) {
        printYears(ctx, name, computeScenarioYears(context, s));
        return ExitOk;
    }
    const auto year = SchoolYear::fromLabel(parser.value(QStringLiteral("year")));
    if (!year) {
        ctx.error(ctx.text("--year: schrijf het schooljaar als 2026-2027",
                           "--year: write the school year as 2026-2027"));
        return ExitUsage;
    }
    const ScenarioYearFigures y = computeScenarioYear(context, s, *year);
    ctx.out << name << ' ' << year->label() << '\n'
            << ctx.text("gemeente             2 uur (lln)   6 uur (lln)  nog niet  nieuw\n",
                        "municipality         2 h (pupils)  6 h (pupils) not yet   new\n");
    for (const ScenarioMunicipalityFigures &m : y.municipalities) {
        ctx.out << m.name.leftJustified(20)
                << QStringLiteral("%1 (%2)").arg(m.twoHours.schools).arg(m.twoHours.pupils).rightJustified(12)
                << QStringLiteral("%1 (%2)").arg(m.sixHours.schools).arg(m.sixHours.pupils).rightJustified(14)
                << QString::number(m.notYet.schools).rightJustified(10)
                << QString::number(m.newSchools).rightJustified(7) << '\n';
    }
    ctx.out << ctx.text("Begroting (EUR): Tijd voor Toekomst %1, brugfunctionarissen %2, Bibliotheek op "
                        "school %3; totaal %4 van %5\n",
                        "Budget (EUR): Tijd voor Toekomst %1, bridge officers %2, Bibliotheek op school %3; "
                        "total %4 of %5\n")
                   .arg(number(ctx, y.budget.tijdVoorToekomst), number(ctx, y.budget.bridgeOfficers),
                        number(ctx, y.budget.bibliotheekOpSchool), number(ctx, y.budget.total()),
                        number(ctx, y.policy.total()));
    return ExitOk;
}

int compare(const CliContext &ctx, Database &db, const QString &a, const QString &b)
{
    const plan::Region region = plan::loadRegion(db);
    const PlanRepository plans(db);
    const Scenario sa = scenarioFromPlan(a, plans.entries(a)), sb = scenarioFromPlan(b, plans.entries(b));
    for (const Scenario *s : {&sa, &sb}) {
        if (s->entries.isEmpty()) {
            ctx.error(ctx.text("plan '%1' bestaat niet", "plan '%1' does not exist").arg(s->name));
            return ExitInput;
        }
    }
    const ScenarioComparison c = compareScenarios(scenarioContext(region), sa, sb);
    ctx.out << ctx.text("schooljaar   deelnemers %1 / %2   leerlingen %1 / %2   TvT M EUR %1 / %2\n",
                        "school year  taking part %1 / %2   pupils %1 / %2   TvT M EUR %1 / %2\n")
                   .arg(a, b);
    for (int i = 0; i < c.yearsA.size(); ++i) {
        const auto &ya = c.yearsA.at(i), &yb = c.yearsB.at(i);
        ctx.out << ya.year.label().leftJustified(11)
                << QStringLiteral("%1 / %2")
                       .arg(ya.schoolsTakingPart())
                       .arg(yb.schoolsTakingPart())
                       .rightJustified(16)
                << QStringLiteral("%1 / %2")
                       .arg(number(ctx, ya.pupilsReached()), number(ctx, yb.pupilsReached()))
                       .rightJustified(22)
                << QStringLiteral("%1 / %2")
                       .arg(number(ctx, ya.budget.tijdVoorToekomst / 1e6, 2),
                            number(ctx, yb.budget.tijdVoorToekomst / 1e6, 2))
                       .rightJustified(20)
                << '\n';
    }
    ctx.out << ctx.text("%1 scholen verschillen in startjaar of variant\n",
                        "%1 schools differ in start year or tier\n")
                   .arg(c.differences.size());
    auto waveText = [](const std::optional<int> &w) { return w ? QString::number(*w) : QStringLiteral("-"); };
    for (const ScenarioSchoolDifference &d : c.differences)
        ctx.out << "  " << d.vestiging << ctx.text(": golf ", ": wave ") << waveText(d.waveA) << " -> "
                << waveText(d.waveB) << ", " << tierKey(d.tierA) << " -> " << tierKey(d.tierB) << '\n';
    return ExitOk;
}

int runPlan(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    const QString sub = positional.value(0);
    const QStringList args = positional.mid(1);
    static const QStringList known{"list",    "create",         "copy",    "show",     "compare",
                                   "propose", "synthetic-need", "buildup", "coverage", "completeness"};
    if (!known.contains(sub)) {
        ctx.error(sub.isEmpty()
                      ? ctx.text("plan: geef een onderdeel: %1", "plan: give a subcommand: %1")
                            .arg(known.join(QStringLiteral(", ")))
                      : ctx.text("plan: onbekend onderdeel '%1' (%2)", "plan: unknown subcommand '%1' (%2)")
                            .arg(sub, known.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const int needed = (sub == QLatin1String("create") || sub == QLatin1String("show"))    ? 1
                       : (sub == QLatin1String("copy") || sub == QLatin1String("compare")) ? 2
                                                                                           : 0;
    if (args.size() != needed) {
        ctx.error(ctx.text("plan %1 verwacht %2 naam/namen (zie plan --help)",
                           "plan %1 expects %2 name(s) (see plan --help)")
                      .arg(sub)
                      .arg(needed));
        return ExitUsage;
    }
    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    if (sub != QLatin1String("list") && SchoolRegistry(*db).all(true).isEmpty()) {
        ctx.error(ctx.text(
            "de database bevat nog geen register; lees eerst import-municipalities en import-schools in",
            "the database holds no register yet; run import-municipalities and import-schools first"));
        return ExitInput;
    }
    if (sub == QLatin1String("list"))
        return list(ctx, *db);
    if (sub == QLatin1String("create"))
        return create(ctx, *db, args[0], parser.value(QStringLiteral("from")));
    if (sub == QLatin1String("copy"))
        return create(ctx, *db, args[1], args[0]);
    if (sub == QLatin1String("show"))
        return show(ctx, *db, args[0], parser);
    if (sub == QLatin1String("compare"))
        return compare(ctx, *db, args[0], args[1]);
    if (sub == QLatin1String("propose"))
        return plan::propose(ctx, *db, parser);
    if (sub == QLatin1String("synthetic-need"))
        return plan::syntheticNeed(ctx, *db, parser);
    if (sub == QLatin1String("buildup"))
        return plan::buildUp(ctx, *db, parser);
    if (sub == QLatin1String("coverage"))
        return plan::coverage(ctx, *db, parser);
    return plan::completeness(ctx, *db, parser);
}

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

} // namespace

Command planCommand()
{
    return {
        QStringLiteral("plan"),
        QStringLiteral("ONDERDEEL [NAAM ...]|SUBCOMMAND [NAME ...]"),
        "uitrolscenario's (list, create NAAM, copy VAN NAAR, show NAAM, compare A B), automatisch voorstel "
        "(propose, synthetic-need), opbouw brugfunctionarissen (buildup), dekking (coverage), volledigheid "
        "(completeness)",
        "rollout scenarios (list, create NAME, copy FROM TO, show NAME, compare A B), automatic proposal "
        "(propose, synthetic-need), bridge-officer build-up (buildup), coverage, completeness",
        {option("from",
                "create: kopie van dit plan (anders het standaardplan)|create: copy of this plan (else the "
                "default plan)",
                "PLAN"),
         option("year", "show/coverage: schooljaar|show/coverage: school year", "YYYY-YYYY"),
         option("need",
                "propose/buildup: behoefte-indicator, CSV vestiging,need|propose/buildup: need indicator, "
                "CSV vestiging,need",
                "FILE"),
         option("ceiling",
                "propose: plafond Tijd voor Toekomst in M EUR: 36 (lineair oplopend) of 7 waarden "
                "5,10,...,36|propose: Tijd voor Toekomst ceiling in M EUR: 36 (linear ramp) or 7 values "
                "5,10,...,36",
                "M"),
         option("threshold",
                "propose: 6 uur boven deze behoefte (standaard 16)|propose: 6 h above this need (default 16)",
                "X"),
         option("max-new",
                "propose: hoogstens zoveel nieuwe scholen per jaar (standaard 60)|propose: at most this many "
                "new schools a year (default 60)",
                "N"),
         option("no-municipality-rule", "propose: gemeenten hoeven niet elk jaar op te schuiven|propose: "
                                        "municipalities need not progress every year"),
         option("name",
                "propose: naam van het voorstel (standaard voorstel)|propose: name of the proposal (default "
                "voorstel)",
                "NAME"),
         option("save", "propose: sla het voorstel op als plan|propose: store the proposal as a plan"),
         option("explain", "propose/buildup: per school de reden|propose/buildup: the reason per school"),
         option("seed", "synthetic-need: startwaarde|synthetic-need: seed", "N"),
         option("out", "synthetic-need: bestand om te schrijven|synthetic-need: file to write", "FILE"),
         option("weeks",
                "completeness: aantal lesweken (standaard 3)|completeness: teaching weeks (default 3)", "N"),
         option("date",
                "buildup/completeness: peildatum (standaard vandaag)|buildup/completeness: reference date "
                "(default today)",
                "YYYY-MM-DD"),
         option("holidays",
                "completeness: vakantieweken, bv. 2026-W52,2026-W53|completeness: holiday weeks, e.g. "
                "2026-W52,2026-W53",
                "WEKEN"),
         option("plan",
                "coverage: plan voor jaren zonder deelname (standaard default)|coverage: plan for years "
                "without participations (default default)",
                "PLAN")},
        runPlan};
}

} // namespace verrijkt::cli
