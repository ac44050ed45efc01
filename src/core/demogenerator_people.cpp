// Demo generator: invented names, bridge officers and their placements, Bibliotheek op school.

#include "demogenerator_parts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace verrijkt::demo {

namespace {

constexpr int kOpenEnded = std::numeric_limits<int>::max();
constexpr double kYearlyTurnover = 0.08; // officers leaving at the end of a school year

// Contract sizes in tenths of an FTE, weighted towards full-time.
const QList<int> kContractTenths{6, 8, 8, 9, 10, 10, 10, 12};

} // namespace

QString demoProvider(ActivityDomain domain, int variant)
{
    static const QHash<int, QStringList> providers{
        {int(ActivityDomain::Talentontwikkeling),
         {QStringLiteral("Talentenlab Noord"), QStringLiteral("Stichting Ontdekfabriek"),
          QStringLiteral("Techniekwerkplaats Ommeland")}},
        {int(ActivityDomain::SportEnBewegen),
         {QStringLiteral("Beweegteam Groningerland"), QStringLiteral("Sportservice Wad en Veen"),
          QStringLiteral("Buitenspeelclub Hunzedal")}},
        {int(ActivityDomain::KunstEnCultuur),
         {QStringLiteral("Kunstwerkplaats Noorderzon"), QStringLiteral("Muziekhuis Ommeland"),
          QStringLiteral("Theaterkar Wold en Wierden")}},
        {int(ActivityDomain::WelzijnEnGezondheid),
         {QStringLiteral("Gezond Opgroeien Noord"), QStringLiteral("Stichting Kookkunst Kids"),
          QStringLiteral("Rust en Ruimte Kinderwerk")}},
        {int(ActivityDomain::Basisvaardigheden),
         {QStringLiteral("Leesclub Noorderlicht"), QStringLiteral("Rekenmaatjes Ommeland"),
          QStringLiteral("Huiswerkplein Wad en Wold")}},
    };
    const QStringList names = providers.value(int(domain));
    return names.at(variant % names.size());
}

QString demoEmployer(int variant)
{
    static const QStringList employers{
        QStringLiteral("Stichting Kinderwerk Ommeland"),  QStringLiteral("Welzijnsgroep Wad en Wold"),
        QStringLiteral("Stichting Samen Sterk Hunzedal"), QStringLiteral("Jeugdpunt Noorderkwartier"),
        QStringLiteral("Stichting Brug naar Thuis"),      QStringLiteral("Kindkracht Veenkoloniën"),
    };
    return employers.at(variant % employers.size());
}

QString demoDisplayName(Random &rng)
{
    static const QStringList first{
        QStringLiteral("Anouk"),   QStringLiteral("Bram"),   QStringLiteral("Carlijn"),
        QStringLiteral("Daan"),    QStringLiteral("Esther"), QStringLiteral("Femke"),
        QStringLiteral("Gerrit"),  QStringLiteral("Hilde"),  QStringLiteral("Ilse"),
        QStringLiteral("Jelle"),   QStringLiteral("Karin"),  QStringLiteral("Lotte"),
        QStringLiteral("Marloes"), QStringLiteral("Nienke"), QStringLiteral("Oscar"),
        QStringLiteral("Petra"),   QStringLiteral("Roelof"), QStringLiteral("Sanne"),
        QStringLiteral("Tjitske"), QStringLiteral("Wouter"),
    };
    // Made-up surnames built from landscape words, so no combination points at a real person.
    static const QStringList stem{
        QStringLiteral("Wierde"), QStringLiteral("Maar"),    QStringLiteral("Reitdiep"),
        QStringLiteral("Hunze"),  QStringLiteral("Dollard"), QStringLiteral("Kwelder"),
        QStringLiteral("Ommel"),  QStringLiteral("Esch"),    QStringLiteral("Wold")};
    static const QStringList tail{QStringLiteral("stra"), QStringLiteral("inga"), QStringLiteral("hof"),
                                  QStringLiteral("weg"), QStringLiteral("ma")};
    return rng.pick(first) + QLatin1Char(' ') + rng.pick(stem) + rng.pick(tail);
}

QString demoLibraryOrganisation(const QString &municipalityCode)
{
    static const QStringList organisations{
        QStringLiteral("Leeskracht Ommeland"),
        QStringLiteral("Bibliotheekservice Noorderland"),
        QStringLiteral("Stichting Boekenbrug"),
        QStringLiteral("Leespunt Drentsche Aa"),
    };
    const int digits = municipalityCode.mid(2).toInt();
    return organisations.at(digits % organisations.size());
}

