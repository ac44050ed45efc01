#pragma once

// Internal to the report: the input narrowed down to one school year, computed once and shared by
// the section builders, so that every table reads the same numbers.
#include "reportinput.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace verrijkt::reportdata {

struct MunicipalityRef
{
    QString code;
    QString name;
};

struct SchoolFigures
{
    const SchoolLocation *school = nullptr;
    const Participation *participation = nullptr; // this year's, tier 2 h or 6 h; null if none
    int sessions = 0;
    double hours = 0;
    double deliveredPupilHours = 0; // sessions of participating schools only
    double entitledPupilHours = 0;
    double fte = 0; // placed on the reference date
    qint64 contacts = 0;
    LibraryStatus library = LibraryStatus::None;
};

struct Prepared
{
    SchoolYear year;
    QDate referenceDate;                   // 1 October of the year
    QList<MunicipalityRef> municipalities; // of the active schools, sorted by name
    QMap<QString, SchoolFigures> schools;  // active locations, by vestiging
    QList<EnrichmentSession> sessions;     // current, dated in the year, at participating schools
    QList<FamilyContact> contacts;         // current, dated in the year, at known schools

    QString municipalityName(const QString &code) const;
    QList<const SchoolFigures *> schoolsIn(const QString &municipalityCode) const;
};

Prepared prepare(const ReportInput &input);

// Distinct family codes among contacts (only ever reported as a count, suppressed below 5).
qint64 distinctFamilies(const QList<FamilyContact> &contacts, const QSet<QString> &vestigingen);

} // namespace verrijkt::reportdata
