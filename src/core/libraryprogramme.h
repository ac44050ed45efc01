#pragma once

#include "schoolyear.h"
#include "syncmeta.h"
#include "validation.h"

#include <QString>

#include <optional>

namespace verrijkt {

// Bibliotheek op school at one school in one school year (editable, last-writer-wins per field).
enum class LibraryStatus { None, Intake, AgreementSigned, Active };
QString libraryStatusKey(LibraryStatus s); // "none", "intake", "agreement_signed", "active"
std::optional<LibraryStatus> libraryStatusFromKey(const QString &key);

struct LibraryParticipation
{
    SyncMeta meta;
    QString vestiging;
    SchoolYear schoolYear;
    LibraryStatus status = LibraryStatus::None;
    QString libraryOrganisation;
    double consultantHoursPerWeek = 0; // [0, 40]
    bool collectionPresent = false;
    bool readingPlanAdopted = false;
    bool monitorDone = false;

    // A school counts as covered when the programme runs there (agreement signed or active).
    bool covered() const { return status == LibraryStatus::AgreementSigned || status == LibraryStatus::Active; }
};

ValidationErrors validate(const LibraryParticipation &p);

} // namespace verrijkt
