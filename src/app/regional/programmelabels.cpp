#include "programmelabels.h"

#include "core/schoolyear.h"

#include <QCoreApplication>

namespace verrijkt::labels {

QString tier(Tier tier)
{
    switch (tier) {
    case Tier::None:
        return QCoreApplication::translate("ProgrammeLabels", "Not yet");
    case Tier::TwoHours:
        return QCoreApplication::translate("ProgrammeLabels", "2 hours");
    case Tier::SixHours:
        return QCoreApplication::translate("ProgrammeLabels", "6 hours");
    }
    return {};
}

QString schoolType(SchoolType type)
{
    switch (type) {
    case SchoolType::Bao:
        return QCoreApplication::translate("ProgrammeLabels", "Primary school");
    case SchoolType::Sbo:
        return QCoreApplication::translate("ProgrammeLabels", "Special primary (sbo)");
    case SchoolType::So:
        return QCoreApplication::translate("ProgrammeLabels", "Special education (so)");
    case SchoolType::SoVso:
        return QCoreApplication::translate("ProgrammeLabels", "Special education (so/vso)");
    }
    return {};
}

QString libraryStatus(LibraryStatus status)
{
    switch (status) {
    case LibraryStatus::None:
        return QCoreApplication::translate("ProgrammeLabels", "Not started");
    case LibraryStatus::Intake:
        return QCoreApplication::translate("ProgrammeLabels", "Intake");
    case LibraryStatus::AgreementSigned:
        return QCoreApplication::translate("ProgrammeLabels", "Agreement signed");
    case LibraryStatus::Active:
        return QCoreApplication::translate("ProgrammeLabels", "Active");
    }
    return {};
}

QString schoolYear(int startYear)
{
    return SchoolYear(startYear).label();
}

// Colour-blind-safe (Okabe-Ito) hues; "not yet" is a neutral grey so progress stands out.
QColor tierColour(Tier tier)
{
    switch (tier) {
    case Tier::None:
        return QColor(0xa0, 0xa4, 0xaa);
    case Tier::TwoHours:
        return QColor(0x56, 0xb4, 0xe9);
    case Tier::SixHours:
        return QColor(0x00, 0x5a, 0x9c);
    }
    return {};
}

QColor libraryColour(LibraryStatus status)
{
    switch (status) {
    case LibraryStatus::None:
        return QColor(0xa0, 0xa4, 0xaa);
    case LibraryStatus::Intake:
        return QColor(0xf0, 0xe4, 0x42);
    case LibraryStatus::AgreementSigned:
        return QColor(0xe6, 0x9f, 0x00);
    case LibraryStatus::Active:
        return QColor(0x00, 0x9e, 0x73);
    }
    return {};
}

QColor officerColour(bool placed)
{
    return placed ? QColor(0xcc, 0x79, 0xa7) : QColor(0xa0, 0xa4, 0xaa);
}

} // namespace verrijkt::labels
