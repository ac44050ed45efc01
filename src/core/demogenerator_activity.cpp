// Demo generator: Tijd voor Toekomst sessions and family contacts.

#include "demogenerator_parts.h"
#include "hlc.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace verrijkt::demo {

namespace {

std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

QUuid uuidV7(std::int64_t millis, Random &rng)
{
    QByteArray bytes(16, '\0');
    const std::uint64_t random = rng.bits();
    const std::uint64_t more = rng.bits();
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((std::uint64_t(millis) >> (8 * (5 - i))) & 0xFF);
    for (int i = 6; i < 16; ++i)
        bytes[i] = char(((i < 14 ? random : more) >> (8 * (i % 8))) & 0xFF);
    bytes[6] = char(0x70 | (bytes[6] & 0x0F));
    bytes[8] = char(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(bytes);
}

double roundToQuarter(double hours)
{
    return std::round(hours * 4.0) / 4.0;
}

// Groep 1..8 bits for group `index` of `count` groups: consecutive groepen per group.
quint8 groepBits(int index, int count)
{
    const int slotCount = std::min(count, 8);
    const int slot = index % slotCount;
    const int first = slot * 8 / slotCount;
    const int last = (slot + 1) * 8 / slotCount; // exclusive
    quint8 bits = 0;
    for (int g = first; g < last; ++g)
        bits |= quint8(1u << g);
    return bits;
}

} // namespace

int Random::poisson(double lambda)
{
    if (lambda <= 0)
        return 0;
    if (lambda > 30) // normal approximation; never reached at realistic rates
        return std::max(0, int(std::lround(lambda + std::sqrt(lambda) *
                                                        (uniform() + uniform() + uniform() - 1.5) * 2.0)));
    const double limit = std::exp(-lambda);
    int k = 0;
    double product = uniform();
    while (product > limit) {
        ++k;
        product *= uniform();
    }
    return k;
}

std::uint64_t mixSeed(std::uint64_t seed, int year, const QString &key, int stream)
{
    std::uint64_t hash = 0xCBF29CE484222325ull; // FNV-1a over the key, stable across runs
    for (QChar c : key) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ull;
    }
    return splitMix(splitMix(splitMix(seed) ^ std::uint64_t(year)) ^ hash ^ (std::uint64_t(stream) << 56));
}

SyncMeta demoMeta(Random &rng, const QDate &date)
{
    // Recorded in the afternoon or evening of the day it happened.
    const QDateTime moment(date, QTime(13, 0), Qt::UTC);
    const std::int64_t millis = moment.toMSecsSinceEpoch() + std::int64_t(rng.below(8 * 3600 * 1000));
    SyncMeta meta;
    meta.id = uuidV7(millis, rng);
    meta.hlc = HlcTimestamp{millis, 0, QStringLiteral("demo")}.toString();
    return meta;
}

SchoolSessions::SchoolSessions(const SchoolLocation &school, Tier tier, const SchoolYear &year, double scale)
    : m_school(school), m_tier(tier), m_year(year), m_scale(scale)
{
}

Participation SchoolSessions::participation(Random &rng, const QList<QDate> &weeks)
{
    Participation &p = m_participation;
    const QDate start = weeks.isEmpty() ? m_year.firstDay() : weeks.first();
    p.meta = demoMeta(rng, start.addDays(-14));
    p.vestiging = m_school.vestiging;
    p.schoolYear = m_year;
    p.tier = m_tier;
    p.startDate = start;
    // One location has no pupil count in the register; the demo assumes a small school there.
    p.pupilsReached = m_school.pupils.value_or(40);
    return p;
}

