#include "libraryprogramme.h"

namespace verrijkt {

namespace {
constexpr double kMaxConsultantHours = 40.0;
}

QString libraryStatusKey(LibraryStatus s)
{
    switch (s) {
    case LibraryStatus::None:
        return QStringLiteral("none");
    case LibraryStatus::Intake:
        return QStringLiteral("intake");
    case LibraryStatus::AgreementSigned:
        return QStringLiteral("agreement_signed");
    case LibraryStatus::Active:
        return QStringLiteral("active");
    }
    return {};
}

std::optional<LibraryStatus> libraryStatusFromKey(const QString &key)
{
    for (LibraryStatus s : {LibraryStatus::None, LibraryStatus::Intake, LibraryStatus::AgreementSigned,
                            LibraryStatus::Active}) {
        if (libraryStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

ValidationErrors validate(const LibraryParticipation &p)
{
    ValidationErrors errors;
    if (!p.schoolYear.isValid())
        errors.append({QStringLiteral("schoolYear"), QStringLiteral("library.year.invalid"), {}});
    // Negated so that NaN fails as well.
    if (!(p.consultantHoursPerWeek >= 0 && p.consultantHoursPerWeek <= kMaxConsultantHours))
        errors.append({QStringLiteral("consultantHoursPerWeek"),
                       QStringLiteral("library.consultant_hours.range"),
                       {{QStringLiteral("max"), kMaxConsultantHours},
                        {QStringLiteral("value"), p.consultantHoursPerWeek}}});
    if (p.status != LibraryStatus::None && p.libraryOrganisation.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("libraryOrganisation"), QStringLiteral("library.organisation.required"), {}});
    return errors;
}

} // namespace verrijkt
