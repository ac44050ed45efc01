// The reason texts of an automatic proposal: why each school starts when it does, in Dutch and
// English. Kept apart from the algorithm so the wording can change without touching the rules.
#include "proposal.h"

#include <QLocale>

namespace verrijkt {

namespace {

QString number(double value, Language language)
{
    return QLocale(language == Language::Dutch ? QLocale::Dutch : QLocale::English).toString(value, 'f', 1);
}

QString holdText(Hold hold, const SchoolYear &year, int maxNew, bool dutch)
{
    if (hold == Hold::MaxNewSchools)
        return dutch
                   ? QStringLiteral("maximum van %1 nieuwe scholen in %2 bereikt")
                         .arg(maxNew)
                         .arg(year.label())
                   : QStringLiteral("maximum of %1 new schools in %2 reached").arg(maxNew).arg(year.label());
    return dutch ? QStringLiteral("plafond %1 bereikt").arg(year.label())
                 : QStringLiteral("ceiling %1 reached").arg(year.label());
}

} // namespace

QString ProposalDecision::text(Language language) const
{
    const bool nl = language == Language::Dutch;
    QString t =
        nl ? QStringLiteral("behoefte %1, rang %2 van %3; ") : QStringLiteral("need %1, rank %2 of %3; ");
    t = t.arg(number(need, language)).arg(rank).arg(rankedCount);

    const auto start = startYear();
    switch (reason) {
    case StartReason::AlreadyTakingPart:
        t += nl ? QStringLiteral("doet al mee (golf 0, vóór %1)").arg(kFirstRolloutYear.label())
                : QStringLiteral("already taking part (wave 0, before %1)").arg(kFirstRolloutYear.label());
        break;
    case StartReason::WithinCeiling:
        if (hold == Hold::None)
            t += nl ? QStringLiteral("gestart in %1 binnen het plafond").arg(start->label())
                    : QStringLiteral("started in %1 within the ceiling").arg(start->label());
        else
            t += (nl ? QStringLiteral("uitgesteld tot %1: ") : QStringLiteral("deferred to %1: "))
                     .arg(start->label()) +
                 holdText(hold, heldIn, maxNewSchoolsPerYear, nl);
        break;
    case StartReason::MunicipalityProgress:
        t += nl ? QStringLiteral("gestart in %1 als school met de hoogste behoefte die in %2 nog wachtte "
                                 "(elke gemeente schuift elk jaar op)")
                      .arg(start->label(), municipalityName)
                : QStringLiteral("started in %1 as the highest-need school still waiting in %2 "
                                 "(every municipality progresses each year)")
                      .arg(start->label(), municipalityName);
        break;
    case StartReason::NotStarted:
        t += (nl ? QStringLiteral("niet gestart tot en met %1: ") : QStringLiteral("not started by %1: "))
                 .arg(kStructuralYear.label()) +
             holdText(hold, heldIn, maxNewSchoolsPerYear, nl);
        break;
    }

    const QString threshold = number(sixHourThreshold, language);
    if (tier == Tier::SixHours)
        t += nl ? QStringLiteral("; 6 uur per week: behoefte boven drempel %1").arg(threshold)
                : QStringLiteral("; 6 hours a week: need above threshold %1").arg(threshold);
    else
        t += nl ? QStringLiteral("; 2 uur per week: behoefte niet boven drempel %1").arg(threshold)
                : QStringLiteral("; 2 hours a week: need not above threshold %1").arg(threshold);
    return t;
}

} // namespace verrijkt
