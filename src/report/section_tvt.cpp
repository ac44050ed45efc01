// Tijd voor Toekomst: pupils per tier and municipality, sessions and pupil-hours against the
// entitlement, hours per activity domain.
#include "reportsections.h"

namespace verrijkt::reportsections {

QString activityDomainLabel(ActivityDomain domain, Language language)
{
    const bool nl = language == Language::Dutch;
    switch (domain) {
    case ActivityDomain::Talentontwikkeling:
        return nl ? QStringLiteral("Talentontwikkeling") : QStringLiteral("Talent development");
    case ActivityDomain::SportEnBewegen:
        return nl ? QStringLiteral("Sport en bewegen") : QStringLiteral("Sport and exercise");
    case ActivityDomain::KunstEnCultuur:
        return nl ? QStringLiteral("Kunst en cultuur") : QStringLiteral("Arts and culture");
    case ActivityDomain::WelzijnEnGezondheid:
        return nl ? QStringLiteral("Welzijn en gezondheid") : QStringLiteral("Wellbeing and health");
    case ActivityDomain::Basisvaardigheden:
        return nl ? QStringLiteral("Basisvaardigheden") : QStringLiteral("Basic skills");
    }
    return activityDomainKey(domain);
}

namespace {

struct TvtRow
{
    int locations = 0;
    int schools2 = 0;
    qint64 pupils2 = 0;
    int schools6 = 0;
    qint64 pupils6 = 0;
    int sessions = 0;
    double hours = 0;
    double delivered = 0;
    double entitled = 0;

