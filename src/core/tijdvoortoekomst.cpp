#include "tijdvoortoekomst.h"

#include "supersedechain.h"

namespace verrijkt {

int tierHours(Tier tier)
{
    switch (tier) {
    case Tier::None:
        return 0;
    case Tier::TwoHours:
        return 2;
    case Tier::SixHours:
        return 6;
    }
    return 0;
}

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::None:
        return QStringLiteral("none");
    case Tier::TwoHours:
        return QStringLiteral("2h");
    case Tier::SixHours:
        return QStringLiteral("6h");
    }
    return {};
}

std::optional<Tier> tierFromKey(const QString &key)
{
    for (Tier t : {Tier::None, Tier::TwoHours, Tier::SixHours}) {
        if (tierKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString activityDomainKey(ActivityDomain d)
{
    switch (d) {
    case ActivityDomain::Talentontwikkeling:
        return QStringLiteral("talentontwikkeling");
    case ActivityDomain::SportEnBewegen:
        return QStringLiteral("sport_en_bewegen");
    case ActivityDomain::KunstEnCultuur:
        return QStringLiteral("kunst_en_cultuur");
    case ActivityDomain::WelzijnEnGezondheid:
        return QStringLiteral("welzijn_en_gezondheid");
    case ActivityDomain::Basisvaardigheden:
        return QStringLiteral("basisvaardigheden");
    }
    return {};
}

QList<ActivityDomain> allActivityDomains()
{
    return {ActivityDomain::Talentontwikkeling, ActivityDomain::SportEnBewegen,
            ActivityDomain::KunstEnCultuur, ActivityDomain::WelzijnEnGezondheid,
            ActivityDomain::Basisvaardigheden};
}

std::optional<ActivityDomain> activityDomainFromKey(const QString &key)
{
    for (ActivityDomain d : allActivityDomains()) {
        if (activityDomainKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QList<EnrichmentSession> currentSessions(const QList<EnrichmentSession> &all)
{
    return detail::currentVersions(all);
}

double entitledHours(const Participation &p, const SchoolCalendar &cal)
{
    return tierHours(p.tier) * cal.teachingWeeksFrom(p.schoolYear, p.startDate);
}

double entitledPupilHours(const Participation &p, const SchoolCalendar &cal)
{
    return entitledHours(p, cal) * p.pupilsReached;
}

double entitledPupilHoursInWeek(const Participation &p, const IsoWeek &week)
{
    // The participation runs from its start date (or 1 August) to the end of its school year; a week
    // counts when one of its school days (Monday..Friday) falls in that period.
    const QDate first = p.startDate.isValid() && p.startDate > p.schoolYear.firstDay()
                            ? p.startDate
                            : p.schoolYear.firstDay();
    const QDate last = p.schoolYear.lastDay();
    const QDate monday = week.monday();
    const QDate friday = monday.addDays(4);
    if (friday < first || monday > last)
        return 0.0;
    return double(tierHours(p.tier)) * p.pupilsReached;
}

namespace {
template <typename InScope>
double deliveredPupilHours(const QList<EnrichmentSession> &sessions, InScope inScope)
{
    double total = 0;
    for (const EnrichmentSession &s : currentSessions(sessions)) {
        if (inScope(s))
            total += s.pupilHours();
    }
    return total;
}
} // namespace

Realisation schoolYearRealisation(const Participation &p, const QList<EnrichmentSession> &sessions,
                                  const SchoolCalendar &cal)
{
    Realisation r;
    r.entitledPupilHours = entitledPupilHours(p, cal);
    r.deliveredPupilHours = deliveredPupilHours(sessions, [&](const EnrichmentSession &s) {
        return s.vestiging == p.vestiging && p.schoolYear.contains(s.date);
    });
    return r;
}

Realisation weekRealisation(const Participation &p, const QList<EnrichmentSession> &sessions,
                            const IsoWeek &week)
{
    Realisation r;
    r.entitledPupilHours = entitledPupilHoursInWeek(p, week);
    r.deliveredPupilHours = deliveredPupilHours(sessions, [&](const EnrichmentSession &s) {
        return s.vestiging == p.vestiging && p.schoolYear.contains(s.date) && IsoWeek::of(s.date) == week;
    });
    return r;
}

QHash<QString, Realisation> realisationByMunicipality(const QList<SchoolLocation> &schools,
                                                      const QList<Participation> &participations,
                                                      const QList<EnrichmentSession> &sessions,
                                                      const SchoolYear &year, const SchoolCalendar &cal)
{
    QHash<QString, QString> municipalityOf;
    for (const SchoolLocation &s : schools)
        municipalityOf.insert(s.vestiging, s.municipalityCode);

    // Resolve correction chains once, then group by school, so the sum is linear in the input.
    QHash<QString, double> deliveredBySchool;
    for (const EnrichmentSession &s : currentSessions(sessions)) {
        if (year.contains(s.date))
            deliveredBySchool[s.vestiging] += s.pupilHours();
    }

    QHash<QString, Realisation> result;
    QSet<QString> counted;
    for (const Participation &p : participations) {
        if (p.schoolYear != year || p.meta.deleted || !municipalityOf.contains(p.vestiging) ||
            counted.contains(p.vestiging))
            continue;
        counted.insert(p.vestiging);
        Realisation r;
        r.entitledPupilHours = entitledPupilHours(p, cal);
        r.deliveredPupilHours = deliveredBySchool.value(p.vestiging);
        result[municipalityOf.value(p.vestiging)] += r;
    }
    return result;
}

} // namespace verrijkt
