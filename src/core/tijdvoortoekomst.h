#pragma once

#include "region.h"
#include "schoolyear.h"
#include "syncmeta.h"
#include "validation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace verrijkt {

// Tijd voor Toekomst: extra development hours per week on top of lessons.
enum class Tier { None, TwoHours, SixHours };
int tierHours(Tier tier);   // 0, 2, 6
QString tierKey(Tier tier); // "none", "2h", "6h"
std::optional<Tier> tierFromKey(const QString &key);

enum class ActivityDomain {
    Talentontwikkeling,
    SportEnBewegen,
    KunstEnCultuur,
    WelzijnEnGezondheid,
    Basisvaardigheden
};
QString activityDomainKey(ActivityDomain d); // "talentontwikkeling", "sport_en_bewegen", "kunst_en_cultuur",
                                             // "welzijn_en_gezondheid", "basisvaardigheden"
std::optional<ActivityDomain> activityDomainFromKey(const QString &key);
QList<ActivityDomain> allActivityDomains();

// A school's participation in one school year (editable; last-writer-wins per field when synced).
struct Participation
{
    SyncMeta meta;
    QString vestiging;
    SchoolYear schoolYear;
    Tier tier = Tier::None;
    QDate startDate; // first day the extra hours run; inside schoolYear
    int pupilsReached = 0;
};

// One enrichment session recorded by a school coordinator. Append-only: a correction is a new
// record whose `supersedes` names the one it replaces; a withdrawal is a record with withdrawn=true.
struct EnrichmentSession
{
    SyncMeta meta;
    QString vestiging;
    QDate date;
    ActivityDomain domain = ActivityDomain::Talentontwikkeling;
    QString provider;
    double hours = 0;  // duration of the session
    int pupils = 0;    // pupils taking part
    quint8 groups = 0; // bit g-1 set for groep g (1..8)
    QUuid supersedes;  // null unless this corrects an earlier record
    bool withdrawn = false;
    QString recordedBy; // user name of the coordinator

    double pupilHours() const { return withdrawn ? 0.0 : hours * pupils; }
};

// Keeps only the current version of each session chain (drops superseded and withdrawn ones).
QList<EnrichmentSession> currentSessions(const QList<EnrichmentSession> &all);

// Entitlement = tier hours x teaching weeks from the start date, in hours per pupil; in pupil-hours
// when multiplied by pupils reached.
double entitledHours(const Participation &p, const SchoolCalendar &cal);
double entitledPupilHours(const Participation &p, const SchoolCalendar &cal);
// Entitled pupil-hours for one ISO week (0 outside the participation, full tier hours x pupils inside).
double entitledPupilHoursInWeek(const Participation &p, const IsoWeek &week);

// Realisation = delivered pupil-hours / entitled pupil-hours.
struct Realisation
{
    double deliveredPupilHours = 0;
    double entitledPupilHours = 0;
    double ratio() const { return entitledPupilHours > 0 ? deliveredPupilHours / entitledPupilHours : 0.0; }
    Realisation &operator+=(const Realisation &o)
    {
        deliveredPupilHours += o.deliveredPupilHours;
        entitledPupilHours += o.entitledPupilHours;
        return *this;
    }
};

// Realisation of one school in one school year (sessions are filtered to the school and year,
// superseded/withdrawn dropped) and in one ISO week.
Realisation schoolYearRealisation(const Participation &p, const QList<EnrichmentSession> &sessions,
                                  const SchoolCalendar &cal);
Realisation weekRealisation(const Participation &p, const QList<EnrichmentSession> &sessions,
                            const IsoWeek &week);

// Realisation per municipality code in one school year: each school's participation (one per school;
// deleted ones skipped) against its current sessions in that year. Schools without a participation
// record in `year` count for neither part. Sum the values for the region.
QHash<QString, Realisation> realisationByMunicipality(const QList<SchoolLocation> &schools,
                                                      const QList<Participation> &participations,
                                                      const QList<EnrichmentSession> &sessions,
                                                      const SchoolYear &year, const SchoolCalendar &cal);

// Limits the rules below use (also shown in messages).
constexpr double kMaxSessionHours = 8.0;
constexpr int kMaxProviderLength = 100;
constexpr SchoolYear kFirstRecordedYear{2025}; // sessions before 2025-2026 are not recorded

ValidationErrors validate(const Participation &p, const SchoolLocation &school);
// `today` bounds the date ("not in the future"); the session's school year must be open.
ValidationErrors validate(const EnrichmentSession &s, const SchoolLocation &school, const QDate &today);

} // namespace verrijkt