void SchoolSessions::generate(Random &rng, const QList<QDate> &weeks, const SchoolCalendar &calendar,
                              QList<EnrichmentSession> &out) const
{
    const Participation &p = m_participation;
    if (weeks.isEmpty() || p.pupilsReached <= 0)
        return;
    const int tierHoursPerWeek = tierHours(m_tier);

    // Groups of about 70 pupils (onderbouw / middenbouw / bovenbouw in a mid-sized school); the
    // scale splits pupils over more groups so pupil-hours stay the same.
    const int groups = std::max(1, int(std::lround(p.pupilsReached * m_scale / 70.0)));
    // Sessions per group per week: 2 h as one long or two short sessions, 6 h as two or three.
    const int perWeek = m_tier == Tier::SixHours ? 2 + rng.below(2) : 1 + (rng.chance(0.45) ? 1 : 0);

    const double realisation = rng.uniform(0.80, 1.0); // this school's delivery this year
    constexpr double kAttendance = 0.925;              // mean of the per-session draw below
    constexpr double kSkip = 0.04;                     // sessions that do not take place
    const double entitledWeeks = calendar.teachingWeeksFrom(m_year, p.startDate);
    const double weekShare = entitledWeeks / weeks.size();
    const double baseHours =
        tierHoursPerWeek * realisation * weekShare / (perWeek * kAttendance * (1.0 - kSkip));

    const QList<ActivityDomain> domains = allActivityDomains();
    const int domainOffset = rng.below(int(domains.size()));
    const int providerVariant = rng.below(3);
    const QString recordedBy = QStringLiteral("coordinator.") + m_school.vestiging.toLower();

    for (int g = 0; g < groups; ++g) {
        const int groupPupils = p.pupilsReached / groups + (g < p.pupilsReached % groups ? 1 : 0);
        if (groupPupils == 0)
            continue;
        const quint8 bits = groepBits(g, groups);
        for (int w = 0; w < weeks.size(); ++w) {
            // Activities run in blocks of eight weeks, each block in another domain.
            const ActivityDomain domain = domains.at((domainOffset + g + w / 8) % domains.size());
            for (int s = 0; s < perWeek; ++s) {
                if (rng.chance(kSkip))
                    continue;
                EnrichmentSession session;
                session.date = weeks.at(w).addDays(rng.below(5));
                session.meta = demoMeta(rng, session.date);
                session.vestiging = m_school.vestiging;
                session.domain = domain;
                session.provider = demoProvider(domain, providerVariant);
                session.hours = std::max(0.5, roundToQuarter(baseHours * rng.uniform(0.85, 1.15)));
                session.pupils = std::max(1, int(std::lround(groupPupils * rng.uniform(0.85, 1.0))));
                session.groups = bits;
                session.recordedBy = recordedBy;
                out.append(session);

                // Now and then a coordinator corrects a record (wrong head count) or withdraws one
                // entered twice: append-only, so both are new records naming the original.
                if (rng.chance(0.01)) {
                    EnrichmentSession fix = session;
                    fix.meta = demoMeta(rng, session.date.addDays(1 + rng.below(3)));
                    fix.supersedes = session.meta.id;
                    fix.pupils = std::max(1, session.pupils - 1 - rng.below(3));
                    out.append(fix);
                } else if (rng.chance(0.003)) {
                    EnrichmentSession withdrawal = session;
                    withdrawal.meta = demoMeta(rng, session.date.addDays(1));
                    withdrawal.supersedes = session.meta.id;
                    withdrawal.withdrawn = true;
                    out.append(withdrawal);
                }
            }
        }
    }
}

