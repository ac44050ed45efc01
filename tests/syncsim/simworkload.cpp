#include "simworkload.h"

#include "bridgeofficerrepository.h"
#include "enrichmentsessionrepository.h"
#include "familycontactrepository.h"
#include "libraryrepository.h"
#include "participationrepository.h"
#include "planrepository.h"
#include "schoolregistry.h"
#include "simcast.h"

namespace verrijkt::synctesting {

namespace {

const QList<SchoolYear> kYears{SchoolYear(2026), SchoolYear(2027)};
const QStringList kPlans{QStringLiteral("default"), QStringLiteral("scenario-snel")};

template <typename T> T pickEnum(SeededRandom &rng, std::initializer_list<T> values)
{
    return *(values.begin() + rng.between(0, static_cast<qint64>(values.size()) - 1));
}

// Placements ordered by what they are, not by their random ids, so a seed picks the same one.
QList<Placement> orderedPlacements(BridgeOfficerRepository &repo)
{
    QList<Placement> all = repo.allPlacements();
    std::sort(all.begin(), all.end(), [](const Placement &a, const Placement &b) {
        return std::tie(a.vestiging, a.from, a.fte) < std::tie(b.vestiging, b.from, b.fte);
    });
    return all;
}

} // namespace

void SimWorkload::count(const QString &kind, bool ok)
{
    ++m_stats.attempted;
    ++m_stats.byKind[kind];
    (ok ? m_stats.written : m_stats.refusedLocally)++;
}

void SimWorkload::operate(SimDevice &device, DeviceMemory &memory, SeededRandom &rng)
{
    if (memory.role == QLatin1String("regional"))
        regional(device, rng);
    else if (memory.role == QLatin1String("coordinator"))
        coordinator(device, memory, rng);
    else if (memory.role == QLatin1String("officer"))
        officer(device, memory, rng);
}

void SimWorkload::regional(SimDevice &device, SeededRandom &rng)
{
    const double u = rng.uniform();
    if (u < 0.35)
        participation(device, rng, simSchoolCodes());
    else if (u < 0.58)
        library(device, rng);
    else if (u < 0.73)
        plan(device, rng);
    else if (u < 0.83)
        schoolEdit(device, rng);
    else if (u < 0.89)
        officerEdit(device, rng);
    else
        placementEdit(device, rng);
}

void SimWorkload::participation(SimDevice &device, SeededRandom &rng, const QStringList &schools)
{
    ParticipationRepository repo(device.db());
    const QString school = rng.pick(schools);
    const SchoolYear year = rng.pick(kYears);
    const double u = rng.uniform();
    const auto existing = repo.get(school, year);
    if (u < 0.12 && existing) {
        count(QStringLiteral("participation.remove"), repo.remove(school, year).ok());
        return;
    }
    const auto registry = SchoolRegistry(device.db()).get(school);
    const int maxPupils = registry && registry->pupils ? *registry->pupils : 100;
    if (u < 0.45 && existing && existing->tier != Tier::None) {
        // One field only: the per-field merge must keep other devices' edits of the other fields.
        Participation p = *existing;
        p.pupilsReached = static_cast<int>(rng.between(0, maxPupils));
        count(QStringLiteral("participation.pupils"), repo.save(p).ok());
        return;
    }
    Participation p;
    p.vestiging = school;
    p.schoolYear = year;
    p.tier = pickEnum(rng, {Tier::None, Tier::TwoHours, Tier::SixHours});
    p.startDate = p.tier == Tier::None ? QDate() : year.firstDay().addDays(rng.between(0, 300));
    p.pupilsReached = p.tier == Tier::None ? 0 : static_cast<int>(rng.between(0, maxPupils));
    count(QStringLiteral("participation.save"), repo.save(p).ok());
}

void SimWorkload::library(SimDevice &device, SeededRandom &rng)
{
    LibraryRepository repo(device.db());
    const QString school = rng.pick(simSchoolCodes());
    const SchoolYear year = rng.pick(kYears);
    auto existing = repo.get(school, year);
    if (existing && rng.chance(0.5)) {
        LibraryParticipation p = *existing;
        const qint64 which = rng.between(0, 2);
        (which == 0 ? p.collectionPresent : which == 1 ? p.readingPlanAdopted : p.monitorDone) ^= true;
        count(QStringLiteral("library.flag"), repo.save(p).ok());
        return;
    }
    LibraryParticipation p;
    p.vestiging = school;
    p.schoolYear = year;
    p.status = pickEnum(rng, {LibraryStatus::None, LibraryStatus::Intake, LibraryStatus::AgreementSigned,
                              LibraryStatus::Active});
    p.libraryOrganisation =
        rng.chance(0.5) ? QStringLiteral("Biblionet Groningen") : QStringLiteral("Bibliotheek Stadskanaal");
    p.consultantHoursPerWeek = 0.5 * static_cast<double>(rng.between(0, 16));
    p.collectionPresent = rng.chance(0.5);
    p.readingPlanAdopted = rng.chance(0.5);
    p.monitorDone = rng.chance(0.3);
    count(QStringLiteral("library.save"), repo.save(p).ok());
}

void SimWorkload::plan(SimDevice &device, SeededRandom &rng)
{
    PlanRepository repo(device.db());
    const QString name = rng.pick(kPlans);
    QList<PlanEntry> entries = repo.entries(name);
    const QString school = rng.pick(simSchoolCodes());
    const auto at = std::find_if(entries.begin(), entries.end(),
                                 [&](const PlanEntry &e) { return e.vestiging == school; });
    const double u = rng.uniform();
    if (at != entries.end() && u < 0.2) {
        entries.erase(at);
    } else if (at != entries.end()) {
        if (u < 0.6)
            at->wave = static_cast<int>(rng.between(0, 7));
        else
            at->tier = at->tier == Tier::TwoHours ? Tier::SixHours : Tier::TwoHours;
    } else {
        PlanEntry e;
        e.planName = name;
        e.vestiging = school;
        e.wave = static_cast<int>(rng.between(1, 7));
        e.tier = rng.chance(0.5) ? Tier::TwoHours : Tier::SixHours;
        entries.append(e);
    }
    count(QStringLiteral("plan.replace"), repo.replacePlan(name, entries).ok());
}

void SimWorkload::schoolEdit(SimDevice &device, SeededRandom &rng)
{
    SchoolRegistry registry(device.db());
    auto school = registry.get(rng.pick(simSchoolCodes()));
    if (!school) {
        count(QStringLiteral("school.edit"), false);
        return;
    }
    if (rng.chance(0.7))
        school->pupils = std::max(100, school->pupils.value_or(200) + static_cast<int>(rng.between(-15, 15)));
    else
        school->name = QStringLiteral("%1 (locatie %2)")
                           .arg(school->name.section(QStringLiteral(" (locatie"), 0, 0))
                           .arg(rng.between(1, 3));
    count(QStringLiteral("school.edit"), registry.upsert(*school).ok());
}

void SimWorkload::officerEdit(SimDevice &device, SeededRandom &rng)
{
    BridgeOfficerRepository repo(device.db());
    QList<BridgeOfficer> officers = repo.officers();
    if (officers.isEmpty()) {
        count(QStringLiteral("officer.edit"), false);
        return;
    }
    BridgeOfficer o = rng.pick(officers);
    if (rng.chance(0.5))
        o.contractFte = rng.chance(0.5) ? 1.0 : 1.2;
    else
        o.employer =
            rng.chance(0.5) ? QStringLiteral("Stichting Kwadraad") : QStringLiteral("Sociaal Werk Groningen");
    count(QStringLiteral("officer.edit"), repo.saveOfficer(o).ok());
}

void SimWorkload::placementEdit(SimDevice &device, SeededRandom &rng)
{
    BridgeOfficerRepository repo(device.db());
    const QDate today = device.today();
    if (rng.chance(0.5)) {
        QList<Placement> open;
        for (const Placement &p : orderedPlacements(repo))
            if (!p.to.isValid() && p.from <= today)
                open.append(p);
        if (open.isEmpty()) {
            count(QStringLiteral("placement.end"), false);
            return;
        }
        Placement p = rng.pick(open);
        p.to = today.addDays(rng.between(0, 3));
        count(QStringLiteral("placement.end"), repo.savePlacement(p).ok());
        return;
    }
    QList<BridgeOfficer> officers = repo.officers();
    if (officers.isEmpty()) {
        count(QStringLiteral("placement.new"), false);
        return;
    }
    Placement p;
    p.officerId = rng.pick(officers).meta.id;
    p.vestiging = rng.pick(simSchoolCodes());
    p.fte = 0.2;
    p.from = today.addDays(-rng.between(0, 3));
    count(QStringLiteral("placement.new"), repo.savePlacement(p).ok());
}

void SimWorkload::coordinator(SimDevice &device, DeviceMemory &memory, SeededRandom &rng)
{
    EnrichmentSessionRepository repo(device.db());
    const QDate today = device.today();
    const double u = rng.uniform();
    if (u < 0.08) {
        // Not theirs to edit: the server must reject it and carry on with what follows.
        participation(device, rng, memory.schools);
        return;
    }
    if (u < 0.25 && !memory.sessions.isEmpty()) {
        const qsizetype i = rng.between(0, memory.sessions.size() - 1);
        const auto previous = repo.get(memory.sessions.at(i));
        if (!previous) {
            count(QStringLiteral("session.correct"), false);
            return;
        }
        if (u < 0.15) {
            const WriteResult r = repo.withdraw(previous->meta.id, memory.user);
            count(QStringLiteral("session.withdraw"), r.ok());
            if (r.ok())
                memory.sessions.removeAt(i);
            return;
        }
        EnrichmentSession corrected = *previous;
        corrected.pupils = std::max(1, previous->pupils + static_cast<int>(rng.between(-5, 5)));
        corrected.hours = previous->hours == 1.0 ? 1.5 : 1.0;
        const WriteResult r = repo.correct(previous->meta.id, corrected, today);
        count(QStringLiteral("session.correct"), r.ok());
        if (r.ok())
            memory.sessions[i] = r.id;
        return;
    }
    EnrichmentSession s;
    s.vestiging = rng.pick(memory.schools);
    s.date = today.addDays(-rng.between(0, 6));
    s.domain = pickEnum(rng, {ActivityDomain::Talentontwikkeling, ActivityDomain::SportEnBewegen,
                              ActivityDomain::KunstEnCultuur, ActivityDomain::WelzijnEnGezondheid,
                              ActivityDomain::Basisvaardigheden});
    s.provider =
        rng.pick(QStringList{"Sportbedrijf Groningen", "Kunstencentrum", "Natuurmonumenten", "Muziekschool"});
    s.hours = 0.5 * static_cast<double>(rng.between(2, 6));
    s.pupils = static_cast<int>(rng.between(5, 30));
    s.groups = static_cast<quint8>(rng.between(1, 255));
    s.recordedBy = memory.user;
    const WriteResult r = repo.record(s, today);
    count(QStringLiteral("session.record"), r.ok());
    if (r.ok())
        memory.sessions.append(r.id);
}

void SimWorkload::officer(SimDevice &device, DeviceMemory &memory, SeededRandom &rng)
{
    FamilyContactRepository contacts(device.db());
    const QDate today = device.today();
    const double u = rng.uniform();
    if (u < 0.25 && !memory.contacts.isEmpty()) {
        const qsizetype i = rng.between(0, memory.contacts.size() - 1);
        const auto previous = contacts.get(memory.contacts.at(i));
        if (!previous) {
            count(QStringLiteral("contact.correct"), false);
            return;
        }
        if (u < 0.1) {
            const WriteResult r = contacts.withdraw(previous->meta.id);
            count(QStringLiteral("contact.withdraw"), r.ok());
            if (r.ok())
                memory.contacts.removeAt(i);
            return;
        }
        FamilyContact corrected = *previous;
        corrected.durationMinutes = previous->durationMinutes == 30 ? 45 : 30;
        const WriteResult r = contacts.correct(previous->meta.id, corrected, today);
        count(QStringLiteral("contact.correct"), r.ok());
        if (r.ok())
            memory.contacts[i] = r.id;
        return;
    }
    const auto me = BridgeOfficerRepository(device.db()).officerByUserName(memory.user);
    const QDate date = today.addDays(-rng.between(0, 4));
    const QStringList schools =
        me ? BridgeOfficerRepository(device.db()).placementSchoolsOn(me->meta.id, date) : QStringList();
    const quint64 bits = rng.next();
    if (schools.isEmpty()) {
        count(QStringLiteral("contact.record"), false);
        return;
    }
    FamilyContact c;
    c.officerId = me->meta.id;
    c.vestiging = rng.pick(schools);
    c.date = date;
    c.familyCode = FamilyCode::fromRandomBits(bits);
    c.initiatedBy =
        pickEnum(rng, {ContactInitiator::Teacher, ContactInitiator::Parent, ContactInitiator::Officer});
    c.form = pickEnum(rng, {ContactForm::TalkAtSchool, ContactForm::HomeVisit, ContactForm::Phone});
    c.topics = {pickEnum(
        rng, {ContactTopic::MoneyAndIncome, ContactTopic::Parenting, ContactTopic::LearningAndSchool})};
    c.support = {
        pickEnum(rng, {SupportGiven::Listening, SupportGiven::AdviceToParent, SupportGiven::Referral})};
    c.referral = c.support.contains(SupportGiven::Referral) ? ReferralTarget::Wijkteam : ReferralTarget::None;
    c.durationMinutes = static_cast<int>(rng.between(1, 6)) * 15;
    if (rng.chance(0.3))
        c.followUp = date.addDays(14);
    const WriteResult r = contacts.record(c, today);
    count(QStringLiteral("contact.record"), r.ok());
    if (r.ok())
        memory.contacts.append(r.id);
}

bool SimWorkload::seedWorld(SimDevice &device, QString *error)
{
    SchoolRegistry registry(device.db());
    const auto fail = [&](const QString &what, const WriteResult &r) {
        *error = QStringLiteral("seeding %1: %2%3")
                     .arg(what, r.storageError, r.errors.isEmpty() ? QString() : r.errors.first().key);
        return false;
    };
    for (const Municipality &m : simMunicipalities())
        if (const WriteResult r = registry.upsertMunicipality(m); !r.ok())
            return fail(m.code, r);
    for (const SchoolLocation &s : simSchools())
        if (const WriteResult r = registry.upsert(s); !r.ok())
            return fail(s.vestiging, r);
    BridgeOfficerRepository officers(device.db());
    const QStringList schools = simSchoolCodes();
    struct Plan
    {
        QString user;
        QList<std::tuple<QString, double, QDate, QDate>> placements;
    };
    const QList<Plan> plans{
        {QStringLiteral("bf-1"),
         {{schools.at(0), 0.5, QDate(2026, 8, 1), QDate()},
          {schools.at(2), 0.4, QDate(2026, 8, 1), QDate(2026, 10, 8)}}},
        {QStringLiteral("bf-2"),
         {{schools.at(3), 0.5, QDate(2026, 8, 1), QDate()},
          {schools.at(4), 0.4, QDate(2026, 9, 1), QDate()}}},
    };
    for (const Plan &plan : plans) {
        BridgeOfficer o;
        o.userName = plan.user;
        o.displayName = QStringLiteral("Brugfunctionaris %1").arg(plan.user);
        o.employer = QStringLiteral("Stichting Kwadraad");
        o.contractFte = 1.0;
        const WriteResult saved = officers.saveOfficer(o);
        if (!saved.ok())
            return fail(plan.user, saved);
        for (const auto &[school, fte, from, to] : plan.placements) {
            Placement p;
            p.officerId = saved.id;
            p.vestiging = school;
            p.fte = fte;
            p.from = from;
            p.to = to;
            if (const WriteResult r = officers.savePlacement(p); !r.ok())
                return fail(plan.user + QStringLiteral(" at ") + school, r);
        }
    }
    return true;
}

} // namespace verrijkt::synctesting