OfficerPool::OfficerPool(std::uint64_t seed, const BridgeOfficerTarget &target, const SchoolYear &until)
    : m_rng(mixSeed(seed, 0, QStringLiteral("officers"), 3)), m_target(target), m_until(until)
{
}

void OfficerPool::rankSchools(const QList<SchoolLocation> &schools, const QHash<QString, PlanEntry> &plan)
{
    // Officers go first to schools that are already in Tijd voor Toekomst and to 6-hour schools,
    // then by plan wave; within those, larger schools first (more families), with some chance.
    struct Ranked
    {
        QString vestiging;
        double key;
    };
    QList<Ranked> ranked;
    for (const SchoolLocation &school : schools) {
        const PlanEntry entry = plan.value(school.vestiging);
        const int wave = plan.contains(school.vestiging) ? entry.wave : kRolloutWaves + 1;
        const double sixHours = entry.tier == Tier::SixHours ? 1.5 : 0.0;
        const double size = std::log1p(school.pupils.value_or(40)) / 2.0;
        ranked.append({school.vestiging, wave - sixHours - size + m_rng.uniform(0, 2.0)});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.key < b.key; });
    m_rankedSchools.clear();
    for (const Ranked &r : ranked)
        m_rankedSchools.append(r.vestiging);
}

QList<QPair<QString, double>> OfficerPool::splitOverSchools(double contractFte)
{
    const int tenths = int(std::lround(contractFte * 10));
    int count = tenths <= 5 ? 1 : tenths <= 8 ? 1 + m_rng.below(2) : 2 + m_rng.below(2);
    count = std::max(1, std::min(count, tenths / 2)); // at least 0.2 FTE per school
    QList<int> parts(count, 2);
    for (int rest = tenths - 2 * count; rest > 0; --rest)
        ++parts[m_rng.below(count)];
    if (tenths < 2 * count)
        parts = {tenths};
    QList<QPair<QString, double>> result;
    for (int part : parts) {
        const QString school = m_rankedSchools.at(m_nextSchool % m_rankedSchools.size());
        ++m_nextSchool;
        result.append({school, part / 10.0});
    }
    return result;
}

void OfficerPool::hire(const SchoolYear &year, double contractFte,
                       const QList<QPair<QString, double>> &schools, QList<BridgeOfficer> &newOfficers,
                       QList<Placement> &newPlacements)
{
    const int number = int(m_officers.size()) + 1;
    Officer officer;
    officer.firstYear = year.startYear();
    int last = year.startYear();
    while (last < m_until.startYear() && !m_rng.chance(kYearlyTurnover))
        ++last;
    officer.lastYear = last >= m_until.startYear() ? kOpenEnded : last;
    officer.contactsPerFteWeek = m_rng.uniform(5.5, 8.5);

    const QDate hired = year.firstDay().addDays(-21 - m_rng.below(30));
    officer.data.meta = demoMeta(m_rng, hired);
    officer.data.userName = QStringLiteral("bf.demo.%1").arg(number, 3, 10, QLatin1Char('0'));
    officer.data.displayName = demoDisplayName(m_rng);
    officer.data.employer = demoEmployer(m_rng.below(6));
    officer.data.contractFte = contractFte;

    const QDate to = officer.lastYear == kOpenEnded ? QDate() : SchoolYear(officer.lastYear).lastDay();
    for (const auto &[vestiging, fte] : schools) {
        Placement p;
        p.meta = demoMeta(m_rng, hired);
        p.officerId = officer.data.meta.id;
        p.vestiging = vestiging;
        p.fte = fte;
        p.from = year.firstDay();
        p.to = to;
        officer.placements.append(p);
        newPlacements.append(p);
        m_officersBySchool[vestiging].append(int(m_officers.size()));
    }
    newOfficers.append(officer.data);
    m_officers.append(officer);
}

