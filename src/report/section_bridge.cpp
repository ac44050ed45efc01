// Brugfunctionarissen: placed FTE against the build-up target, per municipality and per school,
// with the number of family contacts (suppressed below 5, never per family).
#include "core/planner/buildup.h"
#include "reportsections.h"
#include "smallcounts.h"

namespace verrijkt::reportsections {

QString monthLabel(const QDate &month, Language language)
{
    return QLocale(language == Language::Dutch ? QLocale::Dutch : QLocale::English)
        .toString(month, QStringLiteral("MMM yyyy"));
}

namespace {

ReportTable municipalityTable(const Context &ctx)
{
    ReportTable t;
    t.id = QStringLiteral("brug_per_gemeente");
    t.title = ctx.tr("Brugfunctionarissen per gemeente", "Bridge officers per municipality");
    t.columns = {ctx.tr("Gemeente", "Municipality"),
                 ctx.tr("Locaties", "Locations"),
                 ctx.tr("Fte geplaatst (1 okt)", "FTE placed (1 Oct)"),
                 ctx.tr("Scholen met brugfunctionaris", "Schools with an officer"),
                 ctx.tr("Gezinscontacten", "Family contacts"),
                 ctx.tr("Gezinnen", "Families")};
    t.note =
        ctx.tr("Aantallen gezinscontacten en gezinnen onder 5 staan er als \"< 5\"; om terugrekenen te "
               "voorkomen zijn soms ook grotere aantallen verborgen.",
               "Counts of family contacts and families below 5 read \"< 5\"; to prevent recovering them by "
               "subtraction some larger counts are hidden too.");
    QList<qint64> contacts, families;
    double fteTotal = 0;
    int locationsTotal = 0, withOfficerTotal = 0;
    QSet<QString> all;
    for (const auto &m : ctx.data.municipalities) {
        double fte = 0;
        int withOfficer = 0;
        qint64 n = 0;
        QSet<QString> codes;
        const auto schools = ctx.data.schoolsIn(m.code);
        for (const auto *s : schools) {
            fte += s->fte;
            withOfficer += s->fte > 0 ? 1 : 0;
            n += s->contacts;
            codes.insert(s->school->vestiging);
        }
        all += codes;
        contacts.append(n);
        families.append(reportdata::distinctFamilies(ctx.data.contacts, codes));
        t.rows.append({ReportCell::fromText(m.name), ReportCell::integer(schools.size()),
                       ReportCell::number(fte, 1), ReportCell::integer(withOfficer)});
        fteTotal += fte;
        locationsTotal += schools.size();
        withOfficerTotal += withOfficer;
    }
    const QList<ReportCell> contactCells = countCells(contacts);
    const QList<ReportCell> familyCells = countCells(families);
    for (int i = 0; i < t.rows.size(); ++i)
        t.rows[i] << contactCells.at(i) << familyCells.at(i);
    t.rows.append({ReportCell::fromText(ctx.regionLabel()), ReportCell::integer(locationsTotal),
                   ReportCell::number(fteTotal, 1), ReportCell::integer(withOfficerTotal),
                   countCell(ctx.data.contacts.size()),
                   countCell(reportdata::distinctFamilies(ctx.data.contacts, all))});
    return t;
}

ReportTable schoolTable(const Context &ctx)
{
    ReportTable t;
    t.id = QStringLiteral("brug_per_school");
    t.title = ctx.tr("Fte en gezinscontacten per school", "FTE and family contacts per school");
    t.columns = {ctx.tr("Vestiging", "Location code"), ctx.tr("School", "School"),
                 ctx.tr("Gemeente", "Municipality"), ctx.tr("Fte (1 okt)", "FTE (1 Oct)"),
                 ctx.tr("Gezinscontacten", "Family contacts")};
    t.note = ctx.tr("Scholen met een brugfunctionaris op 1 oktober of met gezinscontacten dit schooljaar.",
                    "Schools with a bridge officer on 1 October or with family contacts this school year.");
    for (const auto &m : ctx.data.municipalities) {
        // The municipality's total is published (unlisted schools have no contacts), so the listed
        // schools form one group for complementary suppression.
        QList<const reportdata::SchoolFigures *> listed;
        for (const auto *s : ctx.data.schoolsIn(m.code)) {
            if (s->fte > 0 || s->contacts > 0)
                listed.append(s);
        }
        std::sort(listed.begin(), listed.end(), [](const auto *a, const auto *b) {
            return a->school->name < b->school->name ||
                   (a->school->name == b->school->name && a->school->vestiging < b->school->vestiging);
        });
        QList<qint64> counts;
        for (const auto *s : listed)
            counts.append(s->contacts);
        const QList<ReportCell> cells = countCells(counts);
        for (int i = 0; i < listed.size(); ++i) {
            const auto *s = listed.at(i);
            t.rows.append({ReportCell::fromText(s->school->vestiging), ReportCell::fromText(s->school->name),
                           ReportCell::fromText(m.name), ReportCell::number(s->fte, 1), cells.at(i)});
        }
    }
    return t;
}

ReportTable buildUpTable(const Context &ctx, ReportChart &chart)
{
    const SchoolYear first = std::min(kFirstRolloutYear, ctx.data.year);
    const BuildUp buildUp = computeBuildUp(ctx.input.placements, ctx.input.target, first, ctx.data.year);
    chart.kind = ReportChart::Kind::Lines;
    chart.title = ctx.tr("Fte brugfunctionarissen per maand: geplaatst en doel",
                         "Bridge-officer FTE per month: placed and target");
    chart.unit = QStringLiteral("fte");
    chart.series = {{ctx.tr("Geplaatst", "Placed"), {}}, {ctx.tr("Doel", "Target"), {}}};
    for (const BuildUpMonth &m : buildUp.months) {
        chart.categories.append(monthLabel(m.month, ctx.language));
        chart.series[0].values.append(m.placedFte);
        chart.series[1].values.append(m.targetFte);
    }

    ReportTable t;
    t.id = QStringLiteral("brug_opbouw");
    t.title = ctx.tr("Opbouw brugfunctionarissen per maand", "Bridge-officer build-up per month");
    t.columns = {ctx.tr("Maand", "Month"), ctx.tr("Fte geplaatst", "FTE placed"),
                 ctx.tr("Doel fte", "Target FTE"), ctx.tr("Open fte", "Open FTE"), ctx.tr("Kosten", "Cost")};
    t.note = ctx.tr("Gemeten op de eerste dag van de maand; kosten: geplaatste fte x kosten per fte / 12.",
                    "Measured on the first day of the month; cost: placed FTE x cost per FTE / 12.");
    for (const BuildUpMonth &m : buildUp.months) {
        if (!ctx.data.year.contains(m.month))
            continue;
        t.rows.append({ReportCell::fromText(m.month.toString(QStringLiteral("yyyy-MM"))),
                       ReportCell::number(m.placedFte, 1), ReportCell::number(m.targetFte, 1),
                       ReportCell::number(m.openVacancies(), 1),
                       ReportCell::money(ctx.input.target.cost(m.placedFte) / 12.0)});
    }
    return t;
}

} // namespace

ReportSection bridgeOfficerSection(const Context &ctx)
{
    ReportSection s;
    s.title = ctx.tr("Brugfunctionarissen", "Bridge officers");
    s.paragraphs << ctx.tr(
        "Brugfunctionarissen slaan de brug tussen gezin, kind en school. De opbouw gaat in vier "
        "jaar naar 64 fte. Fte wordt gemeten op 1 oktober (teldatum) en per maand.",
        "Bridge officers link family, child and school. The build-up goes to 64 FTE in four "
        "years. FTE is measured on 1 October (the counting date) and per month.");
    ReportChart chart;
    ReportTable buildUp = buildUpTable(ctx, chart);
    s.charts << chart;
    s.tables << municipalityTable(ctx) << schoolTable(ctx) << buildUp;
    return s;
}

} // namespace verrijkt::reportsections