    void add(const reportdata::SchoolFigures &s)
    {
        ++locations;
        if (s.participation) {
            const bool six = s.participation->tier == Tier::SixHours;
            (six ? schools6 : schools2) += 1;
            (six ? pupils6 : pupils2) += s.participation->pupilsReached;
        }
        sessions += s.sessions;
        hours += s.hours;
        delivered += s.deliveredPupilHours;
        entitled += s.entitledPupilHours;
    }
    QList<ReportCell> cells(const QString &name) const
    {
        return {ReportCell::fromText(name),
                ReportCell::integer(locations),
                ReportCell::integer(schools2),
                ReportCell::integer(pupils2),
                ReportCell::integer(schools6),
                ReportCell::integer(pupils6),
                ReportCell::integer(sessions),
                ReportCell::number(hours, 1),
                ReportCell::number(delivered, 0),
                ReportCell::number(entitled, 0),
                ReportCell::percent(percentOf(delivered, entitled))};
    }
};

ReportTable municipalityTable(const Context &ctx, ReportChart &pupilsChart)
{
    ReportTable t;
    t.id = QStringLiteral("tvt_per_gemeente");
    t.title = ctx.tr("Tijd voor Toekomst per gemeente", "Tijd voor Toekomst per municipality");
    t.columns = {ctx.tr("Gemeente", "Municipality"),
                 ctx.tr("Locaties", "Locations"),
                 ctx.tr("Scholen 2 uur", "Schools 2 h"),
                 ctx.tr("Leerlingen 2 uur", "Pupils 2 h"),
                 ctx.tr("Scholen 6 uur", "Schools 6 h"),
                 ctx.tr("Leerlingen 6 uur", "Pupils 6 h"),
                 ctx.tr("Sessies", "Sessions"),
                 ctx.tr("Uren", "Hours"),
                 ctx.tr("Leerlinguren geleverd", "Pupil-hours delivered"),
                 ctx.tr("Leerlinguren recht", "Pupil-hours entitled"),
                 ctx.tr("Realisatie", "Realisation")};
    t.note =
        ctx.tr("Leerlingen: bereikte leerlingen volgens de deelname van de school. Realisatie: geleverde "
               "leerlinguren gedeeld door de leerlinguren waar de leerlingen recht op hadden.",
               "Pupils: pupils reached according to the school's participation. Realisation: pupil-hours "
               "delivered divided by the pupil-hours the pupils were entitled to.");

    pupilsChart.kind = ReportChart::Kind::StackedBars;
    pupilsChart.title = ctx.tr("Leerlingen per gemeente: 2 en 6 extra uren per week",
                               "Pupils per municipality: 2 and 6 extra hours a week");
    pupilsChart.unit = ctx.tr("leerlingen", "pupils");
    pupilsChart.series = {{ctx.tr("2 uur", "2 h"), {}}, {ctx.tr("6 uur", "6 h"), {}}};

    TvtRow region;
    for (const auto &m : ctx.data.municipalities) {
        TvtRow row;
        for (const auto *s : ctx.data.schoolsIn(m.code))
            row.add(*s);
        for (const auto *s : ctx.data.schoolsIn(m.code))
            region.add(*s);
        t.rows.append(row.cells(m.name));
        pupilsChart.categories.append(m.name);
        pupilsChart.series[0].values.append(double(row.pupils2));
        pupilsChart.series[1].values.append(double(row.pupils6));
    }
    t.rows.append(region.cells(ctx.regionLabel()));
    return t;
}

void domainTables(const Context &ctx, ReportTable &byDomain, ReportTable &byMunicipality, ReportChart &chart)
{
    const QList<ActivityDomain> domains = allActivityDomains();
    QMap<ActivityDomain, int> sessions;
    QMap<ActivityDomain, double> hours, pupilHours;
    QHash<QString, QMap<ActivityDomain, double>> hoursByMunicipality;
    double totalHours = 0, totalPupilHours = 0;
    for (const EnrichmentSession &s : ctx.data.sessions) {
        ++sessions[s.domain];
        hours[s.domain] += s.hours;
        pupilHours[s.domain] += s.pupilHours();
        totalHours += s.hours;
        totalPupilHours += s.pupilHours();
        hoursByMunicipality[ctx.data.schools.value(s.vestiging).school->municipalityCode][s.domain] +=
            s.hours;
    }

    byDomain.id = QStringLiteral("tvt_per_domein");
    byDomain.title = ctx.tr("Uren per activiteitendomein", "Hours per activity domain");
    byDomain.columns = {ctx.tr("Domein", "Domain"), ctx.tr("Sessies", "Sessions"), ctx.tr("Uren", "Hours"),
                        ctx.tr("Leerlinguren", "Pupil-hours"), ctx.tr("Aandeel uren", "Share of hours")};
    chart.kind = ReportChart::Kind::Bars;
    chart.title = byDomain.title;
    chart.unit = ctx.tr("uren", "hours");
    chart.series = {{ctx.tr("Uren", "Hours"), {}}};
    for (ActivityDomain d : domains) {
        const QString label = activityDomainLabel(d, ctx.language);
        byDomain.rows.append({ReportCell::fromText(label), ReportCell::integer(sessions.value(d)),
                              ReportCell::number(hours.value(d), 1),
                              ReportCell::number(pupilHours.value(d), 0),
                              ReportCell::percent(percentOf(hours.value(d), totalHours))});
        chart.categories.append(label);
        chart.series[0].values.append(hours.value(d));
    }
    byDomain.rows.append({ReportCell::fromText(ctx.tr("Totaal", "Total")),
                          ReportCell::integer(ctx.data.sessions.size()), ReportCell::number(totalHours, 1),
                          ReportCell::number(totalPupilHours, 0),
                          ReportCell::percent(totalHours > 0 ? 100.0 : 0.0)});

    byMunicipality.id = QStringLiteral("tvt_domein_per_gemeente");
    byMunicipality.title =
        ctx.tr("Uren per activiteitendomein en gemeente", "Hours per activity domain and municipality");
    byMunicipality.columns = {ctx.tr("Gemeente", "Municipality")};
    for (ActivityDomain d : domains)
        byMunicipality.columns.append(activityDomainLabel(d, ctx.language));
    byMunicipality.columns.append(ctx.tr("Totaal", "Total"));
    for (const auto &m : ctx.data.municipalities) {
        QList<ReportCell> row{ReportCell::fromText(m.name)};
        double total = 0;
        for (ActivityDomain d : domains) {
            const double h = hoursByMunicipality.value(m.code).value(d);
            row.append(ReportCell::number(h, 1));
            total += h;
        }
        row.append(ReportCell::number(total, 1));
        byMunicipality.rows.append(row);
    }
}

} // namespace

ReportSection tvtSection(const Context &ctx)
{
    ReportSection s;
    s.title = QStringLiteral("Tijd voor Toekomst");
    s.paragraphs << ctx.tr(
        "Scholen bieden hun leerlingen 2 (of, waar de leerlingen het het meest nodig hebben, 6) "
        "extra ontwikkeluren per week boven op de onderwijstijd. Hieronder: wie deed mee, hoeveel "
        "uren werden geleverd en waaraan werden ze besteed.",
        "Schools offer their pupils 2 (or, where pupils need it most, 6) extra development hours "
        "a week on top of lessons. Below: who took part, how many hours were delivered and what "
        "they were spent on.");
    ReportChart pupils, domains;
    ReportTable byDomain, byDomainMunicipality;
    s.tables.append(municipalityTable(ctx, pupils));
    domainTables(ctx, byDomain, byDomainMunicipality, domains);
    s.tables << byDomain << byDomainMunicipality;
    s.charts << pupils << domains;
    return s;
}

} // namespace verrijkt::reportsections
