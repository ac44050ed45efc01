#pragma once

// Internal building blocks of DemoGenerator (not part of the core contract).

#include "bridgeofficer.h"
#include "familycontact.h"
#include "libraryprogramme.h"
#include "region.h"
#include "rolloutplan.h"
#include "tijdvoortoekomst.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <cstdint>
#include <random>

namespace verrijkt::demo {

// Own distributions on top of mt19937_64: the standard library's distributions are
// implementation-defined, and the demo data must be the same on every platform for a seed.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    std::uint64_t bits() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % std::uint64_t(n)); }
    bool chance(double p) { return uniform() < p; }
    int poisson(double lambda);
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

// Independent streams per (seed, year, school, purpose), so one school's data does not depend on
// the order or the batching of the others.
std::uint64_t mixSeed(std::uint64_t seed, int year, const QString &key, int stream);

// A UUIDv7 for `date` (a random time of that afternoon) and the HLC stamp of the same moment.
SyncMeta demoMeta(Random &rng, const QDate &date);

// Invented names (no real people; organisations are made up).
QString demoProvider(ActivityDomain domain, int variant);
QString demoEmployer(int variant);
QString demoDisplayName(Random &rng);
QString demoLibraryOrganisation(const QString &municipalityCode);

// Tijd voor Toekomst at one school in one year: pupils split into groups that each get one or more
// sessions a week, so that the delivered pupil-hours land at 80-100 % of the entitlement.
class SchoolSessions
{
public:
    SchoolSessions(const SchoolLocation &school, Tier tier, const SchoolYear &year, double scale);
    Participation participation(Random &rng, const QList<QDate> &weeks);
    void generate(Random &rng, const QList<QDate> &weeks, const SchoolCalendar &calendar,
                  QList<EnrichmentSession> &out) const;

private:
    const SchoolLocation &m_school;
    Tier m_tier;
    SchoolYear m_year;
    double m_scale;
    Participation m_participation;
};

// The families an officer at one school knows; carried from year to year.
struct FamilyCaseload
{
    QStringList codes; // most recent last
};

// A brugfunctionaris' presence at one school during (part of) one school year.
struct Posting
{
    QUuid officerId;
    QString userName;
    double fte = 0;
    QDate from;
    QDate to;
    double contactsPerFteWeek = 4;
};

void generateContacts(Random &rng, const QString &vestiging, const QList<Posting> &postings,
                      const QList<QDate> &weeks, double scale, FamilyCaseload &caseload,
                      QList<FamilyContact> &out);

// Officers and their placements following the build-up target; some leave each year and are
// replaced at the same schools. An officer's placements are created together with their end date,
// and their FTE adds up to the contract FTE, so the contract invariant holds by construction.
class OfficerPool
{
public:
    OfficerPool(std::uint64_t seed, const BridgeOfficerTarget &target, const SchoolYear &until);
    void rankSchools(const QList<SchoolLocation> &schools, const QHash<QString, PlanEntry> &plan);
    void startYear(const SchoolYear &year, QList<BridgeOfficer> &newOfficers,
                   QList<Placement> &newPlacements);
    QList<Posting> postingsAt(const QString &vestiging, const SchoolYear &year) const;

private:
    struct Officer
    {
        BridgeOfficer data;
        QList<Placement> placements;
        double contactsPerFteWeek = 4;
        int firstYear = 0;
        int lastYear = 0; // inclusive
    };
    void hire(const SchoolYear &year, double contractFte, const QList<QPair<QString, double>> &schools,
              QList<BridgeOfficer> &newOfficers, QList<Placement> &newPlacements);
    QList<QPair<QString, double>> splitOverSchools(double contractFte);

    Random m_rng;
    BridgeOfficerTarget m_target;
    SchoolYear m_until;
    QStringList m_rankedSchools;
    int m_nextSchool = 0;
    QList<Officer> m_officers;
    QHash<QString, QList<int>> m_officersBySchool;
};

// Bibliotheek op school: each school gets an adoption year so that coverage grows from a bit under
// half of the schools to most of them by 2032-2033.
class LibraryRollout
{
public:
    LibraryRollout(std::uint64_t seed, const QList<SchoolLocation> &schools);
    QList<LibraryParticipation> statusesFor(const SchoolYear &year) const;

private:
    struct SchoolPlan
    {
        QString vestiging;
        QString municipalityCode;
        int adoptionYear = 0; // 0: never in the generated window
        std::uint64_t seed = 0;
    };
    QList<SchoolPlan> m_schools;
};

} // namespace verrijkt::demo
