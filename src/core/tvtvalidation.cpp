// Validation rules of Tijd voor Toekomst records (participation and enrichment sessions).
#include "tijdvoortoekomst.h"

namespace verrijkt {

ValidationErrors validate(const Participation &p, const SchoolLocation &school)
{
    ValidationErrors errors;
    if (p.vestiging != school.vestiging)
        errors.append({QStringLiteral("vestiging"),
                       QStringLiteral("participation.school.mismatch"),
                       {{QStringLiteral("school"), school.vestiging}}});
    if (!p.schoolYear.isValid()) {
        errors.append({QStringLiteral("schoolYear"), QStringLiteral("participation.year.invalid"), {}});
    } else if (p.tier != Tier::None && !p.startDate.isValid()) {
        errors.append({QStringLiteral("startDate"), QStringLiteral("participation.start.missing"), {}});
    } else if (p.startDate.isValid() && !p.schoolYear.contains(p.startDate)) {
        errors.append(
            {QStringLiteral("startDate"),
             QStringLiteral("participation.start.outside_year"),
             {{QStringLiteral("date"), p.startDate}, {QStringLiteral("year"), p.schoolYear.label()}}});
    }
    if (p.pupilsReached < 0) {
        errors.append({QStringLiteral("pupilsReached"), QStringLiteral("participation.pupils.negative"), {}});
    } else if (p.tier == Tier::None && p.pupilsReached > 0) {
        errors.append(
            {QStringLiteral("pupilsReached"), QStringLiteral("participation.pupils.tier_none"), {}});
    } else if (school.pupils && p.pupilsReached > *school.pupils) {
        errors.append(
            {QStringLiteral("pupilsReached"),
             QStringLiteral("participation.pupils.max_school"),
             {{QStringLiteral("max"), *school.pupils}, {QStringLiteral("value"), p.pupilsReached}}});
    }
    return errors;
}

ValidationErrors validate(const EnrichmentSession &s, const SchoolLocation &school, const QDate &today)
{
    ValidationErrors errors;
    if (s.vestiging != school.vestiging)
        errors.append({QStringLiteral("vestiging"),
                       QStringLiteral("session.school.mismatch"),
                       {{QStringLiteral("school"), school.vestiging}}});

    if (!s.date.isValid()) {
        errors.append({QStringLiteral("date"), QStringLiteral("session.date.missing"), {}});
    } else if (s.date > today) {
        errors.append({QStringLiteral("date"),
                       QStringLiteral("session.date.future"),
                       {{QStringLiteral("date"), s.date}, {QStringLiteral("today"), today}}});
    } else if (SchoolYear::containing(s.date) < kFirstRecordedYear) {
        errors.append(
            {QStringLiteral("date"),
             QStringLiteral("session.date.before_programme"),
             {{QStringLiteral("date"), s.date}, {QStringLiteral("first"), kFirstRecordedYear.label()}}});
    }

    // Written as a negated range so that NaN is rejected too.
    if (!(s.hours > 0 && s.hours <= kMaxSessionHours))
        errors.append({QStringLiteral("hours"),
                       QStringLiteral("session.hours.range"),
                       {{QStringLiteral("max"), kMaxSessionHours}, {QStringLiteral("value"), s.hours}}});

    if (s.pupils <= 0)
        errors.append({QStringLiteral("pupils"), QStringLiteral("session.pupils.positive"), {}});
    else if (school.pupils && s.pupils > *school.pupils)
        errors.append({QStringLiteral("pupils"),
                       QStringLiteral("session.pupils.max_school"),
                       {{QStringLiteral("max"), *school.pupils}, {QStringLiteral("value"), s.pupils}}});

    const QString provider = s.provider.trimmed();
    if (provider.isEmpty())
        errors.append({QStringLiteral("provider"), QStringLiteral("session.provider.required"), {}});
    else if (provider.size() > kMaxProviderLength)
        errors.append({QStringLiteral("provider"),
                       QStringLiteral("session.provider.too_long"),
                       {{QStringLiteral("max"), kMaxProviderLength}}});

    // Eight bits for groups 1..8: any non-zero value is a non-empty subset of 1..8.
    if (s.groups == 0)
        errors.append({QStringLiteral("groups"), QStringLiteral("session.groups.required"), {}});

    if (!s.supersedes.isNull() && s.supersedes == s.meta.id)
        errors.append({QStringLiteral("supersedes"), QStringLiteral("session.supersedes.self"), {}});
    return errors;
}

} // namespace verrijkt