void OfficerPool::startYear(const SchoolYear &year, QList<BridgeOfficer> &newOfficers,
                            QList<Placement> &newPlacements)
{
    if (m_rankedSchools.isEmpty())
        return;
    // Replace last year's leavers at the same schools (the new officer takes over the caseload).
    const qsizetype existing = m_officers.size();
    for (qsizetype i = 0; i < existing; ++i) {
        if (m_officers.at(i).lastYear != year.startYear() - 1)
            continue;
        QList<QPair<QString, double>> schools;
        for (const Placement &p : m_officers.at(i).placements)
            schools.append({p.vestiging, p.fte});
        hire(year, m_officers.at(i).data.contractFte, schools, newOfficers, newPlacements);
    }

    int placedTenths = 0;
    for (const Officer &o : m_officers) {
        if (o.firstYear <= year.startYear() && o.lastYear >= year.startYear())
            placedTenths += int(std::lround(o.data.contractFte * 10));
    }
    const int targetTenths = int(std::lround(m_target.targetFte(year) * 10));
    while (placedTenths < targetTenths) {
        const int tenths = std::min(m_rng.pick(kContractTenths), targetTenths - placedTenths);
        hire(year, tenths / 10.0, splitOverSchools(tenths / 10.0), newOfficers, newPlacements);
        placedTenths += tenths;
    }
}

QList<Posting> OfficerPool::postingsAt(const QString &vestiging, const SchoolYear &year) const
{
    QList<Posting> postings;
    for (int index : m_officersBySchool.value(vestiging)) {
        const Officer &o = m_officers.at(index);
        if (o.firstYear > year.startYear() || o.lastYear < year.startYear())
            continue;
        for (const Placement &p : o.placements) {
            if (p.vestiging != vestiging)
                continue;
            Posting posting;
            posting.officerId = o.data.meta.id;
            posting.userName = o.data.userName;
            posting.fte = p.fte;
            posting.from = std::max(p.from, year.firstDay());
            posting.to = p.to.isValid() ? std::min(p.to, year.lastDay()) : year.lastDay();
            posting.contactsPerFteWeek = o.contactsPerFteWeek;
            postings.append(posting);
        }
    }
    return postings;
}

LibraryRollout::LibraryRollout(std::uint64_t seed, const QList<SchoolLocation> &schools)
{
    // Share of schools covered by the end of each school year 2025-2026 .. 2032-2033.
    static const QList<double> coverage{0.45, 0.52, 0.60, 0.68, 0.75, 0.82, 0.88, 0.93};
    for (const SchoolLocation &school : schools) {
        Random rng(mixSeed(seed, 0, school.vestiging, 4));
        SchoolPlan plan{school.vestiging, school.municipalityCode, 0, rng.bits()};
        const double u = rng.uniform();
        for (int i = 0; i < coverage.size(); ++i) {
            if (u < coverage.at(i)) {
                plan.adoptionYear = 2025 + i;
                break;
            }
        }
        m_schools.append(plan);
    }
}

QList<LibraryParticipation> LibraryRollout::statusesFor(const SchoolYear &year) const
{
    QList<LibraryParticipation> result;
    for (const SchoolPlan &school : m_schools) {
        const int y = year.startYear();
        LibraryStatus status = LibraryStatus::None;
        if (school.adoptionYear != 0 && y > school.adoptionYear)
            status = LibraryStatus::Active;
        else if (school.adoptionYear != 0 && y == school.adoptionYear)
            status = LibraryStatus::AgreementSigned;
        else if (school.adoptionYear != 0 && y == school.adoptionYear - 1)
            status = LibraryStatus::Intake;
        if (status == LibraryStatus::None)
            continue; // schools without the programme have no record
        Random rng(mixSeed(school.seed, y, school.vestiging, 5));
        LibraryParticipation lp;
        lp.meta = demoMeta(rng, year.firstDay().addDays(45 + rng.below(30)));
        lp.vestiging = school.vestiging;
        lp.schoolYear = year;
        lp.status = status;
        lp.libraryOrganisation = demoLibraryOrganisation(school.municipalityCode);
        const int yearsActive = y - school.adoptionYear;
        lp.consultantHoursPerWeek = status == LibraryStatus::Active            ? 1.0 + 0.5 * rng.below(6)
                                    : status == LibraryStatus::AgreementSigned ? 0.5
                                                                               : 0.0;
        lp.collectionPresent =
            status == LibraryStatus::Active || (status == LibraryStatus::AgreementSigned && rng.chance(0.4));
        lp.readingPlanAdopted = status == LibraryStatus::Active && (yearsActive >= 2 || rng.chance(0.5));
        lp.monitorDone = status == LibraryStatus::Active && yearsActive >= 2 && rng.chance(0.75);
        result.append(lp);
    }
    return result;
}

} // namespace verrijkt::demo
