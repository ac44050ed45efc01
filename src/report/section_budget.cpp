// The year's cost estimate per programme against the policy budget.
#include "core/planner/buildup.h"
#include "reportsections.h"

namespace verrijkt::reportsections {

ReportSection budgetSection(const Context &ctx)
{
    const BudgetParameters &params = ctx.input.budget;
    // Tijd voor Toekomst: the year's participations as a plan that runs this year.
    QList<PlanEntry> running;
    QSet<QString> covered;
    int participating = 0;
    for (const auto &s : ctx.data.schools) {
        if (s.participation) {
            PlanEntry e;
            e.vestiging = s.school->vestiging;
            e.wave = 0;
            e.tier = s.participation->tier;
            running.append(e);
            ++participating;
        }
        if (s.library == LibraryStatus::AgreementSigned || s.library == LibraryStatus::Active)
            covered.insert(s.school->vestiging);
    }
    const ProgrammeBudget estimate =
        planBudget(ctx.input.schools, running, ctx.data.year, 0.0, covered, params);
    const BuildUp buildUp =
        computeBuildUp(ctx.input.placements, ctx.input.target, ctx.data.year, ctx.data.year);
    const BuildUpYear &officers = buildUp.years.first();

    ReportTable t;
    t.id = QStringLiteral("begroting");
    t.title = ctx.tr("Raming en beleidsbudget per maatregel", "Estimate and policy budget per measure");
    t.columns = {ctx.tr("Maatregel", "Measure"), ctx.tr("Raming", "Estimate"),
                 ctx.tr("Beleidsbudget", "Policy budget"), ctx.tr("Verschil", "Difference"),
                 ctx.tr("Grondslag", "Basis")};
    t.note = ctx.tr(
        "Raming met de begrotingsparameters (docs/budget-calibration.md); verschil = beleidsbudget - raming.",
        "Estimate with the budget parameters (docs/budget-calibration.md); difference = policy budget - "
        "estimate.");
    struct Line
    {
        QString name;
        double estimate;
        double policy;
        QString basis;
    };
    const QList<Line> lines{
        {QStringLiteral("Tijd voor Toekomst"), estimate.tijdVoorToekomst, kPolicyTvtBudget,
         ctx.tr("%1 deelnemende scholen", "%1 participating schools").arg(participating)},
        {ctx.tr("Brugfunctionarissen", "Bridge officers"), officers.cost, kPolicyBridgeOfficerBudget,
         ctx.tr("gemiddeld %1 fte geplaatst", "on average %1 FTE placed")
             .arg(ctx.number(officers.averagePlacedFte, 1))},
        {QStringLiteral("Bibliotheek op school"), estimate.bibliotheekOpSchool, kPolicyLibraryBudget,
         ctx.tr("%1 gedekte locaties", "%1 covered locations").arg(covered.size())},
    };
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title =
        ctx.tr("Raming en beleidsbudget (miljoen euro)", "Estimate and policy budget (million euros)");
    chart.unit = ctx.tr("M EUR", "M EUR");
    chart.series = {{ctx.tr("Raming", "Estimate"), {}}, {ctx.tr("Beleidsbudget", "Policy budget"), {}}};
    double totalEstimate = 0, totalPolicy = 0;
    for (const Line &l : lines) {
        t.rows.append({ReportCell::fromText(l.name), ReportCell::money(l.estimate),
                       ReportCell::money(l.policy), ReportCell::money(l.policy - l.estimate),
                       ReportCell::fromText(l.basis)});
        chart.categories.append(l.name);
        chart.series[0].values.append(l.estimate / 1e6);
        chart.series[1].values.append(l.policy / 1e6);
        totalEstimate += l.estimate;
        totalPolicy += l.policy;
    }
    t.rows.append({ReportCell::fromText(ctx.tr("Totaal", "Total")), ReportCell::money(totalEstimate),
                   ReportCell::money(totalPolicy), ReportCell::money(totalPolicy - totalEstimate),
                   ReportCell::fromText({})});

    ReportSection s;
    s.title = ctx.tr("Begroting", "Budget");
    s.paragraphs << ctx.tr(
        "De raming volgt uit wat er dit schooljaar liep: deelnemende scholen, geplaatste fte en "
        "gedekte locaties.",
        "The estimate follows from what ran this school year: participating schools, placed FTE "
        "and covered locations.");
    s.charts << chart;
    s.tables << t;
    return s;
}

} // namespace verrijkt::reportsections
