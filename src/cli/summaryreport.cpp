#include "summaryreport.h"

#include <QStringList>
#include <QTextStream>
#include <algorithm>

namespace verrijkt::cli {

namespace {

struct Text
{
    Language language;
    QString operator()(const char *dutch, const char *english) const
    {
        return QString::fromUtf8(language == Language::Dutch ? dutch : english);
    }
};

QString millions(double euros)
{
    return QString::number(euros / 1e6, 'f', 1);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 0) + QLatin1Char('%');
}

QString fte(double value)
{
    return QString::number(value, 'f', 1);
}

// A row of right-aligned columns after a left-aligned label.
QString row(const QString &label, int labelWidth, const QStringList &cells, const QList<int> &widths)
{
    QString line = QStringLiteral("  ") + label.leftJustified(labelWidth);
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += QLatin1Char(' ') + cells.at(i).rightJustified(widths.value(i, 10));
    return line + QLatin1Char('\n');
}

QString curve(const BridgeOfficerTarget &target)
{
    QStringList parts;
    for (double v : target.fteByYear)
        parts << QString::number(v, 'f', 0);
    return parts.join(QLatin1Char('/'));
}

} // namespace

QString formatSummary(const RegionSummary &s, const ActivityFigures &activity, Language language)
{
    const Text t{language};
    QString text;
    QTextStream o(&text);

    o << t("Uitrol Sociale Agenda, schooljaar ", "Sociale Agenda rollout, school year ") << s.year.label()
      << '\n';
    o << t("Register: ", "Register: ") << s.locations << t(" schoollocaties, ", " school locations, ")
      << s.pupils << t(" leerlingen", " pupils");
    if (s.locationsWithoutPupilCount > 0)
        o << " (" << s.locationsWithoutPupilCount
          << t(" locatie(s) zonder leerlingaantal, telt als 0)",
               " location(s) without a pupil count, counted as 0)");
    o << "\n\n";

    // Per municipality.
    int nameWidth = int(t("Totaal", "Total").size());
    for (const MunicipalitySummary &m : s.municipalities)
        nameWidth = std::max(nameWidth, int(m.name.size()));
    const QList<int> widths{9, 11, 13, 15, 12, 6};
    o << row(t("Gemeente", "Municipality"), nameWidth,
             {t("Locaties", "Locations"), t("Leerlingen", "Pupils"), t("TvT-locaties", "TvT locations"),
              t("TvT-leerlingen", "TvT pupils"), t("BoS gedekt", "Library"), QStringLiteral("%")},
             widths);
    for (const MunicipalitySummary &m : s.municipalities) {
        const double share = m.locations > 0 ? double(m.libraryCovered) / m.locations : 0.0;
        o << row(m.name.isEmpty() ? m.code : m.name, nameWidth,
                 {QString::number(m.locations), QString::number(m.pupils), QString::number(m.tvtLocations),
                  QString::number(m.tvtPupils),
                  QStringLiteral("%1/%2").arg(m.libraryCovered).arg(m.locations), percent(share)},
                 widths);
    }
    const int tvtLocations = s.twoHours.schools + s.sixHours.schools;
    const int tvtPupils = s.twoHours.pupils + s.sixHours.pupils;
    o << row(t("Totaal", "Total"), nameWidth,
             {QString::number(s.locations), QString::number(s.pupils), QString::number(tvtLocations),
              QString::number(tvtPupils), QStringLiteral("%1/%2").arg(s.libraryCovered).arg(s.locations),
              percent(s.libraryCoverage())},
             widths);

    // Tijd voor Toekomst tiers.
    o << '\n' << t("Tijd voor Toekomst (volgens het plan)\n", "Tijd voor Toekomst (according to the plan)\n");
    const QList<int> tierWidths{9, 11};
    o << row(t("Niveau", "Tier"), 16, {t("Scholen", "Schools"), t("Leerlingen", "Pupils")}, tierWidths);
    o << row(t("6 uur per week", "6 hours a week"), 16,
             {QString::number(s.sixHours.schools), QString::number(s.sixHours.pupils)}, tierWidths);
    o << row(t("2 uur per week", "2 hours a week"), 16,
             {QString::number(s.twoHours.schools), QString::number(s.twoHours.pupils)}, tierWidths);
    o << row(t("nog niet", "not yet"), 16,
             {QString::number(s.notYet.schools), QString::number(s.notYet.pupils)}, tierWidths);
    if (activity.sessions > 0 || activity.entitledPupilHours > 0) {
        const double ratio = activity.entitledPupilHours > 0
                                 ? activity.deliveredPupilHours / activity.entitledPupilHours
                                 : 0.0;
        o << t("  Geregistreerd: ", "  Recorded: ") << activity.sessions
          << t(" activiteiten, ", " sessions, ") << QString::number(activity.deliveredPupilHours, 'f', 0)
          << t(" leerlinguren van ", " pupil-hours of ")
          << QString::number(activity.entitledPupilHours, 'f', 0) << t(" waar recht op is (", " entitled (")
          << percent(ratio) << ")\n";
    }

    // Bridge officers.
    o << '\n'
      << t("Brugfunctionarissen (peildatum ", "Bridge officers (reference date ")
      << s.fteReferenceDate.toString(Qt::ISODate) << ")\n";
    o << t("  Geplaatst:  ", "  Placed:     ") << fte(s.placedFte).rightJustified(5) << " fte\n";
    o << t("  Doel:       ", "  Target:     ") << fte(s.targetFte).rightJustified(5) << " fte"
      << t(" (opbouw ", " (build-up ") << curve(s.target) << t(" fte vanaf ", " FTE from ")
      << s.target.firstYear.label() << ")\n";
    if (s.fteBasis == FteBasis::Target)
        o << t("  Let op: nog geen plaatsingen in dit schooljaar; de begroting rekent met het doel (",
               "  Note: no placements in this school year yet; the budget uses the target (")
          << fte(s.targetFte) << " fte).\n";
    if (activity.contacts > 0)
        o << t("  Gezinscontacten: ", "  Family contacts: ") << activity.contacts << t(" met ", " with ")
          << activity.families << t(" gezinnen\n", " families\n");

    // Bibliotheek op school.
    o << '\n' << "Bibliotheek op school\n";
    o << t("  Gedekt: ", "  Covered: ") << s.libraryCovered << t(" van ", " of ") << s.locations
      << t(" locaties (", " locations (") << percent(s.libraryCoverage()) << ")\n";
    if (s.libraryBasis == LibraryBasis::FullRegion)
        o << t("  Let op: nog geen status vastgelegd voor dit schooljaar; de begroting rekent met alle ",
               "  Note: no status recorded for this school year yet; the budget uses all ")
          << s.locations << t(" locaties.\n", " locations.\n");

    // Budget against the policy figures.
    o << '\n' << t("Begroting (mln. euro per jaar)", "Budget (million EUR a year)") << '\n';
    const QList<int> budgetWidths{9, 9};
    o << row(QString(), 24, {t("Berekend", "Computed"), t("Beleid", "Policy")}, budgetWidths);
    o << row(QStringLiteral("Tijd voor Toekomst"), 24,
             {millions(s.budget.tijdVoorToekomst), millions(s.policy.tijdVoorToekomst)}, budgetWidths);
    o << row(t("Brugfunctionaris", "Bridge officers"), 24,
             {millions(s.budget.bridgeOfficers), millions(s.policy.bridgeOfficers)}, budgetWidths);
    o << row(QStringLiteral("Bibliotheek op school"), 24,
             {millions(s.budget.bibliotheekOpSchool), millions(s.policy.bibliotheekOpSchool)}, budgetWidths);
    o << row(t("Totaal", "Total"), 24, {millions(s.budget.total()), millions(s.policy.total())},
             budgetWidths);
    return text;
}

} // namespace verrijkt::cli