void generateContacts(Random &rng, const QString &vestiging, const QList<Posting> &postings,
                      const QList<QDate> &weeks, double scale, FamilyCaseload &caseload,
                      QList<FamilyContact> &out)
{
    static const QList<ContactInitiator> initiators{ContactInitiator::Teacher, ContactInitiator::Teacher,
                                                    ContactInitiator::Teacher, ContactInitiator::Parent,
                                                    ContactInitiator::Parent,  ContactInitiator::Officer,
                                                    ContactInitiator::Officer, ContactInitiator::Pupil};
    static const QList<ContactForm> forms{
        ContactForm::TalkAtSchool, ContactForm::TalkAtSchool, ContactForm::TalkAtSchool,
        ContactForm::TalkAtSchool, ContactForm::Phone,        ContactForm::Phone,
        ContactForm::HomeVisit,    ContactForm::HomeVisit,    ContactForm::GroupMeeting};
    static const QList<ContactTopic> topics{
        ContactTopic::MoneyAndIncome,    ContactTopic::CareAndHealth, ContactTopic::SafetyAtHome,
        ContactTopic::Parenting,         ContactTopic::Parenting,     ContactTopic::LearningAndSchool,
        ContactTopic::LearningAndSchool, ContactTopic::Housing,       ContactTopic::Other};
    static const QList<SupportGiven> supports{
        SupportGiven::Listening,      SupportGiven::Listening,       SupportGiven::AdviceToParent,
        SupportGiven::AdviceToParent, SupportGiven::AdviceToTeacher, SupportGiven::AllowanceApplication};
    static const QList<ReferralTarget> referrals{
        ReferralTarget::Wijkteam,    ReferralTarget::Wijkteam,
        ReferralTarget::GgdJgz,      ReferralTarget::Schuldhulpverlening,
        ReferralTarget::VeiligThuis, ReferralTarget::Other};
    static const QList<int> durations{15, 20, 30, 30, 30, 45, 45, 60, 60, 90};
    constexpr int kCaseloadSize = 40;

    for (const QDate &monday : weeks) {
        for (const Posting &posting : postings) {
            const int count = rng.poisson(posting.fte * posting.contactsPerFteWeek * scale);
            for (int i = 0; i < count; ++i) {
                const QDate date = monday.addDays(rng.below(5));
                if (date < posting.from || (posting.to.isValid() && date > posting.to))
                    continue;
                FamilyContact c;
                c.meta = demoMeta(rng, date);
                c.officerId = posting.officerId;
                c.vestiging = vestiging;
                c.date = date;
                // About one contact in three is with a family the officer has not seen before;
                // the others follow up a recent family, so each family gets several contacts.
                if (caseload.codes.isEmpty() || rng.chance(0.3)) {
                    caseload.codes.append(FamilyCode::fromRandomBits(rng.bits()));
                    if (caseload.codes.size() > kCaseloadSize)
                        caseload.codes.removeFirst();
                    c.familyCode = caseload.codes.last();
                } else {
                    const int n = int(caseload.codes.size());
                    const int recent = std::min(n, 12);
                    c.familyCode = rng.chance(0.7) ? caseload.codes.at(n - 1 - rng.below(recent))
                                                   : caseload.codes.at(rng.below(n));
                }
                c.initiatedBy = rng.pick(initiators);
                c.form = rng.pick(forms);
                c.topics.append(rng.pick(topics));
                if (rng.chance(0.35)) {
                    const ContactTopic second = rng.pick(topics);
                    if (!c.topics.contains(second))
                        c.topics.append(second);
                }
                c.support.append(rng.pick(supports));
                if (rng.chance(0.12)) {
                    c.support.append(SupportGiven::Referral);
                    c.referral = rng.pick(referrals);
                }
                c.durationMinutes =
                    c.form == ContactForm::HomeVisit ? 45 + 15 * rng.below(4) : rng.pick(durations);
                if (rng.chance(0.3))
                    c.followUp = date.addDays(7 + rng.below(22));
                out.append(c);

                if (rng.chance(0.01)) {
                    FamilyContact fix = c;
                    fix.meta = demoMeta(rng, date.addDays(1));
                    fix.supersedes = c.meta.id;
                    fix.durationMinutes = std::min(480, c.durationMinutes + 15);
                    out.append(fix);
                } else if (rng.chance(0.003)) {
                    FamilyContact withdrawal = c;
                    withdrawal.meta = demoMeta(rng, date.addDays(1));
                    withdrawal.supersedes = c.meta.id;
                    withdrawal.withdrawn = true;
                    out.append(withdrawal);
                }
            }
        }
    }
}

} // namespace verrijkt::demo
