// Key figures: the input indicators of the policy's monitoring chapter, as sentences (headlines)
// and as a table.
#include "reportsections.h"
#include "smallcounts.h"

namespace verrijkt::reportsections {

ReportSection overviewSection(const Context &ctx, QStringList &headlines)
{
    qint64 pupils2 = 0, pupils6 = 0;
    int schools2 = 0, schools6 = 0, withOfficer = 0, libraryCovered = 0;
    double delivered = 0, entitled = 0, fte = 0;
    QSet<QString> allCodes;
    for (const auto &s : ctx.data.schools) {
        allCodes.insert(s.school->vestiging);
        if (s.participation) {
            const bool six = s.participation->tier == Tier::SixHours;
            (six ? pupils6 : pupils2) += s.participation->pupilsReached;
            (six ? schools6 : schools2) += 1;
        }
        delivered += s.deliveredPupilHours;
        entitled += s.entitledPupilHours;
        fte += s.fte;
        withOfficer += s.fte > 0 ? 1 : 0;
        const bool covered =
            s.library == LibraryStatus::AgreementSigned || s.library == LibraryStatus::Active;
        libraryCovered += covered ? 1 : 0;
    }
    const int locations = ctx.data.schools.size();
    const double targetFte = ctx.input.target.targetFte(ctx.data.year);
    const qint64 contacts = ctx.data.contacts.size();
    const qint64 families = reportdata::distinctFamilies(ctx.data.contacts, allCodes);
    const ReportCell contactCell = countCell(contacts);
    const ReportCell familyCell = countCell(families);
    const double realisation = percentOf(delivered, entitled);

    headlines
        << ctx.tr("%1 leerlingen kregen dit schooljaar 2 extra uren per week (%2 scholen).",
                  "%1 pupils received 2 extra hours a week this school year (%2 schools).")
               .arg(ctx.number(pupils2), ctx.number(schools2))
        << ctx.tr("%1 leerlingen kregen dit schooljaar 6 extra uren per week (%2 scholen).",
                  "%1 pupils received 6 extra hours a week this school year (%2 schools).")
               .arg(ctx.number(pupils6), ctx.number(schools6))
        << ctx.tr("Samen %1 verrijkingssessies met %2 leerlinguren: %3% van waar de leerlingen recht op "
                  "hadden.",
                  "Together %1 enrichment sessions with %2 pupil-hours: %3% of what the pupils were entitled "
                  "to.")
               .arg(ctx.number(ctx.data.sessions.size()), ctx.number(delivered), ctx.number(realisation, 1))
        << ctx.tr("Op 1 oktober waren %1 fte brugfunctionarissen geplaatst op %2 scholen (doel: %3 fte).",
                  "On 1 October %1 FTE of bridge officers were placed at %2 schools (target: %3 FTE).")
               .arg(ctx.number(fte, 1), ctx.number(withOfficer), ctx.number(targetFte, 0))
        << ctx.tr("Brugfunctionarissen hadden %1 contacten met %2 gezinnen.",
                  "Bridge officers had %1 contacts with %2 families.")
               .arg(contactCell.display(ctx.language), familyCell.display(ctx.language))
        << ctx.tr("%1 van de %2 schoollocaties hebben Bibliotheek op school (%3%).",
                  "%1 of the %2 school locations have Bibliotheek op school (%3%).")
               .arg(ctx.number(libraryCovered), ctx.number(locations),
                    ctx.number(percentOf(libraryCovered, locations), 1));

    ReportTable t;
    t.id = QStringLiteral("kerncijfers");
    t.title = ctx.tr("Kerncijfers", "Key figures");
    t.columns = {ctx.tr("Indicator", "Indicator"), ctx.tr("Waarde", "Value")};
    auto add = [&](const QString &label, const ReportCell &value) {
        t.rows.append({ReportCell::fromText(label), value});
    };
    add(ctx.tr("Schoollocaties", "School locations"), ReportCell::integer(locations));
    add(ctx.tr("Leerlingen met 2 extra uren per week", "Pupils with 2 extra hours a week"),
        ReportCell::integer(pupils2));
    add(ctx.tr("Leerlingen met 6 extra uren per week", "Pupils with 6 extra hours a week"),
        ReportCell::integer(pupils6));
    add(ctx.tr("Scholen met 2 uur", "Schools with 2 h"), ReportCell::integer(schools2));
    add(ctx.tr("Scholen met 6 uur", "Schools with 6 h"), ReportCell::integer(schools6));
    add(ctx.tr("Verrijkingssessies", "Enrichment sessions"), ReportCell::integer(ctx.data.sessions.size()));
    add(ctx.tr("Leerlinguren geleverd", "Pupil-hours delivered"), ReportCell::number(delivered, 0));
    add(ctx.tr("Leerlinguren recht", "Pupil-hours entitled"), ReportCell::number(entitled, 0));
    add(ctx.tr("Realisatie", "Realisation"), ReportCell::percent(realisation));
    add(ctx.tr("Fte brugfunctionaris geplaatst (1 okt)", "Bridge-officer FTE placed (1 Oct)"),
        ReportCell::number(fte, 1));
    add(ctx.tr("Doel fte", "Target FTE"), ReportCell::number(targetFte, 1));
    add(ctx.tr("Scholen met brugfunctionaris", "Schools with a bridge officer"),
        ReportCell::integer(withOfficer));
    add(ctx.tr("Gezinscontacten", "Family contacts"), contactCell);
    add(ctx.tr("Gezinnen bereikt", "Families reached"), familyCell);
    add(ctx.tr("Locaties met Bibliotheek op school", "Locations with Bibliotheek op school"),
        ReportCell::integer(libraryCovered));
    add(ctx.tr("Dekking Bibliotheek op school", "Coverage Bibliotheek op school"),
        ReportCell::percent(percentOf(libraryCovered, locations)));

    ReportSection s;
    s.title = ctx.tr("Kerncijfers", "Key figures");
    s.paragraphs
        << ctx.tr("Inzet (input) en bereik (output) van de drie maatregelen in schooljaar %1, zoals de "
                  "Sociale "
                  "Agenda ze jaarlijks wil volgen, met onderscheid per gemeente in de volgende hoofdstukken.",
                  "Inputs and outputs of the three measures in school year %1, as the Sociale Agenda wants "
                  "to follow them yearly, per municipality in the following chapters.")
               .arg(ctx.data.year.label());
    s.tables << t;
    return s;
}

} // namespace verrijkt::reportsections
