// Bibliotheek op school per municipality and the coverage of the three measures together.
#include "core/planner/coverage.h"
#include "reportsections.h"

namespace verrijkt::reportsections {

namespace {

ReportTable libraryTable(const Context &ctx)
{
    ReportTable t;
    t.id = QStringLiteral("bieb_per_gemeente");
    t.title = ctx.tr("Bibliotheek op school per gemeente", "Bibliotheek op school per municipality");
    t.columns = {ctx.tr("Gemeente", "Municipality"),
                 ctx.tr("Locaties", "Locations"),
                 ctx.tr("Geen", "None"),
                 ctx.tr("Intake", "Intake"),
                 ctx.tr("Overeenkomst getekend", "Agreement signed"),
                 ctx.tr("Actief", "Active"),
                 ctx.tr("Gedekt", "Covered"),
                 ctx.tr("Dekking", "Coverage")};
    t.note = ctx.tr("Gedekt: overeenkomst getekend of actief.", "Covered: agreement signed or active.");
    QList<int> totals(6, 0);
    auto row = [&](const QString &name, const QList<int> &n) {
        return QList<ReportCell>{ReportCell::fromText(name), ReportCell::integer(n[0]),
                                 ReportCell::integer(n[1]),  ReportCell::integer(n[2]),
                                 ReportCell::integer(n[3]),  ReportCell::integer(n[4]),
                                 ReportCell::integer(n[5]),  ReportCell::percent(percentOf(n[5], n[0]))};
    };
    for (const auto &m : ctx.data.municipalities) {
        QList<int> n(6, 0);
        for (const auto *s : ctx.data.schoolsIn(m.code)) {
            ++n[0];
            ++n[1 + int(s->library)]; // None, Intake, AgreementSigned, Active
            n[5] +=
                (s->library == LibraryStatus::AgreementSigned || s->library == LibraryStatus::Active) ? 1 : 0;
        }
        for (int i = 0; i < 6; ++i)
            totals[i] += n[i];
        t.rows.append(row(m.name, n));
    }
    t.rows.append(row(ctx.regionLabel(), totals));
    return t;
}

ReportTable coverageTable(const Context &ctx, ReportChart &chart)
{
    CoverageInput in;
    in.municipalities = ctx.input.municipalities;
    in.schools = ctx.input.schools;
    in.plan = ctx.input.plan;
    in.participations = ctx.input.participations;
    in.placements = ctx.input.placements;
    in.library = ctx.input.library;
    const CoverageMatrix m = computeCoverage(in, ctx.data.year, ctx.data.referenceDate);

    ReportTable t;
    t.id = QStringLiteral("dekking_per_gemeente");
    t.title = ctx.tr("Dekking van de drie maatregelen per gemeente",
                     "Coverage of the three measures per municipality");
    t.columns = {ctx.tr("Gemeente", "Municipality"),
                 ctx.tr("Locaties", "Locations"),
                 QStringLiteral("Tijd voor Toekomst"),
                 ctx.tr("% Tijd voor Toekomst", "% Tijd voor Toekomst"),
                 ctx.tr("Brugfunctionaris", "Bridge officer"),
                 ctx.tr("% brugfunctionaris", "% bridge officer"),
                 QStringLiteral("Bibliotheek op school"),
                 ctx.tr("% bibliotheek", "% library"),
                 ctx.tr("Alle drie", "All three"),
                 ctx.tr("% alle drie", "% all three")};
    t.note =
        m.tierSource == TierSource::Plan
            ? ctx.tr("Nog geen deelname vastgelegd voor dit schooljaar: Tijd voor Toekomst volgens het plan.",
                     "No participation recorded for this school year yet: Tijd voor Toekomst according to "
                     "the plan.")
            : ctx.tr("Brugfunctionaris: geplaatst op 1 oktober.", "Bridge officer: placed on 1 October.");
    auto row = [](const QString &name, const CoverageCounts &c) {
        return QList<ReportCell>{ReportCell::fromText(name),      ReportCell::integer(c.locations),
                                 ReportCell::integer(c.tvt),      ReportCell::percent(c.percent(c.tvt)),
                                 ReportCell::integer(c.officer),  ReportCell::percent(c.percent(c.officer)),
                                 ReportCell::integer(c.library),  ReportCell::percent(c.percent(c.library)),
                                 ReportCell::integer(c.allThree), ReportCell::percent(c.percent(c.allThree))};
    };
    chart.kind = ReportChart::Kind::Bars;
    chart.title =
        ctx.tr("Dekking per gemeente (% van de locaties)", "Coverage per municipality (% of locations)");
    chart.unit = QStringLiteral("%");
    chart.series = {{QStringLiteral("Tijd voor Toekomst"), {}},
                    {ctx.tr("Brugfunctionaris", "Bridge officer"), {}},
                    {QStringLiteral("Bibliotheek op school"), {}}};
    for (const CoverageCounts &c : m.municipalities) {
        t.rows.append(row(c.name, c));
        chart.categories.append(c.name);
        chart.series[0].values.append(c.percent(c.tvt));
        chart.series[1].values.append(c.percent(c.officer));
        chart.series[2].values.append(c.percent(c.library));
    }
    t.rows.append(row(ctx.regionLabel(), m.region));
    return t;
}

} // namespace

ReportSection librarySection(const Context &ctx)
{
    ReportSection s;
    s.title = ctx.tr("Bibliotheek op school en dekking", "Bibliotheek op school and coverage");
    s.paragraphs << ctx.tr(
        "Bibliotheek op school zorgt voor een passend leesaanbod op elke school. De dekkingstabel "
        "laat per gemeente zien hoeveel locaties elk van de drie maatregelen hebben.",
        "Bibliotheek op school brings a fitting reading offer to every school. The coverage table "
        "shows per municipality how many locations have each of the three measures.");
    ReportChart chart;
    const ReportTable coverage = coverageTable(ctx, chart);
    s.tables << libraryTable(ctx) << coverage;
    s.charts << chart;
    return s;
}

} // namespace verrijkt::reportsections
